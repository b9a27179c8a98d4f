package speech

import (
	"strings"
	"testing"
)

func TestParseRegionAccepts(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		warn     bool
	}{
		{"japanwest", "japanwest", false},
		{"Japan West", "japanwest", false},
		{"JAPANWEST", "japanwest", false},
		{"  japan west ", "japanwest", false},
		{"japan-west", "japanwest", false},
		{"India Central", "centralindia", false},
		{"Central India", "centralindia", false},
		{"US East 2", "eastus2", false},
		{"East US 2", "eastus2", false},
		{"US Gov Virginia", "usgovvirginia", false},
		{"virginia", "usgovvirginia", true},
		{"Virginia", "usgovvirginia", true},
		{"China East 2", "chinaeast2", false},
		{"chinanorth3", "chinanorth3", false},
	} {
		m, err := ParseRegion(tc.in)
		if err != nil {
			t.Errorf("ParseRegion(%q): %v", tc.in, err)
			continue
		}
		if m.Region.Name != tc.want || (m.Warning != "") != tc.warn {
			t.Errorf("ParseRegion(%q) = %q warning %q, want %q warning=%v", tc.in, m.Region.Name, m.Warning, tc.want, tc.warn)
		}
	}
	for _, rg := range Regions("") {
		for _, in := range []string{rg.Name, rg.DisplayName, strings.ToUpper(rg.Name), strings.ToLower(rg.DisplayName)} {
			if m, err := ParseRegion(in); err != nil || m.Region.Name != rg.Name {
				t.Errorf("ParseRegion(%q) = %v, %v", in, m.Region.Name, err)
			}
		}
	}
}

func TestParseRegionRejects(t *testing.T) {
	for _, tc := range []struct {
		in      string
		summary string
		detail  []string // fragments the detail must contain
	}{
		{"swedentcentral", "Unknown Speech Region", []string{`"swedencentral"`}},
		{"japnwest", "Unknown Speech Region", []string{`"japanwest"`, "Japan West"}},
		{"wsetus", "Unknown Speech Region", []string{`"westus"`}},         // two letters swapped
		{"westeurpoe", "Unknown Speech Region", []string{`"westeurope"`}}, // two letters swapped
		{"southcentralsu", "Unknown Speech Region", []string{`"southcentralus"`}},
		{"centrlaindia", "Unknown Speech Region", []string{`"centralindia"`}},
		{"ukosuth", "Unknown Speech Region", []string{`"uksouth"`}},
		{"westus!", "Invalid Region", []string{"a letter followed by letters and digits"}},
		{"ab", "Invalid Region", nil},
		{"9westus", "Invalid Region", nil},
		{"en-US", "Locale Given As Region", []string{"language", "?language=en-US"}},
		{"ja_jp", "Locale Given As Region", []string{"locale"}},
		{"zh-Hans-CN", "Locale Given As Region", []string{"locale"}},
		{"global", "Global Is Not A Speech Region", []string{"regional"}},
		{"Global", "Global Is Not A Speech Region", nil},
		{"undefined", "Placeholder Given As Region", []string{"variable"}},
		{"null", "Placeholder Given As Region", nil},
		{"${var.region}", "Placeholder Given As Region", nil},
		{"<region>", "Placeholder Given As Region", nil},
		{"https://westus.api.cognitive.microsoft.com/", "URL Given As Region", []string{`region = "westus"`}},
		{"westus.api.cognitive.microsoft.com", "URL Given As Region", []string{`region = "westus"`}},
		{"https://example.com/", "URL Given As Region", []string{"endpoint"}},
		{"southindia", "Region Without Speech", []string{"does not offer Speech", `"centralindia"`, "revision of 2025-11-09", SourceRegions.URL}},
		{"spaincentral", "Region Without Speech", []string{"does not offer Speech", `"francecentral"`}},
		{"", "Empty Region", nil},
		{"   ", "Empty Region", nil},
		{"east\nus", "Invalid Region", []string{"control character"}},
		{"jаpanwest", "Invalid Region", []string{"non-ASCII", `region = "japanwest"`}}, // Cyrillic а
		{strings.Repeat("a", 300), "Region Too Long", nil},
		{"🙂", "Invalid Region", []string{"non-ASCII"}},       // no look-alike: must not recurse
		{"wеstus🙂", "Invalid Region", []string{"non-ASCII"}}, // a look-alike and an emoji
	} {
		_, err := ParseRegion(tc.in)
		ie, ok := err.(*InputError)
		if !ok {
			t.Errorf("ParseRegion(%q) error = %v, want %q", tc.in, err, tc.summary)
			continue
		}
		if ie.Summary != tc.summary {
			t.Errorf("ParseRegion(%q) summary = %q, want %q (detail %s)", tc.in, ie.Summary, tc.summary, ie.Detail)
		}
		for _, frag := range tc.detail {
			if !strings.Contains(ie.Detail, frag) {
				t.Errorf("ParseRegion(%q) detail %q lacks %q", tc.in, ie.Detail, frag)
			}
		}
	}
}

