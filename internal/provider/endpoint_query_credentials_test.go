package provider

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A pasted API URL whose query or fragment holds a key (Voice Live's
// api-key, the REST subscription-key) is refused: the endpoint argument
// would be kept in state as written. The error points at no argument, so
// Terraform shows no source line of a key written literally.
func TestEndpointQueryWithKeyRefused(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, endpoint string }{
		{"voice live api-key", "wss://contoso.services.ai.azure.com/voice-live/realtime?api-version=2026-04-10&api-key=${var.speech_key}"},
		{"token subscription-key", "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken?Subscription-Key=${var.speech_key}"},
		{"literal key in the query", "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken?Subscription-Key=LITERAL"},
		{"batch in fragment", "https://westus.api.cognitive.microsoft.com/texttospeech/batchsyntheses#${var.speech_key}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			key := testKey(t.Name())
			tc.endpoint = strings.ReplaceAll(tc.endpoint, "LITERAL", key)
			a := newAttack(t, nil, "variable \"speech_key\" {\n  type      = string\n  sensitive = true\n}\n"+
				"data \"speechendpoints\" \"app\" {\n  endpoint = \""+tc.endpoint+"\"\n}\n"+
				"output \"token\" {\n  value = data.speechendpoints.app.token_endpoint\n}\n",
				"TF_VAR_speech_key="+key)
			code := a.cli.run("apply", "-auto-approve", "-input=false", "-no-color")
			state, _ := os.ReadFile(filepath.Join(a.cli.dir, "terraform.tfstate"))
			logText, _ := os.ReadFile(a.cli.logPath)
			out := a.cli.outputs.String()
			if code == 0 || !regexp.MustCompile(`Query\s+Parameter\s+Not\s+Allowed\s+In\s+Endpoint`).MatchString(out) {
				t.Errorf("exit %d, want the refusal; output:\n%s", code, out)
			}
			for name, text := range map[string]string{"state": string(state), "trace log": string(logText),
				"output": a.cli.outputs.String()} {
				if strings.Contains(strings.ToLower(text), strings.ToLower(key)) {
					t.Errorf("the key appears in the %s", name)
				}
			}
		})
	}
}
