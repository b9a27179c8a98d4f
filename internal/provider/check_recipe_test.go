package provider

import (
	"fmt"
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// The documented check recipe (examples/check-block, with on_failure =
// "none") catches a voice the region does not offer (issue 28): its
// condition tests key_check_result.passed, which is false for a missing
// voice, while key_valid is true there (Azure accepted the key), so the
// old recipe, key_valid != false, let the plan pass in silence. Through
// the real CLI, with the example's check block as published.
func TestCheckRecipeCatchesMissingVoice(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: fakespeech.WithdrawnRegion})
	example := exampleConfig(t, "../../examples/check-block")
	const recipe = "data.speechendpoints.speech.key_check_result.passed != false"
	if !strings.Contains(example, recipe) {
		t.Fatalf("the check-block example no longer tests %q:\n%s", recipe, example)
	}
	// The example's region offers the voice; the withdrawn region lacks it.
	withVoice := strings.Replace(example, `region = "chinaeast2"`, fmt.Sprintf("region = %q", fakespeech.WithdrawnRegion), 1)
	withVoice = strings.Replace(withVoice, "key_check {\n    on_failure = \"none\"\n",
		fmt.Sprintf("key_check {\n    on_failure     = \"none\"\n    require_voices = [%q]\n", fakespeech.WithdrawnVoice), 1)
	if withVoice == example || !strings.Contains(withVoice, "require_voices") {
		t.Fatalf("the example's shape changed: cannot add require_voices:\n%s", example)
	}
	outputs := `
output "passed" { value = data.speechendpoints.speech.key_check_result.passed }
output "key_valid" { value = data.speechendpoints.speech.key_check_result.key_valid }
`
	plugins := buildProvider(t)
	for _, tc := range []struct {
		name, condition string
		fires           bool
	}{
		{"passed != false (the recipe) fails the check", recipe, true},
		{"key_valid != false (the old recipe) passes in silence",
			"data.speechendpoints.speech.key_check_result.key_valid != false", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg := versionsBlock + strings.Replace(withVoice, recipe, tc.condition, 1) + outputs
			c := newCLI(t, plugins, cfg, "TF_VAR_speech_key="+key, "SSL_CERT_FILE="+caFile(t))
			if code := c.run("apply", "-input=false", "-no-color", "-auto-approve"); code != 0 {
				t.Fatalf("apply failed (a check block only warns):\n%s", c.outputs.String())
			}
			out := c.outputs.String()
			fired := words("Warning: Check block assertion failed").MatchString(out)
			switch {
			case fired != tc.fires:
				t.Errorf("check block assertion failed: %v, want %v:\n%s", fired, tc.fires, out)
			case tc.fires && !words("Voice Not Offered In Region").MatchString(out):
				t.Errorf("the check block's warning lacks the diagnosis:\n%s", out)
			case tc.fires && !words(fakespeech.WithdrawnVoice).MatchString(out):
				t.Errorf("the diagnosis does not name the missing voice:\n%s", out)
			}
			for _, want := range []string{`key_valid = true`, `passed = false`} {
				if !strings.Contains(out, want) {
					t.Errorf("the outputs lack %q:\n%s", want, out)
				}
			}
			if found := leaks(out, key); len(found) > 0 {
				t.Error("the output shows the key")
			}
		})
	}
}
