package provider

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

func result(attr string) tfjsonpath.Path { return tfjsonpath.New("key_check_result").AtMapKey(attr) }

// checkFake runs a test against the fake service's counts.
func checkFake(f func() error) resource.TestCheckFunc {
	return func(*terraform.State) error { return f() }
}

func TestKeyCheck_acceptedAndSharedBy100DataSources(t *testing.T) {
	_, japanWestVoices := fakespeech.VoicesList("japanwest")
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "japanwest"})
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: providerBlock(fmt.Sprintf("key = %q", key)) + `
data "speechendpoints" "app" {
  count     = 100
  region    = "Japan West"
  key_check {}
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("key_valid"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue("data.speechendpoints.app[99]", result("key_valid"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("passed"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("token_status"), knownvalue.Int64Exact(200)),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("voices_status"), knownvalue.Int64Exact(200)),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("voice_count"), knownvalue.Int64Exact(int64(japanWestVoices))),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("resource_region"), str("japanwest")),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("pricing_tier"), str("S0")),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("located"), knownvalue.Null()),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("diagnosis"), knownvalue.StringRegexp(regexp.MustCompile(fmt.Sprintf(`^Azure Speech Key Accepted: .*%d voices`, japanWestVoices)))),
			},
			Check: checkFake(func() error {
				if tc, vc := fake.TokenCalls(key), fake.VoicesCalls(key); tc != 1 || vc != 1 {
					return fmt.Errorf("100 data sources with one key and region made %d token and %d voices calls, want 1 and 1", tc, vc)
				}
				return nil
			}),
		}},
	})
}

// The seed case: a key created in China East 2, configured as Japan West
// public. With locate the plan fails and names China East 2; the corrected
// configuration passes.
func TestKeyCheck_seedLocate(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "china", Region: "chinaeast2"})
	cfg := func(cloud, region string) string {
		return providerBlock(fmt.Sprintf("key = %q", key)) + fmt.Sprintf(`
