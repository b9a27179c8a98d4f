package provider

import (
	"fmt"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// regionProblem words the problems of a region (region-*).
func (s surface) regionProblem(p speech.Problem) (string, string, bool) {
	switch p.Code {
	case speech.CodeRegionIsURL:
		hint := fmt.Sprintf("Put the resource endpoint URL in %s instead, and give %s the region name "+
			"alone.", s.name(speech.SettingEndpoint), s.name(speech.SettingRegion))
		if len(p.Fixes) > 0 {
			hint = upperFirst(s.fixesOf(p)) + "."
		}
		return "URL Given As " +
				"Region", fmt.Sprintf("%s takes a region name such as \"westus\", not a URL or host name. %s",
				s.nameAtStart(speech.SettingRegion), hint), true
	case speech.CodeRegionLocale:
		return "Locale Given As Region", fmt.Sprintf("%s is a language locale, not an Azure region. %s is where the "+
			"Speech resource lives (the Location on its Keys and Endpoint page, "+
			"for example \"eastus\"); "+
			"the language goes in the request (?language=%s, or SpeechRecognitionLanguage / SpeechSynthesisLanguage in "+
			"the SDK).", quote(p.Given), s.nameAtStart(speech.SettingRegion), p.Given), true
	case speech.CodeRegionGlobal:
		return "Global Is Not A Speech Region", "Speech resources are regional: a resource whose location is " +
			"\"global\" is not a regional Speech resource, and no Speech endpoint exists for \"global\". " +
			"Use the region of your Speech resource (the Location on its Keys and Endpoint page), for example \"eastus\" " +
			"or \"westeurope\".", true
	case speech.CodeRegionPlaceholder:
		return "Placeholder Given As Region", fmt.Sprintf("%s is a placeholder, not a region: a variable or template "+
			"was not filled in. Give %s the Location of your Speech resource, "+
			"for example \"eastus\".", quote(p.Given), s.name(speech.SettingRegion)), true
	case speech.CodeRegionLegacy:
		rg, _ := speech.RegionByName(p.Want)
		silence := ""
		if len(p.Fixes) > 0 {
			silence = " " + upperFirst(s.fixesOf(p)) + " to silence this warning."
		}
		return "Legacy Region Name", fmt.Sprintf("%s is the legacy name of %s used by older docs and SDK samples; it "+
			"maps to region %q.%s",
			quote(p.Given), rg.DisplayName, p.Want, silence), true
	case speech.CodeRegionNoSpeech:
		create := "Create the Speech resource in a Speech region (the speechendpoints_regions data source lists them)."
		if len(p.Fixes) > 0 {
			create = fmt.Sprintf("Create the Speech resource in a nearby Speech region: %s.", s.fixesOf(p))
		}
		return "Region Without Speech", fmt.Sprintf("%q is an Azure region, but Microsoft's Speech regions page (%s, "+
			"revision of %s) says it does not offer Speech. %s",
			p.Region, speech.SourceRegions.URL, speech.SourceRegions.Date(), create), true
	case speech.CodeRegionUnlisted:
		return "Region Not In Speech Table", s.unlisted(p), true
	case speech.CodeRegionMalformed:
		return "Invalid Region", fmt.Sprintf("%s is not a region name: region names are a letter followed by letters "+
			"and digits (\"westus2\", \"Japan West\"). Use the Location of your "+
			"Speech resource.", quote(p.Given)), true
	case speech.CodeRegionTypo:
		mean := "Use the Location of your Speech resource."
		if len(p.Fixes) > 0 {
			mean = "Did you mean " + s.fixesOf(p) + "?"
		}
		return "Unknown Speech Region", fmt.Sprintf("%s is not a Speech region. %s The speechendpoints_regions data "+
			"source lists every Speech region.", quote(p.Given), mean), true
	case speech.CodeRegionOtherCloud:
		fix := s.thenFixes(p)
		if fix == "" {
			fix = fmt.Sprintf(
				" No change of %s or %s alone resolves it without another conflict: give them the region "+
					"and cloud of the resource the key belongs to.",
				s.name(speech.SettingRegion),
				s.name(speech.SettingCloud),
			)
		}
		region := fmt.Sprintf("%q is a region", p.Region)
		if rg, ok := speech.RegionByName(p.Region); ok {
			region = fmt.Sprintf("Region %q (%s) is", p.Region, rg.DisplayName)
		}
		return "Region In Another Cloud", fmt.Sprintf("%s in %s, not %s, "+
			"%s.%s", region, p.Cloud.DisplayName, p.Other.DisplayName, otherCloudReject, fix), true
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
		note = fmt.Sprintf(
			" Microsoft's custom-subdomains page (revision of %s) lists %s for Azure AI services, but "+
				"its sovereign-clouds page (revision of %s) "+
				"lists only %s for Speech in %s.",
			speech.SourceSubdomains.Date(),
			speech.China.ResourceEndpoint(speech.FamilyAPI, p.Region),
			speech.SourceSovereign.Date(),
			strings.Replace(orList(speechRegions), " or ", " and ", 1),
			speech.China.DisplayName,
		)
	case speech.NoteTTSInclude:
		what = fmt.Sprintf("%q is an Azure region (an older revision of Microsoft's text to speech endpoint list, "+
			"dated %s, named it; neither today's list nor the regions "+
			"page does) that this provider's table of Speech regions does not list",
			p.Region, speech.SourceTTSIncludeOld.Date())
	default:
		what = fmt.Sprintf("%q is not in this provider's table of Speech regions", p.Region)
	}
	settle := "Add a key_check to settle it"
	if s.checksKey {
		settle = "The call this configuration makes with the key settles it"
	}
	return fmt.Sprintf("%s (Microsoft's regions page, revision of %s).%s Speech opens regions from time to time, so "+
		"the name is accepted: the endpoints follow the regional "+
		"pattern and features are unknown (null). "+
		"%s: a token issued there confirms Speech answers in %q, and a host with no DNS answer fails the check, saying "+
		"it does not.",
		what, speech.SourceRegions.Date(), note, settle, p.Region)
}
