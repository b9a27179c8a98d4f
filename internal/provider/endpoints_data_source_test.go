package provider

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
)

func str(s string) knownvalue.Check { return knownvalue.StringExact(s) }

func expect(addr, attr string, v knownvalue.Check) statecheck.StateCheck {
	return statecheck.ExpectKnownValue(addr, tfjsonpath.New(attr), v)
}

func expectPath(addr string, p tfjsonpath.Path, v knownvalue.Check) statecheck.StateCheck {
	return statecheck.ExpectKnownValue(addr, p, v)
}

func TestEndpoints_seedJapanWestNextToChinaEast2(t *testing.T) {
	t.Parallel()
	const j, c = "data.speechendpoints.japan", "data.speechendpoints.china"
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: `
data "speechendpoints" "japan" {
  region = "Japan West"
}
data "speechendpoints" "china" {
  region = "chinaeast2"
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				expect(j, "id", str("public/japanwest/")),
				expect(j, "cloud_name", str("public")),
				expect(j, "region_name", str("japanwest")),
				expect(j, "region_display_name", str("Japan West")),
				expect(j, "resource_type_name", str("SpeechServices")),
				expect(j, "resource_endpoint", str("https://japanwest.api.cognitive.microsoft.com/")),
				expect(j, "token_endpoint", str("https://japanwest.api.cognitive.microsoft.com/sts/v1.0/issueToken")),
				expect(j, "tts_endpoint", str("https://japanwest.tts.speech.microsoft.com/cognitiveservices/v1")),
				expect(j, "voices_endpoint", str("https://japanwest.tts.speech.microsoft.com/cognitiveservices/voices/list")),
				expect(j, "stt_endpoint", str("https://japanwest.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1")),
				expect(j, "stt_websocket_endpoint", str("wss://japanwest.stt.speech.microsoft.com/stt/speech/universal/v2")),
				expect(j, "tts_websocket_endpoint", str("wss://japanwest.tts.speech.microsoft.com/tts/cognitiveservices/websocket/v1")),
				expect(j, "stt_host", str("wss://japanwest.stt.speech.microsoft.com")),
				expect(j, "tts_host", str("https://japanwest.tts.speech.microsoft.com")),
				expect(j, "speech_to_text_api_endpoint", str("https://japanwest.api.cognitive.microsoft.com/speechtotext")),
				expect(j, "custom_voice_endpoint", str("https://japanwest.voice.speech.microsoft.com/cognitiveservices/v1")),
				expect(j, "custom_domain", knownvalue.Null()),
				expectPath(j, tfjsonpath.New("regional").AtMapKey("token_endpoint"), str("https://japanwest.api.cognitive.microsoft.com/sts/v1.0/issueToken")),
				expect(j, "features", knownvalue.ObjectExact(map[string]knownvalue.Check{
					"fast_transcription": knownvalue.Bool(true), "batch_synthesis": knownvalue.Bool(false),
					"custom_voice": knownvalue.Bool(true), "preview_voices": knownvalue.Bool(false),
					// Japan West: no LLM speech, no avatar; Voice Live and the MCP server.
					"llm_speech": knownvalue.Bool(false), "mai_transcribe": knownvalue.Bool(false), "voice_live": knownvalue.Bool(true),
					"speech_mcp_server": knownvalue.Bool(true), "realtime_avatar": knownvalue.Bool(false), "batch_avatar": knownvalue.Bool(false),
				})),
				expect(j, "app_settings", knownvalue.MapExact(map[string]knownvalue.Check{
					"SPEECH_REGION":          str("japanwest"),
					"SPEECH_ENDPOINT":        str("https://japanwest.api.cognitive.microsoft.com/"),
					"SPEECH_TOKEN_ENDPOINT":  str("https://japanwest.api.cognitive.microsoft.com/sts/v1.0/issueToken"),
					"SPEECH_TTS_ENDPOINT":    str("https://japanwest.tts.speech.microsoft.com/cognitiveservices/v1"),
					"SPEECH_VOICES_ENDPOINT": str("https://japanwest.tts.speech.microsoft.com/cognitiveservices/voices/list"),
					"SPEECH_STT_ENDPOINT":    str("https://japanwest.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1"),
				})),

				expect(c, "cloud_name", str("china")),
				expect(c, "region_display_name", str("China East 2")),
				expect(c, "resource_endpoint", str("https://chinaeast2.api.cognitive.azure.cn/")),
				expect(c, "token_endpoint", str("https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken")),
				expect(c, "tts_endpoint", str("https://chinaeast2.tts.speech.azure.cn/cognitiveservices/v1")),
				expect(c, "voices_endpoint", str("https://chinaeast2.tts.speech.azure.cn/cognitiveservices/voices/list")),
				expect(c, "stt_host", str("wss://chinaeast2.stt.speech.azure.cn")),
				expect(c, "custom_voice_endpoint", knownvalue.Null()),
				expectPath(c, tfjsonpath.New("features").AtMapKey("custom_voice"), knownvalue.Bool(false)),
			},
		}},
	})
}

func TestEndpoints_usGovernment(t *testing.T) {
	t.Parallel()
	const g = "data.speechendpoints.gov"
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: `
data "speechendpoints" "gov" {
  cloud  = "AzureUSGovernment"
  region = "US Gov Virginia"
}
data "speechendpoints" "legacy" {
  region = "virginia"
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				expect(g, "cloud_name", str("usgovernment")),
				expect(g, "region_name", str("usgovvirginia")),
				expect(g, "token_endpoint", str("https://usgovvirginia.api.cognitive.microsoft.us/sts/v1.0/issueToken")),
				expect(g, "tts_endpoint", str("https://usgovvirginia.tts.speech.azure.us/cognitiveservices/v1")),
				expect(g, "stt_websocket_endpoint", str("wss://usgovvirginia.stt.speech.azure.us/stt/speech/universal/v2")),
				expect(g, "custom_voice_endpoint", knownvalue.Null()),
				expect("data.speechendpoints.legacy", "region_name", str("usgovvirginia")),
				expect("data.speechendpoints.legacy", "cloud_name", str("usgovernment")),
			},
		}},
	})
}

