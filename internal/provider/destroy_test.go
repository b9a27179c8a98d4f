package provider

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// A key check does not trap a user tearing things down (issue 25).
// Terraform runs a normal plan before a destroy, which reads every data
// source, and tells no provider that it is a destroy: with the key
// revoked (here: rotated, the variable holding a key Azure no longer
// knows), `terraform destroy` fails with the check's error, whose detail
// names the way out in one line; both ways it names pass.
func TestDestroyWithRevokedKey(t *testing.T) {
	t.Parallel()
	good := testKey(t.Name())
	revoked := testKey("revoked " + t.Name())
	fake.Add(fakespeech.Resource{Key: good, Cloud: "public", Region: "swedencentral"})
	config := versionsBlock + providerBlock("key = var.speech_key") + `
variable "speech_key" {
  type      = string
  sensitive = true
}
variable "on_failure" {
  type    = string
  default = "error"
}
resource "terraform_data" "app" {
  input = data.speechendpoints.speech.stt_endpoint
}
data "speechendpoints" "speech" {
  region = "swedencentral"
  key_check {
    on_failure = var.on_failure
  }
}
`
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"-refresh=false", []string{"-refresh=false"}},
		{"on_failure = warning through a variable", []string{"-var", "on_failure=warning"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := newCLI(t, buildProvider(t), config, "TF_VAR_speech_key="+good)
			if code := c.run("apply", "-input=false", "-no-color", "-auto-approve"); code != 0 {
				t.Fatalf("apply with the good key failed:\n%s", c.outputs.String())
			}
			c.env = append(c.env, "TF_VAR_speech_key="+revoked) // the later value wins
			c.outputs.Reset()
			if code := c.run("destroy", "-input=false", "-no-color", "-auto-approve"); code == 0 {
				t.Fatalf("destroy with the revoked key passed: the test proves nothing:\n%s", c.outputs.String())
			}
			for _, want := range []string{
				"Error: Azure Speech Key Rejected",
				"If you are tearing this configuration down, terraform destroy -refresh=false (tofu destroy -refresh=false) " +
					"skips the refresh before the destroy that reads this data source; " +
					`or set on_failure = "warning" for the destroy (through a variable).`,
			} {
				if !words(want).MatchString(c.outputs.String()) {
					t.Errorf("the failing destroy lacks %q:\n%s", want, c.outputs.String())
				}
			}
			args := append([]string{"destroy", "-input=false", "-no-color", "-auto-approve"}, tc.args...)
			if code := c.run(args...); code != 0 {
				t.Fatalf("destroy %v failed:\n%s", tc.args, c.outputs.String())
			}
			state, err := os.ReadFile(filepath.Join(c.dir, "terraform.tfstate"))
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(state), `"terraform_data"`) {
				t.Errorf("terraform_data.app is still in state after destroy %v", tc.args)
			}
			if found := leaks(c.outputs.String(), revoked); len(found) > 0 {
				t.Error("the output shows the key")
			}
		})
	}
}

// The way that needs no flag: on_failure = "none" and a postcondition.
// Terraform turns a data source's postconditions into warnings during the
// refresh before a destroy (NodePlannableResourceInstance.dataResourceExecute,
// checkRuleSeverity), so the same configuration fails a plan with the
// rejected key and lets destroy through, with no flag.
func TestDestroyPostconditionPasses(t *testing.T) {
	t.Parallel()
	good := testKey(t.Name())
	revoked := testKey("revoked " + t.Name())
	fake.Add(fakespeech.Resource{Key: good, Cloud: "public", Region: "swedencentral"})
	config := versionsBlock + providerBlock("key = var.speech_key") + `
variable "speech_key" {
  type      = string
  sensitive = true
}
resource "terraform_data" "app" {
  input = data.speechendpoints.speech.stt_endpoint
}
data "speechendpoints" "speech" {
  region = "swedencentral"
  key_check {
    on_failure = "none"
  }
  lifecycle {
    postcondition {
      condition     = self.key_check_result.passed != false
      error_message = self.key_check_result.diagnosis
    }
  }
}
`
	c := newCLI(t, buildProvider(t), config, "TF_VAR_speech_key="+good)
	if code := c.run("apply", "-input=false", "-no-color", "-auto-approve"); code != 0 {
		t.Fatalf("apply with the good key failed:\n%s", c.outputs.String())
	}
	c.env = append(c.env, "TF_VAR_speech_key="+revoked)
	c.outputs.Reset()
	if code := c.run("plan", "-input=false", "-no-color"); code == 0 {
		t.Fatalf("a plan with the revoked key passed: the postcondition does not fail it:\n%s", c.outputs.String())
	}
	if !words("Error: Resource postcondition failed").MatchString(c.outputs.String()) ||
		!words("Azure Speech Key Rejected").MatchString(c.outputs.String()) {
		t.Errorf("the plan's error is not the postcondition with the diagnosis:\n%s", c.outputs.String())
	}
	c.outputs.Reset()
	if code := c.run("destroy", "-input=false", "-no-color", "-auto-approve"); code != 0 {
		t.Fatalf("destroy with the revoked key failed:\n%s", c.outputs.String())
	}
	// Terraform shows no warning of that refresh when it passes
	// (Context.destroyPlan keeps its diagnostics only on errors).
	if !words("Destroy complete! Resources: 1 destroyed.").MatchString(c.outputs.String()) {
		t.Errorf("the destroy did not destroy terraform_data.app:\n%s", c.outputs.String())
	}
	if found := leaks(c.outputs.String(), revoked); len(found) > 0 {
		t.Error("the output shows the key")
	}
}

// The way out an error names is the argument that made it an error: a
// check that could not decide fails the plan through on_inconclusive, so
// setting on_failure would change nothing.
func TestDestroyWayOutNamesTheDecidingArgument(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "swedencentral", Fault: fakespeech.Fault503})
	c := newCLI(t, buildProvider(t), versionsBlock+providerBlock(`key = "`+key+`"`, "max_retries = 0")+`
data "speechendpoints" "speech" {
  region = "swedencentral"
  key_check {
    on_inconclusive = "error"
  }
}
`)
	if code := c.run("plan", "-input=false", "-no-color"); code == 0 {
		t.Fatalf("the plan passed: the test proves nothing:\n%s", c.outputs.String())
	}
	out := c.outputs.String()
	if !words(`Error: Azure Speech Service Error`).MatchString(out) ||
		!words(`or set on_inconclusive = "warning" for the destroy (through a variable).`).MatchString(out) {
		t.Errorf("the error does not name on_inconclusive as the way out:\n%s", out)
	}
	if words(`set on_failure = "warning"`).MatchString(out) {
		t.Errorf("the error names on_failure, which does not govern this outcome:\n%s", out)
	}
}
