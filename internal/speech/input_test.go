package speech

import (
	"strings"
	"testing"
)

func TestParseRegionAccepts(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		warn     Code
	}{
		{"japanwest", "japanwest", ""},
		{"Japan West", "japanwest", ""},
		{"JAPANWEST", "japanwest", ""},
		{"  japan west ", "japanwest", ""},
		{"japan-west", "japanwest", ""},
		{"India Central", "centralindia", ""},
		{"Central India", "centralindia", ""},
		{"US East 2", "eastus2", ""},
		{"East US 2", "eastus2", ""},
		{"US Gov Virginia", "usgovvirginia", ""},
		{"virginia", "usgovvirginia", CodeRegionLegacy},
		{"Virginia", "usgovvirginia", CodeRegionLegacy},
		{"China East 2", "chinaeast2", ""},
		{"chinanorth3", "chinanorth3", ""},
	} {
		rg, ps := ParseRegion(tc.in)
		if HasErrors(ps) {
			t.Errorf("ParseRegion(%q): %+v", tc.in, ps)
			continue
		}
		var warn Code
		if len(ps) > 0 {
			warn = ps[0].Code
		}
		if rg.Name != tc.want || warn != tc.warn {
			t.Errorf("ParseRegion(%q) = %q warning %q, want %q warning %q", tc.in, rg.Name, warn, tc.want, tc.warn)
		}
	}
	for _, rg := range Regions(nil) {
		for _, in := range []string{rg.Name, rg.DisplayName, strings.ToUpper(rg.Name), strings.ToLower(rg.DisplayName)} {
			if got, ps := ParseRegion(in); len(ps) > 0 || got.Name != rg.Name {
				t.Errorf("ParseRegion(%q) = %v, %+v", in, got.Name, ps)
			}
		}
	}
}

