package provider

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// The attack suite: the real CLI against a proxy that misbehaves per host,
// as a locked-down corporate network does. Each case has a fake Azure of
// its own (its own proxy, rules and CA), reached through HTTPS_PROXY in
// the CLI's environment, so that its rules touch no other test.

// attack is one case's fake Azure and CLI.
type attack struct {
	t    *testing.T
	fake *fakespeech.Service
	cli  *cliEnv
}

// newAttack starts a fake of its own and prepares a CLI run of config
// (given the provider block's extra settings) through it.
func newAttack(t *testing.T, providerExtra []string, config string, env ...string) *attack {
	t.Helper()
	f, err := fakespeech.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	block := fmt.Sprintf("provider \"speechendpoints\" {\n  ca_cert_pem = <<-PEM\n%s\nPEM\n  %s\n}\n", strings.TrimSpace(string(f.CAPEM())), strings.Join(providerExtra, "\n  "))
	env = append([]string{"HTTPS_PROXY=" + f.ProxyURL(), "https_proxy=" + f.ProxyURL(), "NO_PROXY=", "no_proxy="}, env...)
	return &attack{t: t, fake: f, cli: newCLI(t, buildProvider(t), versionsBlock+block+config, env...)}
}

// plan runs terraform plan and returns its exit code and flattened output.
func (a *attack) plan(args ...string) (int, string) {
	a.t.Helper()
	code := a.cli.run(append([]string{"plan", "-input=false", "-no-color"}, args...)...)
	return code, strings.Join(strings.Fields(a.cli.outputs.String()), " ")
}

// A failure on one host never decides another check: with every China
// host refused by the proxy (CONNECT 403, an untrusted certificate, or a
// path slower than request_timeout), a bad key for westus still fails the
// plan, after the China check and whatever the order.
func TestAttack_blockedNeighbourNeverHidesABadKey(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		rule  fakespeech.HostRule
		extra []string
		says  string
	}{
		{"CONNECT refused", fakespeech.HostRule{ConnectStatus: 403}, nil, "Proxy Refused The Connection"},
		{"untrusted certificate", fakespeech.HostRule{Untrusted: true}, nil, "TLS Certificate Not Trusted"},
		{"slower than request_timeout", fakespeech.HostRule{Delay: 5e9}, []string{`request_timeout = "2s"`}, "Azure Speech Did Not Answer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			good, bad := testKey("good "+t.Name()), testKey("bad "+t.Name())
			a := newAttack(t, append([]string{fmt.Sprintf("key = %q", good)}, tc.extra...), fmt.Sprintf(`
data "speechendpoints" "china" {
  region = "chinaeast2"
  key_check {}
}
data "speechendpoints" "westus" {
  region     = "westus"
  depends_on = [data.speechendpoints.china]
  key_check {
    key = %q
  }
}
data "speechendpoints_voices" "westus" {
  region     = "westus"
  depends_on = [data.speechendpoints.china]
}
`, bad))
			a.fake.Add(fakespeech.Resource{Key: good, Cloud: "public", Region: "westus"})
			a.fake.SetHostRule("*.azure.cn", tc.rule)
			code, out := a.plan()
			if code == 0 {
				t.Fatalf("the plan passed with a bad key for westus:\n%s", a.cli.outputs.String())
			}
			for _, want := range []string{"Warning: " + tc.says, "Error: Azure Speech Key Rejected", "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken answered 401"} {
				if !strings.Contains(out, want) {
					t.Errorf("the output lacks %q:\n%s", want, a.cli.outputs.String())
				}
			}
			if strings.Contains(out, "Azure Speech Unreachable") || strings.Count(out, "Error: ") != 1 {
				t.Errorf("the China failure decided another check (the voices data source must pass):\n%s", a.cli.outputs.String())
			}
			if a.fake.TokenCalls(bad) != 1 {
				t.Errorf("the bad key reached westus %d times, want 1", a.fake.TokenCalls(bad))
			}
		})
	}
}

// Thirty bad keys beside one blocked China check, at any parallelism:
// every one fails the plan.
func TestAttack_thirtyBadKeysBesideABlockedCloud(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("data \"speechendpoints\" \"china\" {\n  region = \"chinaeast2\"\n  key_check {\n    key = \"" + testKey("china "+t.Name()) + "\"\n  }\n}\n")
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, "data \"speechendpoints\" \"bad%d\" {\n  region = \"westus\"\n  key_check {\n    key = %q\n  }\n}\n", i, testKey(fmt.Sprintf("bad %d %s", i, t.Name())))
	}
	for _, parallelism := range []string{"-parallelism=10", "-parallelism=50"} {
		a := newAttack(t, nil, b.String())
		a.fake.SetHostRule("*.azure.cn", fakespeech.HostRule{ConnectStatus: 403})
		code, out := a.plan(parallelism)
		if n := strings.Count(out, "Error: Azure Speech Key Rejected"); code == 0 || n != 30 {
			t.Errorf("%s: exit %d, %d of 30 bad keys failed the plan:\n%s", parallelism, code, n, a.cli.outputs.String())
		}
	}
}

