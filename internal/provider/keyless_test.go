package provider

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/config"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// The keyless world (internal/fakespeech/worlds/keyless.json): its
// tenants, principals and resources.
const (
	kwTenant    = "72f988bf-86f1-41af-91ab-2d7cd011db47"
	kwFabrikam  = "22222222-2222-4222-8222-222222222222"
	kwChinaT    = "33333333-3333-4333-8333-333333333333"
	kwKeylessID = "/subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/rg-speech/providers/" +
		"Microsoft.CognitiveServices/accounts/contoso-keyless"
	kwPlanOID   = "a0000000-0000-4000-8000-000000000001"
	kwWebApp    = "b0000000-0000-4000-8000-000000000001" // Speech User at rg-speech
	kwWorker    = "b0000000-0000-4000-8000-000000000002" // Contributor only
	kwGitHubOID = "a0000000-0000-4000-8000-000000000004" // Cognitive Services User through a group
)

var keylessOnce sync.Once

// keylessWorld adds the keyless world to the process's fake, once.
func keylessWorld(t *testing.T) {
	t.Helper()
	keylessOnce.Do(func() {
		w, err := fakespeech.LoadWorld("../fakespeech/worlds/keyless.json")
		if err != nil {
			t.Fatal(err)
		}
		fake.Apply(w)
	})
}

// spProvider configures the provider with a service principal of the
// world, as azurerm takes one, and no Azure CLI.
func spProvider(tenant, clientID, secret string) string {
	return providerBlock(fmt.Sprintf("tenant_id = %q\n  client_id = %q\n  client_secret = %q\n  use_cli = false",
		tenant, clientID, secret))
}

func planSP() string {
	return spProvider(kwTenant, "c0000000-0000-4000-8000-000000000001", "fake-secret-plan-sp")
}

// keylessData is the keyless resource's data source with a block.
func keylessData(block string) string {
	return fmt.Sprintf(`
data "speechendpoints" "app" {
  region                = "eastus"
  custom_subdomain_name = "contoso-keyless"
  local_auth_enabled    = false
  resource_id           = %q
  %s
}`, kwKeylessID, block)
}

func entraResult(attr string) tfjsonpath.Path {
	return tfjsonpath.New("entra_check_result").AtMapKey(attr)
}

func roleResult(attr string) tfjsonpath.Path {
	return tfjsonpath.New("role_check_result").AtMapKey(attr)
}

// An identity holding Speech User passes; the keyless outputs are the
// custom domain's, with the scope, the aad# prefix and no token endpoint.
func TestKeyless_identityWithSpeechUserPasses(t *testing.T) {
	keylessWorld(t)
	const ds = "data.speechendpoints.app"
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: planSP() + keylessData("entra_check {}"),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(ds, entraResult("identity_accepted"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue(ds, entraResult("credential"), str("client-secret")),
				statecheck.ExpectKnownValue(ds, entraResult("tenant_id"), str(kwTenant)),
				statecheck.ExpectKnownValue(ds, entraResult("object_id"), str(kwPlanOID)),
				statecheck.ExpectKnownValue(ds, entraResult("status"), knownvalue.Int64Exact(200)),
				statecheck.ExpectKnownValue(ds, tfjsonpath.New("keyless").AtMapKey("token_scope"),
					str("https://cognitiveservices.azure.com/.default")),
				statecheck.ExpectKnownValue(ds, tfjsonpath.New("keyless").AtMapKey("aad_token_prefix"),
					str("aad#"+kwKeylessID+"#")),
				statecheck.ExpectKnownValue(ds, tfjsonpath.New("tts_endpoint"),
					str("https://contoso-keyless.cognitiveservices.azure.com/tts/cognitiveservices/v1")),
				statecheck.ExpectKnownValue(ds, tfjsonpath.New("app_settings"), knownvalue.MapExact(map[string]knownvalue.Check{
					"SPEECH_ENDPOINT":        str("https://contoso-keyless.cognitiveservices.azure.com/"),
					"SPEECH_TOKEN_SCOPE":     str("https://cognitiveservices.azure.com/.default"),
					"SPEECH_RESOURCE_ID":     str(kwKeylessID),
					"SPEECH_REGION":          str("eastus"),
					"SPEECH_TTS_ENDPOINT":    str("https://contoso-keyless.cognitiveservices.azure.com/tts/cognitiveservices/v1"),
					"SPEECH_VOICES_ENDPOINT": str("https://contoso-keyless.cognitiveservices.azure.com/tts/cognitiveservices/voices/list"),
					"SPEECH_STT_ENDPOINT": str("https://contoso-keyless.cognitiveservices.azure.com/stt/speech/recognition/" +
						"conversation/cognitiveservices/v1"),
				})),
			},
		}},
	})
}

