package provider

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// A code block of the generated docs, in a language a user copies into a
// configuration.
type docSnippet struct {
	file   string // path from the repository root: docs/... or README.md
	line   int    // line of the opening fence
	marker string // "fragment" or "cli-config", from the comment before it; "" for none
	reason string // the marker's text after the colon
	body   string
}

// The languages whose blocks a user copies as Terraform (or CLI) files.
var snippetFence = regexp.MustCompile("^```(terraform|hcl|tf)\\s*$")

// The marker that may precede a block (blank lines between are allowed):
//
//	<!-- fragment: what the block needs around it -->
//	<!-- cli-config: what the file is -->
//
// The templates' header comments describe the convention.
var snippetMarker = regexp.MustCompile(`^<!--\s*(fragment|cli-config)\s*:\s*(.*?)\s*-->$`)

// A top-level terraform block: what makes a block a configuration that
// plans alone.
var terraformBlock = regexp.MustCompile(`(?m)^terraform\s*\{`)

// The first literal region of a configuration.
var regionLiteral = regexp.MustCompile(`(?m)^\s*region\s*=\s*"([^"]+)"`)

// docSnippets reads every terraform, hcl or tf block of the pages users
// read (readablePages: docs/, as tfplugindocs renders templates/ and
// examples/, and the README, whose usage is copied as much as the docs').
func docSnippets(t *testing.T) []docSnippet {
	t.Helper()
	var out []docSnippet
	for rel, src := range readablePages(t) {
		var (
			cur          *docSnippet
			inOther      bool
			lastNonBlank string
		)
		for i, line := range strings.Split(src, "\n") {
			trimmed := strings.TrimSpace(line)
			switch {
			case cur != nil && trimmed == "```":
				out = append(out, *cur)
				cur = nil
			case cur != nil:
				cur.body += line + "\n"
			case inOther && trimmed == "```":
				inOther = false
			case inOther:
			case snippetFence.MatchString(trimmed):
				cur = &docSnippet{file: rel, line: i + 1}
				if m := snippetMarker.FindStringSubmatch(lastNonBlank); m != nil {
					cur.marker, cur.reason = m[1], m[2]
				}
			case strings.HasPrefix(trimmed, "```"):
				inOther = true
			}
			if trimmed != "" {
				lastNonBlank = trimmed
			}
		}
		if cur != nil {
			t.Errorf("%s:%d: a code block that never ends", rel, cur.line)
		}
	}
	return out
}

// Every terraform/hcl block of the docs is either a configuration that
// plans when copied alone into an empty folder (it has a terraform block
// with required_providers), or is marked, right before it, as a fragment
// (with what it needs) or as a CLI configuration file. A complete
// configuration is planned with the real CLI against the fake, as
// TestExamplesCopiedAlone plans the examples: dev_overrides, the fake's CA
// through SSL_CERT_FILE, the key in TF_VAR_speech_key, a key of a resource
// in the configuration's first literal region (as the user's key would be).
// The CLI configuration block is used, with its folder replaced by the
// test build's, to plan the provider example.
func TestSnippetsCopiedAlone(t *testing.T) {
	t.Parallel()
	snippets := docSnippets(t)
	plugins := buildProvider(t)
	ca := caFile(t)
	var complete, fragments int
	for _, s := range snippets {
		name := fmt.Sprintf("%s:%d", s.file, s.line)
		hasTerraform := terraformBlock.MatchString(s.body)
		switch {
		case s.marker == "" && !hasTerraform:
			t.Errorf("%s: a block without a terraform block (required_providers) does not plan when copied alone: "+
				"make it complete, or put <!-- fragment: what it needs --> before it (in the template, before the block or its tffile)", name)
			continue
		case s.marker != "" && s.reason == "":
			t.Errorf("%s: the %s marker says nothing after its colon: say what the block needs, or what it is", name, s.marker)
			continue
		case s.marker != "" && hasTerraform:
			t.Errorf("%s: marked %s but has a terraform block: a complete configuration is planned, so drop the marker", name, s.marker)
			continue
		case s.marker == "fragment":
			fragments++
			continue
		case hasTerraform:
			complete++
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if s.marker == "cli-config" {
				planWithCLIConfig(t, plugins, ca, s)
				return
			}
			key := testKey(t.Name())
			region := "chinaeast2"
			if m := regionLiteral.FindStringSubmatch(s.body); m != nil {
				region = m[1]
			}
			rg, problems := speech.ParseRegion(region)
			for _, p := range problems {
				if !p.Warning {
					t.Fatalf("the first region of the block, %q, is refused: %+v", region, p)
				}
			}
			fake.Add(fakespeech.Resource{Key: key, Cloud: rg.Cloud.Name, Region: rg.Name})
			c := newCLI(t, plugins, s.body, "TF_VAR_speech_key="+key, "SSL_CERT_FILE="+ca)
			code := c.run("plan", "-input=false", "-no-color")
			out := c.outputs.String()
			if code != 0 {
				t.Errorf("terraform plan of the block copied alone failed (exit %d):\n%s\n--- the block:\n%s", code, out, s.body)
			}
			if strings.Contains(out, "Check block assertion failed") {
				t.Errorf("a check of the block failed:\n%s", out)
			}
			if found := leaks(out, key); len(found) > 0 {
				t.Errorf("the plan of the block shows the key")
			}
		})
	}
	// The test cannot pass by finding nothing (a renamed fence, a moved
	// folder).
	if len(snippets) < 10 || complete == 0 {
		t.Errorf("found %d blocks in docs/, %d of them complete configurations: want at least 10 blocks and one configuration", len(snippets), complete)
	}
	t.Logf("%d blocks: %d complete configurations planned, %d fragments, the rest CLI configuration", len(snippets), complete, fragments)
}

