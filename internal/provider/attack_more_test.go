package provider

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// A check's own check_timeout is not evidence about a route: data
// source a's locate, cut by a's check_timeout while its CONNECTs were slow
// (2 s, within any fresh check's budget), must not excuse b's bad key on
// eastus, a host that never failed.
func TestAttack_aCheckDeadlineExcusesNoOtherCheck(t *testing.T) {
	t.Parallel()
	badA, badB := testKey("A "+t.Name()), testKey("B "+t.Name())
	a := newAttack(t, []string{`check_timeout = "3s"`, `request_timeout = "10s"`, "max_retries = 0"}, fmt.Sprintf(`
data "speechendpoints" "a" {
  region = "westus"
  key_check {
    key        = %q
    locate     = true
    on_failure = "warning"
  }
}
data "speechendpoints" "b" {
  region     = "eastus"
  depends_on = [data.speechendpoints.a]
  key_check {
    key = %q
  }
}`, badA, badB))
	a.fake.SetHostRule("*.microsoft.com", fakespeech.HostRule{Delay: 2 * time.Second})
	code, out := a.plan()
	if code == 0 || !strings.Contains(out, "Error: Azure Speech Key Rejected") {
		t.Errorf("exit %d: b's bad key passed the plan (%d token calls reached eastus):\n%s", code, a.fake.TokenCalls(badB), a.cli.outputs.String())
	}
}