func TestParseCloud(t *testing.T) {
	for in, want := range map[string]string{
		"public": "public", "AzureCloud": "public", "azurecloud": "public", "AzurePublicCloud": "public",
		"usgovernment": "usgovernment", "AzureUSGovernment": "usgovernment", "usgov": "usgovernment", "gov": "usgovernment", "US Government": "usgovernment",
		"china": "china", "AzureChinaCloud": "china", "21Vianet": "china", "mooncake": "china", " China ": "china",
	} {
		if c, err := ParseCloud(in); err != nil || c.Name != want {
			t.Errorf("ParseCloud(%q) = %q, %v; want %q", in, c.Name, err, want)
		}
	}
	for in, summary := range map[string]string{
		"azure": "Unknown Azure Cloud", "germany": "Azure Germany Is Closed", "AzureGermanCloud": "Azure Germany Is Closed",
		"": "Empty Cloud", "AzureStack": "Unsupported Cloud",
	} {
		_, err := ParseCloud(in)
		if ie, ok := err.(*InputError); !ok || ie.Summary != summary {
			t.Errorf("ParseCloud(%q) = %v, want %q", in, err, summary)
		}
	}
}

func TestParseKind(t *testing.T) {
	for in, want := range map[string]string{
		"SpeechServices": "SpeechServices", "speechservices": "SpeechServices", "Speech": "SpeechServices",
		"CognitiveServices": "CognitiveServices", "multi-service": "CognitiveServices", "Multi Service": "CognitiveServices",
		"AIServices": "AIServices", "AI Services": "AIServices", "ai-services": "AIServices",
	} {
		if k, err := ParseKind(in); err != nil || k.Name != want {
			t.Errorf("ParseKind(%q) = %q, %v; want %q", in, k.Name, err, want)
		}
	}
	for in, summary := range map[string]string{
		"CustomSpeech": "Legacy Speech Resource Type", "Bing.Speech": "Legacy Speech Resource Type",
		"SpeakerRecognition": "Legacy Speech Resource Type", "OpenAI": "Unknown Resource Type", "": "Empty Resource Type",
	} {
		_, err := ParseKind(in)
		if ie, ok := err.(*InputError); !ok || ie.Summary != summary {
			t.Errorf("ParseKind(%q) = %v, want %q", in, err, summary)
		}
	}
}

func TestParseSubdomain(t *testing.T) {
	for in, want := range map[string]string{"my-speech": "my-speech", "My-Speech": "my-speech", "ab": "ab", "a1": "a1", strings.Repeat("a", 63): strings.Repeat("a", 63)} {
		if got, err := ParseSubdomain(in); err != nil || got != want {
			t.Errorf("ParseSubdomain(%q) = %q, %v", in, got, err)
		}
	}
	for in, frag := range map[string]string{
		"a":                                     "2 to 63",
		strings.Repeat("a", 64):                 "a DNS label holds at most 63 characters",
		strings.Repeat("a", 65):                 "at most 63",
		"my-speech-":                            "not ending in a hyphen",
		"-speech":                               "starting with a letter or digit",
		"my_speech":                             "letters, digits and hyphens",
		"my speech":                             "letters, digits and hyphens",
		"my-speech.cognitiveservices.azure.com": `custom_subdomain_name = "my-speech"`,
		"https://my-speech.cognitiveservices.azure.cn/": `custom_subdomain_name = "my-speech"`,
		"mу-speech": "non-ASCII", // Cyrillic у
		"":          "empty",
	} {
		_, err := ParseSubdomain(in)
		if err == nil || !strings.Contains(err.Error(), frag) {
			t.Errorf("ParseSubdomain(%q) = %v, want error containing %q", in, err, frag)
		}
	}
}