// An identity with Contributor and Cognitive Services Contributor only
// fails the plan, naming the roles that grant Speech data access.
func TestKeyless_noDataRoleFails(t *testing.T) {
	keylessWorld(t)
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: spProvider(kwTenant, "c0000000-0000-4000-8000-000000000002", "fake-secret-contributor-sp") +
				keylessData("entra_check {}"),
			ExpectError: regexp.MustCompile(words("Error: Identity Has No Speech Data Role").String() + `(?s).*` +
				words("Cognitive Services Speech User (f2dc8367-1007-4938-bd23-fe263f013447)").String() + `.*` +
				words(`role_definition_name = "Cognitive Services Speech User"`).String()),
		}},
	})
}

// A token of another tenant fails and names the tenant.
func TestKeyless_otherTenantFails(t *testing.T) {
	keylessWorld(t)
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: spProvider(kwFabrikam, "c2000000-0000-4000-8000-000000000001", "fake-secret-fabrikam-sp") +
				keylessData("entra_check {}"),
			ExpectError: regexp.MustCompile(words("Error: Token Of Another Tenant").String() + `(?s).*` +
				words("The token is of tenant "+kwFabrikam).String()),
		}},
	})
}

// No credential on the runner: a warning (here made an error to read it)
// that names every kind tried and why; by default the plan goes on.
func TestKeyless_noCredentialWarns(t *testing.T) {
	keylessWorld(t)
	before := fake.EntraTokenCalls()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: providerBlock("use_cli = false") + keylessData(`entra_check { on_inconclusive = "error" }`),
			ExpectError: regexp.MustCompile(words("Error: No Azure Credential To Check The Identity").String() + `(?s).*` +
				words("client secret (client_secret, ARM_CLIENT_SECRET): not configured").String() + `.*` +
				words("managed identity (use_msi, ARM_USE_MSI").String() + `.*` + words("turned off (use_msi is false)").String() +
				`.*` + words("Azure CLI (use_cli, ARM_USE_CLI: the account az login signed in): turned off").String()),
		}, {
			Config: providerBlock("use_cli = false") + keylessData("entra_check {}"),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.app", entraResult("identity_accepted"), knownvalue.Null()),
				statecheck.ExpectKnownValue("data.speechendpoints.app", entraResult("diagnosis"),
					knownvalue.StringRegexp(regexp.MustCompile(`^No Azure Credential To Check The Identity: `))),
			},
		}},
	})
	if n := fake.EntraTokenCalls() - before; n != 0 {
		t.Errorf("%d token requests without a credential", n)
	}
}

// Keyless without a custom subdomain is an error at plan, before any call,
// on local_auth_enabled, naming custom_subdomain_name.
func TestKeyless_withoutSubdomainErrorsBeforeAnyCall(t *testing.T) {
	keylessWorld(t)
	before, requests := fake.EntraTokenCalls(), len(fake.Requests())
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: planSP() + `
data "speechendpoints" "app" {
  region             = "westus3"
  local_auth_enabled = false
  entra_check {}
}`,
			ExpectError: errorOn("Keyless Access Needs A Custom Subdomain", "local_auth_enabled",
				"Set custom_subdomain_name to azurerm_cognitive_account.<name>.custom_subdomain_name"),
		}},
	})
	if n := fake.EntraTokenCalls() - before; n != 0 || len(fake.Requests()) != requests {
		t.Errorf("%d token requests, %d requests in all before the error", n, len(fake.Requests())-requests)
	}
}

// A key on a keyless resource is told to check the identity instead: by
// Azure's 403 when the configuration does not say keyless, before any call
// when it does.
func TestKeyless_keyOnKeylessResource(t *testing.T) {
	keylessWorld(t)
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: providerBlock(`key = "3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a"`) + `
data "speechendpoints" "app" {
  region                = "eastus"
  custom_subdomain_name = "contoso-keyless"
  private_endpoint      = true
  key_check {}
}`,
			ExpectError: regexp.MustCompile(`(?s)AuthenticationTypeDisabled.*` +
				words("Check the identity instead").String() + `.*` + words("entra_check { }").String()),
		}, {
			Config: providerBlock(`key = "3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a"`) + keylessData("key_check {}"),
			ExpectError: checkError("Keys Are Disabled On This Resource", "local_auth_enabled = false: the resource "+
				"refuses keys (Azure answers 403 AuthenticationTypeDisabled), so the key check cannot work and no key was "+
				"sent. Check the identities instead"),
		}, {
			// The voices data source, too: no key is sent.
			Config: providerBlock(`key = "3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a"`) + `
data "speechendpoints_voices" "v" {
  region                = "eastus"
  custom_subdomain_name = "contoso-keyless"
  local_auth_enabled    = false
}`,
			ExpectError: regexp.MustCompile(words("Error: Keys Are Disabled On This Resource").String()),
		}},
	})
}

