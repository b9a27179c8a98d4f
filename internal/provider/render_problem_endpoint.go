package provider

import (
	"fmt"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// pathWords name the kind of API URL pasted.
var pathWords = map[speech.PathKind]string{
	speech.PathToken: "token endpoint", speech.PathTTS: "text to speech endpoint", speech.PathSTT: "speech to text " +
		"endpoint",
	speech.PathSTTAPI: "speech-to-text REST API endpoint", speech.PathTranslation: "speech translation endpoint",
	speech.PathVoiceLive: "Voice Live endpoint", speech.PathBatchSynthesis: "batch synthesis endpoint",
	speech.PathBatchAvatar: "batch avatar synthesis endpoint", speech.PathAvatarRelay: "avatar relay token endpoint",
	speech.PathFastTranscription: "fast transcription endpoint",
}

// endpointProblem words the problems of an endpoint. Hosts are quoted
// through quote: a host whose label is key-shaped is not shown.
func (s surface) endpointProblem(p speech.Problem) (string, string, bool) {
	ep, Ep := s.name(speech.SettingEndpoint), s.nameAtStart(speech.SettingEndpoint)
	// fix is the fixes after a colon, or what to do without them.
	fix := func(without string) string {
		if len(p.Fixes) == 0 {
			return without
		}
		return ": " + s.fixesOf(p) + "."
	}
	example := speech.Public.ResourceEndpoint(speech.FamilyAPI, "westus")
	switch p.Code {
	case speech.CodeEndpointNoScheme:
		return "Endpoint Without Scheme", fmt.Sprintf("%s must be a URL starting with https://%s", Ep, fix(".")), true
	case speech.CodeEndpointNotURL:
		return "Invalid " +
			"Endpoint", fmt.Sprintf("%s is not a URL. %s, for example %q.", quote(p.Given), keysAndEndpoint, example), true
	case speech.CodeEndpointCredentials:
		return "Credentials In Endpoint", fmt.Sprintf(
			"%s contains a user name or password before the host. Remove it: "+
				"Speech keys never go in the URL (use the provider's key argument).",
			Ep,
		), true
	case speech.CodeEndpointHTTP:
		return "Endpoint Must Use HTTPS", "Azure Speech endpoints are HTTPS only" + fix("."), true
	case speech.CodeEndpointWebsocket:
		return "WebSocket URL Given As Endpoint", fmt.Sprintf("%s takes the resource endpoint (https://...), not a "+
			"WebSocket URL. %s.", Ep, keysAndEndpoint), true
	case speech.CodeEndpointScheme:
		return "Invalid Endpoint", fmt.Sprintf("%s must start with https://, not %s://.", Ep, p.Given), true
	case speech.CodeEndpointPort:
		return "Unexpected Port In Endpoint", fmt.Sprintf("Azure Speech endpoints use the default HTTPS port, not "+
			":%s%s", p.Given, fix(".")), true
	case speech.CodeEndpointQuery:
		return "Query In Endpoint", fmt.Sprintf("%s takes the resource endpoint, without a query string or "+
			"fragment%s", Ep, fix(".")), true
	case speech.CodeEndpointQueryParam:
		return "Query Parameter Not Allowed In Endpoint", fmt.Sprintf("%s has a query or fragment parameter that is "+
			"not one of the Speech APIs' documented ones (api-version, model, language, deploymentId...), or a "+
			"value shaped like a key. It is not shown: it may be a credential, which the configuration would keep "+
			"in state as written. Speech keys never go in the URL (use the provider's key argument)%s", Ep, fix(".")), true
	case speech.CodeEndpointPath:
		return "Unexpected Path In Endpoint", fmt.Sprintf("%s takes the resource endpoint, which has no "+
			"path%s", Ep, fix(".")), true
	case speech.CodeEndpointAPIURL:
		return "Endpoint Is Not The Resource Endpoint", fmt.Sprintf("%s is a %s, not the resource endpoint; only its "+
			"host is used.%s", Ep, pathWords[p.Path], s.portalForm(p)), true
	case speech.CodeEndpointSpeechHost:
		return "Endpoint Is Not The Resource Endpoint", fmt.Sprintf("%s is a %s speech host, not the resource "+
			"endpoint; only its region is used.%s", Ep, p.Family, s.portalForm(p)), true
	case speech.CodeEndpointBadLabel:
		cause := *p.Cause
		cause.Fixes = nil // what the label's problem suggests is in p.Fixes, as endpoints
		sum, det := s.problem(cause)
		switch {
		case p.Cause.Setting == speech.SettingRegion:
			return sum, fmt.Sprintf(
				"The region in the host %s of %s is not usable: %s%s",
				quote(p.Host),
				ep,
				det,
				s.thenFixes(p),
			), true
		case p.Family == speech.FamilyCustomDomain:
			return "Invalid " +
				"Endpoint", fmt.Sprintf("The custom subdomain in %s is not valid: %s%s", ep, det, s.thenFixes(p)), true
		}
		return "Invalid Endpoint", fmt.Sprintf(
			"The resource name in %s is not valid: %s%s",
			ep,
			det,
			s.thenFixes(p),
		), true
	case speech.CodeEndpointNoSuchHost:
		return "Invalid Endpoint", fmt.Sprintf("The host %s does not exist: Speech hosts use the region identifier "+
			"%q.%s", quote(p.Host), p.Want, s.thenFixes(p)), true
	case speech.CodeEndpointMixesCloud:
		return "Endpoint Mixes Clouds", fmt.Sprintf(
			"The host %s puts region %q (%s) under the %s suffix %q; that host "+
				"does not exist.%s",
			quote(p.Host),
			p.Region,
			p.Cloud.DisplayName,
			p.Other.DisplayName,
			p.Other.APISuffix,
			s.thenFixes(p),
		), true
	case speech.CodeEndpointNotSpeech:
		return "Not A Speech Endpoint", fmt.Sprintf("%s is an Azure host, but not one that serves Speech. Copy the "+
			"Endpoint of the Speech, Azure AI services or multi-service resource "+
			"from its Keys and Endpoint page: %s.", quote(p.Host), endpointForms()), true
	case speech.CodeEndpointNotAzure:
		return "Not An Azure Speech Endpoint", fmt.Sprintf("%s is not an Azure Cognitive Services host. %s takes the "+
			"Endpoint shown on the resource's Keys and Endpoint page: "+
			"%s.", quote(p.Host), Ep, endpointForms()), true
	case speech.CodeEndpointOpenAIKind:
		given := fmt.Sprintf("%s is not set", s.name(speech.SettingKind))
		switch {
		case s.function:
			given = "a function cannot be told the kind"
		case p.Given != "":
			given = fmt.Sprintf("%s is %q", s.name(speech.SettingKind), p.Given)
		}
		fixes := ""
		if len(p.Fixes) > 0 {
			fixes = " If the resource is an AI services resource, " + s.fixesOf(p) + "."
		}
		return "OpenAI Endpoint Without An AI Services Kind", fmt.Sprintf("%s is the OpenAI endpoint of a resource, "+
			"and %s. A resource of kind OpenAI serves no Speech; an Azure AI "+
			"services (Foundry) resource answers there too and serves Speech on "+
			"https://%s/.%s", quote("https://"+p.Host+"/"), given, p.Want, fixes), true
	case speech.CodeEndpointOtherCloud:
		use := fmt.Sprintf("Use the endpoint and %s of the same resource.", s.name(speech.SettingCloud))
		if len(p.Fixes) > 0 {
			use = fmt.Sprintf(
				"%s, or use the endpoint of a resource in %s.",
				upperFirst(s.fixesOf(p)),
				p.Other.DisplayName,
			)
		}
		return "Endpoint In Another " +
				"Cloud", fmt.Sprintf("%s is a host of %s, but %s is %q. %s",
				Ep, p.Cloud.DisplayName, s.name(speech.SettingCloud), p.Other.Name, use), true
	case speech.CodeEndpointRegionFar:
		or := ""
		if len(p.Fixes) > 0 {
			or = ", or " + s.fixesOf(p)
		}
		return "Endpoint And Region In Different Clouds", fmt.Sprintf("%s is a host of %s, but region %q is in %s. A "+
			"key belongs to one resource in one cloud: use the endpoint and "+
			"region of the same resource%s.", Ep, p.Cloud.DisplayName, p.Region, p.Other.DisplayName, or), true
	case speech.CodeEndpointRegion:
		return "Endpoint And Region Disagree", fmt.Sprintf("%s is in region %q, but %s is %q. Use the region of the "+
			"resource the endpoint belongs to%s",
			Ep, p.Region, s.name(speech.SettingRegion), p.Given, fix(".")), true
	case speech.CodeEndpointKind:
		return "Resource Type Contradicts Endpoint", fmt.Sprintf("%s is the Foundry name of a resource (https://%s/), "+
			"which only an %q resource has, but %s is %q.%s",
			Ep, p.Host, p.Want, s.name(speech.SettingKind), p.Given, s.thenFixes(p)), true
	case speech.CodeEndpointSubdomain:
		return "Endpoint And Custom Subdomain Disagree", fmt.Sprintf("%s has the custom subdomain %q, but %s is %q. A "+
			"resource has one custom subdomain%s",
			Ep, p.Want, s.name(speech.SettingSubdomain), p.Given, fix(": use the endpoint and custom subdomain of the "+
				"same resource.")), true
	}
	return "", "", false
}

// portalForm is the fixes of a pasted API URL or speech host: the resource
// endpoint, the form the portal shows.
func (s surface) portalForm(p speech.Problem) string {
	if len(p.Fixes) == 0 {
		return ""
	}
	return " " + upperFirst(s.fixesOf(p)) + ", the form the portal's Keys and Endpoint page shows."
}
