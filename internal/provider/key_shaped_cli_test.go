package provider

import (
	"fmt"
	"testing"
)

// A key written literally into region, custom_subdomain_name, endpoint or
// the provider's cloud is not printed by Terraform's source snippet: the
// diagnostic says "It is not shown" and points at the data source (or
// the provider), not at the line that holds the value (issue 25). The
// positive control: the plan fails with the diagnostic the test is about.
func TestKeyShapedValueNotInSnippet(t *testing.T) {
	t.Parallel()
	plugins := buildProvider(t)
	const shaped = "0123456789abcdef0123456789abcdef" // 32 hex characters: a key's shape
	key := testKey(t.Name())
	for _, tc := range []struct{ name, provider, data, summary, secret string }{
		{"region", "", `region = "` + shaped + `"`, "Speech Key Given As Region", shaped},
		{"subdomain", "", "region = \"westus\"\n  custom_subdomain_name = \"" + shaped + "\"",
			"Speech Key Given As Custom Subdomain Name", shaped},
		{"endpoint", "", `endpoint = "https://` + shaped + `.cognitiveservices.azure.com/"`,
			"Speech Key Given As Endpoint", shaped},
		{"provider cloud", `cloud = "` + shaped + `"`, `region = "westus"`, "Speech Key Given As Cloud", shaped},
		{"the provider's key in region", `key = "` + key + `"`, `region = "` + key + `"`, "Speech Key Given As Region",
			key},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			config := fmt.Sprintf(`
terraform {
  required_providers {
    speechendpoints = { source = "speechendpoints/speechendpoints" }
  }
}
provider "speechendpoints" {
  %s
}
data "speechendpoints" "speech" {
  %s
}
`, tc.provider, tc.data)
			c := newCLI(t, plugins, config)
			if code := c.run("plan", "-input=false", "-no-color"); code == 0 {
				t.Fatalf("the plan passed:\n%s", c.outputs.String())
			}
			out := c.outputs.String()
			if !words(tc.summary).MatchString(out) {
				t.Fatalf("the plan did not fail with %q:\n%s", tc.summary, out)
			}
			if found := leaks(out, tc.secret); len(found) > 0 {
				t.Errorf("the plan output shows the key-shaped value (%d forms):\n%s", len(found), out)
			}
		})
	}
}

// A function's error cannot keep a key-shaped argument out of the output:
// Terraform prints the call with the values of its variables. The message
// says so and names the fix, a sensitive variable, which this test shows
// to keep the value out (and, as the control, that without it Terraform
// does print it).
func TestKeyShapedFunctionArgument(t *testing.T) {
	t.Parallel()
	plugins := buildProvider(t)
	const shaped = "0123456789abcdef0123456789abcdef"
	for _, sensitive := range []bool{false, true} {
		t.Run(fmt.Sprintf("sensitive=%v", sensitive), func(t *testing.T) {
			t.Parallel()
			c := newCLI(t, plugins, fmt.Sprintf(`
terraform {
  required_providers {
    speechendpoints = { source = "speechendpoints/speechendpoints" }
  }
}
variable "region" {
  type      = string
  sensitive = %v
}
output "region" {
  value     = provider::speechendpoints::region(var.region)
  sensitive = true
}
`, sensitive))
			if code := c.run("plan", "-input=false", "-no-color", "-var", "region="+shaped); code == 0 {
				t.Fatalf("the plan passed:\n%s", c.outputs.String())
			}
			out := c.outputs.String()
			if !words("Speech Key Given As Region").MatchString(out) ||
				!words("declare the variable sensitive = true, which keeps its value out of Terraform's messages").
					MatchString(out) {
				t.Fatalf("the error does not name the sensitive variable:\n%s", out)
			}
			if shown := len(leaks(out, shaped)) > 0; shown == sensitive {
				t.Errorf("value shown: %v with sensitive = %v:\n%s", shown, sensitive, out)
			}
		})
	}
}