// Three hundred data sources at -parallelism=50, TLS interception on
// *.azure.us (the US Government Speech hosts; its token hosts are on
// microsoft.us): every bad key fails the plan, the 135 outside US
// Government and the 165 inside, judged by their reachable token hosts.
func TestAttack_threeHundredChecksBesideTLSInterception(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	public := []string{"westus", "eastus", "westeurope", "japaneast", "australiaeast"}
	gov := []string{"usgovvirginia", "usgovarizona"}
	virginia := 0
	for i := range 300 {
		region := gov[i%2]
		if i < 135 {
			region = public[i%len(public)]
		}
		if region == "usgovvirginia" {
			virginia++
		}
		fmt.Fprintf(&b, "data \"speechendpoints\" \"k%d\" {\n  region = %q\n  key_check {\n    key = %q\n  }\n}\n", i, region, testKey(fmt.Sprintf("%d %s", i, t.Name())))
	}
	a := newAttack(t, nil, b.String())
	a.fake.SetHostRule("*.azure.us", fakespeech.HostRule{Untrusted: true})
	code, out := a.plan("-parallelism=50")
	if n := strings.Count(out, "Error: Azure Speech Key Rejected"); code == 0 || n != 300 {
		t.Errorf("exit %d, %d of 300 bad keys failed the plan", code, n)
	}
	if n := strings.Count(out, "usgovvirginia.api.cognitive.microsoft.us/sts/v1.0/issueToken answered 401"); n != virginia {
		t.Errorf("%d of %d usgovvirginia keys were judged by its token host", n, virginia)
	}
}

// Locate beside a blocked cloud claims no calls it did not make, and still
// finds the key where Azure accepts it.
func TestAttack_locateBesideABlockedCloud(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	a := newAttack(t, []string{fmt.Sprintf("key = %q", key)}, `
data "speechendpoints" "app" {
  region = "westus"
  key_check {
    locate = true
  }
}`)
	a.fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "eastus"})
	a.fake.SetHostRule("*.azure.cn", fakespeech.HostRule{ConnectStatus: 403})
	code, out := a.plan()
	if code == 0 || !strings.Contains(out, `The key is accepted in East US (eastus, Azure public cloud): set region = "eastus".`) {
		t.Fatalf("exit %d:\n%s", code, a.cli.outputs.String())
	}

	// A key no region accepts, with China unreachable: the regions that
	// could not be reached are named, and no mix-up is ruled out.
	lost := testKey("lost " + t.Name())
	b := newAttack(t, []string{fmt.Sprintf("key = %q", lost)}, `
data "speechendpoints" "app" {
  region = "westus"
  key_check {
    locate = true
  }
}`)
	b.fake.SetHostRule("*.azure.cn", fakespeech.HostRule{ConnectStatus: 403})
	code, out = b.plan()
	for _, want := range []string{"Error: Azure Speech Key Rejected", "3 could not be reached from this machine (chinaeast2.api.cognitive.azure.cn, chinanorth2.api.cognitive.azure.cn, chinanorth3.api.cognitive.azure.cn). So the key may belong to one of the regions that gave no usable answer"} {
		if code == 0 || !strings.Contains(out, want) {
			t.Errorf("exit %d, the output lacks %q:\n%s", code, want, b.cli.outputs.String())
		}
	}
	if strings.Contains(out, "refused it in every one") || strings.Contains(out, "not a region or cloud mix-up") {
		t.Errorf("the diagnosis claims calls that were not made:\n%s", b.cli.outputs.String())
	}
}

