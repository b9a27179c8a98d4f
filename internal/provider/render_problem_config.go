package provider

import (
	"fmt"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// configProblem words the problems of the settings taken together:
// region-or-endpoint, private-needs-domain, cloud-not-default,
// custom-domain-only, unconfirmed-domain.
func (s surface) configProblem(p speech.Problem) (string, string, bool) {
	switch p.Code {
	case speech.CodeRegionOrEndpoint:
		return "Region Or Endpoint Required", fmt.Sprintf("Set %s (the Location of the Speech resource, for example "+
			"\"eastus\") or %s (the Endpoint on its Keys and Endpoint "+
			"page).", s.name(speech.SettingRegion), s.name(speech.SettingEndpoint)), true
	case speech.CodePrivateNeedsDomain:
		without := ""
		if len(p.Fixes) > 0 {
			without = " If the resource has no private endpoint, " + s.fixesOf(p) + "."
		}
		return "Private Endpoint Needs A Custom Subdomain", fmt.Sprintf(
			"A resource behind a private endpoint is "+
				"reached only through its custom domain, and the regional hosts answer 401 for its key. "+
				"Set %s to the resource's custom subdomain, or %s to its custom-domain endpoint (%s).%s",
			s.name(
				speech.SettingSubdomain,
			),
			s.name(speech.SettingEndpoint),
			p.Cloud.ResourceEndpoint(speech.FamilyCustomDomain, "{name}"),
			without,
		), true
	case speech.CodeCloudNotDefault:
		silence := ""
		if len(p.Fixes) > 0 {
			silence = " " + upperFirst(s.fixesOf(p)) + " on this data source to say so and silence this warning."
		}
		return "Cloud Differs From Provider Default", fmt.Sprintf("%s says cloud %q, but this resource is in %s, so "+
			"cloud %q is used.%s",
			s.defaultFrom, p.Other.Name, p.Cloud.DisplayName, p.Cloud.Name, silence), true
	case speech.CodeUnconfirmedDomain:
		derived := "the custom-domain token path is"
		if !p.Cloud.CustomDomainConfirmed {
			derived = fmt.Sprintf("the custom-domain suffix %q and token path are", p.Cloud.CustomDomainSuffix)
		}
		return "Unconfirmed Custom-Domain Endpoints", fmt.Sprintf("Microsoft documents the custom-domain Speech "+
			"endpoints for the public cloud; in %s %s derived from the documented rule, not confirmed. "+
			"Test them once before relying on them (key_check does).", p.Cloud.DisplayName, derived), true
	}
	return "", "", false
}
