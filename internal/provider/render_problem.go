package provider

import (
	"fmt"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Sentences the problems share.
const (
	keysAndEndpoint  = "Copy the Endpoint value from the resource's Keys and Endpoint page"
	otherCloudReject = "and keys of one cloud are rejected by the others"
)

// resourceEndpoint is the resource endpoint of a host family, for
// messages: https://{region}.api.cognitive.microsoft.com/ (hosts.go
// builds it).
func resourceEndpoint(c *speech.Cloud, f speech.HostFamily, label string) string {
	return "https://" + c.HostName(f, label) + "/"
}

// endpointForms are the forms of a resource endpoint in every cloud of the
// catalog: https://{region}.api.cognitive.microsoft.com/ (or
// api.cognitive.microsoft.us, ...) or https://{name}.cognitiveservices.azure.com/
// (or ...).
func endpointForms() string {
	form := func(f speech.HostFamily, label string) string {
		var others []string
		for _, c := range speech.Clouds() {
			if c != speech.Public {
				others = append(others, strings.TrimPrefix(c.HostName(f, label), label+"."))
			}
		}
		return fmt.Sprintf("%s (or %s)", resourceEndpoint(speech.Public, f, label), strings.Join(others, ", "))
	}
	return form(speech.FamilyAPI, "{region}") + " or " + form(speech.FamilyCustomDomain, "{name}")
}

// keyShape says what a key-shaped value holds, from the key formats.
func keyShape() string {
	var runs []string
	for _, f := range speech.KeyFormats {
		runs = append(runs, fmt.Sprintf("%d or more %s", f.Run, f.Chars))
	}
	return "a run of " + strings.Join(runs, ", or ")
}

// fixesOf words the fixes of a problem as alternatives: the only words of a
// message that tell the user to change a setting to a value. Each fix was
// tried (speech.Resolve), so every change a message proposes is one that
// removes the problem without leading into another; a problem without
// fixes gets none ("" here), and its message states the facts instead.
// Most fixes are worded by the surface (`set cloud = "china"`); a few
// codes word them their own way, still one phrase per fix:
//   - candidates ("Did you mean ...?", "a nearby Speech region: ..."): the
//     value described, with the rest of the fix after it;
//   - a region of another cloud: removing the cloud is an aside to setting
//     it, and the nearby regions of the cloud given are one phrase;
//   - a URL given as region or subdomain: moving it to the endpoint;
//   - removing a region that a regional endpoint says.
func (s surface) fixesOf(p speech.Problem) string {
	if candidates(p) {
		var cands []string
		for _, f := range p.Fixes {
			cands = append(cands, s.candidate(f))
		}
		return orList(cands)
	}
	var alts, near []string
	prevSetsCloud := false
	for _, f := range p.Fixes {
		one := len(f) == 1
		switch {
		case p.Code == speech.CodeRegionOtherCloud && one && f[0].Setting == speech.SettingRegion && !f[0].Remove:
			near = append(near, f[0].Value)
		case p.Code == speech.CodeRegionOtherCloud && one && f[0].Setting == speech.SettingCloud && f[0].Remove && prevSetsCloud:
			alts[len(alts)-1] += " (or " + s.fix(f) + ": it is inferred from the region)"
		case (p.Code == speech.CodeRegionIsURL || p.Code == speech.CodeSubdomainIsURL) && len(f) >= 2 &&
			f[0].Setting == p.Setting && f[0].Remove && f[1].Setting == speech.SettingEndpoint:
			w := "move the URL to " + s.name(speech.SettingEndpoint)
			if len(f) > 2 {
				w += " and " + s.fix(f[2:])
			}
			alts = append(alts, w)
		case (p.Code == speech.CodeEndpointRegion || p.Code == speech.CodeEndpointRegionFar) && p.Family.Regional() &&
			one && f[0].Setting == speech.SettingRegion && f[0].Remove:
			alts = append(alts, s.fix(f)+" (it is read from "+s.name(speech.SettingEndpoint)+")")
		default:
			alts = append(alts, s.fix(f))
		}
		prevSetsCloud = one && f[0].Setting == speech.SettingCloud && !f[0].Remove
	}
	if len(near) > 0 {
		alts = append(alts, fmt.Sprintf("use a region of %s near it, such as %s", p.Other.DisplayName, quoteList(near)))
	}
	return alternatives(alts)
}

// candidates reports whether a problem's fixes are worded as candidates
// for the value given.
func candidates(p speech.Problem) bool {
	switch p.Code {
	case speech.CodeRegionTypo, speech.CodeRegionNoSpeech:
		return true
	case speech.CodeNonASCII:
		return p.Setting == speech.SettingSubdomain
	}
	return false
}

// candidate words a fix as a candidate: `"chinaeast2" (China East 2,
// china) (set cloud = "china" with it)`.
func (s surface) candidate(f speech.Fix) string {
	c := fmt.Sprintf("%q", f[0].Value)
	if f[0].Setting == speech.SettingRegion {
		if d := describeRegions([]string{f[0].Value}); d != "" {
			c = d
		}
	}
	if len(f) > 1 {
		c += " (" + s.fix(f[1:]) + " with it)"
	}
	return c
}

// alternatives joins phrases that each hold changes: `a`, `a, or b`, `a,
// b, or c` (the comma before "or" keeps "and" inside a phrase apart).
func alternatives(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + ", or " + parts[len(parts)-1]
}

// thenFixes is the fixes of a problem as a sentence of their own, after a
// space; "" when it has none.
func (s surface) thenFixes(p speech.Problem) string {
	if len(p.Fixes) == 0 {
		return ""
	}
	return " " + upperFirst(s.fixesOf(p)) + "."
}

// problem words a domain problem for the surface: a summary in Title Case
// and a detail of full sentences.
func (s surface) problem(p speech.Problem) (summary, detail string) {
	w := what(p.Setting)
	lw := strings.ToLower(w)
	switch p.Code {
	case speech.CodeEmpty:
		return "Empty " + w, fmt.Sprintf("The %s is empty. Remove the argument or give a value.", lw)
	case speech.CodeTooLong:
		return w + " Too Long", fmt.Sprintf("The %s is %d bytes long; no valid value is longer than %d.", lw, p.Len, speech.MaxInputLen)
	case speech.CodeNotUTF8:
		return "Invalid " + w, fmt.Sprintf("The %s is not valid UTF-8 text.", lw)
	case speech.CodeControlChar:
		return "Invalid " + w, fmt.Sprintf("The %s %s contains the control character %U at byte %d. Remove it (it often comes from a file read without trimspace()).", lw, quote(p.Given), p.Char, p.Pos)
	case speech.CodeNonASCII:
		return s.nonASCII(p)
	case speech.CodeKeyShaped:
		return "Speech Key Given As " + w, fmt.Sprintf("%s holds a value shaped like a Speech resource key (%s). "+
			"It is not shown, and nothing was sent. Were two variables swapped? Keep the key in the provider's key, and give %s the %s.",
			s.Name(p.Setting), keyShape(), s.name(p.Setting), settingMeaning(p.Setting))
	case speech.CodeInputHoldsKey:
		return "Speech Key Given As " + w, fmt.Sprintf("%s holds the key, or a part of it. It is not shown, and nothing was sent, so that the key does not travel as a host name "+
			"(in DNS queries, a proxy's CONNECT line, TLS server names). Keep the key in the provider's key, and give %s the %s.", s.Name(p.Setting), s.name(p.Setting), settingMeaning(p.Setting))
	}
	if sum, det, ok := s.settingProblem(p); ok {
		return sum, det
	}
	if sum, det, ok := s.endpointProblem(p); ok {
		return sum, det
	}
	if sum, det, ok := s.keyProblem(p); ok {
		return sum, det
	}
	return "Invalid " + w, fmt.Sprintf("The %s cannot be used (%s).", lw, p.Code)
}

// settingMeaning says what a setting holds.
func settingMeaning(st speech.Setting) string {
	switch st {
	case speech.SettingRegion:
		return "region of the Speech resource (its Location, for example \"eastus\")"
	case speech.SettingSubdomain:
		return "resource's custom subdomain"
	case speech.SettingEndpoint:
		return "resource endpoint from its Keys and Endpoint page"
	case speech.SettingCloud:
		return "cloud (\"public\", \"usgovernment\" or \"china\")"
	}
	return "resource's ARM kind"
}

func (s surface) nonASCII(p speech.Problem) (string, string) {
	if p.Setting == speech.SettingSubdomain {
		hint := ""
		if len(p.Fixes) > 0 {
			hint = fmt.Sprintf(" Did you mean %s?", s.fixesOf(p))
		}
		return "Invalid Custom Subdomain Name", fmt.Sprintf("%s contains the non-ASCII character %q (%U) at byte %d; a custom subdomain name has only ASCII letters, digits and "+
			"hyphens.%s", quote(p.Given), p.Char, p.Char, p.Pos, hint)
	}
	hint := ""
	switch {
	case p.Want != "" && len(p.Fixes) > 0:
		hint = fmt.Sprintf(" It reads as %q: retype it in plain ASCII: %s.", p.Want, s.fixesOf(p))
	case p.Want != "":
		hint = fmt.Sprintf(" It reads as %q.", p.Want)
	}
	return "Invalid " + what(p.Setting), fmt.Sprintf("%s contains the non-ASCII character %q (%U) at byte %d; region names are ASCII letters and digits.%s", quote(p.Given), p.Char, p.Char, p.Pos, hint)
}

// settingProblem words the problems of a cloud, kind, subdomain, region
// and of the configuration as a whole.
func (s surface) settingProblem(p speech.Problem) (string, string, bool) {
	switch p.Code {
	case speech.CodeCloudUnknown:
		return "Unknown Azure Cloud", fmt.Sprintf("%s is not an Azure cloud with Speech. Use one of %s (the azurerm provider's environment names), or the az CLI names AzureCloud, "+
			"AzureUSGovernment, AzureChinaCloud.", quote(p.Given), quoteList(p.Near)), true
	case speech.CodeCloudClosed:
		use := ""
		if len(p.Fixes) > 0 {
			use = fmt.Sprintf(" Use the public cloud (%s).", s.fixesOf(p))
		}
		return "Azure Germany Is Closed", "Azure Germany closed on 2021-10-29 and has no Speech endpoints; the public cloud has a Speech region in Germany " +
			"(germanywestcentral)." + use, true
	case speech.CodeCloudStack:
		return "Unsupported Cloud", fmt.Sprintf("Azure Stack has no Speech service. Give %s one of %s.", s.name(speech.SettingCloud), quoteList(p.Near)), true
	case speech.CodeKindLegacy:
		return "Legacy Speech Resource Type", fmt.Sprintf("%s is a legacy resource kind that today's Speech endpoints do not accept. Create a \"SpeechServices\" resource (or use an "+
			"\"AIServices\" or \"CognitiveServices\" multi-service resource) and set %s to its kind.", quote(p.Given), s.name(speech.SettingKind)), true
	case speech.CodeKindUnknown:
		return "Unknown Resource Type", fmt.Sprintf("%s is not an Azure resource kind that carries Speech. Use the ARM kind of your resource: \"SpeechServices\" (a Speech resource), "+
			"\"CognitiveServices\" (multi-service) or \"AIServices\" (Azure AI services / Foundry); azurerm_cognitive_account.kind gives it.", quote(p.Given)), true
	case speech.CodeSubdomainIsURL:
		fix := fmt.Sprintf(": give it the name alone, or put the URL in %s", s.name(speech.SettingEndpoint))
		if len(p.Fixes) > 0 {
			fix = ": " + s.fixesOf(p)
		}
		return "Invalid Custom Subdomain Name", fmt.Sprintf("%s takes only the name, not a host or URL%s.", s.Name(speech.SettingSubdomain), fix), true
	case speech.CodeSubdomainNotName:
		return "Invalid Custom Subdomain Name", fmt.Sprintf("%s is not a custom subdomain name: it takes only the first label of %s (letters, "+
			"digits and hyphens).", quote(p.Given), resourceEndpoint(speech.Public, speech.FamilyCustomDomain, "{name}")), true
	case speech.CodeSubdomainShort:
		return "Invalid Custom Subdomain Name", fmt.Sprintf("%s is %d character long; a custom subdomain name has 2 to %d.", quote(p.Given), p.Len, speech.MaxSubdomainLen), true
	case speech.CodeSubdomainLong:
		return "Invalid Custom Subdomain Name", fmt.Sprintf("%s is %d characters long; a custom subdomain name has at most %d. It is the first label of the host name "+
			"%s, and a DNS label holds at most 63 characters, so the 64 that Microsoft's custom-subdomain page allows cannot resolve.",
			quote(p.Given), p.Len, speech.MaxSubdomainLen, resourceEndpoint(speech.Public, speech.FamilyCustomDomain, "{name}")), true
	case speech.CodeSubdomainInvalid:
		return "Invalid Custom Subdomain Name", fmt.Sprintf("%s is not a valid custom subdomain name: use letters, digits and hyphens, starting with a letter or digit and not ending in "+
			"a hyphen.", quote(p.Given)), true
	case speech.CodeRegionIsURL:
		hint := fmt.Sprintf("Put the resource endpoint URL in %s instead, and give %s the region name alone.", s.name(speech.SettingEndpoint), s.name(speech.SettingRegion))
		if len(p.Fixes) > 0 {
			hint = upperFirst(s.fixesOf(p)) + "."
		}
		return "URL Given As Region", fmt.Sprintf("%s takes a region name such as \"westus\", not a URL or host name. %s", s.Name(speech.SettingRegion), hint), true
	case speech.CodeRegionLocale:
		return "Locale Given As Region", fmt.Sprintf("%s is a language locale, not an Azure region. %s is where the Speech resource lives (the Location on its Keys and Endpoint page, "+
			"for example \"eastus\"); "+
			"the language goes in the request (?language=%s, or SpeechRecognitionLanguage / SpeechSynthesisLanguage in the SDK).", quote(p.Given), s.Name(speech.SettingRegion), p.Given), true
	case speech.CodeRegionGlobal:
		return "Global Is Not A Speech Region", "Speech resources are regional: a resource whose location is \"global\" is not a regional Speech resource, and no Speech endpoint exists for \"global\". " +
			"Use the region of your Speech resource (the Location on its Keys and Endpoint page), for example \"eastus\" or \"westeurope\".", true
	case speech.CodeRegionPlaceholder:
		return "Placeholder Given As Region", fmt.Sprintf("%s is a placeholder, not a region: a variable or template was not filled in. Give %s the Location of your Speech resource, "+
			"for example \"eastus\".", quote(p.Given), s.name(speech.SettingRegion)), true
	case speech.CodeRegionLegacy:
		rg, _ := speech.RegionByName(p.Want)
		silence := ""
		if len(p.Fixes) > 0 {
			silence = " " + upperFirst(s.fixesOf(p)) + " to silence this warning."
		}
		return "Legacy Region Name", fmt.Sprintf("%s is the legacy name of %s used by older docs and SDK samples; it maps to region %q.%s",
			quote(p.Given), rg.DisplayName, p.Want, silence), true
	case speech.CodeRegionNoSpeech:
		create := "Create the Speech resource in a Speech region (the speechendpoints_regions data source lists them)."
		if len(p.Fixes) > 0 {
			create = fmt.Sprintf("Create the Speech resource in a nearby Speech region: %s.", s.fixesOf(p))
		}
		return "Region Without Speech", fmt.Sprintf("%q is an Azure region, but Microsoft's Speech regions page (%s, revision of %s) says it does not offer Speech. %s",
			p.Region, speech.SourceRegions.URL, speech.SourceRegions.Date(), create), true
	case speech.CodeRegionUnlisted:
		return "Region Not In Speech Table", s.unlisted(p), true
	case speech.CodeRegionMalformed:
		return "Invalid Region", fmt.Sprintf("%s is not a region name: region names are a letter followed by letters and digits (\"westus2\", \"Japan West\"). Use the Location of your "+
			"Speech resource.", quote(p.Given)), true
	case speech.CodeRegionTypo:
		mean := "Use the Location of your Speech resource."
		if len(p.Fixes) > 0 {
			mean = "Did you mean " + s.fixesOf(p) + "?"
		}
		return "Unknown Speech Region", fmt.Sprintf("%s is not a Speech region. %s The speechendpoints_regions data source lists every Speech region.", quote(p.Given), mean), true
	case speech.CodeRegionOtherCloud:
		fix := s.thenFixes(p)
		if fix == "" {
			fix = fmt.Sprintf(" No change of %s or %s alone resolves it without another conflict: give them the region and cloud of the resource the key belongs to.",
				s.name(speech.SettingRegion), s.name(speech.SettingCloud))
		}
		region := fmt.Sprintf("%q is a region", p.Region)
		if rg, ok := speech.RegionByName(p.Region); ok {
			region = fmt.Sprintf("Region %q (%s) is", p.Region, rg.DisplayName)
		}
		return "Region In Another Cloud", fmt.Sprintf("%s in %s, not %s, %s.%s", region, p.Cloud.DisplayName, p.Other.DisplayName, otherCloudReject, fix), true
	case speech.CodeRegionOrEndpoint:
		return "Region Or Endpoint Required", fmt.Sprintf("Set %s (the Location of the Speech resource, for example \"eastus\") or %s (the Endpoint on its Keys and Endpoint "+
			"page).", s.name(speech.SettingRegion), s.name(speech.SettingEndpoint)), true
	case speech.CodePrivateNeedsDomain:
		without := ""
		if len(p.Fixes) > 0 {
			without = " If the resource has no private endpoint, " + s.fixesOf(p) + "."
		}
		return "Private Endpoint Needs A Custom Subdomain", fmt.Sprintf("A resource behind a private endpoint is reached only through its custom domain, and the regional hosts answer 401 for its key. "+
			"Set %s to the resource's custom subdomain, or %s to its custom-domain endpoint (%s).%s",
			s.name(speech.SettingSubdomain), s.name(speech.SettingEndpoint), resourceEndpoint(p.Cloud, speech.FamilyCustomDomain, "{name}"), without), true
	case speech.CodeCloudNotDefault:
		silence := ""
		if len(p.Fixes) > 0 {
			silence = " " + upperFirst(s.fixesOf(p)) + " on this data source to say so and silence this warning."
		}
		return "Cloud Differs From Provider Default", fmt.Sprintf("%s says cloud %q, but this resource is in %s, so cloud %q is used.%s",
			s.defaultFrom, p.Other.Name, p.Cloud.DisplayName, p.Cloud.Name, silence), true
	case speech.CodeUnconfirmedDomain:
		derived := "the custom-domain token path is"
		if !p.Cloud.CustomDomainConfirmed {
			derived = fmt.Sprintf("the custom-domain suffix %q and token path are", p.Cloud.CustomDomainSuffix)
		}
		return "Unconfirmed Custom-Domain Endpoints", fmt.Sprintf("Microsoft documents the custom-domain Speech endpoints for the public cloud; in %s %s derived from the documented rule, not confirmed. "+
			"Test them once before relying on them (key_check does).", p.Cloud.DisplayName, derived), true
	}
	return "", "", false
}

// unlisted words the open-world warning for a region outside the table.
func (s surface) unlisted(p speech.Problem) string {
	var what, note string
	switch p.Note {
	case speech.NoteAzureRegion:
		what = fmt.Sprintf("%q is an Azure region that this provider's table of Speech regions does not list", p.Region)
	case speech.NoteAIServicesRegion:
		what = fmt.Sprintf("%q is an Azure region that this provider's table of Speech regions does not list", p.Region)
		var speechRegions []string
		for _, rg := range speech.Regions(speech.China) {
			speechRegions = append(speechRegions, rg.Name)
		}
		note = fmt.Sprintf(" Microsoft's custom-subdomains page (revision of %s) lists %s for Azure AI services, but its sovereign-clouds page (revision of %s) "+
			"lists only %s for Speech in %s.", speech.SourceSubdomains.Date(), resourceEndpoint(speech.China, speech.FamilyAPI, p.Region),
			speech.SourceSovereign.Date(), strings.Replace(orList(speechRegions), " or ", " and ", 1), speech.China.DisplayName)
	case speech.NoteTTSInclude:
		what = fmt.Sprintf("%q is an Azure region (an older revision of Microsoft's text to speech endpoint list, dated %s, named it; neither today's list nor the regions "+
			"page does) that this provider's table of Speech regions does not list", p.Region, speech.SourceTTSIncludeOld.Date())
	default:
		what = fmt.Sprintf("%q is not in this provider's table of Speech regions", p.Region)
	}
	settle := "Add a key_check to settle it"
	if s.checksKey {
		settle = "The call this configuration makes with the key settles it"
	}
	return fmt.Sprintf("%s (Microsoft's regions page, revision of %s).%s Speech opens regions from time to time, so the name is accepted: the endpoints follow the regional "+
		"pattern and features are unknown (null). "+
		"%s: a token issued there confirms Speech answers in %q, and a host with no DNS answer fails the check, saying it does not.",
		what, speech.SourceRegions.Date(), note, settle, p.Region)
}

// pathWords name the kind of API URL pasted.
var pathWords = map[speech.PathKind]string{
	speech.PathToken: "token endpoint", speech.PathTTS: "text to speech endpoint", speech.PathSTT: "speech to text endpoint",
	speech.PathSTTAPI: "speech-to-text REST API endpoint", speech.PathTranslation: "speech translation endpoint",
	speech.PathVoiceLive: "Voice Live endpoint", speech.PathBatchSynthesis: "batch synthesis endpoint", speech.PathBatchAvatar: "batch avatar synthesis endpoint",
	speech.PathAvatarRelay: "avatar relay token endpoint", speech.PathFastTranscription: "fast transcription endpoint",
}

// endpointProblem words the problems of an endpoint. Hosts are quoted
// through quote: a host whose label is key-shaped is not shown.
func (s surface) endpointProblem(p speech.Problem) (string, string, bool) {
	ep, Ep := s.name(speech.SettingEndpoint), s.Name(speech.SettingEndpoint)
	// fix is the fixes after a colon, or what to do without them.
	fix := func(without string) string {
		if len(p.Fixes) == 0 {
			return without
		}
		return ": " + s.fixesOf(p) + "."
	}
	example := resourceEndpoint(speech.Public, speech.FamilyAPI, "westus")
	switch p.Code {
	case speech.CodeEndpointNoScheme:
		return "Endpoint Without Scheme", fmt.Sprintf("%s must be a URL starting with https://%s", Ep, fix(".")), true
	case speech.CodeEndpointNotURL:
		return "Invalid Endpoint", fmt.Sprintf("%s is not a URL. %s, for example %q.", quote(p.Given), keysAndEndpoint, example), true
	case speech.CodeEndpointCredentials:
		return "Credentials In Endpoint", fmt.Sprintf("%s contains a user name or password before the host. Remove it: Speech keys never go in the URL (use the provider's key argument).", Ep), true
	case speech.CodeEndpointHTTP:
		return "Endpoint Must Use HTTPS", "Azure Speech endpoints are HTTPS only" + fix("."), true
	case speech.CodeEndpointWebsocket:
		return "WebSocket URL Given As Endpoint", fmt.Sprintf("%s takes the resource endpoint (https://...), not a WebSocket URL. %s.", Ep, keysAndEndpoint), true
	case speech.CodeEndpointScheme:
		return "Invalid Endpoint", fmt.Sprintf("%s must start with https://, not %s://.", Ep, p.Given), true
	case speech.CodeEndpointPort:
		return "Unexpected Port In Endpoint", fmt.Sprintf("Azure Speech endpoints use the default HTTPS port, not :%s%s", p.Given, fix(".")), true
	case speech.CodeEndpointQuery:
		return "Query In Endpoint", fmt.Sprintf("%s takes the resource endpoint, without a query string or fragment%s", Ep, fix(".")), true
	case speech.CodeEndpointPath:
		return "Unexpected Path In Endpoint", fmt.Sprintf("%s takes the resource endpoint, which has no path%s", Ep, fix(".")), true
	case speech.CodeEndpointAPIURL:
		return "Endpoint Is Not The Resource Endpoint", fmt.Sprintf("%s is a %s, not the resource endpoint; only its host is used.%s", Ep, pathWords[p.Path], s.portalForm(p)), true
	case speech.CodeEndpointSpeechHost:
		return "Endpoint Is Not The Resource Endpoint", fmt.Sprintf("%s is a %s speech host, not the resource endpoint; only its region is used.%s", Ep, p.Family, s.portalForm(p)), true
	case speech.CodeEndpointBadLabel:
		cause := *p.Cause
		cause.Fixes = nil // what the label's problem suggests is in p.Fixes, as endpoints
		sum, det := s.problem(cause)
		switch {
		case p.Cause.Setting == speech.SettingRegion:
			return sum, fmt.Sprintf("The region in the host %s of %s is not usable: %s%s", quote(p.Host), ep, det, s.thenFixes(p)), true
		case p.Family == speech.FamilyCustomDomain:
			return "Invalid Endpoint", fmt.Sprintf("The custom subdomain in %s is not valid: %s%s", ep, det, s.thenFixes(p)), true
		}
		return "Invalid Endpoint", fmt.Sprintf("The resource name in %s is not valid: %s%s", ep, det, s.thenFixes(p)), true
	case speech.CodeEndpointNoSuchHost:
		return "Invalid Endpoint", fmt.Sprintf("The host %s does not exist: Speech hosts use the region identifier %q.%s", quote(p.Host), p.Want, s.thenFixes(p)), true
	case speech.CodeEndpointMixesCloud:
		return "Endpoint Mixes Clouds", fmt.Sprintf("The host %s puts region %q (%s) under the %s suffix %q; that host does not exist.%s",
			quote(p.Host), p.Region, p.Cloud.DisplayName, p.Other.DisplayName, p.Other.APISuffix, s.thenFixes(p)), true
	case speech.CodeEndpointNotSpeech:
		return "Not A Speech Endpoint", fmt.Sprintf("%s is an Azure host, but not one that serves Speech. Copy the Endpoint of the Speech, Azure AI services or multi-service resource "+
			"from its Keys and Endpoint page: %s.", quote(p.Host), endpointForms()), true
	case speech.CodeEndpointNotAzure:
		return "Not An Azure Speech Endpoint", fmt.Sprintf("%s is not an Azure Cognitive Services host. %s takes the Endpoint shown on the resource's Keys and Endpoint page: "+
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
		return "OpenAI Endpoint Without An AI Services Kind", fmt.Sprintf("%s is the OpenAI endpoint of a resource, and %s. A resource of kind OpenAI serves no Speech; an Azure AI "+
			"services (Foundry) resource answers there too and serves Speech on https://%s/.%s", quote("https://"+p.Host+"/"), given, p.Want, fixes), true
	case speech.CodeEndpointOtherCloud:
		use := fmt.Sprintf("Use the endpoint and %s of the same resource.", s.name(speech.SettingCloud))
		if len(p.Fixes) > 0 {
			use = fmt.Sprintf("%s, or use the endpoint of a resource in %s.", upperFirst(s.fixesOf(p)), p.Other.DisplayName)
		}
		return "Endpoint In Another Cloud", fmt.Sprintf("%s is a host of %s, but %s is %q. %s", ep, p.Cloud.DisplayName, s.name(speech.SettingCloud), p.Other.Name, use), true
	case speech.CodeEndpointRegionFar:
		or := ""
		if len(p.Fixes) > 0 {
			or = ", or " + s.fixesOf(p)
		}
		return "Endpoint And Region In Different Clouds", fmt.Sprintf("%s is a host of %s, but region %q is in %s. A key belongs to one resource in one cloud: use the endpoint and "+
			"region of the same resource%s.", ep, p.Cloud.DisplayName, p.Region, p.Other.DisplayName, or), true
	case speech.CodeEndpointRegion:
		return "Endpoint And Region Disagree", fmt.Sprintf("%s is in region %q, but %s is %q. Use the region of the resource the endpoint belongs to%s",
			ep, p.Region, s.name(speech.SettingRegion), p.Given, fix(".")), true
	case speech.CodeEndpointKind:
		return "Resource Type Contradicts Endpoint", fmt.Sprintf("%s is the Foundry name of a resource (https://%s/), which only an %q resource has, but %s is %q.%s",
			ep, p.Host, p.Want, s.name(speech.SettingKind), p.Given, s.thenFixes(p)), true
	case speech.CodeEndpointSubdomain:
		return "Endpoint And Custom Subdomain Disagree", fmt.Sprintf("%s has the custom subdomain %q, but %s is %q. A resource has one custom subdomain%s",
			ep, p.Want, s.name(speech.SettingSubdomain), p.Given, fix(": use the endpoint and custom subdomain of the same resource.")), true
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

// trimWords name the stray text around a key.
var trimWords = map[speech.Trim]string{speech.TrimNewline: "a newline", speech.TrimQuotes: "quotes", speech.TrimSpaces: "spaces", speech.TrimWhitespace: "whitespace"}

// keyProblem words the problems of a key. They never hold the key.
func (s surface) keyProblem(p speech.Problem) (string, string, bool) {
	switch p.Code {
	case speech.CodeKeyEmpty:
		return "Empty Speech Key", fmt.Sprintf("The key is empty. %s, to KEY 1 or KEY 2 from the resource's Keys and Endpoint page.", upperFirst(s.keyHow)), true
	case speech.CodeKeyMalformed:
		return "Malformed Speech Key", fmt.Sprintf("The key has a space, control or non-ASCII character at byte %d, which an HTTP header cannot carry, so it was not sent. "+
			"Resource keys are letters and digits: copy KEY 1 again from the Keys and Endpoint page.", p.Pos), true
	case speech.CodeKeyGUID:
		return "Key Looks Like A GUID", "The key is shaped like a GUID (8-4-4-4-12): that is an Azure subscription, tenant or client ID, not a Speech resource key. It was not sent. " +
			"Use KEY 1 or KEY 2 from the resource's Keys and Endpoint page (azurerm_cognitive_account.primary_access_key).", true
	case speech.CodeKeyTrimmed:
		var ws []string
		for _, t := range p.Trims {
			ws = append(ws, trimWords[t])
		}
		return "Speech Key Needs Attention", fmt.Sprintf("The key is surrounded by %s. An application given this value sends them too and is refused; the check used the trimmed key. "+
			"Trim the value where it is set (for example trimspace(file(...))).", strings.Join(ws, " and ")), true
	case speech.CodeKeyUnusualLength:
		return "Speech Key Needs Attention", fmt.Sprintf("The key is %d characters long; the keys seen in use are %d hexadecimal characters or %d letters and digits (no Microsoft page states the format). "+
			"It was sent, and Azure's answer judges it: if Azure refuses it, it may be cut short or have extra characters.", p.Len, speech.KeyFormats[0].Len, speech.KeyFormats[1].Len), true
	}
	return "", "", false
}