// 100 data sources with one identity make one token request and one
// Speech call.
func TestKeyless_100DataSourcesOneToken(t *testing.T) {
	keylessWorld(t)
	tokens := fake.EntraTokenCalls()
	const voicesPath = "/tts/cognitiveservices/voices/list"
	calls := fake.Count("", voicesPath)
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: planSP() + `
data "speechendpoints" "app" {
  count                 = 100
  region                = "eastus"
  custom_subdomain_name = "contoso-keyless"
  local_auth_enabled    = false
  entra_check {}
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.app[99]", entraResult("identity_accepted"),
					knownvalue.Bool(true)),
			},
			Check: checkFake(func() error {
				if n := fake.EntraTokenCalls() - tokens; n != 1 {
					return fmt.Errorf("100 data sources made %d token requests, want 1", n)
				}
				if n := fake.Count("", voicesPath) - calls; n != 1 {
					return fmt.Errorf("100 data sources made %d Speech calls, want 1", n)
				}
				return nil
			}),
		}},
	})
}

// Azure China: the China authority and scope, with China's service
// principal and resource.
func TestKeyless_sovereignCloud(t *testing.T) {
	keylessWorld(t)
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: spProvider(kwChinaT, "c3000000-0000-4000-8000-000000000001", "fake-secret-china-sp") + `
data "speechendpoints" "app" {
  region                = "chinaeast2"
  custom_subdomain_name = "contoso-cn"
  local_auth_enabled    = false
  entra_check {}
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.app", entraResult("identity_accepted"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue("data.speechendpoints.app", entraResult("tenant_id"), str(kwChinaT)),
				statecheck.ExpectKnownValue("data.speechendpoints.app", tfjsonpath.New("keyless").AtMapKey("token_scope"),
					str("https://cognitiveservices.azure.cn/.default")),
				statecheck.ExpectKnownValue("data.speechendpoints.app", tfjsonpath.New("keyless").AtMapKey("authority_host"),
					str("https://login.chinacloudapi.cn/")),
			},
			Check: checkFake(func() error {
				for _, r := range fake.Requests() {
					if r.Host == "login.chinacloudapi.cn" {
						return nil
					}
				}
				return fmt.Errorf("no request reached login.chinacloudapi.cn")
			}),
		}},
	})
}

// The app's identity: Speech User at the resource group passes; through a
// group with Cognitive Services User passes; Contributor only fails naming
// Speech User and the scope; ten data sources asking about one principal
// make one listing.
func TestRoleCheck_appIdentities(t *testing.T) {
	keylessWorld(t)
	const ds = "data.speechendpoints.app"
	listings := fake.ARMCalls("/roleAssignments")
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: planSP() + fmt.Sprintf(`
data "speechendpoints" "app" {
  count                 = 10
  region                = "eastus"
  custom_subdomain_name = "contoso-keyless"
  local_auth_enabled    = false
  resource_id           = %q
  role_check { principal_id = %q }
}
data "speechendpoints" "ci" {
  region                = "eastus"
  custom_subdomain_name = "contoso-keyless"
  resource_id           = %q
  role_check { principal_id = %q }
}`, kwKeylessID, kwWebApp, kwKeylessID, kwGitHubOID),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(ds+"[0]", roleResult("granted"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue(ds+"[9]", roleResult("roles"), knownvalue.ListExact([]knownvalue.Check{
					str("Cognitive Services Speech User at /subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/rg-speech"),
				})),
				statecheck.ExpectKnownValue("data.speechendpoints.ci", roleResult("granted"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue("data.speechendpoints.ci", roleResult("diagnosis"),
					knownvalue.StringRegexp(regexp.MustCompile(`Cognitive Services User at subscription .*through the group`))),
			},
			Check: checkFake(func() error {
				if n := fake.ARMCalls("/roleAssignments") - listings; n != 2 {
					return fmt.Errorf("11 data sources about 2 principals made %d listings, want 2", n)
				}
				return nil
			}),
		}, {
			Config: planSP() + keylessData(fmt.Sprintf("role_check { principal_id = %q }", kwWorker)),
			ExpectError: regexp.MustCompile(words("Error: App Identity Has No Speech Data Role").String() + `(?s).*` +
				words("Principal "+kwWorker+" holds no role").String() + `.*` + words("It holds Contributor at").String() +
				`.*` + words(`scope = "`+kwKeylessID+`"`).String() + `.*` +
				words(`role_definition_name = "Cognitive Services Speech User"`).String()),
		}},
	})
}

