package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// severity is how a diagnostic is shown, or not at all.
type severity int

const (
	sevNone severity = iota
	sevWarning
	sevError
)

// sink adds diagnostics, each redacted with the key of the call it
// reports (a zero Redactor when no key is involved): every word a keyed
// read shows passes here.
type sink struct {
	diags  *diag.Diagnostics
	redact secret.Redactor
}

// add adds a diagnostic at an attribute (at nil: the whole resource).
func (s sink) add(sev severity, at *path.Path, summary, detail string) {
	summary, detail = s.redact.Redact(summary), s.redact.Redact(detail)
	switch {
	case sev == sevNone:
	case at == nil && sev == sevWarning:
		s.diags.AddWarning(summary, detail)
	case at == nil:
		s.diags.AddError(summary, detail)
	case sev == sevWarning:
		s.diags.AddAttributeWarning(*at, summary, detail)
	default:
		s.diags.AddAttributeError(*at, summary, detail)
	}
}

// problems reports domain problems on the resource inputs they are about.
// A problem shown once per plan is shown by the first configuration of
// the provider process only (data nil: always).
func (s sink) problems(w surface, ps []speech.Problem, data *providerData) {
	for _, p := range ps {
		summary, detail := w.problem(p)
		if p.OncePerPlan && data != nil && !data.firstTime(summary+"\x00"+detail) {
			continue
		}
		sev := sevError
		if p.Warning {
			sev = sevWarning
		}
		var at *path.Path
		if arg, ok := resourceArg(p.Setting); ok && !holdsKeyShape(p) {
			pth := path.Root(arg)
			at = &pth
		}
		s.add(sev, at, summary, detail)
	}
}

// holdsKeyShape reports whether a problem is about a value shaped like a
// key, holding the key, or a credential in the endpoint URL. Its
// diagnostic points at the whole data source (or provider), never at the
// argument: Terraform prints the source line
// of the argument a diagnostic points at, and a key written literally
// there would be shown under a message that says it is not (issue 25).
func holdsKeyShape(p speech.Problem) bool {
	for q := &p; q != nil; q = q.Cause {
		switch q.Code {
		case speech.CodeKeyShaped, speech.CodeInputHoldsKey, speech.CodeEndpointCredentials,
			speech.CodeEndpointQueryParam:
			return true
		}
	}
	return false
}