// planWithCLIConfig writes a cli-config block as the CLI configuration,
// its dev_overrides folder replaced by the test build's, and plans the
// provider example with it.
func planWithCLIConfig(t *testing.T, plugins, ca string, s docSnippet) {
	t.Helper()
	folder := regexp.MustCompile(`("speechendpoints/speechendpoints"\s*=\s*)"[^"]*"`)
	if !folder.MatchString(s.body) {
		t.Fatalf("the CLI configuration has no dev_overrides entry for \"speechendpoints/speechendpoints\":\n%s", s.body)
	}
	rc := filepath.Join(t.TempDir(), "cli.tfrc")
	body := folder.ReplaceAllString(s.body, fmt.Sprintf("${1}%q", plugins))
	if err := os.WriteFile(rc, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile("../../examples/provider/provider.tf")
	if err != nil {
		t.Fatal(err)
	}
	c := newCLI(t, plugins, string(example)+`
data "speechendpoints" "snippet" {
  region = "westeurope"
}
`, "SSL_CERT_FILE="+ca, "TF_CLI_CONFIG_FILE="+rc)
	if code := c.run("plan", "-input=false", "-no-color"); code != 0 || !strings.Contains(c.outputs.String(), "development overrides") {
		t.Errorf("terraform plan with the CLI configuration of the docs failed or used no dev_overrides (exit %d):\n%s", code, c.outputs.String())
	}
}

// The controls: what TestSnippetsCopiedAlone relies on is real. The docs'
// key-check snippet (provider key, key_check {}) fails when copied without
// its terraform block, as the original report said (the CLI looks for
// hashicorp/speechendpoints), and its plan fails with a key of another
// region: the key check does run in those plans.
func TestSnippets_controls(t *testing.T) {
	t.Parallel()
	var block string
	for _, s := range docSnippets(t) {
		if s.file == "docs/index.md" && strings.Contains(s.body, "key_check {}") && terraformBlock.MatchString(s.body) {
			block = s.body
		}
	}
	if block == "" {
		t.Fatal("docs/index.md has no complete block with key_check {}")
	}
	plugins, ca := buildProvider(t), caFile(t)
	end := strings.Index(block, "\n}\n")
	if !strings.HasPrefix(block, "terraform {") || end < 0 {
		t.Fatalf("the block does not start with its terraform block:\n%s", block)
	}
	t.Run("without required_providers", func(t *testing.T) {
		t.Parallel()
		key := testKey(t.Name())
		fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westeurope"})
		c := newCLI(t, plugins, block[end+3:], "TF_VAR_speech_key="+key, "SSL_CERT_FILE="+ca)
		if code := c.run("plan", "-input=false", "-no-color"); code == 0 || !strings.Contains(c.outputs.String(), "hashicorp/speechendpoints") {
			t.Errorf("a block without required_providers planned, or failed for another reason (exit %d):\n%s", code, c.outputs.String())
		}
	})
	t.Run("key of another region", func(t *testing.T) {
		t.Parallel()
		key := testKey(t.Name())
		fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "japanwest"})
		c := newCLI(t, plugins, block, "TF_VAR_speech_key="+key, "SSL_CERT_FILE="+ca)
		if code := c.run("plan", "-input=false", "-no-color"); code == 0 || !strings.Contains(c.outputs.String(), "Error: Azure Speech Key Rejected") {
			t.Errorf("the key check of the block did not fail on a key of another region (exit %d):\n%s", code, c.outputs.String())
		}
	})
}