// Azure's own 401 on the voices list is a verdict when the token host
// is blocked: a proxy, TLS inspection or a web filter on
// westus.api.cognitive.microsoft.com must not excuse a key that Azure
// refused on westus.tts.speech.microsoft.com.
func TestAttack_voicesRefusalJudgesWhenTheTokenHostIsBlocked(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		rule  fakespeech.HostRule
		extra []string
	}{
		{"CONNECT 403", fakespeech.HostRule{ConnectStatus: 403}, nil},
		{"CONNECT 407", fakespeech.HostRule{ConnectStatus: 407}, nil},
		{"TLS inspection", fakespeech.HostRule{Untrusted: true}, nil},
		{"web filter 403 page", fakespeech.HostRule{BlockPage: 403}, nil},
		{"slower than request_timeout", fakespeech.HostRule{Delay: 4 * time.Second}, []string{`request_timeout = "1s"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			bad := testKey(t.Name())
			a := newAttack(t, append([]string{fmt.Sprintf("key = %q", bad), "max_retries = 0"}, tc.extra...), `
data "speechendpoints" "app" {
  region = "westus"
  key_check {}
}`)
			a.fake.SetHostRule("westus.api.cognitive.microsoft.com", tc.rule)
			code, out := a.plan()
			if a.fake.VoicesCalls(bad) != 1 {
				t.Fatalf("the voices list was called %d times", a.fake.VoicesCalls(bad))
			}
			if code == 0 {
				t.Errorf("a bad key passed the plan though Azure refused it on the voices list:\n%s", a.cli.outputs.String())
			}
			if strings.Contains(out, "The key was not sent") {
				t.Errorf("the diagnosis says the key was not sent; it was sent to westus.tts.speech.microsoft.com:\n%s", a.cli.outputs.String())
			}
		})
	}
}

// Locate names only regions where Azure issued a token: a web
// filter's 200 page on *.azure.cn must not "locate" a bad key in China,
// and the fix it gives must not lead to a plan that passes.
func TestAttack_locateTrustsOnlyTokens(t *testing.T) {
	t.Parallel()
	bad := testKey(t.Name())
	a := newAttack(t, []string{fmt.Sprintf("key = %q", bad)}, `
data "speechendpoints" "app" {
  region = "westus"
  key_check {
    locate = true
  }
}`)
	a.fake.SetHostRule("*.azure.cn", fakespeech.HostRule{BlockPage: 200})
	code, out := a.plan()
	if code == 0 || strings.Contains(out, "Belongs Elsewhere") || strings.Contains(out, "The key is accepted in China") {
		t.Errorf("exit %d: a web filter's page located the key:\n%s", code, a.cli.outputs.String())
	}
}

// Locate says the key was refused in every region, "so it is not a region
// or cloud mix-up", only when Azure refused it in each: a region that answered
// 503, 429 or Azure's network rules did not judge it (here it is the
// key's own region).
func TestAttack_locateCountsOnlyAzureRefusals(t *testing.T) {
	t.Parallel()
	for _, f := range []fakespeech.Fault{fakespeech.Fault503, fakespeech.Fault429NoRetry, fakespeech.FaultNetworkRules} {
		t.Run(string(f), func(t *testing.T) {
			t.Parallel()
			key := testKey(t.Name())
			a := newAttack(t, []string{fmt.Sprintf("key = %q", key), "max_retries = 0"}, `
data "speechendpoints" "app" {
  region = "westus"
  key_check {
    locate = true
  }
}`)
			a.fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "eastus", Fault: f, FaultOn: "token"})
			code, out := a.plan()
			if code == 0 || !strings.Contains(out, "Error: Azure Speech Key Rejected") || !strings.Contains(strings.Join(strings.Fields(out), " "), "Azure refused it at") {
				t.Fatalf("exit %d: locate did not run and report:\n%s", code, a.cli.outputs.String())
			}
			if strings.Contains(out, "refused it in every one") || strings.Contains(out, "not a region or cloud mix-up") {
				t.Errorf("exit %d: the diagnosis rules out the key's own region, which never judged it:\n%s", code, a.cli.outputs.String())
			}
		})
	}
}

// require_voices holding the key (swapped variables) is refused before
// any call: key_check_result.missing_voices, which lists entries as
// written, would carry it to the plan output, the plan JSON and the state.
func TestAttack_requireVoicesHoldingTheKeyIsRefused(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	a := newAttack(t, []string{"key = var.speech_key"}, `
variable "speech_key" {
  type      = string
  sensitive = true
}
data "speechendpoints" "app" {
  region = "westus"
  key_check {
    require_voices = [var.speech_key]
    on_failure     = "warning"
  }
}
output "missing" { value = data.speechendpoints.app.key_check_result.missing_voices }
`, "TF_VAR_speech_key="+key)
	a.fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus"})
	a.plan()
	if found := leaks(a.cli.outputs.String(), key); len(found) > 0 {
		t.Errorf("the key appears in the plan output:\n%s", a.cli.outputs.String())
	}
}

// A key of an unusual shape (one character cut, 83 letters and
// digits) given to a resource setting is printed: by ValidateConfig
// (no redactor) even with key_check, by a data source without key_check,
// in Terraform's "Read complete [id=...]" line (the id holds the
// subdomain or the voices locale), and, when the data source checks
// another key, it is even sent as a host name to the proxy and DNS.
func TestAttack_keyInASettingIsNeverPrinted(t *testing.T) {
	t.Parallel()
	full := testKey(t.Name())
	cut := "0" + full[1:31]       // 31 hex digits: a key cut short
	cutLetter := "a" + full[1:31] // the same, starting with a letter
	other := testKey("other " + t.Name())
	for _, tc := range []struct{ name, key, ds string }{
		{"region, key cut short, with key_check", cut, "data \"speechendpoints\" \"app\" {\n  region = var.speech_key\n  key_check {}\n}\n"},
		{"region, 83 letters and digits, with key_check", strings.Repeat("Xy7", 27) + "Zq", "data \"speechendpoints\" \"app\" {\n  region = var.speech_key\n  key_check {}\n}\n"},
		{"region, key cut short, no key_check", cutLetter, "data \"speechendpoints\" \"app\" {\n  region = var.speech_key\n}\n"},
		{"voices data source region, key cut short", cut, "data \"speechendpoints_voices\" \"v\" {\n  region = var.speech_key\n}\n"},
		{"subdomain = the key, no key_check", full, "data \"speechendpoints\" \"app\" {\n  region = \"westus\"\n  custom_subdomain_name = var.speech_key\n}\n"},
		{"endpoint holds the key, no key_check", full, "data \"speechendpoints\" \"app\" {\n  endpoint = \"https://${var.speech_key}.cognitiveservices.azure.com/\"\n}\n"},
		{"voices locale = the key", full, "data \"speechendpoints_voices\" \"v\" {\n  region = \"westus\"\n  locale = var.speech_key\n}\n"},
		{"provider key as region beside key_check.key", cutLetter, fmt.Sprintf("data \"speechendpoints\" \"app\" {\n  region = var.speech_key\n  key_check {\n    key = %q\n  }\n}\n", other)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := newAttack(t, []string{"key = var.speech_key"}, "variable \"speech_key\" {\n  type      = string\n  sensitive = true\n}\n"+tc.ds, "TF_VAR_speech_key="+tc.key)
			a.fake.Add(fakespeech.Resource{Key: tc.key, Cloud: "public", Region: "westus"})
			a.plan()
			logText, _ := os.ReadFile(a.cli.logPath)
			for name, text := range map[string]string{"output": a.cli.outputs.String(), "trace log": string(logText)} {
				if found := leaks(text, tc.key); len(found) > 0 {
					t.Errorf("the key appears in the %s:\n%s", name, a.cli.outputs.String())
				}
			}
		})
	}
}

// A good key whose token host is blocked while Azure serves the voices
// list: the key is proved valid (key_valid = true), and the check stays
// inconclusive (a warning) because the token endpoint is unproven.
func TestAttack_voicesListProvesAKeyWhenTheTokenHostIsBlocked(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	a := newAttack(t, []string{fmt.Sprintf("key = %q", key), "max_retries = 0"}, `
data "speechendpoints" "app" {
  region = "westus"
  key_check {}
}
output "key_valid" { value = data.speechendpoints.app.key_check_result.key_valid }
`)
	a.fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus"})
	a.fake.SetHostRule("westus.api.cognitive.microsoft.com", fakespeech.HostRule{BlockPage: 403})
	code, out := a.plan()
	for _, want := range []string{"Warning: Something Between This Machine And Azure Answered", "key_valid = true", "only the token endpoint is unproven"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("exit %d, the output lacks %q:\n%s", code, want, a.cli.outputs.String())
		}
	}
}

// The voices data source returns Azure's list when Azure served it, even
// though the token host is blocked: a warning, not an error.
func TestAttack_voicesDataSourceReturnsAServedList(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	a := newAttack(t, []string{fmt.Sprintf("key = %q", key), "max_retries = 0"}, `
data "speechendpoints_voices" "v" {
  region = "westus"
}
output "count" { value = length(data.speechendpoints_voices.v.short_names) }
`)
	a.fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus"})
	a.fake.SetHostRule("westus.api.cognitive.microsoft.com", fakespeech.HostRule{BlockPage: 403})
	code, out := a.plan()
	if code != 0 || !strings.Contains(out, "Warning: Something Between This Machine And Azure Answered") || strings.Contains(out, "count = 0") || !strings.Contains(out, "count = ") {
		t.Errorf("exit %d:\n%s", code, a.cli.outputs.String())
	}
}
