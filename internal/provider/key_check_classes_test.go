package provider

import (
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// The two classes of outcome through the real CLI, as a user sees them: a
// verdict (a bad key) fails the plan by default; an inconclusive check (an
// outage) warns by default and the plan goes on; each setting moves its own
// class only; `none` records the result without any diagnostic.
func TestKeyCheckClasses(t *testing.T) {
	t.Parallel()
	plugins := buildProvider(t)
	bad := testKey(t.Name() + " bad")       // unknown to Azure: a verdict
	outage := testKey(t.Name() + " outage") // Azure answers 503: no verdict
	fake.Add(fakespeech.Resource{Key: outage, Cloud: "public", Region: "swedencentral", Fault: fakespeech.Fault503})
	for _, tc := range []struct {
		name, key, kc string
		exit          int
		shows, lacks  []string
	}{
		{"verdict fails by default", bad, "", 1, []string{"Error: Azure Speech Key Rejected"}, nil},
		{"verdict as a warning", bad, `on_failure = "warning"`, 0, []string{"Warning: Azure Speech Key Rejected", "valid = false"}, []string{"\nError: "}},
		{"verdict recorded only", bad, `on_failure = "none"`, 0, []string{"valid = false", `diagnosis = "Azure Speech Key Rejected: `}, []string{"\nError: ", "\nWarning: Azure"}},
		{"on_inconclusive does not soften a verdict", bad, `on_inconclusive = "none"`, 1, []string{"Error: Azure Speech Key Rejected"}, nil},
		{"outage warns by default", outage, "", 0, []string{"Warning: Azure Speech Service Error", "answered 503"}, []string{"\nError: "}},
		{"outage fails on request", outage, `on_inconclusive = "error"`, 1, []string{"Error: Azure Speech Service Error"}, nil},
		{"outage recorded only", outage, `on_inconclusive = "none"`, 0, []string{`diagnosis = "Azure Speech Service Error: `}, []string{"\nError: ", "\nWarning: Azure"}},
		{"on_failure does not harden an outage", outage, `on_failure = "error"`, 0, []string{"Warning: Azure Speech Service Error"}, []string{"\nError: "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			config := versionsBlock + providerBlock("key = var.speech_key", "max_retries = 0") + `
variable "speech_key" {
  type      = string
  sensitive = true
  ephemeral = true
}
data "speechendpoints" "app" {
  region = "swedencentral"
  key_check {
    ` + tc.kc + `
  }
}
output "valid" { value = data.speechendpoints.app.key_check_result.key_valid }
output "diagnosis" { value = data.speechendpoints.app.key_check_result.diagnosis }
`
			c := newCLI(t, plugins, config, "TF_VAR_speech_key="+tc.key)
			if code := c.run("plan", "-input=false", "-no-color"); code != tc.exit {
				t.Fatalf("exit %d, want %d:\n%s", code, tc.exit, c.outputs.String())
			}
			out := c.outputs.String()
			flat := strings.Join(strings.Fields(out), " ") // outputs are aligned with spaces
			for _, s := range tc.shows {
				if !strings.Contains(out, s) && !strings.Contains(flat, s) {
					t.Errorf("the output lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tc.lacks {
				if strings.Contains(out, s) {
					t.Errorf("the output has %q:\n%s", s, out)
				}
			}
		})
	}
}

// A note that is the same for every data source of a plan (the sovereign
// custom-domain forms are unconfirmed) is shown once per plan.
func TestOncePerPlanNote(t *testing.T) {
	t.Parallel()
	plugins := buildProvider(t)
	config := versionsBlock + providerBlock() + `
data "speechendpoints" "a" {
  region                = "usgovvirginia"
  custom_subdomain_name = "contoso-a"
  private_endpoint      = true
}
data "speechendpoints" "b" {
  endpoint         = "https://contoso-b.cognitiveservices.azure.us/"
  private_endpoint = true
}
data "speechendpoints" "c" {
  endpoint = "https://contoso-c.cognitiveservices.azure.us/"
}
`
	c := newCLI(t, plugins, config)
	if code := c.run("plan", "-input=false", "-no-color"); code != 0 {
		t.Fatalf("plan failed:\n%s", c.outputs.String())
	}
	if n := strings.Count(c.outputs.String(), "Warning: Unconfirmed Custom-Domain Endpoints"); n != 1 {
		t.Errorf("the note was shown %d times for three data sources, want once:\n%s", n, c.outputs.String())
	}
}
