package provider

import "testing"

// A pasted API URL on a Foundry host (Voice Live's wss:// URL, batch
// synthesis) warns, as on every other host, and names the resource
// endpoint; the plan passes.
func TestPastedFoundryAPIURLWarns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ endpoint, api string }{
		{"wss://contoso.services.ai.azure.com/voice-live/realtime?api-version=2026-04-10&model=gpt-4o",
			"Voice Live endpoint"},
		{"https://contoso.services.ai.azure.com/texttospeech/batchsyntheses?api-version=2024-04-01",
			"batch synthesis endpoint"},
	} {
		t.Run(tc.api, func(t *testing.T) {
			t.Parallel()
			a := newAttack(t, nil, "data \"speechendpoints\" \"app\" {\n  endpoint = \""+tc.endpoint+"\"\n}\n")
			code, out := a.plan()
			if code != 0 || !words("Warning: Endpoint Is Not The Resource Endpoint").MatchString(out) ||
				!words("is a "+tc.api+", not the resource endpoint; only its host is used.").MatchString(out) ||
				!words(`"https://contoso.services.ai.azure.com/"`).MatchString(out) {
				t.Errorf("exit %d, want the API URL warning naming the resource endpoint:\n%s", code, out)
			}
		})
	}
}
