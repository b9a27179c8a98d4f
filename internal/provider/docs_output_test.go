package provider

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// A diagnostic the docs show as `terraform plan` prints it.
type shownDiagnostic struct {
	at   string // file:line of its first line
	text string // "Error: Title body", whitespace collapsed
}

// The first line of a diagnostic, as the CLI prints it with -no-color.
var diagnosticStart = regexp.MustCompile(`^(Error|Warning): \S`)

// diagnosticsIn reads the diagnostics of CLI output: the summary line and
// the detail, whitespace collapsed, without the source lines between them.
// first gives the index of each one's first line.
func diagnosticsIn(lines []string) (texts []string, first []int) {
	var (
		cur      []string
		inSource bool
	)
	flush := func() {
		if cur != nil {
			texts = append(texts, strings.Join(strings.Fields(strings.Join(cur, " ")), " "))
		}
		cur = nil
	}
	for i, line := range lines {
		trimmed := strings.TrimSpace(line)
		switch {
		case diagnosticStart.MatchString(line):
			flush()
			cur, inSource = []string{line}, false
			first = append(first, i)
		case cur == nil:
		case strings.HasPrefix(line, "  with ") || strings.HasPrefix(line, "  on "):
			inSource = true
		case inSource && trimmed != "" && strings.HasPrefix(line, "  "):
		case inSource && trimmed == "":
			inSource = false
		case !inSource && len(cur) > 1 && trimmed == "":
			// A blank line after the detail ends the diagnostic.
			flush()
		default:
			cur = append(cur, line)
		}
	}
	flush()
	return texts, first
}

// shownDiagnostics reads the diagnostics shown in the output blocks (a
// fence with no language, or text) of docs/ and the README.
func shownDiagnostics(t *testing.T) []shownDiagnostic {
	t.Helper()
	var out []shownDiagnostic
	for path, src := range readablePages(t) {
		lines := strings.Split(src, "\n")
		for i := 0; i < len(lines); i++ {
			trimmed := strings.TrimSpace(lines[i])
			if !strings.HasPrefix(trimmed, "```") {
				continue
			}
			end := i + 1
			for end < len(lines) && strings.TrimSpace(lines[end]) != "```" {
				end++
			}
			if trimmed == "```" || trimmed == "```text" {
				texts, first := diagnosticsIn(lines[i+1 : end])
				for k, text := range texts {
					out = append(out, shownDiagnostic{at: fmt.Sprintf("%s:%d", path, i+2+first[k]), text: text})
				}
			}
			i = end
		}
	}
	return out
}

// Every diagnostic the docs show is what the CLI prints today: each is
// found, word for word, in the plan of a configuration of the docs. The
// configurations are the docs' complete blocks and the key-check example
// that check a key in Japan West, planned with the key of a China East 2
// resource (the docs' failure) and with a Japan West key whose resource
// answers 503 (the docs' outage). A message changed in the provider, or a
// shown output edited by hand, fails here until the docs show the real one.
func TestDocsShowRealDiagnostics(t *testing.T) {
	t.Parallel()
	shown := shownDiagnostics(t)
	if len(shown) < 4 {
		t.Fatalf("found %d diagnostics in the docs' output blocks: want at least 4 (the format changed?)", len(shown))
	}
	var configs []string
	for _, s := range docSnippets(t) {
		m := regionLiteral.FindStringSubmatch(s.body)
		if terraformBlock.MatchString(s.body) && strings.Contains(s.body, "key_check") && m != nil && m[1] == "japanwest" {
			configs = append(configs, s.body)
		}
	}
	configs = append(configs, versionsBlock+exampleConfig(t, "../../examples/key-check"))
	if len(configs) < 3 {
		t.Fatalf("found %d configurations that check a Japan West key: want the README's, the data source page's and the example", len(configs))
	}
	plugins, ca := buildProvider(t), caFile(t)
	var (
		mu      sync.Mutex
		outputs []string
		raw     []string // as the CLI printed them, to copy from
	)
	t.Run("plans", func(t *testing.T) {
		for i, cfg := range configs {
			for _, world := range []struct {
				name     string
				resource fakespeech.Resource
			}{
				{"a China East 2 key", fakespeech.Resource{Cloud: "china", Region: "chinaeast2"}},
				{"an outage", fakespeech.Resource{Cloud: "public", Region: "japanwest", Fault: fakespeech.Fault503}},
			} {
				t.Run(fmt.Sprintf("%d %s", i, world.name), func(t *testing.T) {
					t.Parallel()
					key := testKey(t.Name())
					r := world.resource
					r.Key = key
					fake.Add(r)
					c := newCLI(t, plugins, cfg, "TF_VAR_speech_key="+key, "SSL_CERT_FILE="+ca)
					c.run("plan", "-input=false", "-no-color")
					texts, _ := diagnosticsIn(strings.Split(c.outputs.String(), "\n"))
					mu.Lock()
					outputs = append(outputs, texts...)
					raw = append(raw, c.outputs.String())
					mu.Unlock()
				})
			}
		}
	})
	printed := map[string]bool{}
	for _, o := range outputs {
		printed[o] = true
	}
	for _, d := range shown {
		if !printed[d.text] {
			t.Errorf("%s shows a diagnostic no plan of the docs' configurations prints (copy the real one from the "+
				"plan, or add the configuration that prints it):\n%s", d.at, d.text)
		}
	}
	if t.Failed() {
		// Kept after the test, to copy from; a name of its own per run.
		if f, err := os.CreateTemp("", "docs-diagnostics-plans-*.txt"); err == nil { //nolint:usetesting // outlives the test
			_, _ = f.WriteString(strings.Join(raw, "\n\n"))
			_ = f.Close()
			t.Logf("the plans' outputs, as the CLI printed them: %s", f.Name())
		}
	}
}