// A plan identity that cannot read role assignments warns (an error here,
// to read it) and names the permission.
func TestRoleCheck_readerWithoutRights(t *testing.T) {
	keylessWorld(t)
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: spProvider(kwTenant, "c0000000-0000-4000-8000-000000000003", "fake-secret-no-rights-sp") +
				keylessData(fmt.Sprintf(`role_check {
    principal_id    = %q
    on_inconclusive = "error"
  }`, kwWebApp)),
			ExpectError: regexp.MustCompile(words("Error: Plan Identity Cannot Read Role Assignments").String() +
				`(?s).*` + words("lacks Microsoft.Authorization/roleAssignments/read on").String()),
		}, {
			Config: spProvider(kwTenant, "c0000000-0000-4000-8000-000000000003", "fake-secret-no-rights-sp") +
				keylessData(fmt.Sprintf("role_check { principal_id = %q }", kwWebApp)),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.app", roleResult("granted"), knownvalue.Null()),
			},
		}},
	})
}

// The documented recipe for an identity created in the same run: its
// principal_id is unknown at plan, so the data source is read during
// apply, after the role assignment (depends_on), and checked then.
func TestRoleCheck_sameRunPrincipalCheckedDuringApply(t *testing.T) {
	keylessWorld(t)
	listings := fake.ARMCalls("/roleAssignments")
	cfg := func(principal string) string {
		return planSP() + fmt.Sprintf(`
# Stands for azurerm_linux_web_app.app: its identity's principal_id is
# known only after apply.
resource "terraform_data" "app_identity" {
  input = %q
}
# Stands for azurerm_role_assignment.app_speech.
resource "terraform_data" "app_speech_role" {
  input = terraform_data.app_identity.output
}
data "speechendpoints" "app" {
  region                = "eastus"
  custom_subdomain_name = "contoso-keyless"
  local_auth_enabled    = false
  resource_id           = %q
  role_check { principal_id = terraform_data.app_identity.output }
  depends_on = [terraform_data.app_speech_role]
}`, principal, kwKeylessID)
	}
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: cfg(kwWebApp),
			ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
				plancheck.ExpectUnknownValue("data.speechendpoints.app", tfjsonpath.New("role_check_result")),
				planFake(func() error {
					if n := fake.ARMCalls("/roleAssignments") - listings; n != 0 {
						return fmt.Errorf("%d listings during plan, want none", n)
					}
					return nil
				}),
			}},
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.app", roleResult("granted"), knownvalue.Bool(true)),
			},
		}},
	})
	// The same recipe with an identity holding Contributor only fails the
	// apply.
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config:      cfg(kwWorker),
			ExpectError: regexp.MustCompile(words("Error: App Identity Has No Speech Data Role").String()),
		}},
	})
}

// planFake runs a plan check against the fake service's counts.
type planFake func() error

func (f planFake) CheckPlan(_ context.Context, _ plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	resp.Error = f()
}