func TestParseEndpointAccepts(t *testing.T) {
	for _, tc := range []struct {
		in                       string
		cloud, region, subdomain string
		warn                     bool
	}{
		{"https://japanwest.api.cognitive.microsoft.com/", "public", "japanwest", "", false},
		{"https://japanwest.api.cognitive.microsoft.com", "public", "japanwest", "", false},
		{"HTTPS://JapanWest.API.Cognitive.Microsoft.com/", "public", "japanwest", "", false},
		{" https://chinaeast2.api.cognitive.azure.cn/ ", "china", "chinaeast2", "", false},
		{"https://usgovvirginia.api.cognitive.microsoft.us/", "usgovernment", "usgovvirginia", "", false},
		{"https://my-speech.cognitiveservices.azure.com/", "public", "", "my-speech", false},
		{"https://my-speech.cognitiveservices.azure.cn/", "china", "", "my-speech", false},
		{"https://my-speech.cognitiveservices.azure.us/", "usgovernment", "", "my-speech", false},
		{"https://japanwest.api.cognitive.microsoft.com:443/", "public", "japanwest", "", false},
		{"https://japanwest.api.cognitive.microsoft.com/sts/v1.0/issueToken", "public", "japanwest", "", true},
		{"https://my-speech.cognitiveservices.azure.com/sts/v1.0/issuetoken", "public", "", "my-speech", true},
		{"https://westus.tts.speech.microsoft.com/cognitiveservices/v1", "public", "westus", "", true},
		{"https://chinaeast2.stt.speech.azure.cn/", "china", "chinaeast2", "", true},
	} {
		p, err := ParseEndpoint(tc.in)
		if err != nil {
			t.Errorf("ParseEndpoint(%q): %v", tc.in, err)
			continue
		}
		if p.Cloud != tc.cloud || p.Region != tc.region || p.Subdomain != tc.subdomain || (p.Warning != "") != tc.warn {
			t.Errorf("ParseEndpoint(%q) = %+v", tc.in, p)
		}
	}
}

func TestParseEndpointRejects(t *testing.T) {
	for _, tc := range []struct{ in, summary, frag string }{
		{"japanwest.api.cognitive.microsoft.com", "Endpoint Without Scheme", `"https://japanwest.api.cognitive.microsoft.com/"`},
		{"http://japanwest.api.cognitive.microsoft.com/", "Endpoint Must Use HTTPS", "https://japanwest"},
		{"wss://westus.stt.speech.microsoft.com/", "WebSocket URL Given As Endpoint", "Keys and Endpoint"},
		{"https://user:secret@westus.api.cognitive.microsoft.com/", "Credentials In Endpoint", "Remove it"},
		{"https://westus.api.cognitive.microsoft.com:8443/", "Unexpected Port In Endpoint", ":8443"},
		{"https://westus.api.cognitive.microsoft.com/?x=1", "Query In Endpoint", "without a query"},
		{"https://westus.api.cognitive.microsoft.com/foo", "Unexpected Path In Endpoint", "has no path"},
		{"https://example.com/", "Not An Azure Speech Endpoint", "Keys and Endpoint"},
		{"https://my.openai.azure.us/", "Not A Speech Endpoint", "not one that serves Speech"},
		{"https://my.services.ai.azure.cn/", "Not A Speech Endpoint", "not one that serves Speech"},
		{"https://a.b.services.ai.azure.com/", "Not A Speech Endpoint", "not one that serves Speech"},
		{"https://virginia.api.cognitive.microsoft.com/", "Endpoint Mixes Clouds", "https://usgovvirginia.api.cognitive.microsoft.us/"},
		{"https://chinaeast2.api.cognitive.microsoft.com/", "Endpoint Mixes Clouds", "https://chinaeast2.api.cognitive.azure.cn/"},
		{"https://westus.api.cognitive.azure.cn/", "Endpoint Mixes Clouds", "https://westus.api.cognitive.microsoft.com/"},
		{"https://southindia.api.cognitive.microsoft.com/", "Region Without Speech", "centralindia"},
		{"https://westuss.api.cognitive.microsoft.com/", "Unknown Speech Region", `"westus"`},
		{"https://my-.cognitiveservices.azure.com/", "Invalid Endpoint", "hyphen"},
		{"not a url", "Invalid Endpoint", "Keys and Endpoint"},
		{"", "Empty Endpoint", "empty"},
	} {
		_, err := ParseEndpoint(tc.in)
		ie, ok := err.(*InputError)
		if !ok || ie.Summary != tc.summary || !strings.Contains(ie.Detail, tc.frag) {
			t.Errorf("ParseEndpoint(%q) = %v; want %q containing %q", tc.in, err, tc.summary, tc.frag)
		}
		if ok && strings.Contains(ie.Detail, "secret") {
			t.Errorf("ParseEndpoint(%q) echoes credentials: %s", tc.in, ie.Detail)
		}
	}
}

