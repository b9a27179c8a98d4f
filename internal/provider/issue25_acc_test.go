package provider

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
)

// A rejected key's error names the way past it during a destroy, in one
// line, at the data source (item 3 of issue 25; the destroy itself is
// TestDestroyWithRevokedKey).
func TestKeyRejectedNamesTheWayPastDestroy(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: providerBlock(fmt.Sprintf("key = %q", testKey(t.Name()))) + `
data "speechendpoints" "speech" {
  region = "westeurope"
  key_check {}
}`,
			ExpectError: checkError("Azure Speech Key Rejected", "If you are tearing this configuration down, "+
				"terraform destroy -refresh=false (tofu destroy -refresh=false) skips the refresh before the destroy "+
				`that reads this data source; or set on_failure = "warning" for the destroy (through a variable).`),
		}},
	})
}

// A one-step fix through the CLI: the query string on a speech host is
// answered with the resource endpoint (item 4), and that endpoint plans
// (that it leaves no warning about the endpoint is TestEveryFixIsOneStep's:
// the test framework does not expose warnings).
func TestQueryFixIsOneStep(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: providerBlock() + `
data "speechendpoints" "speech" {
  endpoint = "https://westus.stt.speech.microsoft.com/?language=en-US"
}`,
			ExpectError: errorOn("Query In Endpoint", "endpoint",
				`set endpoint = "https://westus.api.cognitive.microsoft.com/"`),
		}, {
			Config: providerBlock() + `
data "speechendpoints" "speech" {
  endpoint = "https://westus.api.cognitive.microsoft.com/"
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.speech", tfjsonpath.New("region_name"), str("westus")),
			},
		}},
	})
}

// A key-shaped region is refused at the data source's header, never at
// the region line (item 5; the snippet scan is TestKeyShapedValueNotInSnippet).
func TestKeyShapedRegionAtTheBlock(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: providerBlock() + `
data "speechendpoints" "speech" {
  region = "0123456789abcdef0123456789abcdef"
}`,
			ExpectError: checkError("Speech Key Given As Region", "It is not shown, and nothing was sent."),
		}},
	})
}

// The same refusal in two data sources: with on_failure = "none" each
// records the full diagnosis in state; the short reference is only a
// diagnostic's words (item 6; TestRepeatedOutcomeShownOnce shows them).
func TestRepeatedOutcomeFullInState(t *testing.T) {
	t.Parallel()
	full := knownvalue.StringRegexp(regexp.MustCompile(
		`^Azure Speech Key Rejected: The token endpoint https://westeurope\.api\.cognitive\.microsoft\.com/`))
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: providerBlock(fmt.Sprintf("key = %q", testKey(t.Name()))) + `
data "speechendpoints" "one" {
  region = "westeurope"
  key_check { on_failure = "none" }
}
data "speechendpoints" "two" {
  region = "westeurope"
  key_check { on_failure = "none" }
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.one", result("diagnosis"), full),
				statecheck.ExpectKnownValue("data.speechendpoints.two", result("diagnosis"), full),
				statecheck.ExpectKnownValue("data.speechendpoints.two", result("key_valid"), knownvalue.Bool(false)),
			},
		}},
	})
}
