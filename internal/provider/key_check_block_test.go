package provider

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
)

// key_check is a block: Terraform checks its argument names like any
// other argument of the data source. A misspelt or unknown argument, or a
// value of the wrong type, is an error that names it and its line, at
// validate and at plan; the right spelling passes.
var keyCheckTypos = []struct {
	name, body string
	err        *regexp.Regexp
}{
	{"misspelt on_failure", `on_failur = "warning"`, words(`An argument named "on_failur" is not expected here. Did you mean "on_failure"?`)},
	{"misspelt locate", `locatee = true`, words(`An argument named "locatee" is not expected here. Did you mean "locate"?`)},
	{"unknown argument", `require_everything = true`, words(`An argument named "require_everything" is not expected here.`)},
	{"wrong type", `voices = "maybe"`, regexp.MustCompile(`(?s)Incorrect attribute value type.*line \d+.*voices\s+=\s+"maybe".*a bool is required`)},
}

func blockConfig(body string) string {
	return `
data "speechendpoints" "s" {
  region = "westus"
  key_check {
    ` + body + `
  }
}
`
}

func TestKeyCheckBlock_validateNamesTheArgument(t *testing.T) {
	t.Parallel()
	plugins := buildProvider(t)
	for _, tc := range keyCheckTypos {
		t.Run(tc.name, func(t *testing.T) {
			config := versionsBlock + blockConfig(tc.body)
			c := newCLI(t, plugins, config)
			if code := c.run("validate", "-no-color"); code == 0 {
				t.Fatalf("terraform validate passed:\n%s", c.outputs.String())
			}
			out := c.outputs.String()
			line := fmt.Sprintf("on main.tf line %d", strings.Count(config[:strings.Index(config, tc.body)], "\n")+1)
			if !tc.err.MatchString(out) || !strings.Contains(out, line) {
				t.Errorf("terraform validate did not name the argument and its line (%s):\n%s", tc.err, out)
			}
		})
	}
	// The right spelling of each passes.
	c := newCLI(t, plugins, versionsBlock+blockConfig("on_failure = \"warning\"\n    locate = true\n    voices = false"))
	if code := c.run("validate", "-no-color"); code != 0 {
		t.Fatalf("terraform validate failed on the right spelling:\n%s", c.outputs.String())
	}
}

func TestKeyCheckBlock_planNamesTheArgument(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus"})
	var steps []resource.TestStep
	for _, tc := range keyCheckTypos {
		steps = append(steps, resource.TestStep{Config: providerBlock(fmt.Sprintf("key = %q", key)) + blockConfig(tc.body), ExpectError: tc.err})
	}
	steps = append(steps, resource.TestStep{
		Config: providerBlock(fmt.Sprintf("key = %q", key)) + blockConfig("on_failure = \"warning\"\n    locate = true"),
		ConfigStateChecks: []statecheck.StateCheck{
			statecheck.ExpectKnownValue("data.speechendpoints.s", result("key_valid"), knownvalue.Bool(true)),
		},
	})
	resource.UnitTest(t, resource.TestCase{ProtoV6ProviderFactories: freshProviders(), Steps: steps})
}

// Absent means no check (no call, a null result); an empty block checks
// with the defaults (voices on).
func TestKeyCheckBlock_absentAndEmpty(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westcentralus"})
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{
			{
				Config: providerBlock(fmt.Sprintf("key = %q", key)) + `
data "speechendpoints" "s" {
  region = "westcentralus"
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.speechendpoints.s", tfjsonpath.New("key_check_result"), knownvalue.Null()),
				},
				Check: checkFake(func() error {
					if n := fake.TokenCalls(key) + fake.VoicesCalls(key); n != 0 {
						return fmt.Errorf("a data source without key_check made %d calls", n)
					}
					return nil
				}),
			},
			{
				Config: providerBlock(fmt.Sprintf("key = %q", key)) + `
data "speechendpoints" "s" {
  region = "westcentralus"
  key_check {}
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.speechendpoints.s", result("key_valid"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue("data.speechendpoints.s", result("voices_status"), knownvalue.Int64Exact(200)),
				},
			},
		},
	})
}

// key_check_result.diagnosis passes the keys' redaction however its words
// came to hold a key: the last guard before the state.
func TestKeyCheckResultRedactsTheDiagnosis(t *testing.T) {
	key, other := testKey(t.Name()), testKey("other "+t.Name())
	r := secret.NewRedactor(secret.SpeechKey, key, other)
	m := newKeyCheckResult(r, keycheck.Outcome{VoiceCount: -1}, "words "+key+" and "+strings.ToUpper(other[3:20])+" end")
	if d := m.Diagnosis.ValueString(); strings.Contains(d, key) || strings.Contains(strings.ToLower(d), strings.ToLower(other[3:20])) || !strings.Contains(d, "[redacted key]") {
		t.Errorf("diagnosis %q", d)
	}
}
