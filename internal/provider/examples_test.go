package provider

import (
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/config"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

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

// Every example plans and applies cleanly with the provider. Examples that
// take a key get the demo resource's key and the fake service's CA.
func TestExamples(t *testing.T) {
	t.Parallel()
	fake.Add(fakespeech.DemoResources()...)
	var dirs []string
	for _, pattern := range []string{"../../examples/*", "../../examples/data-sources/*", "../../examples/functions/*", "../../examples/ephemeral-resources/*"} {
		more, _ := filepath.Glob(pattern)
		dirs = append(dirs, more...)
	}
	ran := 0
	for _, dir := range dirs {
		if files, _ := filepath.Glob(filepath.Join(dir, "*.tf")); len(files) == 0 || filepath.Base(dir) == "provider" || filepath.Base(dir) == "key-check" {
			continue
		}
		ran++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			cfg := exampleConfig(t, dir)
			vars := config.Variables{}
			if strings.Contains(cfg, `variable "speech_key"`) {
				vars["speech_key"] = config.StringVariable(fakespeech.DemoKey)
			}
			if strings.Contains(cfg, `variable "ca_cert_pem"`) {
				vars["ca_cert_pem"] = config.StringVariable(string(fake.CAPEM()))
			}
			if !strings.Contains(cfg, "ca_cert_pem") && strings.Contains(cfg, "speechendpoints_token") {
				// The example uses the provider's defaults: trust the fake here.
				cfg = providerBlock() + cfg
			}
			if strings.Contains(cfg, "for_each") {
				// plugin-testing's state checks cannot read for_each
				// instances: plan these through the CLI.
				planExample(t, dir, cfg)
				return
			}
			var checks []statecheck.StateCheck
			if strings.Contains(cfg, `data "speechendpoints"`) {
				checks = append(checks, noTrace{key: fakespeech.DemoKey})
			}
			resource.UnitTest(t, resource.TestCase{
				ProtoV6ProviderFactories: freshProviders(),
				Steps:                    []resource.TestStep{{Config: cfg, ConfigVariables: vars, ConfigStateChecks: checks}},
			})
		})
	}
	if ran < 15 {
		t.Fatalf("found %d examples, want at least 15", ran)
	}
}

// planExample plans an example with the built provider through the CLI,
// with the demo key and the fake's CA.
func planExample(t *testing.T, dir, cfg string) {
	t.Helper()
	c := newCLI(t, buildProvider(t), versionsBlock+cfg, "TF_VAR_speech_key="+fakespeech.DemoKey, "TF_VAR_ca_cert_pem="+string(fake.CAPEM()))
	if code := c.run("plan", "-input=false", "-no-color"); code != 0 {
		t.Fatalf("terraform plan of %s failed:\n%s", dir, c.outputs.String())
	}
	if found := leaks(c.outputs.String(), fakespeech.DemoKey); len(found) > 0 {
		t.Errorf("the plan of %s shows the key", dir)
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
			"ca_cert_pem":  config.StringVariable(string(fake.CAPEM())),
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
