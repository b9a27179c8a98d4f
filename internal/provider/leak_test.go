package provider

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// Every CLI test runs the same provider binary, built once per test process
// into pluginDir (TestMain removes it).
var (
	buildOnce sync.Once
	pluginDir string
	buildErr  error
)

// buildProvider builds the provider binary once per test process and
// returns its directory, for dev_overrides.
func buildProvider(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		// Not t.TempDir: the binary outlives the test that builds it.
		if pluginDir, buildErr = os.MkdirTemp("", "speechendpoints-plugin"); buildErr != nil { //nolint:usetesting // TestMain removes it
			return
		}
		cmd := exec.CommandContext(context.Background(), "go", "build", "-o", filepath.Join(pluginDir, "terraform-provider-speechendpoints"), ".")
		cmd.Dir = "../.."
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %w\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return pluginDir
}

// cliEnv is a Terraform CLI run against the built provider through
// dev_overrides, with TF_LOG=trace written to a file.
type cliEnv struct {
	t       *testing.T
	dir     string // working directory with the configuration
	logPath string
	env     []string
	outputs bytes.Buffer // every stdout and stderr
}

func newCLI(t *testing.T, pluginDir, config string, env ...string) *cliEnv {
	t.Helper()
	dir := t.TempDir()
	rc := filepath.Join(dir, "terraformrc")
	// The short source: OpenTofu matches only this form, Terraform too.
	if err := os.WriteFile(rc, []byte(fmt.Sprintf(`provider_installation {
  dev_overrides {
    "speechendpoints/speechendpoints" = %q
  }
  direct {}
}
`, pluginDir)), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
	c := &cliEnv{t: t, dir: dir, logPath: filepath.Join(dir, "trace.log")}
	c.env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+rc, "TF_LOG=trace", "TF_LOG_PATH="+c.logPath, "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1")
	c.env = append(c.env, env...)
	return c
}

// cliDeadline bounds one CLI run: a check that never ends (a retry loop
// that does not stop) fails its test with a message, not go test's
// time-out.
const cliDeadline = 3 * time.Minute

// run runs terraform and returns its exit code.
func (c *cliEnv) run(args ...string) int {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(c.t.Context(), cliDeadline)
	defer cancel()
	cmd := exec.CommandContext(ctx, "terraform", args...)
	cmd.Dir, cmd.Env = c.dir, c.env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	c.outputs.Write(out.Bytes())
	if ctx.Err() == context.DeadlineExceeded {
		c.t.Fatalf("terraform %v did not end within %s:\n%s", args, cliDeadline, out.String())
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	if err != nil {
		c.t.Fatalf("terraform %v: %v", args, err)
	}
	return 0
}

// scanForms are the encodings of a key the leak scanner looks for. They
// are written here, independently of the provider's own redaction, so that
// an encoding the code forgets is still found: raw, in either case, each
// of the base64 alphabets with and without padding, of the key and of
// "apikey:" + key (Basic credentials), hex in either case, every byte
// %-encoded, JSON \u escapes, dash-separated groups of 8, the hex of its
// first 16 characters and the base64 of its first 24.
func scanForms(key string) []string {
	k := strings.Trim(strings.TrimSpace(key), "\"'`")
	var forms []string
	for _, v := range []string{k, strings.ToUpper(k), strings.ToLower(k)} {
		forms = append(forms, v)
		for _, src := range []string{v, "apikey:" + v, v[:min(24, len(v))]} {
			for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
				forms = append(forms, enc.EncodeToString([]byte(src)))
			}
		}
		forms = append(forms, hex.EncodeToString([]byte(v)), hex.EncodeToString([]byte(v[:min(16, len(v))])))
		var pct, esc strings.Builder
		for _, c := range []byte(v) {
			fmt.Fprintf(&pct, "%%%02x", c)
			fmt.Fprintf(&esc, "\\u%04x", c)
		}
		forms = append(forms, pct.String(), esc.String())
		var groups []string
		for i := 0; i < len(v); i += 8 {
			groups = append(groups, v[i:min(i+8, len(v))])
		}
		forms = append(forms, strings.Join(groups, "-"))
	}
	return forms
}

// leaks returns every form of key found in text, in any case, and any run
// of 12 of its characters.
func leaks(text, key string) []string {
	low := strings.ToLower(text)
	var found []string
	for _, f := range scanForms(key) {
		if strings.Contains(low, strings.ToLower(f)) {
			found = append(found, f)
		}
	}
	k := strings.ToLower(strings.Trim(strings.TrimSpace(key), "\"'`"))
	for i := 0; i+12 <= len(k) && len(found) == 0; i++ {
		if strings.Contains(low, k[i:i+12]) {
			found = append(found, "a part of the key")
		}
	}
	return found
}

