package provider

import (
	"reflect"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// TestSettingsTable checks the settings table against the domain and the
// model: every setting has words, every resource input of the domain is a
// row, and each row's field is the model's field tagged with its argument.
func TestSettingsTable(t *testing.T) {
	for st := speech.SettingNone; int(st) < speech.SettingCount; st++ {
		if settingTitle(st) == "" {
			t.Errorf("setting %d has no title", st)
		}
	}
	var rows []speech.Setting
	for _, w := range resourceSettings {
		rows = append(rows, w.setting)
		if w.arg == "" || w.meaning == "" || w.desc == "" || w.short == "" || w.field == nil {
			t.Errorf("row of setting %d (%q) is incomplete", w.setting, w.arg)
		}
	}
	domain := speech.ResourceSettings()
	slices.Sort(rows)
	slices.Sort(domain)
	if !slices.Equal(rows, domain) {
		t.Errorf("rows %v, domain's resource settings %v", rows, domain)
	}

	// Each field of the model is one row's, tagged with its argument.
	var m resourceInputModel
	v := reflect.ValueOf(&m).Elem()
	if v.NumField() != len(resourceSettings) {
		t.Errorf("the model has %d fields, the table %d rows", v.NumField(), len(resourceSettings))
	}
	for _, w := range resourceSettings {
		ptr := reflect.ValueOf(w.field(&m)).Pointer()
		found := false
		for i := range v.NumField() {
			if v.Field(i).Addr().Pointer() == ptr {
				found = true
				if tag := v.Type().Field(i).Tag.Get("tfsdk"); tag != w.arg {
					t.Errorf("field %s is tagged %q, its row says %q", v.Type().Field(i).Name, tag, w.arg)
				}
			}
		}
		if !found {
			t.Errorf("row %q's field is not a field of the model", w.arg)
		}
		_, isFlag := w.field(&m).(*types.Bool)
		if isFlag != speech.IsFlag(w.setting) {
			t.Errorf("row %q: model type and domain disagree on a flag", w.arg)
		}
	}
}
