package speech

import (
	"encoding/base64"
	"slices"
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
)

func TestCheckKeyShape(t *testing.T) {
	hex := strings.Repeat("a1b2c3d4", 4)
	long := strings.Repeat("Ab3", 28)
	for _, tc := range []struct {
		name, key, trimmed string
		refused            Code
		notes              []Code
		trims              []Trim
	}{
		{"hex32", hex, hex, "", nil, nil},
		{"84 chars", long, long, "", nil, nil},
		{"empty", "", "", CodeKeyEmpty, nil, nil},
		{"blank", " \n", "", CodeKeyEmpty, nil, nil},
		{"newline", hex + "\n", hex, "", []Code{CodeKeyTrimmed}, []Trim{TrimNewline}},
		{"quotes", `"` + hex + `"`, hex, "", []Code{CodeKeyTrimmed}, []Trim{TrimQuotes}},
		{"spaces", "  " + hex + " ", hex, "", []Code{CodeKeyTrimmed}, []Trim{TrimSpaces}},
		// A refused key is not sent: there is no key value to send.
		{"guid", "0b1f6472-1ef6-4c1d-8f0a-123456789abc", "", CodeKeyGUID, nil, nil},
		{"braced guid", "{0b1f6472-1ef6-4c1d-8f0a-123456789abc}", "", CodeKeyGUID, nil, nil},
		{"quoted guid", "'0b1f6472-1ef6-4c1d-8f0a-123456789abc'", "", CodeKeyGUID, []Code{CodeKeyTrimmed}, []Trim{TrimQuotes}},
		{"tab", hex + "\t", hex, "", []Code{CodeKeyTrimmed}, []Trim{TrimSpaces}},
		{"vertical tab", hex + "\v", hex, "", []Code{CodeKeyTrimmed}, []Trim{TrimWhitespace}},
		// No page states the formats: another length is sent, with a note.
		{"short", hex[:31], hex[:31], "", []Code{CodeKeyUnusualLength}, nil},
		{"seven characters", hex[:7], hex[:7], "", []Code{CodeKeyUnusualLength}, nil},
		{"long", hex + "a", hex + "a", "", []Code{CodeKeyUnusualLength}, nil},
		{"long and spaced", " " + hex + "a", hex + "a", "", []Code{CodeKeyTrimmed, CodeKeyUnusualLength}, []Trim{TrimSpaces}},
		{"inner space", hex[:10] + " " + hex[10:], "", CodeKeyMalformed, nil, nil},
		{"non-ascii", hex[:31] + "é", "", CodeKeyMalformed, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ks := CheckKeyShape(tc.key)
			if ks.Key.Reveal() != tc.trimmed {
				t.Errorf("key to send %q, want %q", ks.Key.Reveal(), tc.trimmed)
			}
			var refused Code
			if ks.Refused != nil {
				refused = ks.Refused.Code
			}
			if refused != tc.refused {
				t.Errorf("refused %q, want %q", refused, tc.refused)
			}
			var notes []Code
			var trims []Trim
			for _, n := range ks.Notes {
				notes = append(notes, n.Code)
				trims = append(trims, n.Trims...)
				if !n.Warning || n.Given != "" {
					t.Errorf("note %+v is not a warning without the key", n)
				}
			}
			if !slices.Equal(notes, tc.notes) || !slices.Equal(trims, tc.trims) {
				t.Errorf("notes %v %v, want %v %v", notes, trims, tc.notes, tc.trims)
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
	for _, rg := range Regions(nil) {
		c := rg.Cloud
		for _, f := range append([]HostFamily{FamilyAPI}, c.SpeechFamilies...) {
			h, ok := ParseHost(c.HostName(f, rg.Name))
			if !ok || h.Family != f || h.Cloud != c || h.Label != rg.Name {
				t.Errorf("%s %s: ParseHost(%q) = %+v, %v", rg.Name, f, c.HostName(f, rg.Name), h, ok)
			}
		}
		for _, e := range []Endpoints{RegionalEndpoints(c, rg), CustomDomainEndpoints(c, "my-res")} {
			for _, u := range urls(e) {
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

// No name in use has the shape of a key (secret.LooksLikeKey): regions,
// clouds, kinds and their aliases, as written and squashed as a region is.
// A key-shaped region is refused without being echoed.
func TestNoNameLooksLikeAKey(t *testing.T) {
	hex := strings.Repeat("a1b2c3d4", 4)
	alnum := strings.Repeat("Xy7", 28)
	// Names, also squashed as a region is.
	names := []string{hex[:23], alnum[:59], "usgovarizona", "mycompanyspeechresourceproduction", "contoso-speech-westeurope-production-01"}
	for _, rg := range Regions(nil) {
		names = append(names, rg.Name, rg.DisplayName)
	}
	for _, ar := range azureRegions {
		names = append(names, ar.Name)
	}
	for _, c := range clouds {
		names = append(append(names, c.Name, c.DisplayName, c.APISuffix, c.SpeechSuffix, c.CustomDomainSuffix), c.Aliases...)
	}
	for _, k := range kinds {
		names = append(append(names, k.Name, k.DisplayName), k.Aliases...)
	}
	names = append(names, legacyKindNames...)
	for _, s := range names {
		if secret.LooksLikeKey(s) || secret.LooksLikeKey(squash(s)) {
			t.Errorf("LooksLikeKey(%q) = true: a name in use would be refused", s)
		}
	}
	// A long subdomain of letters is a name, and parses.
	if s, p := ParseSubdomain("mycompanyspeechresourceproduction"); p != nil || s != "mycompanyspeechresourceproduction" {
		t.Errorf("ParseSubdomain = %q, %+v", s, p)
	}
	// A region holding a key cut short is refused, without echoing it.
	for _, s := range []string{hex[:24], hex[:12] + " " + hex[12:24], alnum[:60]} {
		if _, ps := ParseRegion(s); len(ps) != 1 || ps[0].Code != CodeKeyShaped || ps[0].Given != "" {
			t.Errorf("ParseRegion(%q) = %+v", s, ps)
		}
	}
}
