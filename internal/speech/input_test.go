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
		{"eastus4", "Unknown Speech Region", []string{`"eastus"`}},
		{"xyzzy", "Unknown Speech Region", []string{"speechendpoints_regions"}},
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
		{"southindia", "Region Without Speech", []string{"does not offer Speech", `"centralindia"`}},
		{"spaincentral", "Region Without Speech", []string{"does not offer Speech", `"francecentral"`}},
		{"chinaeast", "Region Without Speech", []string{"old docs", `"chinaeast2"`}},
		{"chinanorth", "Region Without Speech", []string{`"chinanorth2"`}},
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
	for in, want := range map[string]string{"my-speech": "my-speech", "My-Speech": "my-speech", "ab": "ab", "a1": "a1", strings.Repeat("a", 64): strings.Repeat("a", 64)} {
		if got, err := ParseSubdomain(in); err != nil || got != want {
			t.Errorf("ParseSubdomain(%q) = %q, %v", in, got, err)
		}
	}
	for in, frag := range map[string]string{
		"a":                                     "2 to 64",
		strings.Repeat("a", 65):                 "2 to 64",
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
		{"https://my.openai.azure.com/", "Not A Speech Endpoint", `custom_subdomain_name = "my"`},
		{"https://my.services.ai.azure.com/", "Not A Speech Endpoint", `custom_subdomain_name = "my"`},
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
