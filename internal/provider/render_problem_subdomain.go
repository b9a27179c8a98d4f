package provider

import (
	"fmt"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// subdomainProblem words the problems of a custom subdomain (subdomain-*).
func (s surface) subdomainProblem(p speech.Problem) (string, string, bool) {
	switch p.Code {
	case speech.CodeSubdomainIsURL:
		fix := fmt.Sprintf(": give it the name alone, or put the URL in %s", s.name(speech.SettingEndpoint))
		if len(p.Fixes) > 0 {
			fix = ": " + s.fixesOf(p)
		}
		return "Invalid Custom Subdomain Name", fmt.Sprintf("%s takes only the name, not a host or "+
			"URL%s.", s.nameAtStart(speech.SettingSubdomain), fix), true
	case speech.CodeSubdomainNotName:
		return "Invalid Custom Subdomain Name", fmt.Sprintf("%s is not a custom subdomain name: it takes only the "+
			"first label of %s (letters, "+
			"digits and hyphens).", quote(p.Given), speech.Public.ResourceEndpoint(speech.FamilyCustomDomain, "{name}")), true
	case speech.CodeSubdomainShort:
		return "Invalid Custom Subdomain Name", fmt.Sprintf(
			"%s is %d character long; a custom subdomain name has 2 to %d.",
			quote(p.Given),
			p.Len,
			speech.MaxSubdomainLen,
		), true
	case speech.CodeSubdomainLong:
		return "Invalid Custom Subdomain Name", fmt.Sprintf(
			"%s is %d characters long; a custom subdomain name has at "+
				"most %d. It is the first label of the host name "+
				"%s, and a DNS label holds at most 63 characters, so the 64 that Microsoft's custom-subdomain page allows "+
				"cannot resolve.",
			quote(
				p.Given,
			),
			p.Len,
			speech.MaxSubdomainLen,
			speech.Public.ResourceEndpoint(speech.FamilyCustomDomain, "{name}"),
		), true
	case speech.CodeSubdomainInvalid:
		return "Invalid Custom Subdomain Name", fmt.Sprintf("%s is not a valid custom subdomain name: use letters, "+
			"digits and hyphens, starting with a letter or digit and not ending in "+
			"a hyphen.", quote(p.Given)), true
	}
	return "", "", false
}
