package provider

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// faultScenario is one answer of the (fake) service and the diagnosis the
// plan must show. The acceptance tests and the leak scan both run them.
type faultScenario struct {
	name     string
	res      fakespeech.Resource
	ds       string   // data source arguments besides key_check
	kc       string   // key_check arguments besides key
	provider []string // provider arguments besides ca_cert_pem
	// want is the diagnosis the check must give; nil for a passing check.
	want *outcome
	// key, when set, derives the configured key from a well-formed one.
	key func(base string) string
	// setup, when set, prepares the fake service beyond the resource.
	setup func()
	// after, when set, checks what reached the fake service once the plan
	// has ended, with the key the configuration used.
	after func(key string) error
}

// outcome is a diagnosis a scenario expects: its class, summary and the
// words of its detail.
type outcome struct {
	inconclusive bool
	keyValid     bool // an inconclusive outcome whose token judged the key
	summary      string
	detail       string
}

func verdict(summary, detail string) *outcome { return &outcome{summary: summary, detail: detail} }

func inconclusive(summary, detail string) *outcome {
	return &outcome{inconclusive: true, summary: summary, detail: detail}
}

// inconclusiveValid is an inconclusive outcome after a token was issued:
// the token judged the key (key_valid true), the rest was not judged.
func inconclusiveValid(summary, detail string) *outcome {
	return &outcome{inconclusive: true, keyValid: true, summary: summary, detail: detail}
}

// re matches the diagnosis at a severity ("Error" or "Warning"), shown on
// the data source or on the argument that set its severity, never on the
// key_check line.
func (o *outcome) re(severity string) *regexp.Regexp {
	return regexp.MustCompile(words(severity+": "+o.summary).String() + `.*(` + onDataSource + `|on_failure\s+=|on_inconclusive\s+=).*` + words(o.detail).String()[4:])
}

// reAnywhere matches the diagnosis at a severity, wherever it is shown (an
// ephemeral resource's has no key_check block).
func (o *outcome) reAnywhere(severity string) *regexp.Regexp {
	return regexp.MustCompile(words(severity+": "+o.summary).String() + `.*` + words(o.detail).String()[4:])
}

// kcWith adds an argument to the scenario's key_check block.
func (tc faultScenario) kcWith(arg string) faultScenario {
	tc.kc = strings.TrimSpace(tc.kc + "\n    " + arg)
	return tc
}

// prepare registers the scenario's resource under a key derived from
// base and returns the key the configuration uses.
func (tc faultScenario) prepare(base string) string {
	key := base
	if tc.key != nil {
		key = tc.key(base)
	}
	r := tc.res
	r.Key = key
	fake.Add(r)
	if tc.setup != nil {
		tc.setup()
	}
	return key
}

// config is the scenario's configuration. With providerKey set, the key
// goes to the provider (ephemeral variable), else to key_check.key.
func (tc faultScenario) config(key, providerKey string) string {
	if providerKey != "" {
		return providerBlock(append([]string{"key = var.speech_key"}, tc.provider...)...) + fmt.Sprintf(`
variable "speech_key" {
  type      = string
  sensitive = true
  ephemeral = true
}
data "speechendpoints" "app" {
  %s
  key_check {
    %s
  }
}`, tc.ds, tc.kc)
	}
	return providerBlock(tc.provider...) + fmt.Sprintf(`
data "speechendpoints" "app" {
  %s
  key_check {
    key = %q
    %s
  }
}`, tc.ds, key, tc.kc)
}

// bound is the longest the scenario's plan may take: every attempt timing
// out, every backoff and Retry-After waited, plus Terraform's own time.
func (tc faultScenario) bound() time.Duration {
	timeout, retries := keycheck.DefaultTimeout, keycheck.DefaultMaxRetries
	for _, p := range tc.provider {
		k, v, _ := strings.Cut(p, "=")
		v = strings.Trim(strings.TrimSpace(v), `"`)
		switch strings.TrimSpace(k) {
		case "request_timeout":
			timeout, _ = time.ParseDuration(v)
		case "max_retries":
			retries, _ = strconv.Atoi(v)
		}
	}
	attempts := int64(retries + 1)
	backoff := 250 * time.Millisecond * time.Duration((1<<retries)-1)
	retryAfter := time.Second * time.Duration(retries)
	// A voices call runs beside the token call; locate adds one more round.
	return timeout*time.Duration(2*attempts) + backoff + retryAfter + 20*time.Second
}

