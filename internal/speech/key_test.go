package speech

import (
	"encoding/base64"
	"strings"
	"testing"
)

func TestCheckKeyShape(t *testing.T) {
	hex := strings.Repeat("a1b2c3d4", 4)
	long := strings.Repeat("Ab3", 28)
	for _, tc := range []struct {
		name, key, trimmed, problem string
		warnings                    []string
		kinds                       []KeyWarningKind
	}{
		{"hex32", hex, hex, "", nil, nil},
		{"84 chars", long, long, "", nil, nil},
		{"empty", "", "", "Empty Speech Key", nil, nil},
		{"blank", " \n", "", "Empty Speech Key", nil, nil},
		{"newline", hex + "\n", hex, "", []string{"a newline"}, []KeyWarningKind{KeyTrimmed}},
		{"quotes", `"` + hex + `"`, hex, "", []string{"quotes"}, []KeyWarningKind{KeyTrimmed}},
		{"spaces", "  " + hex + " ", hex, "", []string{"spaces"}, []KeyWarningKind{KeyTrimmed}},
		{"guid", "0b1f6472-1ef6-4c1d-8f0a-123456789abc", "0b1f6472-1ef6-4c1d-8f0a-123456789abc", "Key Looks Like A GUID", nil, nil},
		{"short", hex[:31], hex[:31], "Speech Key Too Short", nil, nil},
		{"seven characters", hex[:7], hex[:7], "Speech Key Too Short", nil, nil},
		{"long", hex + "a", hex + "a", "", []string{"33 characters long"}, []KeyWarningKind{KeyUnusualLength}},
		{"long and spaced", " " + hex + "a", hex + "a", "", []string{"spaces", "33 characters long"}, []KeyWarningKind{KeyTrimmed, KeyUnusualLength}},
		{"inner space", hex[:10] + " " + hex[10:], hex[:10] + " " + hex[10:], "Malformed Speech Key", nil, nil},
		{"non-ascii", hex[:31] + "é", hex[:31] + "é", "Malformed Speech Key", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ks := CheckKeyShape(tc.key)
			if ks.Trimmed != tc.trimmed {
				t.Errorf("trimmed %q, want %q", ks.Trimmed, tc.trimmed)
			}
			gotProblem := ""
			if ks.Problem != nil {
				gotProblem = ks.Problem.Summary
				if strings.TrimSpace(tc.key) != "" && strings.Contains(ks.Problem.Detail, strings.TrimSpace(tc.key)) {
					t.Errorf("problem detail echoes the key: %s", ks.Problem.Detail)
				}
			}
			if gotProblem != tc.problem {
				t.Errorf("problem %q, want %q", gotProblem, tc.problem)
			}
			if len(ks.Warnings) != len(tc.warnings) {
				t.Fatalf("warnings %+v, want %q", ks.Warnings, tc.warnings)
			}
			for i, w := range tc.warnings {
				if !strings.Contains(ks.Warnings[i].Text, w) || ks.Warnings[i].Kind != tc.kinds[i] {
					t.Errorf("warning %+v, want kind %d with %q", ks.Warnings[i], tc.kinds[i], w)
				}
			}
		})
	}
}

func jwt(payload string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + enc([]byte(payload)) + "." + enc([]byte("sig"))
}

