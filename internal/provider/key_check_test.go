package provider

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"

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

func TestAccKeyCheck_acceptedAndSharedBy100DataSources(t *testing.T) {
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
  key_check = {}
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("key_valid"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue("data.speechendpoints.app[99]", result("key_valid"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("token_status"), knownvalue.Int64Exact(200)),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("voices_status"), knownvalue.Int64Exact(200)),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("voice_count"), knownvalue.Int64Exact(380)),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("resource_region"), str("japanwest")),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("pricing_tier"), str("S0")),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("located"), knownvalue.Null()),
				statecheck.ExpectKnownValue("data.speechendpoints.app[0]", result("diagnosis"), knownvalue.StringRegexp(regexp.MustCompile(`^Azure Speech Key Accepted: .*380 voices`))),
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
func TestAccKeyCheck_seedLocate(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "china", Region: "chinaeast2"})
	cfg := func(cloud, region string) string {
		return providerBlock(fmt.Sprintf("key = %q", key)) + fmt.Sprintf(`
data "speechendpoints" "app" {
  cloud  = %q
  region = %q
  key_check = {
    locate = true
  }
}`, cloud, region)
	}
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{
			{
				Config:      cfg("public", "japanwest"),
				ExpectError: errorOn("Azure Speech Key Belongs Elsewhere", "key_check", `The key is accepted in China East 2 (chinaeast2, Azure China (21Vianet)): set cloud = "china" and region = "chinaeast2".`),
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

func TestAccKeyCheck_onFailureWarningRecordsLocated(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "usgovernment", Region: "usgovarizona"})
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: providerBlock() + fmt.Sprintf(`
data "speechendpoints" "app" {
  region = "usgovvirginia"
  key_check = {
    key        = %q
    locate     = true
    on_failure = "warning"
  }
}`, key),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.app", result("key_valid"), knownvalue.Bool(false)),
				statecheck.ExpectKnownValue("data.speechendpoints.app", result("token_status"), knownvalue.Int64Exact(401)),
				statecheck.ExpectKnownValue("data.speechendpoints.app", result("located"), knownvalue.ListExact([]knownvalue.Check{str("usgovernment/usgovarizona")})),
				statecheck.ExpectKnownValue("data.speechendpoints.app", result("diagnosis"), knownvalue.StringRegexp(regexp.MustCompile(`set region = "usgovarizona"`))),
			},
		}},
	})
}

func TestAccKeyCheck_onFailureValidated(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: `
data "speechendpoints" "app" {
  region    = "westus"
  key_check = { on_failure = "ignore" }
}`,
			ExpectError: regexp.MustCompile(`(?s)on_failure.*value must be one of`),
		}},
	})
}