data "speechendpoints" "app" {
  cloud  = %q
  region = %q
  key_check {
    locate = true
  }
}`, cloud, region)
	}
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{
			{
				Config:      cfg("public", "japanwest"),
				ExpectError: checkError("Azure Speech Key Belongs Elsewhere", `The key is accepted in China East 2 (chinaeast2, Azure China (21Vianet)): set cloud = "china" and region = "chinaeast2".`),
			},
			{
				Config: cfg("china", "chinaeast2"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.speechendpoints.app", result("key_valid"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue("data.speechendpoints.app", tfjsonpath.New("token_endpoint"), str("https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken")),
				},
			},
		},
	})
}

func TestKeyCheck_onFailureWarningRecordsLocated(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "usgovernment", Region: "usgovarizona"})
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: providerBlock() + fmt.Sprintf(`
data "speechendpoints" "app" {
  region = "usgovvirginia"
  key_check {
    key        = %q
    locate     = true
    on_failure = "warning"
  }
}`, key),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.app", result("key_valid"), knownvalue.Bool(false)),
				statecheck.ExpectKnownValue("data.speechendpoints.app", result("passed"), knownvalue.Bool(false)),
				statecheck.ExpectKnownValue("data.speechendpoints.app", result("token_status"), knownvalue.Int64Exact(401)),
				statecheck.ExpectKnownValue("data.speechendpoints.app", result("located"), knownvalue.ListExact([]knownvalue.Check{str("usgovernment/usgovarizona")})),
				statecheck.ExpectKnownValue("data.speechendpoints.app", result("diagnosis"), knownvalue.StringRegexp(regexp.MustCompile(`set region = "usgovarizona"`))),
			},
		}},
	})
}

func TestKeyCheck_onFailureValidated(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: `
data "speechendpoints" "app" {
  region    = "westus"
  key_check {
    on_failure = "ignore"
  }
}`,
			ExpectError: regexp.MustCompile(`(?s)on_failure.*value must be one of`),
		}},
	})
}

// Each diagnosis Azure's documented answers call for, through terraform plan,
// in a bounded time. A verdict fails the plan by default. An inconclusive
// check fails it only with on_inconclusive = "error"; by default the plan
// goes on with key_valid null and the diagnosis recorded (the CLI test
// TestKeyCheckClasses shows the warning Terraform prints).
func TestKeyCheck_diagnoses(t *testing.T) {
	t.Parallel()
	for _, tc := range faultScenarios {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			key := tc.prepare(testKey(t.Name()))
			var steps []resource.TestStep
			switch {
			case tc.want == nil:
				steps = append(steps, resource.TestStep{Config: tc.config(key, "")})
			case !tc.want.inconclusive:
				steps = append(steps, resource.TestStep{Config: tc.config(key, ""), ExpectError: tc.want.re("Error")})
			default:
				steps = append(steps,
					resource.TestStep{Config: tc.kcWith(`on_inconclusive = "error"`).config(key, ""), ExpectError: tc.want.re("Error")},
					resource.TestStep{Config: tc.config(key, ""), ConfigStateChecks: []statecheck.StateCheck{
						statecheck.ExpectKnownValue("data.speechendpoints.app", result("key_valid"), keyValidCheck(tc.want)),
						// Could not decide: passed is null, even when a token proved the key.
						statecheck.ExpectKnownValue("data.speechendpoints.app", result("passed"), knownvalue.Null()),
						statecheck.ExpectKnownValue("data.speechendpoints.app", result("diagnosis"), knownvalue.StringRegexp(regexp.MustCompile("^"+regexp.QuoteMeta(tc.want.summary)+": "))),
					}},
				)
			}
			start := time.Now()
			resource.UnitTest(t, resource.TestCase{ProtoV6ProviderFactories: freshProviders(), Steps: steps})
			if took, bound := time.Since(start), tc.bound()*time.Duration(len(steps)); took > bound {
				t.Errorf("the plan took %s, over its bound of %s (attempts x timeout + backoff + Terraform's own time)", took.Round(time.Millisecond), bound)
			}
			if tc.after != nil {
				if err := tc.after(key); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

// A key known only at apply defers the check (the data source is read
// during apply), and the check then runs.
func TestKeyCheck_keyUnknownAtPlan(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "swedencentral"})
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: providerBlock() + fmt.Sprintf(`
resource "terraform_data" "speech" {
  input = "created in this run"
}
data "speechendpoints" "app" {
  region = "swedencentral"
  key_check {
    # Unknown until apply, like azurerm_cognitive_account.primary_access_key
    # of an account created in the same run.
    key = "${substr(terraform_data.speech.id, 0, 0)}%s"
  }
}`, key),
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PreApply: []plancheck.PlanCheck{
					plancheck.ExpectUnknownValue("data.speechendpoints.app", tfjsonpath.New("key_check_result")),
					checkPlan(func() error {
						if n := fake.TokenCalls(key); n != 0 {
							return fmt.Errorf("the plan made %d token calls for a key unknown at plan", n)
						}
						return nil
					}),
				},
			},
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.app", result("key_valid"), knownvalue.Bool(true)),
			},
		}},
	})
}

// keyValidCheck is key_valid of an inconclusive outcome: true when a token
// judged the key, else null.
func keyValidCheck(o *outcome) knownvalue.Check {
	if o.keyValid {
		return knownvalue.Bool(true)
	}
	return knownvalue.Null()
}

type planFunc func() error

func (f planFunc) CheckPlan(_ context.Context, _ plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	resp.Error = f()
}

func checkPlan(f func() error) plancheck.PlanCheck { return planFunc(f) }

var _ = strings.TrimSpace

// A key created in the same run (known only after apply): the
// configurations that check it during apply, through the real CLI. The
// terraform_data resource stands in for azurerm_cognitive_account, whose
// primary_access_key is unknown until it is created.
func TestKeyCreatedInTheSameRun(t *testing.T) {
	t.Parallel()
	good := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: good, Cloud: "public", Region: "francecentral"})
	created := `
