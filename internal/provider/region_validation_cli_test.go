package provider

import (
	"fmt"
	"testing"
)

// The docs' region validation surfaces the function's own message: the
// condition calls provider::speechendpoints::region without can(), so a
// typo fails the plan with "Did you mean "swedencentral"", as the data
// source says it (issue 25). With can() the nearest names are lost: the
// control.
func TestRegionValidationNamesNearest(t *testing.T) {
	t.Parallel()
	plugins := buildProvider(t)
	const config = `
terraform {
  required_providers {
    speechendpoints = { source = "speechendpoints/speechendpoints" }
  }
}
variable "speech_region" {
  type = string
  validation {
    condition     = %s
    error_message = "Not a usable Speech region."
  }
}
output "region" { value = provider::speechendpoints::region(var.speech_region) }
`
	for _, tc := range []struct {
		name, condition string
		nearest         bool
	}{
		{"documented", `provider::speechendpoints::region(var.speech_region) != ""`, true},
		{"can() control", `can(provider::speechendpoints::region(var.speech_region))`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := newCLI(t, plugins, fmt.Sprintf(config, tc.condition))
			if code := c.run("plan", "-input=false", "-no-color", "-var", "speech_region=swedencentrl"); code == 0 {
				t.Fatalf("the plan with a typo passed:\n%s", c.outputs.String())
			}
			got := words(`Did you mean "swedencentral"`).MatchString(c.outputs.String())
			if got != tc.nearest {
				t.Errorf("nearest name shown: %v, want %v:\n%s", got, tc.nearest, c.outputs.String())
			}
			if code := c.run("plan", "-input=false", "-no-color", "-var", "speech_region=Sweden Central"); code != 0 {
				t.Errorf("the plan with a good region failed:\n%s", c.outputs.String())
			}
		})
	}
}
