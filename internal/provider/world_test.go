package provider

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// everyOutcome is the table of internal/fakespeech/README.md: for each
// outcome of the key check, the key of worlds/every-outcome.json and the
// data source's arguments that show it, with what the plan says.
var everyOutcome = []struct {
	outcome, key, args string
	exit               int
	says               string
}{
	{"accepted", "0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a", `region = "westus"`, 0, "key_valid = true"},
	{"belongs elsewhere", "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "region = \"japanwest\"\n  cloud = \"public\"\n  key_check { locate = true }", 1, `Error: Azure Speech Key Belongs Elsewhere`},
	{"rejected", "9999999999999999999999999999999a", `region = "westus"`, 1, "Error: Azure Speech Key Rejected"},
	{"refused after a token", "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c", "region = \"westus2\"\n  resource_type = \"CognitiveServices\"", 1, "Error: Azure Speech Refused A Valid Key"},
	{"quota used up", "0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d", `region = "uksouth"`, 1, "Error: Azure Speech Access Forbidden"},
	{"quota used up after a token", "2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d", `region = "ukwest"`, 1, "Error: Azure Speech Access Forbidden"},
	{"throttled", "0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e", `region = "eastus2"`, 0, "Warning: Azure Speech Throttled"},
	{"service error", "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f", `region = "francecentral"`, 0, "Warning: Azure Speech Service Error"},
	{"network rules", "1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a", `region = "southcentralus"`, 0, "Warning: Azure Network Rules Exclude This Machine"},
	{"private endpoint on the regional host", "1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b", "region = \"eastus\"\n  custom_subdomain_name = \"contoso-pe\"", 1, "set private_endpoint = true to use https://contoso-pe.cognitiveservices.azure.com/"},
	{"private endpoint on its custom domain", "1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b", "region = \"eastus\"\n  custom_subdomain_name = \"contoso-pe\"\n  private_endpoint = true", 0, "key_valid = true"},
	{"a voice the region offers", "1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c", "region = \"chinanorth3\"\n  key_check { require_voices = [\"zh-CN-XiaoxiaoNeural\"] }", 0, "key_valid = true"},
	{"a voice the region does not offer", "1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c", "region = \"chinanorth3\"\n  key_check { require_voices = [\"zh-CN-XiaochenNeural\"] }", 1, "Error: Voice Not Offered In Region"},
	{"a region Speech opened", "1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d", `region = "polandcentral"`, 0, "Warning: Region Not In Speech Table"},
	{"a region without Speech", "1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d", `region = "brazilnortheast"`, 1, "Error: No Speech Endpoint In Region"},
	{"a custom domain nobody has", "0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a", `endpoint = "https://nobody-has-this.cognitiveservices.azure.com/"`, 1, "Error: Custom Domain Not Found"},
	{"TLS inspection", "1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e", `region = "northeurope"`, 0, "Warning: TLS Certificate Not Trusted"},
	{"a proxy refusing the tunnel", "1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f", `region = "chinanorth2"`, 0, "Warning: Proxy Refused The Connection"},
	{"a web filter's block page", "2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a", `region = "koreacentral"`, 0, "Warning: Something Between This Machine And Azure Answered"},
	{"a network that never answers", "2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b", `region = "canadacentral"`, 0, "Warning: Azure Speech Did Not Answer"},
	{"a captive portal's redirect", "2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c", `region = "uaenorth"`, 0, "Warning: Unexpected Redirect From Azure Speech"},
	{"a GUID instead of a key", "0b1f6472-1ef6-4c1d-8f0a-123456789abc", `region = "westus"`, 1, "Error: Key Looks Like A GUID"},
}

// The every-outcome world, as a user starts it: each outcome of the key
// check by hand, through the real CLI, as the fake's README says.
func TestEveryOutcomeWorld(t *testing.T) {
	t.Parallel()
	w, err := fakespeech.LoadWorld("../fakespeech/worlds/every-outcome.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := fakespeech.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	f.Apply(w)
	ca := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, f.CAPEM(), 0o600); err != nil {
		t.Fatal(err)
	}
	plugins := buildProvider(t)
	for _, tc := range everyOutcome {
		t.Run(tc.outcome, func(t *testing.T) {
			t.Parallel()
			args := tc.args
			if !strings.Contains(args, "key_check") {
				args += "\n  key_check {}"
			}
			cfg := fmt.Sprintf(`
variable "speech_key" {
  type      = string
  sensitive = true
}
provider "speechendpoints" {
  key             = var.speech_key
  request_timeout = "2s"
  max_retries     = 0
}
data "speechendpoints" "app" {
  %s
}
output "key_valid" { value = data.speechendpoints.app.key_check_result.key_valid }
`, args)
			c := newCLI(t, plugins, versionsBlock+cfg, "TF_VAR_speech_key="+tc.key, "HTTPS_PROXY="+f.ProxyURL(), "https_proxy="+f.ProxyURL(), "SSL_CERT_FILE="+ca)
			code := c.run("plan", "-input=false", "-no-color")
			out := strings.Join(strings.Fields(c.outputs.String()), " ")
			if code != tc.exit || !strings.Contains(out, tc.says) {
				t.Errorf("exit %d (want %d), want %q:\n%s", code, tc.exit, tc.says, c.outputs.String())
			}
		})
	}
}

// A world file with a mistake is refused, naming it.
func TestWorldFileRefusesMistakes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, body := range map[string]string{
		"unknown field": `{"resources": [], "resourcez": []}`,
		"unknown fault": `{"resources": [{"key": "k", "cloud": "public", "region": "westus", "fault": "teapot"}]}`,
		"unknown cloud": `{"resources": [{"key": "k", "cloud": "azure", "region": "westus"}]}`,
		"same key":      `{"resources": [{"key": "k", "cloud": "public", "region": "westus"}, {"key": "k", "cloud": "public", "region": "eastus"}]}`,
		"bad duration":  `{"latency": "soon", "resources": []}`,
	} {
		p := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".json")
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := fakespeech.LoadWorld(p); err == nil {
			t.Errorf("%s: the world was accepted", name)
		}
	}
}
