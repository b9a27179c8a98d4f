package provider

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// Azure's quota 403 on the voices list after a token was issued (the
// quota ran out between the calls): the key is right, so the plan says
// "Azure Speech Access Forbidden" with key_valid = true, as the docs'
// table promises, not "Refused A Valid Key" with key_valid = false (issue
// 26: the after-token case of the answer's meaning came first, and the
// diagnosis dropped the validity it gave).
func TestKeyCheck_quotaAfterToken(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "ukwest", Tier: "F0", QuotaExhaustedOn: "voices"})
	cfg := func(kc string) string {
		return providerBlock() + fmt.Sprintf(`
data "speechendpoints" "app" {
  region = "ukwest"
  key_check {
    key = %q
    %s
  }
}`, key, kc)
	}
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{
			{Config: cfg(""), ExpectError: regexp.MustCompile(`Error: Azure Speech Access Forbidden`)},
			{
				Config: cfg(`on_failure = "warning"`),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.speechendpoints.app", result("key_valid"), knownvalue.Bool(true)),
					// The key works, but the check failed: passed is false.
					statecheck.ExpectKnownValue("data.speechendpoints.app", result("passed"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue("data.speechendpoints.app", result("token_status"), knownvalue.Int64Exact(200)),
					statecheck.ExpectKnownValue("data.speechendpoints.app", result("voices_status"), knownvalue.Int64Exact(403)),
					statecheck.ExpectKnownValue("data.speechendpoints.app", result("diagnosis"),
						knownvalue.StringRegexp(regexp.MustCompile(`^Azure Speech Access Forbidden: `))),
				},
			},
		},
	})
}