// Only Azure's own answers are verdicts: a web filter's page, a proxy's
// 400 page and Azure's own network-rule answers (on every call of the
// resource, as Azure gives them) leave a good key unjudged
// (a warning by default), while Azure's 401 is a verdict even when its
// body trickles in, and a token judges the key even when the voices list
// is throttled.
func TestAttack_onlyAzureJudges(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		res      fakespeech.Resource
		rule     fakespeech.HostRule
		exit     int
		says     string
		keyValid string
	}{
		{"a web filter's 403 page", fakespeech.Resource{}, fakespeech.HostRule{BlockPage: 403}, 0, "Warning: Something Between This Machine And Azure Answered", "null"},
		{"a proxy's 400 page", fakespeech.Resource{}, fakespeech.HostRule{BlockPage: 400}, 0, "Warning: Something Between This Machine And Azure Answered", "null"},
		{"a JSON 403 without Azure's marks", fakespeech.Resource{Fault: fakespeech.FaultUnmarked403}, fakespeech.HostRule{}, 0, "Warning: Something Between This Machine And Azure Answered", "null"},
		{"Azure's network rules", fakespeech.Resource{Fault: fakespeech.FaultNetworkRules}, fakespeech.HostRule{}, 0, "Warning: Azure Network Rules Exclude This Machine", "null"},
		{"public access disabled", fakespeech.Resource{Fault: fakespeech.FaultPublicAccess}, fakespeech.HostRule{}, 0, "Warning: Azure Network Rules Exclude This Machine", "null"},
		{"Azure's 400 to a token request", fakespeech.Resource{Fault: fakespeech.FaultBadRequest}, fakespeech.HostRule{}, 0, "Warning: Azure Network Rules Exclude This Machine", "null"},
		{"a 401 whose body trickles in", fakespeech.Resource{Fault: fakespeech.FaultTrickle401, FaultOn: "token"}, fakespeech.HostRule{}, 1, "Error: Azure Speech Key Rejected", ""},
		{"a throttled voices list after a token", fakespeech.Resource{Fault: fakespeech.Fault429NoRetry, FaultOn: "voices"}, fakespeech.HostRule{}, 0, "Warning: Azure Speech Throttled", "true"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			key := testKey(t.Name())
			a := newAttack(t, []string{fmt.Sprintf("key = %q", key), "max_retries = 0"}, `
data "speechendpoints" "app" {
  region = "westus2"
  key_check {}
}
output "key_valid" { value = data.speechendpoints.app.key_check_result.key_valid }
`)
			r := tc.res
			r.Key, r.Cloud, r.Region = key, "public", "westus2"
			a.fake.Add(r)
			if tc.rule != (fakespeech.HostRule{}) {
				a.fake.SetHostRule("*.microsoft.com", tc.rule)
			}
			code, out := a.plan()
			if code != tc.exit || !strings.Contains(out, tc.says) {
				t.Fatalf("exit %d, want %d with %q:\n%s", code, tc.exit, tc.says, a.cli.outputs.String())
			}
			switch tc.keyValid {
			case "true":
				if !strings.Contains(out, "key_valid = true") {
					t.Errorf("key_valid is not true:\n%s", a.cli.outputs.String())
				}
			case "null":
				if strings.Contains(out, "key_valid = true") || strings.Contains(out, "key_valid = false") {
					t.Errorf("key_valid is not null:\n%s", a.cli.outputs.String())
				}
			}
			if strings.Contains(out, "organisation") || strings.Contains(out, "blocked by policy") {
				t.Errorf("the diagnosis quotes the intermediary's text:\n%s", a.cli.outputs.String())
			}
		})
	}
}

// A key given to the wrong setting (swapped variables) is refused before
// any network use and never printed; a key in a one-line key_check block
// never appears in a source snippet; a braced GUID is not sent.
func TestAttack_keyInTheWrongPlace(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, config, says string
		key                string
	}{
		{"region = the key (32 hex)", "data \"speechendpoints\" \"app\" {\n  region = var.speech_key\n  key_check {}\n}\n", "Error: Speech Key Given As Region", ""},
		{"region = the key (84 characters)", "data \"speechendpoints\" \"app\" {\n  region = var.speech_key\n  key_check {}\n}\n", "Error: Speech Key Given As Region", strings.Repeat("Ab3", 28)},
		{"region = the key, no key check", "data \"speechendpoints\" \"app\" {\n  region = var.speech_key\n}\n", "Error: Speech Key Given As Region", ""},
		{"custom_subdomain_name = the key", "data \"speechendpoints\" \"app\" {\n  region = \"westus\"\n  custom_subdomain_name = var.speech_key\n  private_endpoint = true\n  key_check {}\n}\n", "Error: Speech Key Given As Custom Subdomain Name", ""},
		{"endpoint holds the key", "data \"speechendpoints\" \"app\" {\n  endpoint = \"https://${var.speech_key}.cognitiveservices.azure.com/\"\n  key_check {}\n}\n", "Error: Speech Key Given As Endpoint", ""},
		{"voices data source with the key as region", "data \"speechendpoints_voices\" \"v\" {\n  region = var.speech_key\n}\n", "Error: Speech Key Given As Region", ""},
		{"token with the key as subdomain", "ephemeral \"speechendpoints_token\" \"t\" {\n  endpoint = \"https://${var.speech_key}.cognitiveservices.azure.com/\"\n  private_endpoint = true\n}\n", "Error: Speech Key Given As Endpoint", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			key := tc.key
			if key == "" {
				key = testKey(t.Name())
			}
			a := newAttack(t, []string{"key = var.speech_key"}, "variable \"speech_key\" {\n  type      = string\n  sensitive = true\n}\n"+tc.config, "TF_VAR_speech_key="+key)
			code, out := a.plan()
			if code == 0 || !strings.Contains(out, tc.says) {
				t.Fatalf("exit %d, want %q:\n%s", code, tc.says, a.cli.outputs.String())
			}
			logText, _ := os.ReadFile(a.cli.logPath)
			for name, text := range map[string]string{"output": a.cli.outputs.String(), "trace log": string(logText)} {
				if found := leaks(text, key); len(found) > 0 {
					t.Errorf("the key appears in the %s", name)
				}
			}
			if n := len(a.fake.Requests()); n != 0 {
				t.Errorf("%d requests reached the network", n)
			}
		})
	}
}