func TestParseTokenClaims(t *testing.T) {
	c, ok := ParseTokenClaims(jwt(`{"region":"chinaeast2","product-id":"SpeechServices.S0","azure-resource-id":"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/a1","aud":"urn:ms.speechservices.chinaeast2"}`))
	if !ok || c.ClaimRegion() != "chinaeast2" || c.PricingTier() != "S0" || !strings.HasSuffix(c.ResourceID, "/accounts/a1") {
		t.Errorf("claims %+v ok=%v", c, ok)
	}
	c, ok = ParseTokenClaims(jwt(`{"aud":"urn:ms.speechservices.westus2"}`))
	if !ok || c.ClaimRegion() != "westus2" || c.PricingTier() != "" {
		t.Errorf("aud-only claims %+v", c)
	}
	for _, bad := range []string{"", "abc", "a.b", "a.!!!.c", jwt(`[1,2]`), jwt(`{"region":5}`), jwt(`{"region":"West US!"}`), jwt(`{"region":"0123456789abcdef0123456789abcdef"}`), strings.Repeat("a.", 10000)} {
		c, _ := ParseTokenClaims(bad)
		if c.ClaimRegion() != "" || c.PricingTier() != "" {
			t.Errorf("ParseTokenClaims(%.20q) = %+v, want no hints", bad, c)
		}
	}
}

func TestIsSpeechHost(t *testing.T) {
	for host, want := range map[string]bool{
		"westus.api.cognitive.microsoft.com":  true,
		"chinaeast2.tts.speech.azure.cn":      true,
		"x.cognitiveservices.azure.us":        true,
		"usgovvirginia.stt.speech.azure.us":   true,
		"evil.example.com":                    false,
		"api.cognitive.microsoft.com":         false,
		"a.b.api.cognitive.microsoft.com":     false,
		"westus.api.cognitive.microsoft.com.": true,
		"westus.foo.speech.microsoft.com":     false,
		"westus.voice.speech.microsoft.com":   true,
		"usgovarizona.voice.speech.azure.us":  false, // no custom voice in US Government
		"my-res.cognitiveservices.azure.cn":   true,
		".api.cognitive.microsoft.com":        false,
	} {
		if got := IsSpeechHost(host); got != want {
			t.Errorf("IsSpeechHost(%q) = %v", host, got)
		}
	}
}

// Every host the endpoint computation builds belongs to the family table,
// and reads back as the family, cloud and label it was built from.
func TestComputedHostsParseBack(t *testing.T) {
	for _, rg := range Regions("") {
		c := mustCloud(rg.Cloud)
		for _, f := range append([]HostFamily{FamilyAPI}, c.SpeechFamilies...) {
			h, ok := ParseHost(c.HostName(f, rg.Name))
			if !ok || h.Family != f || h.Cloud.Name != c.Name || h.Label != rg.Name {
				t.Errorf("%s %s: ParseHost(%q) = %+v, %v", rg.Name, f, c.HostName(f, rg.Name), h, ok)
			}
		}
		for _, e := range []Endpoints{RegionalEndpoints(c, rg), CustomDomainEndpoints(c, "my-res")} {
			for _, u := range []string{e.Resource, e.Token, e.TTS, e.Voices, e.STT, e.STTWebsocket, e.TTSWebsocket, e.STTHost, e.TTSHost, e.SpeechToTextAPI, e.CustomVoice} {
				if u == "" {
					continue
				}
				host := strings.SplitN(strings.SplitN(u, "://", 2)[1], "/", 2)[0]
				if !IsSpeechHost(host) {
					t.Errorf("%s: computed host %q is not in the family table", rg.Name, host)
				}
			}
		}
	}
}

// A claim is kept only when it has the shape it claims.
func TestTokenClaimShapes(t *testing.T) {
	c, _ := ParseTokenClaims(jwt(`{"product-id":"SpeechServices.0123456789abcdef0123456789abcdef","azure-resource-id":"key=0123456789abcdef","region":"polandcentral"}`))
	if c.PricingTier() != "" || c.ResourceID != "" || c.ClaimRegion() != "polandcentral" {
		t.Errorf("claims %+v tier %q", c, c.PricingTier())
	}
	c, _ = ParseTokenClaims(jwt(`{"product-id":"AIServices.S0","azure-resource-id":"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-speech/providers/Microsoft.CognitiveServices/accounts/speech-westus"}`))
	if c.PricingTier() != "S0" || c.ResourceID == "" {
		t.Errorf("well-shaped claims dropped: %+v", c)
	}
}