func TestParseRegionRejects(t *testing.T) {
	for _, tc := range []struct {
		in   string
		code Code
		near []string // the candidates the problem names
		want string   // the value the problem suggests
	}{
		{"swedentcentral", CodeRegionTypo, []string{"swedencentral"}, ""},
		{"japnwest", CodeRegionTypo, []string{"japanwest"}, ""},
		{"wsetus", CodeRegionTypo, []string{"westus"}, ""},         // two letters swapped
		{"westeurpoe", CodeRegionTypo, []string{"westeurope"}, ""}, // two letters swapped
		{"southcentralsu", CodeRegionTypo, []string{"southcentralus"}, ""},
		{"centrlaindia", CodeRegionTypo, []string{"centralindia"}, ""},
		{"ukosuth", CodeRegionTypo, []string{"uksouth"}, ""},
		// Two edits are a typo from 10 characters on: "wastaurope" is two
		// substitutions away from westeurope (10 letters).
		{"wastaurope", CodeRegionTypo, []string{"westeurope"}, ""},
		{"westus!", CodeRegionMalformed, nil, ""},
		{"ab", CodeRegionMalformed, nil, ""},
		{"9westus", CodeRegionMalformed, nil, ""},
		{"en-US", CodeRegionLocale, nil, ""},
		{"ja_jp", CodeRegionLocale, nil, ""},
		{"zh-Hans-CN", CodeRegionLocale, nil, ""},
		{"global", CodeRegionGlobal, nil, ""},
		{"Global", CodeRegionGlobal, nil, ""},
		{"undefined", CodeRegionPlaceholder, nil, ""},
		{"null", CodeRegionPlaceholder, nil, ""},
		{"${var.region}", CodeRegionPlaceholder, nil, ""},
		{"<region>", CodeRegionPlaceholder, nil, ""},
		{"https://westus.api.cognitive.microsoft.com/", CodeRegionIsURL, nil, "westus"},
		{"westus.api.cognitive.microsoft.com", CodeRegionIsURL, nil, "westus"},
		{"https://example.com/", CodeRegionIsURL, nil, ""},
		{"southindia", CodeRegionNoSpeech, []string{"centralindia"}, ""},
		{"spaincentral", CodeRegionNoSpeech, []string{"francecentral", "westeurope", "italynorth"}, ""},
		{"", CodeEmpty, nil, ""},
		{"   ", CodeEmpty, nil, ""},
		{"east\nus", CodeControlChar, nil, ""},
		{"jаpanwest", CodeNonASCII, nil, "japanwest"}, // Cyrillic а
		{strings.Repeat("a", 300), CodeTooLong, nil, ""},
		{"🙂", CodeNonASCII, nil, ""},       // no look-alike: must not recurse
		{"wеstus🙂", CodeNonASCII, nil, ""}, // a look-alike and an emoji
		{"a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d4", CodeKeyShaped, nil, ""},
		{"9" + strings.Repeat("Ab3", 28)[1:], CodeKeyShaped, nil, ""},
	} {
		_, ps := ParseRegion(tc.in)
		if len(ps) != 1 || ps[0].Warning {
			t.Errorf("ParseRegion(%q) = %+v, want one error %s", tc.in, ps, tc.code)
			continue
		}
		p := ps[0]
		if p.Code != tc.code || p.Setting != SettingRegion || p.Want != tc.want || strings.Join(p.Near, ",") != strings.Join(tc.near, ",") {
			t.Errorf("ParseRegion(%q) = %s on %d want %q near %v; want %s, want %q, near %v", tc.in, p.Code, p.Setting, p.Want, p.Near, tc.code, tc.want, tc.near)
		}
		if p.Code == CodeKeyShaped && (p.Given != "" || strings.Contains(p.Error(), tc.in)) {
			t.Errorf("a key-shaped region is carried: %+v", p)
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
			t.Errorf("ParseCloud(%q) = %v, %v; want %q", in, c, err, want)
		}
	}
	for in, code := range map[string]Code{
		"azure": CodeCloudUnknown, "germany": CodeCloudClosed, "AzureGermanCloud": CodeCloudClosed,
		"": CodeEmpty, "AzureStack": CodeCloudStack,
	} {
		if _, err := ParseCloud(in); err == nil || err.Code != code || err.Setting != SettingCloud {
			t.Errorf("ParseCloud(%q) = %v, want %s", in, err, code)
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
			t.Errorf("ParseKind(%q) = %v, %v; want %q", in, k, err, want)
		}
	}
	for in, code := range map[string]Code{
		"CustomSpeech": CodeKindLegacy, "Bing.Speech": CodeKindLegacy,
		"SpeakerRecognition": CodeKindLegacy, "OpenAI": CodeKindUnknown, "": CodeEmpty,
	} {
		if _, err := ParseKind(in); err == nil || err.Code != code || err.Setting != SettingKind {
			t.Errorf("ParseKind(%q) = %v, want %s", in, err, code)
		}
	}
}

func TestParseSubdomain(t *testing.T) {
	for in, want := range map[string]string{
		"my-speech": "my-speech", "My-Speech": "my-speech", "ab": "ab", "a1": "a1", strings.Repeat("a", 63): strings.Repeat("a", 63),
		// Words and hyphens of any length, a hex word without digits.
		"contoso-speech-production-eastus2-primary-account-for-the-apps": "contoso-speech-production-eastus2-primary-account-for-the-apps",
		"deadbeefdeadbeefdeadbeefdeadbeef":                               "deadbeefdeadbeefdeadbeefdeadbeef",
	} {
		if got, err := ParseSubdomain(in); err != nil || got != want {
			t.Errorf("ParseSubdomain(%q) = %q, %v", in, got, err)
		}
	}
	for _, tc := range []struct {
		in   string
		code Code
		want string
	}{
		{"a", CodeSubdomainShort, ""},
		// A key given as the subdomain (swapped variables) is never echoed.
		{"a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d4", CodeKeyShaped, ""},
		{strings.Repeat("a", 64), CodeSubdomainLong, ""},
		{strings.Repeat("a", 65), CodeSubdomainLong, ""},
		{"my-speech-", CodeSubdomainInvalid, ""},
		{"-speech", CodeSubdomainInvalid, ""},
		{"my_speech", CodeSubdomainInvalid, ""},
		{"my speech", CodeSubdomainInvalid, ""},
		{"my-speech.cognitiveservices.azure.com", CodeSubdomainIsURL, "my-speech"},
		{"https://my-speech.cognitiveservices.azure.cn/", CodeSubdomainIsURL, "my-speech"},
		{"https://westus.api.cognitive.microsoft.com/", CodeSubdomainNotName, ""},
		{"mу-speech", CodeNonASCII, "my-speech"}, // Cyrillic у
		{"", CodeEmpty, ""},
	} {
		_, err := ParseSubdomain(tc.in)
		if err == nil || err.Code != tc.code || err.Want != tc.want || err.Setting != SettingSubdomain {
			t.Errorf("ParseSubdomain(%q) = %+v, want %s (want %q)", tc.in, err, tc.code, tc.want)
		}
	}
}

