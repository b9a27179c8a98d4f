package provider

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/config"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// exampleConfig joins an example directory's .tf files, leaving out
// versions.tf (its required_providers block names the registry address,
// which the test harness serves under its own).
func exampleConfig(t *testing.T, dir string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.tf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no .tf files in %s: %v", dir, err)
	}
	var b strings.Builder
	for _, f := range files {
		if filepath.Base(f) == "versions.tf" || filepath.Base(f) == "provider.tf" {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(src)
		b.WriteString("\n")
	}
	return b.String()
}

// exampleDirs are every example folder with a configuration.
func exampleDirs(t *testing.T) []string {
	t.Helper()
	var dirs []string
	for _, pattern := range []string{"../../examples/*", "../../examples/data-sources/*", "../../examples/functions/*", "../../examples/ephemeral-resources/*"} {
		more, _ := filepath.Glob(pattern)
		for _, d := range more {
			if files, _ := filepath.Glob(filepath.Join(d, "*.tf")); len(files) > 0 && filepath.Base(d) != "provider" {
				dirs = append(dirs, d)
			}
		}
	}
	if len(dirs) < 15 {
		t.Fatalf("found %d examples, want at least 15", len(dirs))
	}
	return dirs
}

// caFile writes the fake's CA to a file, for SSL_CERT_FILE: the way a user
// of the fake trusts it without changing a configuration.
func caFile(t *testing.T) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(f, fake.CAPEM(), 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

// Every example plans when copied alone into an empty folder, as a user
// copies it: through the real CLI, with only the key in the environment
// (and the fake's CA trusted through SSL_CERT_FILE). The key-check example
// is the seed failure: configured as Japan West with a China East 2 key,
// it must fail and name China East 2. No output holds the key.
func TestExamplesCopiedAlone(t *testing.T) {
	t.Parallel()
	fake.Add(fakespeech.DemoResources()...)
	plugins := buildProvider(t)
	ca := caFile(t)
	for _, dir := range exampleDirs(t) {
		name := strings.TrimPrefix(dir, "../../examples/")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			c := newCLI(t, plugins, "", "TF_VAR_speech_key="+fakespeech.DemoKey, "SSL_CERT_FILE="+ca)
			if err := os.Remove(filepath.Join(c.dir, "main.tf")); err != nil {
				t.Fatal(err)
			}
			files, _ := filepath.Glob(filepath.Join(dir, "*.tf"))
			for _, f := range files {
				src, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(c.dir, filepath.Base(f)), src, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			code := c.run("plan", "-input=false", "-no-color")
			out := c.outputs.String()
			switch {
			case name == "key-check":
				if code == 0 || !words(`set cloud = "china" and region = "chinaeast2"`).MatchString(out) {
					t.Errorf("the seed failure: exit %d:\n%s", code, out)
				}
			case code != 0:
				t.Errorf("terraform plan of %s copied alone failed (exit %d):\n%s", name, code, out)
			}
			if strings.Count(out, "Error: ") > 1 || strings.Count(out, "Warning: Check block assertion failed") > 1 {
				t.Errorf("a failure is shown twice:\n%s", out)
			}
			if found := leaks(out, fakespeech.DemoKey); len(found) > 0 {
				t.Errorf("the plan of %s shows the key", name)
			}
		})
	}
}

// The check-block example reports a bad key once, as the check block's
// warning, and the plan goes on.
func TestExamples_checkBlockOnce(t *testing.T) {
	t.Parallel()
	bad := testKey(t.Name())
	c := newCLI(t, buildProvider(t), versionsBlock+exampleConfig(t, "../../examples/check-block"), "TF_VAR_speech_key="+bad, "SSL_CERT_FILE="+caFile(t))
	code := c.run("plan", "-input=false", "-no-color")
	out := strings.Join(strings.Fields(c.outputs.String()), " ")
	if code != 0 || strings.Count(out, "Access denied: the gateway does not know this key") != 1 || !strings.Contains(out, "Warning: Check block assertion failed") {
		t.Errorf("exit %d:\n%s", code, c.outputs.String())
	}
}

// The voices example fails the plan when the region does not offer the
// configured voice, and names the closest one offered.
func TestExamples_voicesApp(t *testing.T) {
	t.Parallel()
	fake.Add(fakespeech.DemoResources()...)
	cfg := exampleConfig(t, "../../examples/voices-app")
	vars := func(voice string) config.Variables {
		return config.Variables{
			"speech_key":   config.StringVariable(fakespeech.DemoKey),
			"speech_voice": config.StringVariable(voice),
		}
	}
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{
			{
				Config:          cfg,
				ConfigVariables: vars("en-US-AvaMultilingalNeural"),
				ExpectError:     checkError("Voice Not Offered In Region", `"en-US-AvaMultilingalNeural" (closest offered: "en-US-AvaMultilingualNeural"`),
			},
			{
				Config:          cfg,
				ConfigVariables: vars("en-US-AvaMultilingualNeural"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownOutputValue("missing_voices", knownvalue.ListExact([]knownvalue.Check{})),
				},
			},
		},
	})
}

// The key check example, as `make demo` runs it: the seed case fails and
// names China East 2, the corrected variables pass.
func TestExamples_keyCheck(t *testing.T) {
	t.Parallel()
	fake.Add(fakespeech.DemoResources()...)
	cfg := exampleConfig(t, "../../examples/key-check")
	vars := func(cloud, region string) config.Variables {
		return config.Variables{
			"speech_key":  config.StringVariable(fakespeech.DemoKey),
			"ca_cert_pem": config.StringVariable(string(fake.CAPEM())),
			"cloud":       config.StringVariable(cloud),
			"region":      config.StringVariable(region),
		}
	}
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{
			{
				Config:          cfg,
				ConfigVariables: vars("public", "japanwest"),
				ExpectError:     checkError("Azure Speech Key Belongs Elsewhere", `set cloud = "china" and region = "chinaeast2"`),
			},
			{
				Config:          cfg,
				ConfigVariables: vars("china", "chinaeast2"),
				ConfigStateChecks: []statecheck.StateCheck{
					noTrace{key: fakespeech.DemoKey},
					statecheck.ExpectKnownOutputValueAtPath("key_check", tfjsonpath.New("key_valid"), knownvalue.Bool(true)),
					statecheck.ExpectKnownOutputValueAtPath("app_settings", tfjsonpath.New("SPEECH_TOKEN_ENDPOINT"), str("https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken")),
				},
			},
		},
	})
}
