package speech

import (
	"strings"
	"testing"
)

// A pasted API URL keeps its documented query parameters (not used), and
// is refused when its query or fragment may hold a credential: the
// endpoint argument is kept in state as written.
func TestParseEndpointQueryMayHoldCredential(t *testing.T) {
	key := strings.Repeat("0123456789abcdef", 2)
	for _, tc := range []struct {
		in   string
		want Code // "" for accepted
	}{
		{"wss://contoso.services.ai.azure.com/voice-live/realtime?api-version=2026-04-10&model=gpt-4o", ""},
		{"https://westus.api.cognitive.microsoft.com/speechtotext/transcriptions:transcribe?api-version=2025-10-15", ""},
		{"https://contoso.cognitiveservices.azure.com/tts/cognitiveservices/v1?DeploymentId=1234", ""},
		{"https://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1" +
			"?language=en-US&format=detailed", ""},
		{"wss://contoso.services.ai.azure.com/voice-live/realtime?api-version=2026-04-10&api-key=abc",
			CodeEndpointQueryParam},
		{"https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken?Subscription-Key=abc", CodeEndpointQueryParam},
		{"https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken?OCP-APIM-SUBSCRIPTION-KEY=x",
			CodeEndpointQueryParam},
		{"https://westus.api.cognitive.microsoft.com/texttospeech/batchsyntheses?sig=x", CodeEndpointQueryParam},
		{"https://westus.api.cognitive.microsoft.com/texttospeech/batchsyntheses?token=x", CodeEndpointQueryParam},
		{"https://westus.api.cognitive.microsoft.com/texttospeech/batchsyntheses?authorization=x",
			CodeEndpointQueryParam},
		{"https://westus.api.cognitive.microsoft.com/texttospeech/batchsyntheses#" + key, CodeEndpointQueryParam},
		{"https://westus.api.cognitive.microsoft.com/texttospeech/batchsyntheses#frag", CodeEndpointQueryParam},
		{"https://westus.api.cognitive.microsoft.com/texttospeech/batchsyntheses?model=" + key, CodeEndpointQueryParam},
		{"https://westus.api.cognitive.microsoft.com/texttospeech/batchsyntheses?" + key, CodeEndpointQueryParam},
		{"https://westus.api.cognitive.microsoft.com/?subscription-key=" + key, CodeEndpointQueryParam},
		{"https://westus.api.cognitive.microsoft.com/?api-version=2024-04-01", CodeEndpointQuery},
	} {
		_, ps := ParseEndpoint(tc.in)
		var got Code
		for _, p := range ps {
			if !p.Warning {
				got = p.Code
			}
			if strings.Contains(p.Given+p.Want+p.Host, key) || strings.Contains(p.Given, "abc") {
				t.Errorf("%s: the problem echoes the query: %+v", tc.in, p)
			}
		}
		if got != tc.want {
			t.Errorf("%s: error %q, want %q", tc.in, got, tc.want)
		}
	}
}
