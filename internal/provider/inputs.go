package provider

import (
	"context"
	"strconv"

	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	epschema "github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Where data "speechendpoints" describes the inputs, from the pages of
// the other surfaces.
const (
	inputsFromDataSources = "speechendpoints.md#schema"
	inputsFromEphemeral   = "../data-sources/speechendpoints.md#schema"
)

// inputDescription is an input's description: in full on data
// "speechendpoints" (link ""), else short with a link to it.
func inputDescription(w settingWords, link string) string {
	if link == "" {
		return w.desc
	}
	return w.short + " Details: [`" + w.arg + "`](" + link + ")."
}

// dataSourceInputAttributes adds the resource inputs to a data source's
// attributes: described in full, or short with a link to link.
func dataSourceInputAttributes(attrs map[string]dsschema.Attribute, link string) map[string]dsschema.Attribute {
	for _, in := range resourceSettings {
		desc := inputDescription(in, link)
		if speech.IsFlag(in.setting) {
			attrs[in.arg] = dsschema.BoolAttribute{Optional: true, MarkdownDescription: desc}
		} else {
			attrs[in.arg] = dsschema.StringAttribute{Optional: true, MarkdownDescription: desc}
		}
	}
	return attrs
}

// ephemeralInputAttributes adds the resource inputs to an ephemeral
// resource's attributes.
func ephemeralInputAttributes(attrs map[string]epschema.Attribute) map[string]epschema.Attribute {
	for _, in := range resourceSettings {
		desc := inputDescription(in, inputsFromEphemeral)
		if speech.IsFlag(in.setting) {
			attrs[in.arg] = epschema.BoolAttribute{Optional: true, MarkdownDescription: desc}
		} else {
			attrs[in.arg] = epschema.StringAttribute{Optional: true, MarkdownDescription: desc}
		}
	}
	return attrs
}

// input converts the inputs to the domain's. known is false when any of
// them is unknown during plan.
func (m resourceInputModel) input(data *providerData) (in speech.Input, known bool) {
	known = true
	for _, w := range resourceSettings {
		var v string
		switch f := w.field(&m).(type) {
		case *types.String:
			if f.IsUnknown() {
				known = false
			}
			if f.IsNull() || f.IsUnknown() {
				continue
			}
			v = f.ValueString()
		case *types.Bool:
			if f.IsUnknown() {
				known = false
			}
			if f.IsNull() || f.IsUnknown() {
				continue // the domain's default (local_auth_enabled unset is not false)
			}
			v = strconv.FormatBool(f.ValueBool())
		}
		in = in.With(speech.Fix{{Setting: w.setting, Value: v}})
	}
	if data != nil {
		in.Default = data.defaultCloud
	}
	return in, known
}

// validate reports the errors of the inputs at validate time: the whole
// description when every value is known, else each known value alone
// (values known only at apply are never errors).
func (m resourceInputModel) validate(w surface, d *diag.Diagnostics) {
	out := sink{diags: d}
	in, known := m.input(nil)
	if known {
		_, ps := speech.Resolve(in)
		out.problems(w, speech.Errors(ps), nil)
		return
	}
	for _, rs := range resourceSettings {
		if v := in.Text(rs.setting); v != nil {
			if errs := speech.Errors(speech.ParseSetting(rs.setting, *v)); len(errs) > 0 {
				out.problems(w, errs[:1], nil)
			}
		}
	}
}

// resolve resolves the inputs at read or open time, reporting every
// problem through out; ok is false when any is an error.
func (m resourceInputModel) resolve(w surface, data *providerData, out sink) (speech.Resolution, bool) {
	in, _ := m.input(data)
	res, ps := speech.Resolve(in)
	out.problems(w, ps, data)
	return res, !speech.HasErrors(ps)
}

// attributeGetter is tfsdk.Config's GetAttribute.
type attributeGetter interface {
	GetAttribute(ctx context.Context, p path.Path, target any) diag.Diagnostics
}

// readInputs reads only the resource inputs of a configuration, one
// attribute at a time: a plan validates and reads every data source, and
// the framework's reflection over a whole model costs more than the rest
// of the work.
func readInputs(ctx context.Context, cfg attributeGetter) (resourceInputModel, diag.Diagnostics) {
	var m resourceInputModel
	var diags diag.Diagnostics
	for _, in := range resourceSettings {
		diags.Append(cfg.GetAttribute(ctx, path.Root(in.arg), in.field(&m))...)
	}
	return m, diags
}
