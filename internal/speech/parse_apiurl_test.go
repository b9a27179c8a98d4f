package speech

import "testing"

// A pasted API URL of a known API warns on every host family, the Foundry
// and OpenAI names included, and names the resource endpoint; a Foundry
// project endpoint (the portal's form, with a path) does not warn.
func TestPastedAPIURLWarnsOnEveryHost(t *testing.T) {
	for _, tc := range []struct {
		in, want string // want: the resource endpoint the warning names; "" for no warning
	}{
		{"wss://contoso.services.ai.azure.com/voice-live/realtime?api-version=2026-04-10&model=gpt-4o",
			"https://contoso.services.ai.azure.com/"},
		{"https://contoso.services.ai.azure.com/texttospeech/batchsyntheses?api-version=2024-04-01",
			"https://contoso.services.ai.azure.com/"},
		{"https://contoso.openai.azure.com/sts/v1.0/issueToken", "https://contoso.openai.azure.com/"},
		{"wss://contoso.cognitiveservices.azure.com/voice-live/realtime?api-version=2026-04-10&model=gpt-4o",
			"https://contoso.cognitiveservices.azure.com/"},
		{"https://westus.api.cognitive.microsoft.com/texttospeech/batchsyntheses",
			"https://westus.api.cognitive.microsoft.com/"},
		{"https://contoso.services.ai.azure.com/api/projects/p1", ""},
		{"https://contoso.services.ai.azure.com/", ""},
	} {
		_, ps := ParseEndpoint(tc.in)
		got := ""
		for _, p := range ps {
			if p.Code == CodeEndpointAPIURL && p.Warning {
				got = p.Want
			} else {
				t.Errorf("%s: unexpected problem %+v", tc.in, p)
			}
		}
		if got != tc.want {
			t.Errorf("%s: warning naming %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Every API form the provider computes, pasted back, is read as its API:
// knownPaths derive from the rows of apis.go.
func TestEveryComputedAPIURLIsKnown(t *testing.T) {
	rg, _ := RegionByName("westus")
	n := 0
	for _, e := range []Endpoints{RegionalEndpoints(Public, rg), CustomDomainEndpointsOf(Public, "contoso", KindAIServices),
		CustomDomainEndpoints(Public, "contoso")} {
		for _, a := range e.apis() {
			if a.api.URL == "" {
				continue
			}
			n++
			p, ps := ParseEndpoint(a.api.URL + "?api-version=" + a.def.version)
			if HasErrors(ps) || p.Path != a.def.kind {
				t.Errorf("%s: read as %v (want %v), %+v", a.api.URL, p.Path, a.def.kind, ps)
			}
		}
	}
	if n < 10 {
		t.Errorf("only %d API URLs checked", n)
	}
}