func TestParseEndpointAccepts(t *testing.T) {
	for _, tc := range []struct {
		in                       string
		cloud, region, subdomain string
		warn                     Code
	}{
		{"https://japanwest.api.cognitive.microsoft.com/", "public", "japanwest", "", ""},
		{"https://japanwest.api.cognitive.microsoft.com", "public", "japanwest", "", ""},
		{"HTTPS://JapanWest.API.Cognitive.Microsoft.com/", "public", "japanwest", "", ""},
		{" https://chinaeast2.api.cognitive.azure.cn/ ", "china", "chinaeast2", "", ""},
		{"https://usgovvirginia.api.cognitive.microsoft.us/", "usgovernment", "usgovvirginia", "", ""},
		{"https://my-speech.cognitiveservices.azure.com/", "public", "", "my-speech", ""},
		{"https://my-speech.cognitiveservices.azure.cn/", "china", "", "my-speech", ""},
		{"https://my-speech.cognitiveservices.azure.us/", "usgovernment", "", "my-speech", ""},
		{"https://japanwest.api.cognitive.microsoft.com:443/", "public", "japanwest", "", ""},
		{"https://japanwest.api.cognitive.microsoft.com/sts/v1.0/issueToken", "public", "japanwest", "", CodeEndpointAPIURL},
		{"https://my-speech.cognitiveservices.azure.com/sts/v1.0/issuetoken", "public", "", "my-speech", CodeEndpointAPIURL},
		{"https://westus.tts.speech.microsoft.com/cognitiveservices/v1", "public", "westus", "", CodeEndpointSpeechHost},
		{"https://chinaeast2.stt.speech.azure.cn/", "china", "chinaeast2", "", CodeEndpointSpeechHost},
	} {
		p, ps := ParseEndpoint(tc.in)
		if HasErrors(ps) {
			t.Errorf("ParseEndpoint(%q): %+v", tc.in, ps)
			continue
		}
		region, warn := "", Code("")
		if p.Region != nil {
			region = p.Region.Name
		}
		if len(ps) > 0 {
			warn = ps[0].Code
		}
		if p.Cloud.Name != tc.cloud || region != tc.region || p.Subdomain != tc.subdomain || warn != tc.warn || len(ps) > 1 {
			t.Errorf("ParseEndpoint(%q) = %+v %+v", tc.in, p, ps)
		}
	}
}

