package speech

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The fuzz targets run their seed corpus (f.Add and testdata/fuzz) with every
// `go test`; `make fuzz` and CI explore further for a fixed time.

func FuzzParseRegion(f *testing.F) {
	for _, s := range []string{"japanwest", "Japan West", "India Central", "virginia", "en-US", "global", "undefined", "https://westus.api.cognitive.microsoft.com/", "southindia", "swedentcentral", "jаpanwest", "🙂", "", " \t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rg, ps := ParseRegion(s)
		if HasErrors(ps) {
			if len(ps) != 1 || ps[0].Code == "" || ps[0].Setting != SettingRegion {
				t.Fatalf("ParseRegion(%q) = %+v: want one error with a code, on the region", s, ps)
			}
			if ps[0].Code == CodeKeyShaped && ps[0].Given != "" {
				t.Fatalf("a key-shaped value is carried: %+v", ps[0])
			}
			return
		}
		listed, ok := RegionByName(rg.Name)
		unlisted := len(ps) == 1 && ps[0].Code == CodeRegionUnlisted
		switch {
		case ok && (listed.Name != rg.Name || listed.Cloud != rg.Cloud || !rg.Listed):
			t.Fatalf("ParseRegion(%q) gave %+v, not the catalog's region", s, rg)
		case !ok && (!unlisted || !wellFormedRegion.MatchString(rg.Name) || rg.Listed || rg.Cloud == nil):
			t.Fatalf("ParseRegion(%q) gave %+v outside the table without the open-world warning", s, rg)
		}
		if again, ps := ParseRegion(rg.Name); HasErrors(ps) || again.Name != rg.Name || again.Cloud != rg.Cloud {
			t.Fatalf("the identifier %q does not parse to itself", rg.Name)
		}
	})
}

func FuzzParseEndpoint(f *testing.F) {
	for _, s := range []string{
		"https://japanwest.api.cognitive.microsoft.com/", "https://my-speech.cognitiveservices.azure.cn/",
		"https://usgovvirginia.api.cognitive.microsoft.us/sts/v1.0/issueToken", "https://westus.tts.speech.microsoft.com/cognitiveservices/v1",
		"http://westus.api.cognitive.microsoft.com/", "https://user:pw@westus.api.cognitive.microsoft.com/", "https://westus.api.cognitive.microsoft.com:8443/",
		"westus.api.cognitive.microsoft.com", "https://%zz/", "https://a.b.api.cognitive.microsoft.com/", "https://my.openai.azure.com/", "",
		"https://A00.Api.Cognitive.miCrosoft.us", "https://virginia.api.cognitive.microsoft.us/", "https://x.services.ai.azure.com/api/projects/p",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ps := ParseEndpoint(s)
		if HasErrors(ps) {
			e := Errors(ps)[0]
			if strings.Contains(s, "@") && strings.Contains(e.Given+e.Host+e.Want, s) {
				t.Fatalf("an endpoint with credentials is carried: %+v", e)
			}
			return
		}
		if p.Cloud == nil || (p.Region == nil) == (p.Subdomain == "") {
			t.Fatalf("ParseEndpoint(%q) = %+v: want a known cloud and exactly one of region or subdomain", s, p)
		}
		if p.Region != nil {
			rg := *p.Region
			if rg.Cloud != p.Cloud {
				t.Fatalf("ParseEndpoint(%q) = %+v: region not in that cloud", s, p)
			}
			if _, listed := RegionByName(rg.Name); !listed && !slices.ContainsFunc(ps, func(w Problem) bool { return w.Code == CodeRegionUnlisted }) {
				t.Fatalf("ParseEndpoint(%q): a region outside the table without its warning", s)
			}
			back, bps := ParseEndpoint(RegionalEndpoints(p.Cloud, rg).Resource)
			if HasErrors(bps) || back.Region == nil || back.Region.Name != rg.Name || back.Cloud != p.Cloud {
				t.Fatalf("the regional endpoint of %+v does not parse back", p)
			}
		}
		if p.Subdomain != "" {
			if _, err := ParseSubdomain(p.Subdomain); err != nil {
				t.Fatalf("ParseEndpoint(%q) gave an invalid subdomain %q", s, p.Subdomain)
			}
			if !IsSpeechHost(p.Subdomain + "." + p.Cloud.CustomDomainSuffix) {
				t.Fatalf("the custom domain of %+v is not a Speech host", p)
			}
		}
	})
}

func FuzzCheckKeyShape(f *testing.F) {
	for _, s := range []string{"0123456789abcdef0123456789abcdef", " 0123456789abcdef0123456789abcdef\n", `"0123456789abcdef0123456789abcdef"`, strings.Repeat("Ab3", 28), "0b1f6472-1ef6-4c1d-8f0a-123456789abc", "{0b1f6472-1ef6-4c1d-8f0a-123456789abc}", "", "short", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		ks := CheckKeyShape(key)
		if ks.Refused == nil && (ks.Key.Reveal() == "" || unicode.IsSpace(rune(ks.Key.Reveal()[0])) || unicode.IsSpace(rune(ks.Key.Reveal()[len(ks.Key.Reveal())-1]))) {
			t.Fatalf("accepted key %q trims to %q", key, ks.Key.Reveal())
		}
		// Problems carry facts, never the key.
		for _, p := range append(ks.Notes, func() []Problem {
			if ks.Refused != nil {
				return []Problem{*ks.Refused}
			}
			return nil
		}()...) {
			if p.Given != "" || p.Want != "" || p.Host != "" {
				t.Fatalf("a key problem carries text: %+v", p)
			}
		}
	})
}

func FuzzParseTokenClaims(f *testing.F) {
	f.Add("eyJhbGciOiJIUzI1NiJ9.eyJyZWdpb24iOiJ3ZXN0dXMiLCJwcm9kdWN0LWlkIjoiU3BlZWNoU2VydmljZXMuUzAifQ.c2ln")
	f.Add("a.b.c")
	f.Add("eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ1cm46bXMuc3BlZWNoc2VydmljZXMuY2hpbmFlYXN0MiJ9.c2ln")
	f.Add("")
	f.Add("....")
	f.Fuzz(func(t *testing.T, tok string) {
		c, _ := ParseTokenClaims(tok)
		// A claim is kept only with the shape it claims.
		if r := c.ClaimRegion(); r != "" && !wellFormedRegion.MatchString(r) {
			t.Fatalf("claim region %q is not a region name", r)
		}
		if tier := c.PricingTier(); tier != "" && !tierRE.MatchString(tier) {
			t.Fatalf("pricing tier %q", tier)
		}
		if _, p := ParseAccountID(c.ResourceID); c.ResourceID != "" && p != nil {
			t.Fatalf("resource id %q", c.ResourceID)
		}
		_, _ = TokenExpiry(tok)
	})
}
