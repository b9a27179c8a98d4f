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
	}{
		{"hex32", hex, hex, "", nil},
		{"84 chars", long, long, "", nil},
		{"empty", "", "", "Empty Speech Key", nil},
		{"blank", " \n", "", "Empty Speech Key", nil},
		{"newline", hex + "\n", hex, "", []string{"a newline"}},
		{"quotes", `"` + hex + `"`, hex, "", []string{"quotes"}},
		{"spaces", "  " + hex + " ", hex, "", []string{"spaces"}},
		{"guid", "0b1f6472-1ef6-4c1d-8f0a-123456789abc", "0b1f6472-1ef6-4c1d-8f0a-123456789abc", "Key Looks Like A GUID", nil},
		{"short", hex[:31], hex[:31], "", []string{"31 characters long"}},
		{"inner space", hex[:10] + " " + hex[10:], hex[:10] + " " + hex[10:], "Malformed Speech Key", nil},
		{"non-ascii", hex[:31] + "é", hex[:31] + "é", "Malformed Speech Key", nil},
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
				t.Fatalf("warnings %q, want %q", ks.Warnings, tc.warnings)
			}
			for i, w := range tc.warnings {
				if !strings.Contains(ks.Warnings[i], w) {
					t.Errorf("warning %q lacks %q", ks.Warnings[i], w)
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
	c, ok := ParseTokenClaims(jwt(`{"region":"chinaeast2","product-id":"SpeechServices.S0","azure-resource-id":"/subscriptions/x/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/a","aud":"urn:ms.speechservices.chinaeast2"}`))
	if !ok || c.ClaimRegion() != "chinaeast2" || c.PricingTier() != "S0" || !strings.HasSuffix(c.ResourceID, "/accounts/a") {
		t.Errorf("claims %+v ok=%v", c, ok)
	}
	c, ok = ParseTokenClaims(jwt(`{"aud":"urn:ms.speechservices.westus2"}`))
	if !ok || c.ClaimRegion() != "westus2" || c.PricingTier() != "" {
		t.Errorf("aud-only claims %+v", c)
	}
	for _, bad := range []string{"", "abc", "a.b", "a.!!!.c", jwt(`[1,2]`), jwt(`{"region":5}`), jwt(`{"region":"mars"}`), strings.Repeat("a.", 10000)} {
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
	} {
		if got := IsSpeechHost(host); got != want {
			t.Errorf("IsSpeechHost(%q) = %v", host, got)
		}
	}
}
