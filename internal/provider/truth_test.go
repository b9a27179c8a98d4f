package provider

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
)

// The warnings users see, through the real CLI: a region outside the
// Speech table is a warning and the plan goes on; a custom-domain-only
// endpoint plans without one; definite mistakes stay errors.
// noProviderWarning in lacks: the provider adds no warning to the plan.
const noProviderWarning = "(no provider warning)"

func TestOpenWorldThroughTheCLI(t *testing.T) {
	t.Parallel()
	plugins := buildProvider(t)
	for _, tc := range []struct {
		name, ds     string
		exit         int
		shows, lacks []string
	}{
		{"region outside the table", `region = "Poland Central"`, 0,
			[]string{"Warning: Region Not In Speech Table", `"polandcentral" is an Azure region`, "revision of 2025-11-09", "Add a key_check to settle it", "https://polandcentral.api.cognitive.microsoft.com/sts/v1.0/issueToken"}, []string{"\nError: "}},
		{"a name never seen", `region = "brazilnortheast"`, 0,
			[]string{"Warning: Region Not In Speech Table", `"brazilnortheast" is not in this provider's table`}, []string{"\nError: "}},
		{"a numbered sibling is not a typo", `region = "eastus3"`, 0, []string{"Warning: Region Not In Speech Table"}, []string{"\nError: "}},
		{"a typo is an error", `region = "swedentcentral"`, 1, []string{"Error: Unknown Speech Region", `Did you mean "swedencentral"`}, nil},
		{"a region Microsoft says lacks Speech", `region = "southindia"`, 1, []string{"Error: Region Without Speech", "centralindia"}, nil},
		// The custom-domain endpoint of an AI services resource, as today's
		// quickstarts use it (FromEndpoint, no private endpoint): no warning.
		{"custom domain only", `endpoint = "https://contoso.cognitiveservices.azure.com/"`, 0,
			[]string{"https://contoso.cognitiveservices.azure.com/sts/v1.0/issueToken"}, []string{"\nError: ", noProviderWarning}},
		{"an AI services resource's custom domain", "endpoint = \"https://contoso.cognitiveservices.azure.com/\"\n  resource_type = \"AIServices\"", 0,
			[]string{"https://contoso.cognitiveservices.azure.com/sts/v1.0/issueToken"}, []string{"\nError: ", noProviderWarning}},
		{"an AI services resource's Foundry endpoint", `endpoint = "https://contoso.services.ai.azure.com/"`, 0,
			[]string{"https://contoso.cognitiveservices.azure.com/sts/v1.0/issueToken"}, []string{"\nError: ", noProviderWarning}},
		{"custom domain only behind a private endpoint", "endpoint = \"https://contoso.cognitiveservices.azure.com/\"\n  private_endpoint = true", 0,
			nil, []string{"\nError: ", "Warning: Custom-Domain"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := newCLI(t, plugins, versionsBlock+providerBlock()+`
data "speechendpoints" "s" {
  `+tc.ds+`
}
output "token" { value = data.speechendpoints.s.token_endpoint }
`)
			if code := c.run("plan", "-input=false", "-no-color"); code != tc.exit {
				t.Fatalf("exit %d, want %d:\n%s", code, tc.exit, c.outputs.String())
			}
			flat := strings.Join(strings.Fields(c.outputs.String()), " ")
			for _, s := range tc.shows {
				if !strings.Contains(flat, s) {
					t.Errorf("the output lacks %q:\n%s", s, c.outputs.String())
				}
			}
			for _, s := range tc.lacks {
				if s == noProviderWarning {
					// The CLI's own warning (dev overrides) is the only one.
					out := c.outputs.String()
					if strings.Count(out, "Warning:") != strings.Count(out, "Warning: Provider development overrides") {
						t.Errorf("the provider warns:\n%s", out)
					}
					continue
				}
				if strings.Contains(c.outputs.String(), s) {
					t.Errorf("the output has %q:\n%s", s, c.outputs.String())
				}
			}
		})
	}
}

