package speech

import (
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
		m, err := ParseRegion(s)
		if err != nil {
			if ie := asInputError(err); ie.Summary == "" || len(ie.Detail) > 4096 {
				t.Fatalf("error without summary or unbounded: %q", ie.Detail)
			}
			return
		}
		rg, ok := RegionByName(m.Region.Name)
		switch {
		case ok && rg != m.Region:
			t.Fatalf("ParseRegion(%q) gave %+v, not the catalog's region", s, m.Region)
		case !ok && (m.Unlisted == "" || !wellFormedRegion.MatchString(m.Region.Name) || m.Region.Listed):
			t.Fatalf("ParseRegion(%q) gave %+v outside the table without the open-world warning", s, m.Region)
		}
		if again, err := ParseRegion(m.Region.Name); err != nil || again.Region != m.Region {
			t.Fatalf("the identifier %q does not parse to itself", m.Region.Name)
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
		p, err := ParseEndpoint(s)
		if err != nil {
			if ie := asInputError(err); strings.Contains(s, "@") && strings.Contains(ie.Detail, s) {
				t.Fatalf("an endpoint with credentials is echoed: %q", ie.Detail)
			}
			return
		}
		c, ok := CloudByName(p.Cloud)
		if !ok || (p.Region == "") == (p.Subdomain == "") {
			t.Fatalf("ParseEndpoint(%q) = %+v: want a known cloud and exactly one of region or subdomain", s, p)
		}
		if p.Region != "" {
			rg, listed := RegionByName(p.Region)
			switch {
			case listed && rg.Cloud != p.Cloud:
				t.Fatalf("ParseEndpoint(%q) = %+v: region not in that cloud", s, p)
			case !listed && (p.unlisted == "" || p.region.Cloud != p.Cloud || !wellFormedRegion.MatchString(p.Region)):
				t.Fatalf("ParseEndpoint(%q) = %+v: a region outside the table without its warning or cloud", s, p)
			case !listed:
				rg = p.region
			}
			back, err := ParseEndpoint(RegionalEndpoints(c, rg).Resource)
			if err != nil || back.Region != p.Region || back.Cloud != p.Cloud {
				t.Fatalf("the regional endpoint of %+v does not parse back", p)
			}
		}
		if p.Subdomain != "" {
			if _, err := ParseSubdomain(p.Subdomain); err != nil {
				t.Fatalf("ParseEndpoint(%q) gave an invalid subdomain %q", s, p.Subdomain)
			}
			if !IsSpeechHost(p.Subdomain + "." + c.CustomDomainSuffix) {
				t.Fatalf("the custom domain of %+v is not a Speech host", p)
			}
		}
	})
}

func FuzzCheckKeyShape(f *testing.F) {
	for _, s := range []string{"0123456789abcdef0123456789abcdef", " 0123456789abcdef0123456789abcdef\n", `"0123456789abcdef0123456789abcdef"`, strings.Repeat("Ab3", 28), "0b1f6472-1ef6-4c1d-8f0a-123456789abc", "", "short", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		ks := CheckKeyShape(key)
		var texts []string
		for _, w := range ks.Warnings {
			texts = append(texts, w.Text)
		}
		if ks.Problem != nil {
			texts = append(texts, ks.Problem.Summary, ks.Problem.Detail)
		} else {
			if ks.Trimmed == "" || unicode.IsSpace(rune(ks.Trimmed[0])) || unicode.IsSpace(rune(ks.Trimmed[len(ks.Trimmed)-1])) {
				t.Fatalf("accepted key %q trims to %q", key, ks.Trimmed)
			}
		}
		if len(ks.Trimmed) >= 8 {
			for _, txt := range texts {
				if strings.Contains(txt, ks.Trimmed) {
					t.Fatalf("a message shows the key: %q", txt)
				}
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
		if c.ResourceID != "" && !resourceIDRE.MatchString(c.ResourceID) {
			t.Fatalf("resource id %q", c.ResourceID)
		}
		_, _ = TokenExpiry(tok)
	})
}