func TestParseEndpointRejects(t *testing.T) {
	for _, tc := range []struct {
		in   string
		code Code
		want string // the value suggested, or the cause's code for a bad label
	}{
		{"japanwest.api.cognitive.microsoft.com", CodeEndpointNoScheme, "https://japanwest.api.cognitive.microsoft.com/"},
		{"http://japanwest.api.cognitive.microsoft.com/", CodeEndpointHTTP, "https://japanwest.api.cognitive.microsoft.com/"},
		{"wss://westus.stt.speech.microsoft.com/", CodeEndpointWebsocket, ""},
		{"https://user:secret@westus.api.cognitive.microsoft.com/", CodeEndpointCredentials, ""},
		{"https://westus.api.cognitive.microsoft.com:8443/", CodeEndpointPort, "https://westus.api.cognitive.microsoft.com/"},
		{"https://westus.api.cognitive.microsoft.com/?x=1", CodeEndpointQueryParam, "https://westus.api.cognitive.microsoft.com/"},
		{"https://westus.api.cognitive.microsoft.com/foo", CodeEndpointPath, "https://westus.api.cognitive.microsoft.com/"},
		{"https://example.com/", CodeEndpointNotAzure, ""},
		{"https://my.openai.azure.us/", CodeEndpointNotSpeech, ""},
		{"https://my.services.ai.azure.cn/", CodeEndpointNotSpeech, ""},
		{"https://a.b.services.ai.azure.com/", CodeEndpointNotSpeech, ""},
		{"https://virginia.api.cognitive.microsoft.com/", CodeEndpointMixesCloud, "https://usgovvirginia.api.cognitive.microsoft.us/"},
		{"https://chinaeast2.api.cognitive.microsoft.com/", CodeEndpointMixesCloud, "https://chinaeast2.api.cognitive.azure.cn/"},
		{"https://westus.api.cognitive.azure.cn/", CodeEndpointMixesCloud, "https://westus.api.cognitive.microsoft.com/"},
		{"https://southindia.api.cognitive.microsoft.com/", CodeEndpointBadLabel, string(CodeRegionNoSpeech)},
		{"https://westuss.api.cognitive.microsoft.com/", CodeEndpointBadLabel, string(CodeRegionTypo)},
		{"https://my-.cognitiveservices.azure.com/", CodeEndpointBadLabel, string(CodeSubdomainInvalid)},
		{"not a url", CodeEndpointNotURL, ""},
		{"", CodeEmpty, ""},
	} {
		_, ps := ParseEndpoint(tc.in)
		if len(ps) != 1 || ps[0].Warning {
			t.Errorf("ParseEndpoint(%q) = %+v, want one error %s", tc.in, ps, tc.code)
			continue
		}
		p := ps[0]
		want := p.Want
		if p.Cause != nil {
			want = string(p.Cause.Code)
		}
		if p.Code != tc.code || p.Setting != SettingEndpoint || (tc.want != "" && want != tc.want) {
			t.Errorf("ParseEndpoint(%q) = %s (want %q); want %s (%q)", tc.in, p.Code, want, tc.code, tc.want)
		}
		if strings.Contains(p.Given+p.Host+p.Want, "secret") {
			t.Errorf("ParseEndpoint(%q) carries credentials: %+v", tc.in, p)
		}
	}
}

// The open world: a well-formed name that is not a definite mistake is
// accepted, outside the table, with a warning, in the cloud its name or
// Azure's location list gives. These are the names tried on the accepting
// side of the "close to" line.
func TestParseRegionOpenWorld(t *testing.T) {
	for _, tc := range []struct {
		in, name, cloud string
		note            RegionNote
	}{
		{"polandcentral", "polandcentral", "public", NoteAzureRegion},
		{"Poland Central", "polandcentral", "public", NoteAzureRegion},
		{"indonesiacentral", "indonesiacentral", "public", NoteAzureRegion},
		{"norwaywest", "norwaywest", "public", NoteAzureRegion}, // two edits from norwayeast, but a real region
		{"koreasouth", "koreasouth", "public", NoteAzureRegion},
		{"jioindiawest", "jioindiawest", "public", NoteTTSInclude},
		{"chinaeast", "chinaeast", "china", NoteAzureRegion}, // one edit from chinaeast2: a real (old) region
		{"chinanorth", "chinanorth", "china", NoteAIServicesRegion},
		{"usgovtexas", "usgovtexas", "usgovernment", NoteAzureRegion},
		{"eastus3", "eastus3", "public", NoteNone}, // a numbered sibling, not a typo
		{"westus4", "westus4", "public", NoteNone},
		{"swedencentral2", "swedencentral2", "public", NoteNone},
		{"chinanorth4", "chinanorth4", "china", NoteNone},
		{"usgovnevada", "usgovnevada", "usgovernment", NoteNone},
		{"usdodnevada", "usdodnevada", "public", NoteNone}, // the SDK maps only usgov and china prefixes
		{"brazilnortheast", "brazilnortheast", "public", NoteNone},
		{"xyzzy", "xyzzy", "public", NoteNone},
		{"mars", "mars", "public", NoteNone}, // too short to be a typo
		// Two edits below 10 characters are not a typo: "wstaurope" (9) is
		// two edits from westeurope.
		{"wstaurope", "wstaurope", "public", NoteNone},
	} {
		rg, ps := ParseRegion(tc.in)
		if len(ps) != 1 || ps[0].Code != CodeRegionUnlisted || !ps[0].Warning {
			t.Errorf("ParseRegion(%q) = %+v, want the open-world warning", tc.in, ps)
			continue
		}
		if rg.Name != tc.name || rg.Cloud.Name != tc.cloud || rg.Listed || ps[0].Note != tc.note || ps[0].Region != tc.name {
			t.Errorf("ParseRegion(%q) = %+v, %+v; want %s in %s, outside the table, note %d", tc.in, rg, ps[0], tc.name, tc.cloud, tc.note)
		}
		if rg.Features != (Features{}) {
			t.Errorf("ParseRegion(%q) claims features %+v", tc.in, rg.Features)
		}
	}
}