// What the data source computes for the hosts users paste and the regions
// outside the table.
func TestTruthAtTheEdges(t *testing.T) {
	t.Parallel()
	ds := "data.speechendpoints."
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{
			{
				Config: `
data "speechendpoints" "openai" {
  endpoint = "https://contoso.openai.azure.com/"
}`,
				ExpectError: errorOnAttr("OpenAI Endpoint Without An AI Services Kind", "endpoint"),
			},
			{
				Config: `
data "speechendpoints" "foundry" {
  endpoint      = "https://contoso.services.ai.azure.com/api/projects/p"
  resource_type = "SpeechServices"
}`,
				ExpectError: errorOnAttr("Resource Type Contradicts Endpoint", "resource_type"),
			},
			{
				Config: `
data "speechendpoints" "sub" {
  region                = "westus"
  custom_subdomain_name = "` + strings.Repeat("a", 64) + `"
}`,
				ExpectError: words("a DNS label holds at most 63 characters"),
			},
			{
				Config: `
data "speechendpoints" "outside" {
  region = "polandcentral"
}
data "speechendpoints" "foundry" {
  endpoint         = "https://contoso.services.ai.azure.com/api/projects/call-center"
  region           = "swedencentral"
}
data "speechendpoints" "openai" {
  endpoint      = "https://contoso.openai.azure.com/"
  resource_type = "AIServices"
  private_endpoint = true
}
data "speechendpoints" "virginia" {
  endpoint = "https://virginia.api.cognitive.microsoft.us/"
}
data "speechendpoints" "gov" {
  region = "usgovarizona"
}
data "speechendpoints" "china" {
  region = "chinanorth3"
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(ds+"outside", tfjsonpath.New("region_name"), str("polandcentral")),
					statecheck.ExpectKnownValue(ds+"outside", tfjsonpath.New("region_display_name"), knownvalue.Null()),
					statecheck.ExpectKnownValue(ds+"outside", tfjsonpath.New("features"), knownvalue.Null()),
					statecheck.ExpectKnownValue(ds+"outside", tfjsonpath.New("stt_websocket_endpoint"), str("wss://polandcentral.stt.speech.microsoft.com/stt/speech/universal/v2")),
					statecheck.ExpectKnownValue(ds+"outside", tfjsonpath.New("custom_voice_endpoint"), knownvalue.Null()),
					statecheck.ExpectKnownValue(ds+"foundry", tfjsonpath.New("resource_type_name"), str("AIServices")),
					statecheck.ExpectKnownValue(ds+"foundry", tfjsonpath.New("resource_endpoint"), str("https://contoso.cognitiveservices.azure.com/")),
					statecheck.ExpectKnownValue(ds+"foundry", tfjsonpath.New("custom_domain").AtMapKey("token_endpoint"), str("https://contoso.cognitiveservices.azure.com/sts/v1.0/issueToken")),
					statecheck.ExpectKnownValue(ds+"foundry", tfjsonpath.New("token_endpoint"), str("https://swedencentral.api.cognitive.microsoft.com/sts/v1.0/issueToken")),
					statecheck.ExpectKnownValue(ds+"openai", tfjsonpath.New("token_endpoint"), str("https://contoso.cognitiveservices.azure.com/sts/v1.0/issueToken")),
					statecheck.ExpectKnownValue(ds+"virginia", tfjsonpath.New("region_name"), str("usgovvirginia")),
					statecheck.ExpectKnownValue(ds+"virginia", tfjsonpath.New("token_endpoint"), str("https://usgovvirginia.api.cognitive.microsoft.us/sts/v1.0/issueToken")),
					statecheck.ExpectKnownValue(ds+"gov", tfjsonpath.New("translation_websocket_endpoint"), str("wss://usgovarizona.stt.speech.azure.us/stt/speech/universal/v2")),
					statecheck.ExpectKnownValue(ds+"gov", tfjsonpath.New("features"), knownvalue.ObjectExact(map[string]knownvalue.Check{
						"fast_transcription": knownvalue.Bool(false), "batch_synthesis": knownvalue.Null(), "custom_voice": knownvalue.Bool(false), "preview_voices": knownvalue.Null(),
						"llm_speech": knownvalue.Bool(false), "mai_transcribe": knownvalue.Null(), "voice_live": knownvalue.Bool(false),
						"speech_mcp_server": knownvalue.Null(), "realtime_avatar": knownvalue.Bool(false), "batch_avatar": knownvalue.Bool(false),
					})),
					statecheck.ExpectKnownValue(ds+"china", tfjsonpath.New("features"), knownvalue.ObjectExact(map[string]knownvalue.Check{
						"fast_transcription": knownvalue.Null(), "batch_synthesis": knownvalue.Null(), "custom_voice": knownvalue.Bool(false), "preview_voices": knownvalue.Null(),
						"llm_speech": knownvalue.Bool(false), "mai_transcribe": knownvalue.Null(), "voice_live": knownvalue.Bool(false),
						"speech_mcp_server": knownvalue.Null(), "realtime_avatar": knownvalue.Bool(false), "batch_avatar": knownvalue.Bool(false),
					})),
					// China: real-time speech translation is supported (sovereign-clouds page, 2025-08-07).
					statecheck.ExpectKnownValue(ds+"china", tfjsonpath.New("translation_websocket_endpoint"), str("wss://chinanorth3.stt.speech.azure.cn/stt/speech/universal/v2")),
					statecheck.ExpectKnownValue(ds+"china", tfjsonpath.New("regional").AtMapKey("translation_v1_websocket_endpoint"), str("wss://chinanorth3.s2s.speech.azure.cn/speech/translation/cognitiveservices/v1")),
				},
			},
		},
	})
}