// The open world: a well-formed name that is not a definite mistake is
// accepted, outside the table, with a warning, in the cloud its name or
// Azure's location list gives. These are the names tried on the accepting
// side of the "close to" line.
func TestParseRegionOpenWorld(t *testing.T) {
	for _, tc := range []struct{ in, name, cloud, note string }{
		{"polandcentral", "polandcentral", "public", "Azure region"},
		{"Poland Central", "polandcentral", "public", "Azure region"},
		{"indonesiacentral", "indonesiacentral", "public", "Azure region"},
		{"norwaywest", "norwaywest", "public", "Azure region"}, // two edits from norwayeast, but a real region
		{"koreasouth", "koreasouth", "public", "Azure region"},
		{"chinaeast", "chinaeast", "china", "older docs"}, // one edit from chinaeast2: a real (old) region
		{"chinanorth", "chinanorth", "china", "older docs"},
		{"usgovtexas", "usgovtexas", "usgovernment", "Azure region"},
		{"eastus3", "eastus3", "public", "not in this provider's table"}, // a numbered sibling, not a typo
		{"westus4", "westus4", "public", "not in this provider's table"},
		{"swedencentral2", "swedencentral2", "public", "not in this provider's table"},
		{"chinanorth4", "chinanorth4", "china", "not in this provider's table"},
		{"usgovnevada", "usgovnevada", "usgovernment", "not in this provider's table"},
		{"brazilnortheast", "brazilnortheast", "public", "not in this provider's table"},
		{"xyzzy", "xyzzy", "public", "not in this provider's table"},
		{"mars", "mars", "public", "not in this provider's table"}, // too short to be a typo
	} {
		m, err := ParseRegion(tc.in)
		if err != nil {
			t.Errorf("ParseRegion(%q): %v", tc.in, err)
			continue
		}
		if m.Region.Name != tc.name || m.Region.Cloud != tc.cloud || m.Region.Listed || !strings.Contains(m.Unlisted, tc.note) || !strings.Contains(m.Unlisted, SourceRegionsDate) || !strings.Contains(m.Unlisted, "key_check") {
			t.Errorf("ParseRegion(%q) = %+v, unlisted %q; want %s in %s, outside the table, noting %q", tc.in, m.Region, m.Unlisted, tc.name, tc.cloud, tc.note)
		}
		if m.Region.Features != (Features{}) {
			t.Errorf("ParseRegion(%q) claims features %+v", tc.in, m.Region.Features)
		}
	}
}

// Every host users paste: the Foundry and OpenAI names of an AIServices
// resource (any path), Virginia's portal host, every speech family.
func TestParseEndpointHostsUsersPaste(t *testing.T) {
	for _, tc := range []struct {
		in, cloud, region, subdomain, kind string
		openAI, warning                    bool
	}{
		{in: "https://contoso.services.ai.azure.com/", cloud: "public", subdomain: "contoso", kind: "AIServices"},
		{in: "https://contoso.services.ai.azure.com/api/projects/call-center", cloud: "public", subdomain: "contoso", kind: "AIServices"},
		{in: "https://Contoso.Services.AI.Azure.com/api/projects/p1?x", cloud: "", subdomain: ""}, // a query is still refused
		{in: "https://contoso.openai.azure.com/", cloud: "public", subdomain: "contoso", openAI: true},
		{in: "https://contoso.openai.azure.com/openai/deployments/gpt", cloud: "public", subdomain: "contoso", openAI: true},
		{in: "https://virginia.api.cognitive.microsoft.us/", cloud: "usgovernment", region: "usgovvirginia"},
		{in: "https://westus.s2s.speech.microsoft.com/speech/translation/cognitiveservices/v1", cloud: "public", region: "westus", warning: true},
		{in: "https://usgovarizona.s2s.speech.azure.us/", cloud: "usgovernment", region: "usgovarizona", warning: true},
		{in: "https://westus.voice.speech.microsoft.com/cognitiveservices/v1", cloud: "public", region: "westus", warning: true},
		{in: "https://contoso.cognitiveservices.azure.com/s2s/speech/translation/cognitiveservices/v1", cloud: "public", subdomain: "contoso", warning: true},
		{in: "https://polandcentral.api.cognitive.microsoft.com/", cloud: "public", region: "polandcentral"},
		{in: "https://chinaeast5.api.cognitive.azure.cn/", cloud: "china", region: "chinaeast5"},
	} {
		p, err := ParseEndpoint(tc.in)
		if tc.cloud == "" {
			if err == nil {
				t.Errorf("ParseEndpoint(%q) accepted", tc.in)
			}
			continue
		}
		if err != nil || p.Cloud != tc.cloud || p.Region != tc.region || p.Subdomain != tc.subdomain || p.Kind != tc.kind || p.OpenAI != tc.openAI || (p.Warning != "") != tc.warning {
			t.Errorf("ParseEndpoint(%q) = %+v, %v", tc.in, p, err)
		}
	}
	// The key is never sent to the Foundry or OpenAI names: the provider
	// computes no endpoint there.
	for host, want := range map[string]bool{"contoso.services.ai.azure.com": false, "contoso.openai.azure.com": false, "westus.s2s.speech.microsoft.com": true, "chinaeast2.s2s.speech.azure.cn": false} {
		if IsSpeechHost(host) != want {
			t.Errorf("IsSpeechHost(%q) = %v, want %v", host, !want, want)
		}
	}
}