var faultScenarios = []faultScenario{
	{
		name: "token 401 wrong region", res: fakespeech.Resource{Cloud: "public", Region: "westeurope"},
		ds:   `region = "northeurope"`,
		want: verdict("Azure Speech Key Rejected", `answered 401 Access denied: the gateway does not know this key at this host. The key was checked for region "northeurope" (North Europe) in Azure public cloud. The same answer covers every cause; most likely, in order: (1) the key belongs to a resource in another region or cloud`),
	},
	{
		name: "token 401 suggests locate", res: fakespeech.Resource{Cloud: "china", Region: "chinanorth3"},
		ds:   `region = "westus"`,
		want: verdict("Azure Speech Key Rejected", `set key_check.locate = true to have the plan find where the key is accepted`),
	},
	{
		name: "token 401 custom subdomain suggests private endpoint", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Subdomain: "contoso-pe", PrivateEndpoint: true},
		ds:   "region = \"eastus\"\n  custom_subdomain_name = \"contoso-pe\"",
		want: verdict("Azure Speech Key Rejected", `set private_endpoint = true to use https://contoso-pe.cognitiveservices.azure.com/`),
	},
	{
		name: "locate finds nothing", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Subdomain: "hidden-pe", PrivateEndpoint: true},
		ds: `region = "eastus"`, kc: `locate = true`,
		want: verdict("Azure Speech Key Rejected", fmt.Sprintf("was also tried in the other %d Speech regions of the public, US Government and China clouds, and Azure refused it in every one", len(speech.Regions(nil))-1)),
	},
	{
		name: "voices 401 after token 200", res: fakespeech.Resource{Cloud: "public", Region: "westus2", Kind: "CognitiveServices", VoicesStatus: 401},
		ds:   "region = \"westus2\"\n  resource_type = \"CognitiveServices\"",
		want: verdict("Azure Speech Refused A Valid Key", `accepted the key, so the key, region and cloud are right. The voices list at https://westus2.tts.speech.microsoft.com/cognitiveservices/voices/list then answered 401. This is about the resource, never the region`),
	},
	{
		name: "voices 403 after token 200", res: fakespeech.Resource{Cloud: "public", Region: "westus2", VoicesStatus: 403},
		ds:   `region = "westus2"`,
		want: verdict("Azure Speech Refused A Valid Key", `then answered 403`),
	},
	{
		name: "403 quota", res: fakespeech.Resource{Cloud: "public", Region: "uksouth", Tier: "F0", QuotaExhausted: true},
		ds:   `region = "uksouth"`,
		want: verdict("Azure Speech Access Forbidden", `answered 403 (Azure: "Out of call volume quota"). The key is right, but the free (F0) tier's quota is used up for this period`),
	},
	{
		name: "404 custom domain without private endpoint", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Subdomain: "old-docs", CustomDomainSpeech404: true},
		ds:   `endpoint = "https://old-docs.cognitiveservices.azure.com/"`,
		want: verdict("Azure Speech Endpoint Not Found", `custom-domain speech paths answer 404 unless the resource has a private endpoint`),
	},
	{
		name: "429 with Retry-After retried then accepted", res: fakespeech.Resource{Cloud: "public", Region: "eastus2", Fault: fakespeech.Fault429, FaultOn: "token", FaultTimes: 1},
		ds: `region = "eastus2"`,
		after: func(key string) error {
			if n := fake.TokenCalls(key); n != 2 {
				return fmt.Errorf("token calls = %d, want 2 (one 429, one retry)", n)
			}
			return nil
		},
	},
	{
		name: "429 without Retry-After exhausted", res: fakespeech.Resource{Cloud: "public", Region: "eastus2", Fault: fakespeech.Fault429NoRetry, FaultOn: "token"},
		ds: `region = "eastus2"`, provider: []string{"max_retries = 2"},
		want: inconclusiveValid("Azure Speech Throttled", `answered 429 Too Many Requests after 3 attempts`),
	},
	{
		name: "503 retried then service error", res: fakespeech.Resource{Cloud: "public", Region: "francecentral", Fault: fakespeech.Fault503, FaultOn: "token"},
		ds: `region = "francecentral"`, provider: []string{"max_retries = 1"},
		want: inconclusiveValid("Azure Speech Service Error", `answered 503 after 2 attempts: a fault on the service's side, not the key's. The key itself is valid: Azure accepted it on the other call; plan again later.`),
	},
	{
		name: "DNS failure for an unknown custom domain", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Subdomain: "real-name", PrivateEndpoint: true},
		ds:   `endpoint = "https://typo-name.cognitiveservices.azure.com/"`,
		want: verdict("Custom Domain Not Found", `The host typo-name.cognitiveservices.azure.com has no DNS answer, while southafricanorth.api.cognitive.microsoft.com answers: it is the API host of the first Speech region of this provider's table in Azure public cloud, which exists, asked without the key as a control. This network resolves Azure's names, so the first host does not exist. No resource in Azure public cloud has the custom subdomain "typo-name".`),
	},
	{
		name: "region outside the table that Speech has opened", res: fakespeech.Resource{Cloud: "public", Region: "austriaeast"},
		ds:    `region = "austriaeast"`,
		setup: func() { fake.AddRegion("public", "austriaeast") },
	},
	{
		name: "region outside the table without Speech", res: fakespeech.Resource{Cloud: "public", Region: "westus"},
		ds:   `region = "brazilnortheast"`,
		want: verdict("No Speech Endpoint In Region", `The host brazilnortheast.api.cognitive.microsoft.com has no DNS answer, while southafricanorth.api.cognitive.microsoft.com answers: it is the API host of the first Speech region of this provider's table in Azure public cloud, which exists, asked without the key as a control. This network resolves Azure's names, so the first host does not exist. Speech has no endpoint in region "brazilnortheast"`),
	},
	{
		// A region outside the table: locate, which calls every region of
		// the table, never meets this inspection.
		name: "TLS inspection with an unknown CA", res: fakespeech.Resource{Cloud: "public", Region: "mexicocentral"},
		ds: `region = "mexicocentral"`,
		setup: func() {
			fake.AddRegion("public", "mexicocentral")
			fake.PresentUnknownCA("mexicocentral.api.cognitive.microsoft.com")
			fake.PresentUnknownCA("mexicocentral.tts.speech.microsoft.com")
		},
		want: inconclusive("TLS Certificate Not Trusted", `add its root CA certificate (PEM) to the provider's ca_cert_pem`),
	},
	{
		name: "timeout", res: fakespeech.Resource{Cloud: "public", Region: "koreacentral", Fault: fakespeech.FaultSlow, FaultOn: "token"},
		ds: `region = "koreacentral"`, provider: []string{`request_timeout = "300ms"`, "max_retries = 1"},
		want: inconclusiveValid("Azure Speech Did Not Answer", `(HTTPS_PROXY) within request_timeout after 2 attempts. Check the proxy's rules for *.api.cognitive.microsoft.com and *.speech.microsoft.com`),
	},
	{
		name: "redirect is not followed", res: fakespeech.Resource{Cloud: "public", Region: "uaenorth", Fault: fakespeech.FaultRedirect, FaultOn: "token"},
		ds:   `region = "uaenorth"`,
		want: inconclusiveValid("Unexpected Redirect From Azure Speech", `with a redirect to another host. Azure Speech does not redirect these calls, so something between this machine and Azure (a captive portal or a proxy) answered. The redirect was not followed and the key was not sent there.`),
		after: func(key string) error {
			if fake.SawKeyAt(key, fakespeech.RedirectTarget) {
				return fmt.Errorf("the key reached the redirect target")
			}
			return nil
		},
	},
	{
		name: "500 on the token endpoint", res: fakespeech.Resource{Cloud: "public", Region: "centralindia", Fault: fakespeech.Fault500, FaultOn: "token"},
		ds: `region = "centralindia"`, provider: []string{"max_retries = 0"},
		want: inconclusiveValid("Azure Speech Service Error", `answered 500: a fault on the service's side, not the key's.`),
	},
	{
		name: "502 on the voices list", res: fakespeech.Resource{Cloud: "public", Region: "centralindia", Fault: fakespeech.Fault502, FaultOn: "voices"},
		ds: `region = "centralindia"`, provider: []string{"max_retries = 1"},
		want: inconclusiveValid("Azure Speech Service Error", `The voices list https://centralindia.tts.speech.microsoft.com/cognitiveservices/voices/list answered 502 after 2 attempts: a fault on the service's side, not the key's. The key itself is valid: Azure accepted it on the other call; plan again later.`),
	},
	{
		name: "connection reset", res: fakespeech.Resource{Cloud: "public", Region: "norwayeast", Fault: fakespeech.FaultReset, FaultOn: "token"},
		ds: `region = "norwayeast"`, provider: []string{"max_retries = 1"},
		want: inconclusiveValid("Connection To Azure Speech Failed", `The connection to norwayeast.api.cognitive.microsoft.com failed after 2 attempts`),
	},
	{
		name: "truncated voices list", res: fakespeech.Resource{Cloud: "public", Region: "italynorth", Fault: fakespeech.FaultTruncated, FaultOn: "voices"},
		ds: `region = "italynorth"`, provider: []string{"max_retries = 1"},
		want: inconclusiveValid("Unexpected Answer From Azure Speech", `stopped in the middle of its answer after 2 attempts`),
	},
	{
		name: "50 MB voices list", res: fakespeech.Resource{Cloud: "public", Region: "italynorth", Fault: fakespeech.FaultOversized, FaultOn: "voices"},
		ds:   `region = "italynorth"`,
		want: inconclusiveValid("Unexpected Answer From Azure Speech", `answered with a body larger than the provider reads (8388608 bytes)`),
	},
	{
		name: "voices list not JSON", res: fakespeech.Resource{Cloud: "public", Region: "italynorth", Fault: fakespeech.FaultNotJSON, FaultOn: "voices"},
		ds:   `region = "italynorth"`,
		want: inconclusiveValid("Unexpected Answer From Azure Speech", `answered 200 with a body that is not a JSON list of voices`),
	},
	{
		name: "GUID instead of key", res: fakespeech.Resource{Cloud: "public", Region: "westus"},
		ds:  `region = "westus"`,
		key: func(base string) string { return "0b1f6472-1ef6-4c1d-8f0a-" + base[:12] },
		after: func(key string) error {
			if n := fake.TokenCalls(key) + fake.VoicesCalls(key); n != 0 {
				return fmt.Errorf("a GUID was sent to Azure %d times", n)
			}
			return nil
		},
		want: verdict("Key Looks Like A GUID", "that is an Azure subscription, tenant or client ID"),
	},
	{
		name: "a 403 that echoes the key past byte 300, in upper case and hex", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Fault: fakespeech.FaultEchoKey},
		ds:   `region = "eastus"`,
		want: inconclusive("Azure Network Rules Exclude This Machine", `answered 403 Forbidden from Azure, without a message this provider knows. This says nothing about the key`),
	},
	{
		name: "a token whose claims carry the key", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Fault: fakespeech.FaultClaimsKey},
		ds:  `region = "eastus"`,
		key: func(base string) string { return "a" + base[1:] }, // a well-formed region name
	},
	{
		name: "a 200 without a token", res: fakespeech.Resource{Cloud: "public", Region: "westus3", Fault: fakespeech.FaultEmptyToken, FaultOn: "token"},
		ds:   `region = "westus3"`,
		want: inconclusiveValid("Unexpected Answer From Azure Speech", `answered 200 with a body that is not a token (Speech issues a JWT)`),
	},
	{
		name: "429 with a Retry-After past check_timeout", res: fakespeech.Resource{Cloud: "public", Region: "westus3", Fault: fakespeech.Fault429Long},
		ds: `region = "westus3"`, provider: []string{`check_timeout = "5s"`},
		want: inconclusive("Azure Speech Throttled", `(retrying stopped: the next attempt would have started after check_timeout)`),
	},
	{
		name: "8 MiB refusals", res: fakespeech.Resource{Cloud: "public", Region: "westus3", Fault: fakespeech.FaultBigError},
		ds:   `region = "westus3"`,
		want: verdict("Azure Speech Access Forbidden", `answered 403 (Azure: "Out of call volume quota")`),
	},
	{
		name: "a voices list that never ends", res: fakespeech.Resource{Cloud: "public", Region: "westus3", Fault: fakespeech.FaultEndless, FaultOn: "voices"},
		ds:   `region = "westus3"`,
		want: inconclusiveValid("Unexpected Answer From Azure Speech", `answered with a body larger than the provider reads (8388608 bytes)`),
	},
	{
		name: "Azure's network rules", res: fakespeech.Resource{Cloud: "public", Region: "southcentralus", Fault: fakespeech.FaultNetworkRules},
		ds:   `region = "southcentralus"`,
		want: inconclusive("Azure Network Rules Exclude This Machine", `answered 403 (Azure: "Access denied due to Virtual Network/Firewall rules") from Azure: the resource accepts calls only from the networks its rules allow, and this machine is outside them. This says nothing about the key.`),
	},
	{
		name: "Azure's public access disabled", res: fakespeech.Resource{Cloud: "public", Region: "southcentralus", Fault: fakespeech.FaultPublicAccess},
		ds:   `region = "southcentralus"`,
		want: inconclusive("Azure Network Rules Exclude This Machine", `works only when the resource's network access is "All networks"`),
	},
	{
		name: "Azure's 400 to a token request", res: fakespeech.Resource{Cloud: "public", Region: "southcentralus", Fault: fakespeech.FaultBadRequest},
		ds:   `region = "southcentralus"`,
		want: inconclusive("Azure Network Rules Exclude This Machine", `answered 400 Bad Request from Azure, without a message this provider knows`),
	},
	{
		name: "a 401 whose body trickles in", res: fakespeech.Resource{Cloud: "public", Region: "eastus2", Fault: fakespeech.FaultTrickle401, FaultOn: "token"},
		ds:   `region = "eastus2"`,
		want: verdict("Azure Speech Key Rejected", `answered 401 Access denied`),
	},
	{
		name: "a JSON 403 without Azure's marks", res: fakespeech.Resource{Cloud: "public", Region: "eastus2", Fault: fakespeech.FaultUnmarked403, FaultOn: "token"},
		ds:   `region = "eastus2"`,
		want: inconclusiveValid("Something Between This Machine And Azure Answered", `got a 403 answer (JSON) through the proxy`),
	},
	{
		name: "a 403 that echoes the key in many encodings", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Fault: fakespeech.FaultEchoEncodings},
		ds:   `region = "eastus"`,
		want: inconclusive("Azure Network Rules Exclude This Machine", `answered 403 Forbidden from Azure, without a message this provider knows`),
	},
	{
		name: "a throttled voices list after a token", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Fault: fakespeech.Fault429NoRetry, FaultOn: "voices"},
		ds: `region = "eastus"`, provider: []string{"max_retries = 1"},
		want: inconclusiveValid("Azure Speech Throttled", `The voices list https://eastus.tts.speech.microsoft.com/cognitiveservices/voices/list answered 429 Too Many Requests after 2 attempts`),
	},
}
