package provider

import (
	"regexp"
	"strings"
	"testing"
)

// One key refused for two data sources reads as one diagnosis and a short
// reference (issue 25): the reads run in parallel, so either may come
// first; exactly one error holds the diagnosis, the other refers to it,
// and both fail the plan. A third data source in another region gets its
// own diagnosis (its words differ). The key check result keeps the full
// diagnosis in both (on_failure = "none" shows it through outputs).
func TestRepeatedOutcomeShownOnce(t *testing.T) {
	t.Parallel()
	bad := testKey(t.Name())
	config := versionsBlock + providerBlock("key = var.speech_key") + `
variable "speech_key" {
  type      = string
  sensitive = true
}
data "speechendpoints" "one" {
  region = "westeurope"
  key_check {}
}
data "speechendpoints" "two" {
  region = "westeurope"
  key_check {}
}
data "speechendpoints" "elsewhere" {
  region = "eastus"
  key_check {}
}
`
	c := newCLI(t, buildProvider(t), config, "TF_VAR_speech_key="+bad)
	if code := c.run("plan", "-input=false", "-no-color"); code == 0 {
		t.Fatalf("the plan with a rejected key passed:\n%s", c.outputs.String())
	}
	out := c.outputs.String()
	flat := strings.Join(strings.Fields(out), " ")
	if n := strings.Count(flat, "Error: Azure Speech Key Rejected"); n != 3 {
		t.Fatalf("%d errors, want 3 (each data source fails):\n%s", n, out)
	}
	ref := words("The key check found the same here as for another block of this configuration, with the same key " +
		"at the same endpoints")
	if n := len(ref.FindAllString(out, -1)); n != 1 {
		t.Errorf("%d short references, want 1:\n%s", n, out)
	}
	full := regexp.MustCompile(`westeurope\.api\.cognitive\.microsoft\.com`)
	if n := len(full.FindAllString(out, -1)); n == 0 {
		t.Errorf("no full diagnosis names the westeurope endpoint:\n%s", out)
	}
	if !strings.Contains(out, "eastus.api.cognitive.microsoft.com") {
		t.Errorf("the eastus data source lacks its own diagnosis:\n%s", out)
	}
}