// The scanner itself must find a key in every encoding it knows.
func TestLeakScannerFindsKeys(t *testing.T) {
	key := " " + testKey(t.Name()) + "\n"
	trimmed := strings.TrimSpace(key)
	texts := []string{"x" + key + "y", "Bearer " + trimmed, strings.ToUpper(trimmed), "…" + trimmed[3:17] + "…", hex.EncodeToString([]byte(trimmed)),
		fakespeech.EchoBody(trimmed), fakespeech.EchoEncodings(trimmed)}
	for _, f := range scanForms(key) {
		texts = append(texts, "k="+f)
	}
	for _, text := range texts {
		if len(leaks(text, key)) == 0 {
			t.Errorf("the scanner missed the key in %q", text)
		}
	}
	if got := leaks("nothing here", key); len(got) != 0 {
		t.Errorf("false positive %v", got)
	}
}

// The provider key, given through an ephemeral variable with stray
// whitespace, never appears in the TF_LOG=trace log, the CLI output, the
// diagnostics, the plan JSON or the state, whether the check fails or passes.
func TestLeakScanProviderKey(t *testing.T) {
	t.Parallel()
	raw := testKey(t.Name())
	key := "  " + raw + "\n" // as read from a file without trimspace()
	fake.Add(fakespeech.Resource{Key: raw, Cloud: "china", Region: "chinanorth2"})
	plugins := buildProvider(t)
	config := `
terraform {
  required_providers {
    speechendpoints = { source = "speechendpoints/speechendpoints" }
  }
}
variable "speech_key" {
  type      = string
  sensitive = true
  ephemeral = true
}
variable "ca" { type = string }
variable "region" { type = string }
provider "speechendpoints" {
  key         = var.speech_key
  ca_cert_pem = var.ca
}
data "speechendpoints" "speech" {
  region    = var.region
  key_check {
    locate = true
  }
}
output "result" { value = data.speechendpoints.speech.key_check_result }
`
	c := newCLI(t, plugins, config, "TF_VAR_speech_key="+key, "TF_VAR_ca="+string(fake.CAPEM()))

	// A failing plan: the wrong region, located.
	if code := c.run("plan", "-input=false", "-no-color", "-var", "region=westus"); code == 0 {
		t.Fatal("the plan with the wrong region passed")
	}
	if !words(`set region = "chinanorth2"`).MatchString(c.outputs.String()) {
		t.Fatalf("the failing plan did not name chinanorth2:\n%s", c.outputs.String())
	}
	// A passing plan saved, shown as JSON, and applied.
	if code := c.run("plan", "-input=false", "-no-color", "-var", "region=chinanorth2", "-out=tfplan"); code != 0 {
		t.Fatalf("the corrected plan failed:\n%s", c.outputs.String())
	}
	if code := c.run("show", "-json", "tfplan"); code != 0 {
		t.Fatalf("terraform show failed:\n%s", c.outputs.String())
	}
	if code := c.run("apply", "-input=false", "-no-color", "-var", "region=chinanorth2", "tfplan"); code != 0 {
		t.Fatalf("apply failed:\n%s", c.outputs.String())
	}
	state, err := os.ReadFile(filepath.Join(c.dir, "terraform.tfstate"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(state), `"key_valid": true`) {
		t.Fatalf("the state lacks the passing key check:\n%s", state)
	}
	logText, err := os.ReadFile(c.logPath)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(logText), "key check call") {
		t.Fatal("the trace log does not show the provider's key check logs: the scan would prove nothing")
	}
	for name, text := range map[string]string{
		"TF_LOG=trace log":         string(logText),
		"CLI output and plan JSON": c.outputs.String(),
		"state":                    string(state),
	} {
		if found := leaks(text, key); len(found) > 0 {
			t.Errorf("the key appears in the %s (%d forms)", name, len(found))
		}
	}
	if fake.TokenCalls(raw) == 0 {
		t.Error("the key never reached the fake service")
	}
}