// Each diagnosis the fact sheet's answers call for, through terraform plan.
func TestAccKeyCheck_diagnoses(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		res      fakespeech.Resource
		ds       string // data source arguments besides key_check
		kc       string // key_check arguments besides key
		provider []string
		err      *regexp.Regexp
		calls    func(key string) error
	}{
		{
			name: "token 401 wrong region", res: fakespeech.Resource{Cloud: "public", Region: "westeurope"},
			ds:  `region = "northeurope"`,
			err: errorOn("Azure Speech Key Rejected", "key_check", `answered 401 Access denied: the gateway does not know this key at this host. The key was checked for region "northeurope" (North Europe) in Azure public cloud. The same answer covers every cause; most likely, in order: (1) the key belongs to a resource in another region or cloud`),
		},
		{
			name: "token 401 suggests locate", res: fakespeech.Resource{Cloud: "china", Region: "chinanorth3"},
			ds:  `region = "westus"`,
			err: errorOn("Azure Speech Key Rejected", "key_check", `set key_check.locate = true to have the plan find where the key is accepted`),
		},
		{
			name: "token 401 custom subdomain suggests private endpoint", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Subdomain: "contoso-pe", PrivateEndpoint: true},
			ds:  "region = \"eastus\"\n  custom_subdomain_name = \"contoso-pe\"",
			err: errorOn("Azure Speech Key Rejected", "key_check", `set private_endpoint = true to use https://contoso-pe.cognitiveservices.azure.com/`),
		},
		{
			name: "locate finds nothing", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Subdomain: "hidden-pe", PrivateEndpoint: true},
			ds: `region = "eastus"`, kc: `locate = true`,
			err: errorOn("Azure Speech Key Rejected", "key_check", `was also tried in the other 37 Speech regions of the public, US Government and China clouds and accepted by none`),
		},
		{
			name: "voices 401 after token 200", res: fakespeech.Resource{Cloud: "public", Region: "westus2", Kind: "CognitiveServices", VoicesStatus: 401},
			ds:  "region = \"westus2\"\n  resource_type = \"CognitiveServices\"",
			err: errorOn("Azure Speech Refused A Valid Key", "key_check", `accepted the key, so the key, region and cloud are right. The voices list at https://westus2.tts.speech.microsoft.com/cognitiveservices/voices/list then answered 401. This is about the resource, never the region`),
		},
		{
			name: "voices 403 after token 200", res: fakespeech.Resource{Cloud: "public", Region: "westus2", VoicesStatus: 403},
			ds:  `region = "westus2"`,
			err: errorOn("Azure Speech Refused A Valid Key", "key_check", `then answered 403`),
		},
		{
			name: "403 quota", res: fakespeech.Resource{Cloud: "public", Region: "uksouth", Tier: "F0", QuotaExhausted: true},
			ds:  `region = "uksouth"`,
			err: errorOn("Azure Speech Access Forbidden", "key_check", `answered 403: {"error":{"code":"403","message":"Out of call volume quota.`),
		},
		{
			name: "404 custom domain without private endpoint", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Subdomain: "old-docs", CustomDomainSpeech404: true},
			ds:  `endpoint = "https://old-docs.cognitiveservices.azure.com/"`,
			err: errorOn("Azure Speech Endpoint Not Found", "key_check", `custom-domain speech paths answer 404 unless the resource has a private endpoint`),
		},
		{
			name: "429 with Retry-After retried then accepted", res: fakespeech.Resource{Cloud: "public", Region: "eastus2", Fault: fakespeech.Fault429, FaultOn: "token", FaultTimes: 1},
			ds: `region = "eastus2"`,
			calls: func(key string) error {
				if n := fake.TokenCalls(key); n != 2 {
					return fmt.Errorf("token calls = %d, want 2 (one 429, one retry)", n)
				}
				return nil
			},
		},
		{
			name: "429 without Retry-After exhausted", res: fakespeech.Resource{Cloud: "public", Region: "eastus2", Fault: fakespeech.Fault429NoRetry, FaultOn: "token"},
			ds: `region = "eastus2"`, provider: []string{"max_retries = 2"},
			err: errorOn("Azure Speech Throttled", "key_check", `answered 429 Too Many Requests after 3 attempts`),
		},
		{
			name: "503 retried then service error", res: fakespeech.Resource{Cloud: "public", Region: "francecentral", Fault: fakespeech.Fault503, FaultOn: "token"},
			ds: `region = "francecentral"`, provider: []string{"max_retries = 1"},
			err: errorOn("Azure Speech Service Error", "key_check", `answered 503 after 2 attempts: a fault on the service's side, not the key's.`),
		},
		{
			name: "DNS failure for an unknown custom domain", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Subdomain: "real-name", PrivateEndpoint: true},
			ds:  "region = \"eastus\"\n  custom_subdomain_name = \"typo-name\"\n  private_endpoint = true",
			err: errorOn("Speech Host Not Found", "key_check", `The host typo-name.cognitiveservices.azure.com has no DNS answer: no resource in Azure public cloud has the custom subdomain "typo-name".`),
		},
		{
			name: "TLS inspection with an unknown CA", res: fakespeech.Resource{Cloud: "public", Region: "brazilsouth"},
			ds:  `region = "brazilsouth"`,
			err: errorOn("TLS Certificate Not Trusted", "key_check", `add its root CA certificate (PEM) to the provider's ca_cert_pem`),
		},
		{
			name: "timeout", res: fakespeech.Resource{Cloud: "public", Region: "koreacentral", Fault: fakespeech.FaultSlow, FaultOn: "token"},
			ds: `region = "koreacentral"`, provider: []string{`request_timeout = "300ms"`, "max_retries = 1"},
			err: errorOn("Azure Speech Did Not Answer", "key_check", `within request_timeout after 2 attempts. If this network reaches the internet through a proxy, set HTTPS_PROXY`),
		},
		{
			name: "redirect is not followed", res: fakespeech.Resource{Cloud: "public", Region: "uaenorth", Fault: fakespeech.FaultRedirect, FaultOn: "token"},
			ds:  `region = "uaenorth"`,
			err: errorOn("Unexpected Redirect From Azure Speech", "key_check", `The redirect was not followed and the key was not sent to "login.captive-portal.example.net".`),
		},
		{
			name: "500 on the token endpoint", res: fakespeech.Resource{Cloud: "public", Region: "centralindia", Fault: fakespeech.Fault500, FaultOn: "token"},
			ds: `region = "centralindia"`, provider: []string{"max_retries = 0"},
			err: errorOn("Azure Speech Service Error", "key_check", `answered 500: a fault on the service's side, not the key's.`),
		},
		{
			name: "502 on the voices list", res: fakespeech.Resource{Cloud: "public", Region: "centralindia", Fault: fakespeech.Fault502, FaultOn: "voices"},
			ds: `region = "centralindia"`, provider: []string{"max_retries = 1"},
			err: errorOn("Azure Speech Service Error", "key_check", `The voices list https://centralindia.tts.speech.microsoft.com/cognitiveservices/voices/list answered 502 after 2 attempts`),
		},
		{
			name: "connection reset", res: fakespeech.Resource{Cloud: "public", Region: "norwayeast", Fault: fakespeech.FaultReset, FaultOn: "token"},
			ds: `region = "norwayeast"`, provider: []string{"max_retries = 1"},
			err: errorOn("Connection To Azure Speech Failed", "key_check", `The connection to norwayeast.api.cognitive.microsoft.com failed after 2 attempts`),
		},
		{
			name: "truncated voices list", res: fakespeech.Resource{Cloud: "public", Region: "italynorth", Fault: fakespeech.FaultTruncated, FaultOn: "voices"},
			ds: `region = "italynorth"`, provider: []string{"max_retries = 1"},
			err: errorOn("Unexpected Answer From Azure Speech", "key_check", `stopped in the middle of its answer after 2 attempts`),
		},
		{
			name: "50 MB voices list", res: fakespeech.Resource{Cloud: "public", Region: "italynorth", Fault: fakespeech.FaultOversized, FaultOn: "voices"},
			ds:  `region = "italynorth"`,
			err: errorOn("Unexpected Answer From Azure Speech", "key_check", `answered with a body larger than the provider reads (8388608 bytes)`),
		},
		{
			name: "voices list not JSON", res: fakespeech.Resource{Cloud: "public", Region: "italynorth", Fault: fakespeech.FaultNotJSON, FaultOn: "voices"},
			ds:  `region = "italynorth"`,
			err: errorOn("Unexpected Answer From Azure Speech", "key_check", `answered 200 with a body that is not a JSON list of voices`),
		},
		{
			name: "GUID instead of key", res: fakespeech.Resource{Cloud: "public", Region: "westus"},
			ds:  `region = "westus"`,
			err: errorOn("Key Looks Like A GUID", "key_check", "that is an Azure subscription, tenant or client ID"),
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			key := testKey(t.Name())
			if tc.name == "GUID instead of key" {
				key = "0b1f6472-1ef6-4c1d-8f0a-" + key[:12]
			}
			tc.res.Key = key
			fake.Add(tc.res)
			if tc.name == "TLS inspection with an unknown CA" {
				fake.PresentUnknownCA("brazilsouth.api.cognitive.microsoft.com")
				fake.PresentUnknownCA("brazilsouth.tts.speech.microsoft.com")
			}
			step := resource.TestStep{
				Config: providerBlock(tc.provider...) + fmt.Sprintf(`
data "speechendpoints" "app" {
  %s
  key_check = {
    key = %q
    %s
  }
}`, tc.ds, key, tc.kc),
				ExpectError: tc.err,
			}
			if tc.calls != nil {
				step.Check = checkFake(func() error { return tc.calls(key) })
			}
			resource.UnitTest(t, resource.TestCase{ProtoV6ProviderFactories: freshProviders(), Steps: []resource.TestStep{step}})
			if tc.name == "redirect is not followed" && fake.SawKeyAt(key, fakespeech.RedirectTarget) {
				t.Error("the key reached the redirect target")
			}
			if tc.name == "GUID instead of key" && fake.TokenCalls(key)+fake.VoicesCalls(key) != 0 {
				t.Error("a GUID was sent to Azure")
			}
		})
	}
}

// A key known only at apply defers the check (the data source is read
// during apply), and the check then runs.
func TestAccKeyCheck_keyUnknownAtPlan(t *testing.T) {
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
  key_check = {
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

type planFunc func() error

func (f planFunc) CheckPlan(_ context.Context, _ plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	resp.Error = f()
}

func checkPlan(f func() error) plancheck.PlanCheck { return planFunc(f) }

var _ = strings.TrimSpace
