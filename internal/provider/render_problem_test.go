package provider

import (
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

func sp(s string) *string { return &s }

// errorOf resolves an input and words its one error for a surface.
func errorOf(t *testing.T, w surface, in speech.Input) (string, string) {
	t.Helper()
	_, ps := speech.Resolve(in)
	errs := speech.Errors(ps)
	if len(errs) != 1 {
		t.Fatalf("problems %+v, want one error", ps)
	}
	return w.problem(errs[0])
}

// The words of every problem, as the data source says them: the summary
// and fragments of the detail (fragments hold the exact sentences users
// act on).
func TestProblemWords(t *testing.T) {
	ds := dataSourceWords(&providerData{defaultCloudSource: "ARM_ENVIRONMENT"})
	for _, tc := range []struct {
		in      speech.Input
		summary string
		detail  []string
	}{
		{speech.Input{Region: sp("swedentcentral")}, "Unknown Speech Region", []string{`"swedentcentral" is not a Speech region. Did you mean "swedencentral" (Sweden Central, public)?`}},
		{speech.Input{Region: sp("chinaest2"), Cloud: sp("public")}, "Unknown Speech Region", []string{`Did you mean "chinaeast2" (China East 2, china) (set cloud = "china" with it)?`}},
		{speech.Input{Region: sp("japnwest")}, "Unknown Speech Region", []string{`"japanwest"`, "Japan West"}},
		{speech.Input{Region: sp("westus!")}, "Invalid Region", []string{"a letter followed by letters and digits"}},
		{speech.Input{Region: sp("en-US")}, "Locale Given As Region", []string{"language", "?language=en-US"}},
		{speech.Input{Region: sp("global")}, "Global Is Not A Speech Region", []string{"regional"}},
		{speech.Input{Region: sp("undefined")}, "Placeholder Given As Region", []string{"variable"}},
		{speech.Input{Region: sp("https://westus.api.cognitive.microsoft.com/")}, "URL Given As Region", []string{`Set region = "westus", or move the URL to endpoint.`}},
		{speech.Input{Region: sp("https://example.com/")}, "URL Given As Region", []string{"Put the resource endpoint URL in endpoint instead"}},
		{speech.Input{Region: sp("southindia")}, "Region Without Speech", []string{"does not offer Speech", `"centralindia"`, "revision of 2025-11-09", speech.SourceRegions.URL}},
		{speech.Input{Region: sp("")}, "Empty Region", nil},
		{speech.Input{Region: sp("east\nus")}, "Invalid Region", []string{"control character"}},
		{speech.Input{Region: sp("jаpanwest")}, "Invalid Region", []string{"non-ASCII", `region = "japanwest"`}},
		{speech.Input{Region: sp(strings.Repeat("a", 300))}, "Region Too Long", nil},
		{speech.Input{Region: sp("a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d4")}, "Speech Key Given As Region", []string{"shaped like a Speech resource key", "It is not shown, and nothing was sent."}},
		{speech.Input{Region: sp("a1b2c3d4a1b2 c3d4a1b2c3d4")}, "Speech Key Given As Region", []string{"(a run of 24 or more hexadecimal characters, or 60 or more letters and digits)"}},
		// A key-shaped label of an endpoint's host is not shown either.
		{speech.Input{Endpoint: sp("https://a1b2c3d4a1b2c3d4a1b2c3d4.api.cognitive.microsoft.com/")}, "Speech Key Given As Endpoint", []string{"Endpoint holds a value shaped like a Speech resource key", "It is not shown"}},
		{speech.Input{Endpoint: sp("https://a1b2c3d4a1b2c3d4a1b2c3d4.cognitiveservices.azure.com/")}, "Speech Key Given As Endpoint", []string{"Endpoint holds a value shaped like a Speech resource key", "It is not shown"}},
		{speech.Input{Subdomain: sp("a1b2c3d4a1b2c3d4a1b2c3d4"), Region: sp("westus")}, "Speech Key Given As Custom Subdomain Name", []string{"It is not shown"}},
		{speech.Input{Region: sp("westus"), Cloud: sp("azure")}, "Unknown Azure Cloud", []string{`"azure" is not an Azure cloud with Speech. Use one of "public", "usgovernment" or "china"`}},
		{speech.Input{Region: sp("westus"), Cloud: sp("germany")}, "Azure Germany Is Closed", []string{`Use the public cloud (set cloud = "public")`}},
		{speech.Input{Region: sp("westus"), Kind: sp("Bing.Speech")}, "Legacy Speech Resource Type", []string{"and set resource_type to its kind"}},
		{speech.Input{Region: sp("westus"), Subdomain: sp("a")}, "Invalid Custom Subdomain Name", []string{"2 to 63"}},
		{speech.Input{Region: sp("westus"), Subdomain: sp(strings.Repeat("a", 64))}, "Invalid Custom Subdomain Name", []string{"a DNS label holds at most 63 characters"}},
		{speech.Input{Region: sp("westus"), Subdomain: sp("my-speech.cognitiveservices.azure.com")}, "Invalid Custom Subdomain Name", []string{`custom_subdomain_name = "my-speech"`}},
		{speech.Input{Region: sp("westus"), Subdomain: sp("mу-speech")}, "Invalid Custom Subdomain Name", []string{"non-ASCII", `Did you mean "my-speech"?`}},
		{speech.Input{Endpoint: sp("japanwest.api.cognitive.microsoft.com")}, "Endpoint Without Scheme", []string{`set endpoint = "https://japanwest.api.cognitive.microsoft.com/"`}},
		{speech.Input{Endpoint: sp("http://japanwest.api.cognitive.microsoft.com/")}, "Endpoint Must Use HTTPS", []string{"https://japanwest"}},
		{speech.Input{Endpoint: sp("https://user:secret@westus.api.cognitive.microsoft.com/")}, "Credentials In Endpoint", []string{"Remove it"}},
		{speech.Input{Endpoint: sp("https://westus.api.cognitive.microsoft.com:8443/")}, "Unexpected Port In Endpoint", []string{`not :8443: set endpoint = "https://westus.api.cognitive.microsoft.com/".`}},
		{speech.Input{Endpoint: sp("https://westus.api.cognitive.microsoft.com/foo")}, "Unexpected Path In Endpoint", []string{"has no path"}},
		{speech.Input{Endpoint: sp("https://example.com/")}, "Not An Azure Speech Endpoint", []string{"Keys and Endpoint"}},
		{speech.Input{Endpoint: sp("https://my.openai.azure.us/")}, "Not A Speech Endpoint", []string{"not one that serves Speech"}},
		{speech.Input{Endpoint: sp("https://virginia.api.cognitive.microsoft.com/")}, "Endpoint Mixes Clouds", []string{"https://usgovvirginia.api.cognitive.microsoft.us/"}},
		{speech.Input{Endpoint: sp("https://southindia.api.cognitive.microsoft.com/")}, "Region Without Speech", []string{`The region in the host "southindia.api.cognitive.microsoft.com" of endpoint is not usable`, "centralindia"}},
		{speech.Input{Endpoint: sp("https://my-.cognitiveservices.azure.com/")}, "Invalid Endpoint", []string{"The custom subdomain in endpoint is not valid", "hyphen"}},
		{speech.Input{}, "Region Or Endpoint Required", []string{"Set region (the Location"}},
		{speech.Input{Region: sp("chinaeast2"), Cloud: sp("public")}, "Region In Another Cloud", []string{`Region "chinaeast2" (China East 2) is in Azure China (21Vianet), not Azure public cloud`, `Set cloud = "china" (or remove cloud`, `such as "koreacentral", "eastasia" or "japanwest"`}},
		{speech.Input{Region: sp("polandcentral"), Cloud: sp("china")}, "Region In Another Cloud", []string{`Set cloud = "public"`}},
		{speech.Input{Region: sp("westus"), PrivateEndpoint: true}, "Private Endpoint Needs A Custom Subdomain", []string{"Set custom_subdomain_name to the resource's custom subdomain"}},
		{speech.Input{Endpoint: sp("https://x1.cognitiveservices.azure.cn/"), Cloud: sp("public")}, "Endpoint In Another Cloud", []string{`Set cloud = "china"`}},
		{speech.Input{Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/"), Region: sp("japaneast")}, "Endpoint And Region Disagree", []string{`set region = "japanwest", or remove region (it is read from endpoint)`}},
		{speech.Input{Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/"), Region: sp("chinaeast2")}, "Endpoint And Region In Different Clouds", []string{"same resource", "or remove region"}},
		{speech.Input{Endpoint: sp("https://one.cognitiveservices.azure.com/"), Subdomain: sp("two")}, "Endpoint And Custom Subdomain Disagree", []string{`"one"`}},
		{speech.Input{Endpoint: sp("https://contoso.services.ai.azure.com/api/projects/p"), Kind: sp("SpeechServices")}, "Resource Type Contradicts Endpoint", []string{`but resource_type is "SpeechServices". Remove resource_type, or set resource_type = "AIServices".`}},
		{speech.Input{Endpoint: sp("https://contoso.openai.azure.com/")}, "OpenAI Endpoint Without An AI Services Kind", []string{"resource_type is not set. A resource of kind OpenAI serves no Speech", `set resource_type = "AIServices", or set endpoint = "https://contoso.cognitiveservices.azure.com/".`}},
	} {
		summary, detail := errorOf(t, ds, tc.in)
		if summary != tc.summary {
			t.Errorf("%+v: summary %q, want %q (%s)", tc.in, summary, tc.summary, detail)
		}
		for _, f := range tc.detail {
			if !strings.Contains(detail, f) {
				t.Errorf("%+v: detail lacks %q:\n%s", tc.in, f, detail)
			}
		}
		if strings.Contains(detail, "secret") || strings.Contains(detail, "a1b2c3d4a1b2") || strings.Contains(detail, "..") {
			t.Errorf("%+v: detail %q", tc.in, detail)
		}
	}
}

// Warnings, in their words.
func TestWarningWords(t *testing.T) {
	for _, tc := range []struct {
		in      speech.Input
		w       surface
		summary string
		detail  string
	}{
		{speech.Input{Region: sp("virginia")}, dataSourceWords(nil), "Legacy Region Name", `"virginia" is the legacy name of US Gov Virginia used by older docs and SDK samples; it maps to region "usgovvirginia". Set region = "usgovvirginia" to silence this warning.`},
		{speech.Input{Region: sp("polandcentral")}, dataSourceWords(nil), "Region Not In Speech Table", `"polandcentral" is an Azure region that this provider's table of Speech regions does not list (Microsoft's regions page, revision of 2025-11-09). ` +
			`Speech opens regions from time to time, so the name is accepted: the endpoints follow the regional pattern and features are unknown (null). ` +
			`Add a key_check to settle it: a token issued there confirms Speech answers in "polandcentral", and a host with no DNS answer fails the check, saying it does not.`},
		{speech.Input{Region: sp("jioindiawest")}, keyedResourceWords(nil), "Region Not In Speech Table", `"jioindiawest" is an Azure region (an older revision of Microsoft's text to speech endpoint list, dated 2019-05-06, named it; neither today's list nor the regions page does) that this provider's table of Speech regions does not list (Microsoft's regions page, revision of 2025-11-09). ` +
			`Speech opens regions from time to time, so the name is accepted: the endpoints follow the regional pattern and features are unknown (null). ` +
			`The call this configuration makes with the key settles it: a token issued there confirms Speech answers in "jioindiawest", and a host with no DNS answer fails the check, saying it does not.`},
		{speech.Input{Region: sp("chinanorth")}, dataSourceWords(nil), "Region Not In Speech Table", `"chinanorth" is an Azure region that this provider's table of Speech regions does not list (Microsoft's regions page, revision of 2025-11-09). ` +
			`Microsoft's custom-subdomains page (revision of 2025-10-02) lists https://chinanorth.api.cognitive.azure.cn/ for Azure AI services, but its sovereign-clouds page ` +
			`(revision of 2025-08-07) lists only chinaeast2, chinanorth2 and chinanorth3 for Speech in Azure China (21Vianet). ` +
			`Speech opens regions from time to time, so the name is accepted: the endpoints follow the regional pattern and features are unknown (null). ` +
			`Add a key_check to settle it: a token issued there confirms Speech answers in "chinanorth", and a host with no DNS answer fails the check, saying it does not.`},
		{speech.Input{Region: sp("chinaeast2"), Default: speech.Public}, dataSourceWords(&providerData{defaultCloudSource: "ARM_ENVIRONMENT"}), "Cloud Differs From Provider Default",
			`ARM_ENVIRONMENT says cloud "public", but this resource is in Azure China (21Vianet), so cloud "china" is used. Set cloud = "china" on this data source to say so and silence this warning.`},
		{speech.Input{Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/sts/v1.0/issueToken")}, dataSourceWords(nil), "Endpoint Is Not The Resource Endpoint",
			`Endpoint is a token endpoint, not the resource endpoint; only its host is used. Set endpoint = "https://japanwest.api.cognitive.microsoft.com/", the form the portal's Keys and Endpoint page shows.`},
		{speech.Input{Endpoint: sp("https://westus.tts.speech.microsoft.com/cognitiveservices/v1")}, dataSourceWords(nil), "Endpoint Is Not The Resource Endpoint",
			`Endpoint is a tts speech host, not the resource endpoint; only its region is used. Set endpoint = "https://westus.api.cognitive.microsoft.com/", the form the portal's Keys and Endpoint page shows.`},
	} {
		_, ps := speech.Resolve(tc.in)
		if len(ps) != 1 || !ps[0].Warning {
			t.Errorf("%+v: problems %+v, want one warning", tc.in, ps)
			continue
		}
		summary, detail := tc.w.problem(ps[0])
		if summary != tc.summary || detail != tc.detail {
			t.Errorf("%+v:\n got %q: %q\nwant %q: %q", tc.in, summary, detail, tc.summary, tc.detail)
		}
	}
}

// A function speaks of its own arguments.
func TestFunctionWords(t *testing.T) {
	for _, tc := range []struct {
		fa     funcArgs
		in     speech.Input
		detail string
	}{
		{endpointsArgs, speech.Input{Region: sp("chinaeast2"), Cloud: sp("public")}, `Pass "china" as the cloud argument (or pass "" as the cloud argument: it is inferred from the region)`},
		{regionArgs, speech.Input{Region: sp("https://westus.api.cognitive.microsoft.com/")}, `The name argument takes a region name such as "westus", not a URL or host name. Pass "westus" as the name argument, or move the URL to the speechendpoints data source's endpoint.`},
		{regionArgs, speech.Input{Region: sp("jаpanwest")}, `retype it in plain ASCII: pass "japanwest" as the name argument.`},
		{parseEndpointArgs, speech.Input{Endpoint: sp("japanwest.api.cognitive.microsoft.com")}, `The endpoint argument must be a URL starting with https://: pass "https://japanwest.api.cognitive.microsoft.com/" as the endpoint argument.`},
		{customDomainArgs, speech.Input{Region: sp("westus"), Subdomain: sp("my-speech.cognitiveservices.azure.com")}, `The custom_subdomain_name argument takes only the name, not a host or URL: pass "my-speech" as the custom_subdomain_name argument, or move the URL to the speechendpoints data source's endpoint.`},
	} {
		_, detail := errorOf(t, tc.fa.words, tc.in)
		if !strings.Contains(detail, tc.detail) {
			t.Errorf("%+v: detail lacks %q:\n%s", tc.in, tc.detail, detail)
		}
	}
	// The OpenAI kind a function cannot be told.
	p, _ := speech.ParseEndpoint("https://contoso.openai.azure.com/")
	if _, d := parseEndpointArgs.words.problem(speech.OpenAIKind(p, nil)); !strings.Contains(d, "a function cannot be told the kind") {
		t.Errorf("detail %q", d)
	}
}

// Fixes are worded completely: every change, in order.
func TestFixWords(t *testing.T) {
	ds, fn := dataSourceWords(nil), endpointsArgs.words
	f := speech.Fix{{Setting: speech.SettingPrivateEndpoint, Value: "false"}, {Setting: speech.SettingCloud, Value: "china"}, {Setting: speech.SettingRegion, Value: "chinaeast2"}}
	if got := ds.fix(f); got != `set private_endpoint = false and cloud = "china" and region = "chinaeast2"` {
		t.Errorf("data source: %q", got)
	}
	g := speech.Fix{{Setting: speech.SettingEndpoint, Remove: true}, {Setting: speech.SettingRegion, Value: "chinaeast2"}}
	if got := ds.fix(g); got != `remove endpoint and set region = "chinaeast2"` {
		t.Errorf("data source: %q", got)
	}
	if got := fn.fix(f[1:]); got != `pass "china" as the cloud argument and pass "chinaeast2" as the region argument` {
		t.Errorf("function: %q", got)
	}
}