// The leak scan: every fault scenario, plus a passing check, the seed case
// with locate, a warning-mode failure and an ephemeral token, each run by
// the real CLI with TF_LOG=trace and the key (with stray whitespace) given
// to the provider. The full log, every diagnostic and output, the plan JSON
// and the state must hold no form of the key.
func TestLeakScanEveryScenario(t *testing.T) {
	t.Parallel()
	plugins := buildProvider(t)
	tokenCfg := `
ephemeral "speechendpoints_token" "t" {
  region = "southeastasia"
}
data "speechendpoints" "app" {
  region = "southeastasia"
  lifecycle {
    postcondition {
      condition     = length(ephemeral.speechendpoints_token.t.token) > 20
      error_message = "no token"
    }
  }
}`
	tokenScenario := faultScenario{name: "ephemeral token", res: fakespeech.Resource{Cloud: "public", Region: "southeastasia"}}
	extras := []faultScenario{
		{name: "accepted", res: fakespeech.Resource{Cloud: "public", Region: "southeastasia"}, ds: `region = "southeastasia"`},
		{name: "seed locate", res: fakespeech.Resource{Cloud: "china", Region: "chinaeast2"}, ds: `region = "japanwest"`, kc: "locate = true",
			want: verdict("Azure Speech Key Belongs Elsewhere", `set region = "chinaeast2"`)},
		{name: "warning mode", res: fakespeech.Resource{Cloud: "public", Region: "westus"}, ds: `region = "eastus"`, kc: `on_failure = "warning"`},
	}
	type leakCase struct {
		faultScenario
		config string   // the whole configuration but the provider block; "" for the scenario's own
		env    []string // extra environment of the CLI and the provider
	}
	var cases []leakCase
	for _, sc := range append(append([]faultScenario{}, faultScenarios...), extras...) {
		cases = append(cases, leakCase{faultScenario: sc})
	}
	// Go's HTTP/2 transport prints header values with this switch: the
	// provider must not speak HTTP/2 to Speech, though the fake offers it.
	cases = append(cases, leakCase{faultScenario: faultScenario{name: "GODEBUG=http2debug=2", res: fakespeech.Resource{Cloud: "public", Region: "westus3"}, ds: `region = "westus3"`}, env: []string{"GODEBUG=http2debug=2"}})
	cases = append(cases, leakCase{faultScenario: faultScenario{name: "echo to the ephemeral token", res: fakespeech.Resource{Cloud: "public", Region: "southeastasia", Fault: fakespeech.FaultEchoKey}, want: verdict("Azure Network Rules Exclude This Machine", "answered 403 Forbidden from Azure")},
		config: "variable \"speech_key\" {\n  type      = string\n  sensitive = true\n  ephemeral = true\n}\n" + tokenCfg})
	voicesCfg := "variable \"speech_key\" {\n  type      = string\n  sensitive = true\n  ephemeral = true\n}\ndata \"speechendpoints_voices\" \"v\" {\n  region = \"eastus\"\n  locale = \"en-US\"\n}\ndata \"speechendpoints\" \"app\" {\n  region = \"eastus\"\n  key_check {\n    require_voices = [\"en-US-JennyNeural\"]\n  }\n}\n"
	cases = append(cases,
		leakCase{faultScenario: faultScenario{name: "voices data source", res: fakespeech.Resource{Cloud: "public", Region: "eastus"}}, config: voicesCfg},
		leakCase{faultScenario: faultScenario{name: "voices data source with an echoing refusal", res: fakespeech.Resource{Cloud: "public", Region: "eastus", Fault: fakespeech.FaultEchoKey}, want: verdict("Azure Network Rules Exclude This Machine", "answered 403 Forbidden from Azure")}, config: voicesCfg})
	cases = append(cases, leakCase{faultScenario: tokenScenario, config: "variable \"speech_key\" {\n  type      = string\n  sensitive = true\n  ephemeral = true\n}\n" + tokenCfg})
	for _, lc := range cases {
		sc := lc.faultScenario
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			raw := sc.prepare(testKey("leak " + sc.name))
			key := " " + raw + "\n"
			cfg := sc.config(raw, key)
			if lc.config != "" {
				cfg = providerBlock("key = var.speech_key") + lc.config
			}
			c := newCLI(t, plugins, versionsBlock+cfg, append([]string{"TF_VAR_speech_key=" + key}, lc.env...)...)
			var state []byte
			if sc.want == nil || sc.want.inconclusive {
				if code := c.run("plan", "-input=false", "-no-color", "-out=tfplan"); code != 0 {
					t.Fatalf("plan failed:\n%s", c.outputs.String())
				}
				if code := c.run("show", "-json", "tfplan"); code != 0 {
					t.Fatalf("terraform show -json failed (exit %d): the plan JSON was not scanned:\n%s", code, c.outputs.String())
				}
				if code := c.run("apply", "-input=false", "-no-color", "tfplan"); code != 0 {
					t.Fatalf("apply failed:\n%s", c.outputs.String())
				}
				var err error
				if state, err = os.ReadFile(filepath.Join(c.dir, "terraform.tfstate")); err != nil {
					t.Fatal(err)
				}
			} else if code := c.run("plan", "-input=false", "-no-color"); code == 0 {
				t.Fatalf("the plan passed; want %s:\n%s", sc.want.summary, c.outputs.String())
			}
			severity := "Error"
			if sc.want != nil && sc.want.inconclusive {
				severity = "Warning" // inconclusive warns by default and the plan goes on
			}
			want := sc.want.re
			if lc.config != "" {
				want = sc.want.reAnywhere
			}
			if sc.want != nil && !want(severity).MatchString(c.outputs.String()) {
				t.Errorf("the output lacks the expected %s %s:\n%s", severity, want(severity), c.outputs.String())
			}
			logText, err := os.ReadFile(c.logPath)
			if err != nil || len(logText) == 0 {
				t.Fatalf("no trace log: %v", err)
			}
			for name, text := range map[string]string{"trace log": string(logText), "CLI output, diagnostics and plan JSON": c.outputs.String(), "state": string(state)} {
				if found := leaks(text, key); len(found) > 0 {
					t.Errorf("the key appears in the %s (%d forms)", name, len(found))
				}
			}
		})
	}
}

const versionsBlock = `
terraform {
  required_providers {
    speechendpoints = { source = "speechendpoints/speechendpoints" }
  }
}
`