// Every host users paste: the Foundry and OpenAI names of an AIServices
// resource (any path), Virginia's portal host, every speech family.
func TestParseEndpointHostsUsersPaste(t *testing.T) {
	for _, tc := range []struct {
		in, cloud, region, subdomain, kind string
		openAI                             bool
		warning                            Code
	}{
		{in: "https://contoso.services.ai.azure.com/", cloud: "public", subdomain: "contoso", kind: "AIServices"},
		{in: "https://contoso.services.ai.azure.com/api/projects/call-center", cloud: "public", subdomain: "contoso", kind: "AIServices"},
		{in: "https://Contoso.Services.AI.Azure.com/api/projects/p1?x", cloud: "", subdomain: ""}, // a query is still refused
		{in: "https://contoso.openai.azure.com/", cloud: "public", subdomain: "contoso", openAI: true},
		{in: "https://contoso.openai.azure.com/openai/deployments/gpt", cloud: "public", subdomain: "contoso", openAI: true},
		{in: "https://virginia.api.cognitive.microsoft.us/", cloud: "usgovernment", region: "usgovvirginia"},
		{in: "https://westus.s2s.speech.microsoft.com/speech/translation/cognitiveservices/v1", cloud: "public", region: "westus", warning: CodeEndpointSpeechHost},
		{in: "https://usgovarizona.s2s.speech.azure.us/", cloud: "usgovernment", region: "usgovarizona", warning: CodeEndpointSpeechHost},
		{in: "https://chinaeast2.s2s.speech.azure.cn/", cloud: "china", region: "chinaeast2", warning: CodeEndpointSpeechHost},
		{in: "https://westus.voice.speech.microsoft.com/cognitiveservices/v1", cloud: "public", region: "westus", warning: CodeEndpointSpeechHost},
		{in: "https://contoso.cognitiveservices.azure.com/s2s/speech/translation/cognitiveservices/v1", cloud: "public", subdomain: "contoso", warning: CodeEndpointAPIURL},
		{in: "https://contoso.cognitiveservices.azure.com/voice/cognitiveservices/v1", cloud: "public", subdomain: "contoso", warning: CodeEndpointAPIURL},
		{in: "https://polandcentral.api.cognitive.microsoft.com/", cloud: "public", region: "polandcentral", warning: CodeRegionUnlisted},
		{in: "https://chinaeast5.api.cognitive.azure.cn/", cloud: "china", region: "chinaeast5", warning: CodeRegionUnlisted},
	} {
		p, ps := ParseEndpoint(tc.in)
		if tc.cloud == "" {
			if !HasErrors(ps) {
				t.Errorf("ParseEndpoint(%q) accepted", tc.in)
			}
			continue
		}
		region, kind, warn := "", "", Code("")
		if p.Region != nil {
			region = p.Region.Name
		}
		if p.Kind != nil {
			kind = p.Kind.Name
		}
		if len(ps) > 0 {
			warn = ps[0].Code
		}
		if HasErrors(ps) || p.Cloud.Name != tc.cloud || region != tc.region || p.Subdomain != tc.subdomain || kind != tc.kind || p.OpenAI != tc.openAI || warn != tc.warning {
			t.Errorf("ParseEndpoint(%q) = %+v, %+v", tc.in, p, ps)
		}
	}
	// The key is never sent to the Foundry or OpenAI names: the provider
	// computes no endpoint there.
	for host, want := range map[string]bool{"contoso.services.ai.azure.com": false, "contoso.openai.azure.com": false, "westus.s2s.speech.microsoft.com": true, "chinaeast2.s2s.speech.azure.cn": true} {
		if IsSpeechHost(host) != want {
			t.Errorf("IsSpeechHost(%q) = %v, want %v", host, !want, want)
		}
	}
}
