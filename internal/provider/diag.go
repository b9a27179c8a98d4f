package provider

import (
	"errors"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// addInputError reports a domain input error on an attribute.
func addInputError(d *diag.Diagnostics, p path.Path, err error) {
	var ie *speech.InputError
	if errors.As(err, &ie) {
		d.AddAttributeError(p, ie.Summary, ie.Detail)
		return
	}
	d.AddAttributeError(p, "Invalid Value", err.Error())
}

func detailOf(err error) string {
	var ie *speech.InputError
	if errors.As(err, &ie) {
		return ie.Detail
	}
	return err.Error()
}

// addFindings reports domain findings on their attributes. A finding
// marked OncePerPlan is shown by the first data source of the provider
// process only (data nil: always).
func addFindings(d *diag.Diagnostics, fs []speech.Finding, data *providerData) {
	for _, f := range fs {
		if f.OncePerPlan && data != nil && !data.firstTime(f.Summary+"\x00"+f.Detail) {
			continue
		}
		switch {
		case f.Attribute == "" && f.Warning:
			d.AddWarning(f.Summary, f.Detail)
		case f.Attribute == "":
			d.AddError(f.Summary, f.Detail)
		case f.Warning:
			d.AddAttributeWarning(path.Root(f.Attribute), f.Summary, f.Detail)
		default:
			d.AddAttributeError(path.Root(f.Attribute), f.Summary, f.Detail)
		}
	}
}