// The leak scan of keyless checks: the real CLI with TF_LOG=trace, a
// client secret given as a sensitive variable, an entra_check that passes,
// one that fails (a secret Entra refuses) and a
// role_check. No form of either secret, and nothing shaped like a token
// (a JWT starts with "eyJ"), in the log, the output, the plan JSON or the
// state.
func TestLeakScanKeyless(t *testing.T) {
	keylessWorld(t)
	plugins := buildProvider(t)
	const secret, other = "fake-secret-plan-sp", "fake-secret-contributor-sp"
	config := fmt.Sprintf(`
terraform {
  required_providers {
    speechendpoints = { source = "speechendpoints/speechendpoints" }
  }
}
variable "client_secret" {
  type      = string
  sensitive = true
  ephemeral = true
}
variable "ca" { type = string }
provider "speechendpoints" {
  tenant_id     = %q
  client_id     = "c0000000-0000-4000-8000-000000000001"
  client_secret = var.client_secret
  use_cli       = false
  ca_cert_pem   = var.ca
}
data "speechendpoints" "app" {
  region                = "eastus"
  custom_subdomain_name = "contoso-keyless"
  local_auth_enabled    = false
  resource_id           = %q
  entra_check {}
  role_check { principal_id = %q }
}
output "entra" { value = data.speechendpoints.app.entra_check_result }
output "role" { value = data.speechendpoints.app.role_check_result }
`, kwTenant, kwKeylessID, kwWebApp)
	c := newCLI(t, plugins, config, "TF_VAR_client_secret="+secret, "TF_VAR_ca="+string(fake.CAPEM()))
	if code := c.run("plan", "-input=false", "-no-color", "-out=tfplan"); code != 0 {
		t.Fatalf("the plan failed:\n%s", c.outputs.String())
	}
	if code := c.run("show", "-json", "tfplan"); code != 0 {
		t.Fatalf("terraform show failed:\n%s", c.outputs.String())
	}
	if code := c.run("apply", "-input=false", "-no-color", "tfplan"); code != 0 {
		t.Fatalf("apply failed:\n%s", c.outputs.String())
	}
	// A secret that is not the application's: Entra refuses it, the plan
	// fails, and the refused secret is not shown either.
	c.env = append(c.env, "TF_VAR_client_secret="+other)
	if code := c.run("plan", "-input=false", "-no-color"); code == 0 {
		t.Fatal("the plan with a wrong secret passed")
	}
	if !words("Microsoft Entra Refused The Credential").MatchString(c.outputs.String()) {
		t.Fatalf("the failing plan did not say why:\n%s", c.outputs.String())
	}
	state, err := os.ReadFile(filepath.Join(c.dir, "terraform.tfstate"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(state), `"identity_accepted": true`) || !strings.Contains(string(state), `"granted": true`) {
		t.Fatalf("the state lacks the passing checks:\n%s", state)
	}
	logText, err := os.ReadFile(c.logPath)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(logText), "key check call") {
		t.Fatal("the trace log does not show the provider's call logs: the scan would prove nothing")
	}
	for name, text := range map[string]string{
		"TF_LOG=trace log":         string(logText),
		"CLI output and plan JSON": c.outputs.String(),
		"state":                    string(state),
	} {
		for _, s := range []string{secret, other} {
			if found := leaks(text, s); len(found) > 0 {
				t.Errorf("a client secret appears in the %s (%d forms)", name, len(found))
			}
		}
		if i := strings.Index(text, "eyJ"); i >= 0 {
			t.Errorf("something shaped like a token appears in the %s: %q", name, text[i:min(len(text), i+40)])
		}
	}
}

// The keyless example, with the plan signed in as plan-sp through ARM_*
// variables: the first apply creates the role assignment and checks both
// identities during apply (depends_on); a second plan checks them during
// plan; an app identity with Contributor only fails.
func TestExamples_keyless(t *testing.T) {
	keylessWorld(t)
	t.Setenv("ARM_TENANT_ID", kwTenant)
	t.Setenv("ARM_CLIENT_ID", "c0000000-0000-4000-8000-000000000001")
	t.Setenv("ARM_CLIENT_SECRET", "fake-secret-plan-sp")
	t.Setenv("ARM_USE_CLI", "false")
	cfg := exampleConfig(t, "../../examples/keyless")
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: cfg,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownOutputValueAtPath("checks", tfjsonpath.New("plan_identity").AtMapKey("identity_accepted"),
					knownvalue.Bool(true)),
				statecheck.ExpectKnownOutputValueAtPath("checks", tfjsonpath.New("app_identity").AtMapKey("granted"),
					knownvalue.Bool(true)),
				statecheck.ExpectKnownOutputValueAtPath("keyless", tfjsonpath.New("aad_token_prefix"),
					str("aad#"+kwKeylessID+"#")),
			},
		}, {
			Config:   cfg,
			PlanOnly: true,
		}, {
			Config:          cfg,
			ConfigVariables: config.Variables{"app_principal_id": config.StringVariable(kwWorker)},
			ExpectError:     regexp.MustCompile(words("Error: App Identity Has No Speech Data Role").String()),
		}},
	})
}

// The managed identity of the machine the plan runs on (App Service's
// endpoint variables, pointing at the fake: nothing probes the instance
// metadata service), as use_msi selects it.
func TestKeyless_managedIdentity(t *testing.T) {
	keylessWorld(t)
	mi, err := fake.ManagedIdentityEnv()
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range mi {
		t.Setenv(k, v)
	}
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{{
			Config: providerBlock("use_msi = true\n  use_cli = false") + keylessData("entra_check {}"),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.speechendpoints.app", entraResult("identity_accepted"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue("data.speechendpoints.app", entraResult("credential"), str("managed-identity")),
				statecheck.ExpectKnownValue("data.speechendpoints.app", entraResult("object_id"), str(kwWebApp)),
			},
		}},
	})
}