func TestEndpoints_privateEndpointMultiService(t *testing.T) {
	t.Parallel()
	const p = "data.speechendpoints.private"
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: `
data "speechendpoints" "private" {
  region                = "westeurope"
  resource_type         = "multi-service"
  custom_subdomain_name = "Contoso-Speech"
  private_endpoint      = true
}
data "speechendpoints" "subdomain_public" {
  region                = "westeurope"
  custom_subdomain_name = "contoso-speech"
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				expect(p, "id", str("public/westeurope/contoso-speech/private")),
				expect(p, "resource_type_name", str("CognitiveServices")),
				expect(p, "resource_endpoint", str("https://contoso-speech.cognitiveservices.azure.com/")),
				expect(p, "token_endpoint", str("https://contoso-speech.cognitiveservices.azure.com/sts/v1.0/issueToken")),
				expect(p, "tts_endpoint", str("https://contoso-speech.cognitiveservices.azure.com/tts/cognitiveservices/v1")),
				expect(p, "voices_endpoint", str("https://contoso-speech.cognitiveservices.azure.com/tts/cognitiveservices/voices/list")),
				expect(p, "stt_endpoint", str("https://contoso-speech.cognitiveservices.azure.com/stt/speech/recognition/conversation/cognitiveservices/v1")),
				expect(p, "stt_websocket_endpoint", str("wss://contoso-speech.cognitiveservices.azure.com/stt/speech/universal/v2")),
				expect(p, "speech_to_text_api_endpoint", str("https://contoso-speech.cognitiveservices.azure.com/speechtotext")),
				expect(p, "stt_host", knownvalue.Null()),
				// Documented by the private-link page of 2020-12.
				expect(p, "custom_voice_endpoint", str("https://contoso-speech.cognitiveservices.azure.com/voice/cognitiveservices/v1")),
				expectPath(p, tfjsonpath.New("regional").AtMapKey("token_endpoint"), str("https://westeurope.api.cognitive.microsoft.com/sts/v1.0/issueToken")),
				expectPath(p, tfjsonpath.New("app_settings").AtMapKey("SPEECH_TOKEN_ENDPOINT"), str("https://contoso-speech.cognitiveservices.azure.com/sts/v1.0/issueToken")),
				expectPath(p, tfjsonpath.New("app_settings").AtMapKey("SPEECH_REGION"), str("westeurope")),
				// Without a private endpoint the regional forms stay recommended.
				expect("data.speechendpoints.subdomain_public", "token_endpoint", str("https://westeurope.api.cognitive.microsoft.com/sts/v1.0/issueToken")),
				expect("data.speechendpoints.subdomain_public", "resource_endpoint", str("https://contoso-speech.cognitiveservices.azure.com/")),
				expectPath("data.speechendpoints.subdomain_public", tfjsonpath.New("custom_domain").AtMapKey("tts_endpoint"), str("https://contoso-speech.cognitiveservices.azure.com/tts/cognitiveservices/v1")),
			},
		}},
	})
}

func TestEndpoints_endpointInputs(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: `
data "speechendpoints" "portal_regional" {
  endpoint = "https://japanwest.api.cognitive.microsoft.com/"
}
data "speechendpoints" "portal_custom_china" {
  endpoint = "https://my-speech.cognitiveservices.azure.cn/"
}
data "speechendpoints" "token_url" {
  endpoint = "https://usgovarizona.api.cognitive.microsoft.us/sts/v1.0/issueToken"
}
data "speechendpoints" "both" {
  endpoint         = "https://my-speech.cognitiveservices.azure.com/"
  region           = "eastus"
  private_endpoint = true
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				expect("data.speechendpoints.portal_regional", "region_name", str("japanwest")),
				expect("data.speechendpoints.portal_regional", "cloud_name", str("public")),
				expect("data.speechendpoints.portal_custom_china", "cloud_name", str("china")),
				expect("data.speechendpoints.portal_custom_china", "region_name", knownvalue.Null()),
				expect("data.speechendpoints.portal_custom_china", "regional", knownvalue.Null()),
				expect("data.speechendpoints.portal_custom_china", "features", knownvalue.Null()),
				expect("data.speechendpoints.portal_custom_china", "token_endpoint", str("https://my-speech.cognitiveservices.azure.cn/sts/v1.0/issueToken")),
				expectPath("data.speechendpoints.portal_custom_china", tfjsonpath.New("app_settings").AtMapKey("SPEECH_ENDPOINT"), str("https://my-speech.cognitiveservices.azure.cn/")),
				expect("data.speechendpoints.token_url", "region_name", str("usgovarizona")),
				expect("data.speechendpoints.token_url", "resource_endpoint", str("https://usgovarizona.api.cognitive.microsoft.us/")),
				expect("data.speechendpoints.both", "token_endpoint", str("https://my-speech.cognitiveservices.azure.com/sts/v1.0/issueToken")),
				expect("data.speechendpoints.both", "region_name", str("eastus")),
			},
		}},
	})
}

