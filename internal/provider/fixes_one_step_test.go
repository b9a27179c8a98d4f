package provider

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// oneStepCases are configurations whose fixes once led into a second
// problem about the same setting (issue 25), beside every words case.
var oneStepCases = []speech.Input{
	{Endpoint: sp("https://westus.stt.speech.microsoft.com/?language=en-US")},
	{Endpoint: sp("https://westus.tts.speech.microsoft.com/cognitiveservices/v1?x=1")},
	{Endpoint: sp("https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken?x=1")},
	{Endpoint: sp("http://westus.tts.speech.microsoft.com/")},
	{Endpoint: sp("https://westus.stt.speech.microsoft.com:8443/")},
	{Endpoint: sp("westus.tts.speech.microsoft.com")},
	{Endpoint: sp("https://westus.stt.speech.microsoft.com/foo")},
	{Endpoint: sp("https://westus.api.cognitive.microsoft.com/#frag")},
}

// TestEveryFixIsOneStep applies every fix of every problem of every code
// and resolves again: no problem is left about a setting the problem is
// about or the fix changes, neither an error nor a warning that proposes
// to change again a setting the fix changed (a fix that leads into "now
// change it again" is two steps). A note that a fix uncovers about
// another setting (custom-domain-only's private_endpoint) is not a step
// of the same fix.
func TestEveryFixIsOneStep(t *testing.T) {
	tried := 0
	for _, in := range append(append([]speech.Input{}, wordsCases...), oneStepCases...) {
		_, ps := speech.Resolve(in)
		for _, p := range ps {
			for _, f := range p.Fixes {
				tried++
				var changed []speech.Setting
				for _, c := range f {
					changed = append(changed, c.Setting)
				}
				settings := append([]speech.Setting{p.Setting}, changed...)
				_, after := speech.Resolve(in.With(f))
				for _, q := range after {
					if !slices.Contains(settings, q.Setting) || q.Warning && !changesAgain(q, changed) {
						continue
					}
					t.Errorf("%s: fix %s of %s leaves %s (warning %v) on the same setting",
						describeInput(in), describeFix(f), p.Code, q.Code, q.Warning)
				}
			}
		}
	}
	if tried < 40 {
		t.Fatalf("only %d fixes tried: the cases lost their fixes", tried)
	}
}

// changesAgain reports whether a warning proposes to change again a
// setting a fix changed.
func changesAgain(q speech.Problem, changed []speech.Setting) bool {
	for _, g := range q.Fixes {
		for _, c := range g {
			if slices.Contains(changed, c.Setting) {
				return true
			}
		}
	}
	return false
}

func describeInput(in speech.Input) string {
	var b strings.Builder
	for name, v := range map[string]*string{"region": in.Region, "cloud": in.Cloud, "kind": in.Kind,
		"subdomain": in.Subdomain, "endpoint": in.Endpoint} {
		if v != nil {
			fmt.Fprintf(&b, "%s=%q ", name, *v)
		}
	}
	return strings.TrimSpace(b.String())
}

func describeFix(f speech.Fix) string {
	var parts []string
	for _, c := range f {
		if c.Remove {
			parts = append(parts, fmt.Sprintf("-%d", c.Setting))
			continue
		}
		parts = append(parts, fmt.Sprintf("%d=%q", c.Setting, c.Value))
	}
	return strings.Join(parts, " ")
}