variable "key" {
  type      = string
  sensitive = true
}
resource "terraform_data" "account" {
  input = var.key
}
`
	for _, tc := range []struct {
		name, config string
		// planSays is what the plan says; applyFails whether a bad key fails
		// the apply, applySays what the apply says.
		planSays   string
		applyFails bool
		applySays  string
		// outputSays is what the apply prints of the config's outputs,
		// with either key.
		outputSays string
	}{
		{name: "key_check.key on the data source: deferred to apply, checked then", config: `
data "speechendpoints" "speech" {
  region = "francecentral"
  key_check {
    key = terraform_data.account.output
  }
}`, planSays: "data.speechendpoints.speech will be read during apply", applyFails: true, applySays: "Error: Azure Speech Key Rejected"},
		{name: "a check block's scoped data source: checked after apply, as a warning", config: `
check "speech_key" {
  data "speechendpoints" "speech" {
    region = "francecentral"
    key_check {
      key        = terraform_data.account.output
      on_failure = "none"
    }
  }
  assert {
    condition     = data.speechendpoints.speech.key_check_result.passed != false
    error_message = data.speechendpoints.speech.key_check_result.diagnosis
  }
}`, applySays: "Warning: Check block assertion failed"},
		{name: "the provider's key with depends_on: deferred to apply, checked then", config: `
provider "speechendpoints" {
  key = terraform_data.account.output
}
data "speechendpoints" "speech" {
  region     = "francecentral"
  depends_on = [terraform_data.account]
  key_check {}
}`, planSays: "data.speechendpoints.speech will be read during apply", applyFails: true, applySays: "Error: Azure Speech Key Rejected"},
		{name: "the provider's key alone: deferred, and the warning says how to check it", config: `
provider "speechendpoints" {
  key = terraform_data.account.output
}
data "speechendpoints" "speech" {
  region = "francecentral"
  key_check {}
}
# The check did not run: passed is null, so a passed != false recipe passes.
output "check_did_not_run" {
  value = data.speechendpoints.speech.key_check_result.passed == null
}`, planSays: "Warning: Key Known Only After Apply", applySays: "add depends_on to this data source, naming the resource the provider's key is read from " +
			"(depends_on = [azurerm_cognitive_account.speech] when", outputSays: "check_did_not_run = true"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			for _, key := range []string{good, testKey("bad " + t.Name())} {
				c := newCLI(t, buildProvider(t), versionsBlock+created+tc.config, "TF_VAR_key="+key)
				if code := c.run("plan", "-input=false", "-no-color", "-out=tfplan"); code != 0 {
					t.Fatalf("plan failed:\n%s", c.outputs.String())
				}
				plan := strings.Join(strings.Fields(c.outputs.String()), " ")
				if !strings.Contains(plan, tc.planSays) {
					t.Errorf("the plan lacks %q:\n%s", tc.planSays, c.outputs.String())
				}
				code := c.run("apply", "-input=false", "-no-color", "tfplan")
				all := strings.Join(strings.Fields(c.outputs.String()), " ")
				switch {
				case key == good && code != 0:
					t.Errorf("the apply with the good key failed:\n%s", c.outputs.String())
				case key != good && tc.applyFails && code == 0:
					t.Errorf("the apply with a bad key passed:\n%s", c.outputs.String())
				case key != good && !strings.Contains(all, tc.applySays):
					t.Errorf("the run lacks %q:\n%s", tc.applySays, c.outputs.String())
				case !strings.Contains(all, tc.outputSays):
					t.Errorf("the apply's outputs lack %q:\n%s", tc.outputSays, c.outputs.String())
				}
				if found := leaks(c.outputs.String(), key); len(found) > 0 {
					t.Errorf("the output shows the key")
				}
			}
		})
	}
}