// Values unknown during plan are never errors: the data source is read at
// apply, when they are known.
func TestEndpoints_unknownAtPlan(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: `
resource "terraform_data" "later" {
  input = "x"
}
locals {
  # Unknown until apply: terraform_data.id is generated then.
  later = substr(terraform_data.later.id, 0, 0)
}
data "speechendpoints" "x" {
  region                = "${local.later}westus2"
  cloud                 = "${local.later}public"
  custom_subdomain_name = "${local.later}late-speech"
  endpoint              = "${local.later}https://late-speech.cognitiveservices.azure.com/"
  private_endpoint      = local.later == ""
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				expect("data.speechendpoints.x", "token_endpoint", str("https://late-speech.cognitiveservices.azure.com/sts/v1.0/issueToken")),
				expect("data.speechendpoints.x", "region_name", str("westus2")),
			},
		}},
	})
}

// A known bad value is reported at plan even when other values are unknown.
func TestEndpoints_knownBadValueNextToUnknown(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: `
resource "terraform_data" "later" {
  input = "x"
}
data "speechendpoints" "x" {
  region                = "global"
  custom_subdomain_name = terraform_data.later.id
}`,
			ExpectError: errorOn("Global Is Not A Speech Region", "region", "Speech resources are regional"),
		}},
	})
}

func TestEndpoints_badInputs(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, body string
		err        *regexp.Regexp
	}{
		{"misspelt region", `region = "swedentcentral"`, errorOn("Unknown Speech Region", "region", `Did you mean "swedencentral" (Sweden Central, public)?`)},
		{"locale", `region = "en-US"`, errorOn("Locale Given As Region", "region", "is a language locale, not an Azure region")},
		{"global", `region = "global"`, errorOn("Global Is Not A Speech Region", "region", "not a regional Speech resource")},
		{"undefined", `region = "undefined"`, errorOn("Placeholder Given As Region", "region", "a variable or template was not filled in")},
		{"url in region", `region = "https://westus.api.cognitive.microsoft.com/"`, errorOn("URL Given As Region", "region", `Set region = "westus", or move the URL to endpoint.`)},
		{"southindia", `region = "southindia"`, errorOn("Region Without Speech", "region", `does not offer Speech. Create the Speech resource in a nearby Speech region: "centralindia" (Central India, public).`)},
		{"spaincentral", `region = "Spain Central"`, errorOn("Region Without Speech", "region", `"francecentral" (France Central, public)`)},
		{"region of another cloud", "region = \"chinaeast2\"\ncloud = \"public\"", errorOn("Region In Another Cloud", "region", `is in Azure China (21Vianet), not Azure public cloud`)},
		{"public region in gov", "region = \"japanwest\"\ncloud = \"usgovernment\"", errorOn("Region In Another Cloud", "region", `Set cloud = "public"`)},
		{"unknown cloud", "region = \"westus\"\ncloud = \"azure\"", errorOn("Unknown Azure Cloud", "cloud", `Use one of "public", "usgovernment" or "china"`)},
		{"legacy kind CustomSpeech", "region = \"westus\"\nresource_type = \"CustomSpeech\"", errorOn("Legacy Speech Resource Type", "resource_type", `Create a "SpeechServices" resource`)},
		{"legacy kind Bing.Speech", "region = \"westus\"\nresource_type = \"Bing.Speech\"", errorOn("Legacy Speech Resource Type", "resource_type", "legacy resource kind")},
		{"invalid subdomain", "region = \"westus\"\ncustom_subdomain_name = \"my_speech-\"", errorOn("Invalid Custom Subdomain Name", "custom_subdomain_name", "letters, digits and hyphens")},
		{"private endpoint without subdomain", "region = \"westus\"\nprivate_endpoint = true", errorOn("Private Endpoint Needs A Custom Subdomain", "private_endpoint", "Set custom_subdomain_name")},
		{"endpoint not azure", `endpoint = "https://speech.example.com/"`, errorOn("Not An Azure Speech Endpoint", "endpoint", "is not an Azure Cognitive Services host")},
		{"endpoint vs cloud", "endpoint = \"https://chinaeast2.api.cognitive.azure.cn/\"\ncloud = \"public\"", errorOn("Endpoint In Another Cloud", "endpoint", `Set cloud = "china"`)},
		{"endpoint vs region", "endpoint = \"https://japanwest.api.cognitive.microsoft.com/\"\nregion = \"japaneast\"", errorOn("Endpoint And Region Disagree", "endpoint", `set region = "japanwest"`)},
		{"neither region nor endpoint", `cloud = "public"`, regexp.MustCompile(`(?s)Error: Region Or Endpoint Required.*Set\s+region`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			resource.UnitTest(t, resource.TestCase{
				ProtoV6ProviderFactories: testProviders,
				Steps: []resource.TestStep{{
					Config:      fmt.Sprintf("data \"speechendpoints\" \"x\" {\n%s\n}\n", tc.body),
					ExpectError: tc.err,
				}},
			})
		})
	}
}