// A literal key in a one-line key_check block: no diagnostic shows that
// line, in any outcome class.
func TestAttack_oneLineKeyCheckKey(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, key, onFailure string
		res                  *fakespeech.Resource
	}{
		{name: "a bad key", key: testKey("bad one-line")},
		{name: "a braced GUID", key: "{0b1f6472-1ef6-4c1d-8f0a-123456789abc}"},
		{name: "a key with a note", key: " " + testKey("noted one-line") + " ", res: &fakespeech.Resource{Cloud: "public", Region: "eastus"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := newAttack(t, nil, fmt.Sprintf("data \"speechendpoints\" \"app\" {\n  region = \"eastus\"\n  key_check { key = %q }\n}\n", tc.key))
			if tc.res != nil {
				r := *tc.res
				r.Key = strings.TrimSpace(tc.key)
				a.fake.Add(r)
			}
			_, out := a.plan()
			if keyCheckLine.MatchString(a.cli.outputs.String()) {
				t.Errorf("a diagnostic shows the key_check line:\n%s", a.cli.outputs.String())
			}
			if found := leaks(a.cli.outputs.String(), tc.key); len(found) > 0 {
				t.Errorf("the output shows the key:\n%s", a.cli.outputs.String())
			}
			if strings.HasPrefix(tc.key, "{") && (!strings.Contains(out, "Error: Key Looks Like A GUID") || len(a.fake.Requests()) != 0) {
				t.Errorf("a braced GUID was sent (%d requests) or not named:\n%s", len(a.fake.Requests()), a.cli.outputs.String())
			}
		})
	}
}

// Network messages name the right culprit: a proxy that is down is the
// proxy; a malformed HTTPS_PROXY is said to be ignored.
func TestAttack_proxyCulprits(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	cfg := fmt.Sprintf("data \"speechendpoints\" \"app\" {\n  region = \"westus\"\n  key_check {\n    key = %q\n  }\n}\n", key)
	plugins := buildProvider(t)
	down := newCLI(t, plugins, versionsBlock+providerBlock()+cfg, "HTTPS_PROXY=http://127.0.0.1:9", "https_proxy=http://127.0.0.1:9")
	code := down.run("plan", "-input=false", "-no-color")
	out := strings.Join(strings.Fields(down.outputs.String()), " ")
	if code != 0 || !strings.Contains(out, "Warning: Proxy Unreachable") || !strings.Contains(out, "The proxy 127.0.0.1:9 that HTTPS_PROXY names could not be reached (the connection was refused)") {
		t.Errorf("a proxy that is down: exit %d\n%s", code, down.outputs.String())
	}
	if strings.Contains(out, "set HTTPS_PROXY") {
		t.Errorf("the advice sets HTTPS_PROXY, which is set:\n%s", down.outputs.String())
	}
	bad := newCLI(t, plugins, versionsBlock+providerBlock(`request_timeout = "1s"`, "max_retries = 0")+cfg, "HTTPS_PROXY=http://us%zzer:pw@127.0.0.1:9", "https_proxy=")
	bad.run("plan", "-input=false", "-no-color")
	out = strings.Join(strings.Fields(bad.outputs.String()), " ")
	if !strings.Contains(out, "Warning: HTTPS_PROXY Ignored") || strings.Contains(out, "us%zzer") || strings.Contains(out, ":pw@") {
		t.Errorf("a malformed HTTPS_PROXY:\n%s", bad.outputs.String())
	}
}

// check_timeout changes the outcome: an answer slower than it ends the
// check as timed out, where request_timeout alone would wait longer and
// report no answer.
func TestAttack_checkTimeoutDecides(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	a := newAttack(t, []string{fmt.Sprintf("key = %q", key), `request_timeout = "60s"`, `check_timeout = "2s"`}, `
data "speechendpoints" "app" {
  region = "westus"
  key_check {
    on_inconclusive = "error"
  }
}`)
	a.fake.SlowDelay = 30e9
	a.fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus", Fault: fakespeech.FaultSlow})
	code, out := a.plan()
	if code == 0 || !regexp.MustCompile(`Error: Key Check Timed Out .* did not end within check_timeout \(2s\)`).MatchString(out) {
		t.Errorf("exit %d:\n%s", code, a.cli.outputs.String())
	}
}
