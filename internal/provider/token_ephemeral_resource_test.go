package provider

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// jwtHeader is how the fake's tokens begin: base64url of {"alg":"HS256","typ":"JWT"}.
const jwtHeader = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"

// noTrace fails when the state holds a key form or a token.
type noTrace struct{ key string }

func (n noTrace) CheckState(_ context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	b, err := json.Marshal(req.State)
	if err != nil {
		resp.Error = err
		return
	}
	s := string(b)
	if !strings.Contains(s, "speechendpoints") {
		resp.Error = fmt.Errorf("the state holds no speechendpoints data: the scan would prove nothing")
		return
	}
	if found := leaks(s, n.key); len(found) > 0 {
		resp.Error = fmt.Errorf("the state holds the key (%d forms)", len(found))
	}
	if strings.Contains(s, jwtHeader) {
		resp.Error = fmt.Errorf("the state holds a token")
	}
}

// Ephemeral values may be read only in conditions; these postconditions
// assert the token's attributes (Terraform fails the plan when one is false).
func tokenConfig(key, region, condition string) string {
	return providerBlock() + fmt.Sprintf(`
variable "speech_key" {
  type      = string
  ephemeral = true
  default   = %q
}
ephemeral "speechendpoints_token" "t" {
  region = %q
  key    = var.speech_key
}
data "speechendpoints" "probe" {
  region = %q
  lifecycle {
    postcondition {
      condition     = %s
      error_message = "token assertion failed"
    }
  }
}`, key, region, region, condition)
}

func TestTokenEphemeral(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "usgovernment", Region: "usgovvirginia"})
	ok := strings.Join([]string{
		`ephemeral.speechendpoints_token.t.token_endpoint == "https://usgovvirginia.api.cognitive.microsoft.us/sts/v1.0/issueToken"`,
		`length(split(".", ephemeral.speechendpoints_token.t.token)) == 3`,
		`startswith(ephemeral.speechendpoints_token.t.token, "` + jwtHeader + `")`,
		`contains(ephemeral.speechendpoints_token.t.valid_for_hosts, "usgovvirginia.tts.speech.azure.us")`,
		`contains(ephemeral.speechendpoints_token.t.valid_for_hosts, "usgovvirginia.api.cognitive.microsoft.us")`,
		`!contains(ephemeral.speechendpoints_token.t.valid_for_hosts, "usgovvirginia.tts.speech.microsoft.com")`,
		`timecmp(ephemeral.speechendpoints_token.t.expires_at, timeadd(plantimestamp(), "5m")) > 0`,
		`timecmp(ephemeral.speechendpoints_token.t.expires_at, timeadd(plantimestamp(), "11m")) < 0`,
	}, " && ")
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_10_0)},
		Steps: []resource.TestStep{
			{
				// The assertion mechanism can fail.
				Config:      tokenConfig(key, "usgovvirginia", `ephemeral.speechendpoints_token.t.token_endpoint == "https://elsewhere/"`),
				ExpectError: regexp.MustCompile(`token assertion failed`),
			},
			{
				Config:      tokenConfig("ffffffffffffffffffffffffffffffff", "usgovvirginia", `ephemeral.speechendpoints_token.t.token != ""`),
				ExpectError: regexp.MustCompile(`(?s)Azure Speech Key Rejected.*answered\s+401\s+Access\s+denied.*add\s+key_check\s+\{\s+locate\s+=\s+true\s+\}\s+to\s+a\s+speechendpoints\s+data\s+source`),
			},
			{
				Config:            tokenConfig(key, "usgovvirginia", ok),
				ConfigStateChecks: []statecheck.StateCheck{noTrace{key: key}},
			},
		},
	})
	if n := fake.TokenCalls(key); n < 2 {
		t.Errorf("token calls = %d: the ephemeral resource did not issue tokens", n)
	}
}

// A provider key known only at apply (from a resource created in the same
// run) is no error at plan: the token is issued when Terraform opens the
// ephemeral resource again during apply.
func TestTokenEphemeral_providerKeyUnknownAtPlan(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus"})
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_10_0)},
		Steps: []resource.TestStep{{
			Config: `
resource "terraform_data" "speech" {
  input = "created in this run"
}
` + providerBlock(fmt.Sprintf(`key = "${substr(terraform_data.speech.id, 0, 0)}%s"`, key)) + `
ephemeral "speechendpoints_token" "t" {
  region = "westus"
}
data "speechendpoints" "probe" {
  region     = "westus"
  depends_on = [terraform_data.speech]
  lifecycle {
    postcondition {
      condition     = startswith(ephemeral.speechendpoints_token.t.token, "` + jwtHeader + `")
      error_message = "no token at apply"
    }
  }
}`,
			Check: checkFake(func() error {
				if fake.TokenCalls(key) == 0 {
					return fmt.Errorf("no token was issued during apply")
				}
				return nil
			}),
		}},
	})
}
