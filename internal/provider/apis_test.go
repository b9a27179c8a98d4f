package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// The APIs called with more than a URL, in each form, through the CLI:
// the URL, its api-version, its source, and why a form is null.
func TestEndpoints_apis(t *testing.T) {
	t.Parallel()
	const ai, it, gov, cn = "data.speechendpoints.ai", "data.speechendpoints.italy", "data.speechendpoints.gov", "data.speechendpoints.china"
	reg := func(attr string) tfjsonpath.Path { return tfjsonpath.New("regional").AtMapKey(attr) }
	cd := func(attr string) tfjsonpath.Path { return tfjsonpath.New("custom_domain").AtMapKey(attr) }
	has := func(s string) knownvalue.Check {
		return knownvalue.StringRegexp(regexp.MustCompile(regexp.QuoteMeta(s)))
	}
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: `
data "speechendpoints" "ai" {
  region                = "westus2"
  resource_type         = "AIServices"
  custom_subdomain_name = "contoso"
}
data "speechendpoints" "italy" {
  endpoint = "https://contoso.cognitiveservices.azure.com/"
  region   = "italynorth"
}
data "speechendpoints" "gov" {
  region = "usgovvirginia"
}
data "speechendpoints" "china" {
  region = "chinaeast2"
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				// Voice Live: custom domain only, on the Foundry name of an AIServices resource.
				expectPath(ai, reg("voice_live_endpoint"), knownvalue.Null()),
				expectPath(ai, tfjsonpath.New("regional").AtMapKey("null_reasons").AtMapKey("voice_live_endpoint"), has("resource's own host only")),
				expectPath(ai, cd("voice_live_endpoint"), str("wss://contoso.services.ai.azure.com/voice-live/realtime")),
				expectPath(ai, tfjsonpath.New("custom_domain").AtMapKey("api_versions").AtMapKey("voice_live_endpoint"), str("2026-04-10")),
				expectPath(ai, tfjsonpath.New("custom_domain").AtMapKey("sources").AtMapKey("voice_live_endpoint"),
					has("https://learn.microsoft.com/azure/ai-services/speech-service/voice-live-how-to (revision of 2026-05-25")),
				// The recommended (regional) form at the top level; Voice Live,
				// which has no regional form, in its custom-domain form.
				expect(ai, "voice_live_endpoint", str("wss://contoso.services.ai.azure.com/voice-live/realtime")),
				expect(ai, "batch_synthesis_endpoint", str("https://westus2.api.cognitive.microsoft.com/texttospeech/batchsyntheses")),
				expect(ai, "batch_avatar_endpoint", str("https://westus2.api.cognitive.microsoft.com/avatar/batchsyntheses")),
				expect(ai, "avatar_relay_token_endpoint", str("https://westus2.tts.speech.microsoft.com/cognitiveservices/avatar/relay/token/v1")),
				expect(ai, "fast_transcription_endpoint", str("https://westus2.api.cognitive.microsoft.com/speechtotext/transcriptions:transcribe")),
				expect(ai, "api_versions", knownvalue.MapExact(map[string]knownvalue.Check{
					"batch_synthesis_endpoint": str("2024-04-01"), "batch_avatar_endpoint": str("2024-08-01"), "fast_transcription_endpoint": str("2025-10-15"),
					"voice_live_endpoint": str("2026-04-10"),
				})),
				expectPath(ai, tfjsonpath.New("sources").AtMapKey("avatar_relay_token_endpoint"), has("(revision of commit af304cc of 2026-04-20 (samples only))")),
				expectPath(ai, cd("avatar_relay_token_endpoint"), str("https://contoso.cognitiveservices.azure.com/tts/cognitiveservices/avatar/relay/token/v1")),
				expectPath(ai, cd("fast_transcription_endpoint"), str("https://contoso.cognitiveservices.azure.com/speechtotext/transcriptions:transcribe")),
				expect(ai, "features", knownvalue.ObjectExact(map[string]knownvalue.Check{
					"fast_transcription": knownvalue.Bool(true), "batch_synthesis": knownvalue.Bool(true), "custom_voice": knownvalue.Bool(true),
					"preview_voices": knownvalue.Bool(false), "llm_speech": knownvalue.Bool(false), "mai_transcribe": knownvalue.Bool(false),
					"voice_live": knownvalue.Bool(true), "speech_mcp_server": knownvalue.Bool(true), "realtime_avatar": knownvalue.Bool(true),
					"batch_avatar": knownvalue.Bool(true),
				})),
				// Italy North: no batch synthesis in the revision read, on either form.
				expectPath(it, reg("batch_synthesis_endpoint"), knownvalue.Null()),
				expectPath(it, tfjsonpath.New("regional").AtMapKey("null_reasons").AtMapKey("batch_synthesis_endpoint"), has("regions page does not list")),
				expectPath(it, tfjsonpath.New("regional").AtMapKey("sources").AtMapKey("batch_synthesis_endpoint"), has("commit 01850fbb85959cfdc0dd37e7e905db549e1469d3")),
				expectPath(it, cd("batch_synthesis_endpoint"), knownvalue.Null()),
				expectPath(it, tfjsonpath.New("features").AtMapKey("batch_synthesis"), knownvalue.Bool(false)),
				expectPath(it, reg("fast_transcription_endpoint"), str("https://italynorth.api.cognitive.microsoft.com/speechtotext/transcriptions:transcribe")),
				// A custom-domain endpoint of a resource of another kind: the older Voice Live host.
				expectPath(it, cd("voice_live_endpoint"), str("wss://contoso.cognitiveservices.azure.com/voice-live/realtime")),
				// US Government: unsupported (sovereign page) or undocumented.
				expect(gov, "fast_transcription_endpoint", knownvalue.Null()),
				expect(gov, "batch_synthesis_endpoint", knownvalue.Null()),
				expect(gov, "null_reasons", knownvalue.MapExact(map[string]knownvalue.Check{
					"voice_live_endpoint":         has("lists the feature as unsupported"),
					"batch_synthesis_endpoint":    has("No Microsoft page documents this API in this cloud"),
					"batch_avatar_endpoint":       has("lists the feature as unsupported"),
					"avatar_relay_token_endpoint": has("lists the feature as unsupported"),
					"fast_transcription_endpoint": has("lists the feature as unsupported"),
				})),
				expect(gov, "api_versions", knownvalue.MapExact(map[string]knownvalue.Check{})),
				expectPath(gov, tfjsonpath.New("sources").AtMapKey("fast_transcription_endpoint"), has("commit a39b784a7a96cec2066ace7c18acbc28f0e83704")),
				expectPath(gov, tfjsonpath.New("features").AtMapKey("voice_live"), knownvalue.Bool(false)),
				expectPath(gov, tfjsonpath.New("features").AtMapKey("speech_mcp_server"), knownvalue.Null()),
				// China: fast transcription undocumented, LLM speech unsupported.
				expectPath(cn, tfjsonpath.New("null_reasons").AtMapKey("fast_transcription_endpoint"), has("No Microsoft page documents")),
				expectPath(cn, tfjsonpath.New("features").AtMapKey("llm_speech"), knownvalue.Bool(false)),
				expectPath(cn, tfjsonpath.New("features").AtMapKey("fast_transcription"), knownvalue.Null()),
			},
		}},
	})
}

// A pasted URL of each API is read (its host; the query dropped), by the
// data source and by parse_endpoint, which names the API.
func TestEndpoints_pastedAPIURLs(t *testing.T) {
	t.Parallel()
	functionTest(t, resource.TestStep{
		// Another websocket URL stays refused, naming the attribute.
		Config: `
data "speechendpoints" "ws" {
  endpoint = "wss://westus.stt.speech.microsoft.com/stt/speech/universal/v2"
}`,
		ExpectError: regexp.MustCompile(`(?s)WebSocket\s+URL\s+Given\s+As\s+Endpoint`),
	}, resource.TestStep{
		Config: `
data "speechendpoints" "voice_live" {
  endpoint = "wss://contoso.services.ai.azure.com/voice-live/realtime?api-version=2026-04-10&model=gpt-realtime"
}
data "speechendpoints" "batch" {
  endpoint = "https://eastus.api.cognitive.microsoft.com/texttospeech/batchsyntheses/my-job?api-version=2024-04-01"
}
output "voice_live" {
  value = provider::speechendpoints::parse_endpoint("wss://contoso.cognitiveservices.azure.com/voice-live/realtime?api-version=2026-04-10&model=gpt-4.1")
}
output "batch_avatar" {
  value = provider::speechendpoints::parse_endpoint("https://westus2.api.cognitive.microsoft.com/avatar/batchsyntheses/a1?api-version=2024-08-01")
}
output "relay" {
  value = provider::speechendpoints::parse_endpoint("https://westeurope.tts.speech.microsoft.com/cognitiveservices/avatar/relay/token/v1")
}
output "transcribe" {
  value = provider::speechendpoints::parse_endpoint("https://contoso.cognitiveservices.azure.com/speechtotext/transcriptions:transcribe?api-version=2025-10-15")
}
output "custom_voice_native" {
  value = provider::speechendpoints::parse_endpoint("https://contoso.cognitiveservices.azure.com/tts/cognitiveservices/v1?deploymentId=42")
}
output "resource" {
  value = provider::speechendpoints::parse_endpoint("https://eastus.api.cognitive.microsoft.com/")
}`,
		ConfigStateChecks: []statecheck.StateCheck{
			expect("data.speechendpoints.voice_live", "resource_type_name", str("AIServices")),
			expect("data.speechendpoints.voice_live", "voice_live_endpoint", str("wss://contoso.services.ai.azure.com/voice-live/realtime")),
			expect("data.speechendpoints.batch", "region_name", str("eastus")),
			expect("data.speechendpoints.batch", "batch_synthesis_endpoint", str("https://eastus.api.cognitive.microsoft.com/texttospeech/batchsyntheses")),
			statecheck.ExpectKnownOutputValue("voice_live", knownvalue.ObjectExact(map[string]knownvalue.Check{
				"cloud": str("public"), "region": knownvalue.Null(), "custom_subdomain_name": str("contoso"), "resource_type": knownvalue.Null(), "api": str("voice_live"),
			})),
			statecheck.ExpectKnownOutputValueAtPath("batch_avatar", tfjsonpath.New("api"), str("batch_avatar")),
			statecheck.ExpectKnownOutputValueAtPath("batch_avatar", tfjsonpath.New("region"), str("westus2")),
			statecheck.ExpectKnownOutputValueAtPath("relay", tfjsonpath.New("api"), str("avatar_relay_token")),
			statecheck.ExpectKnownOutputValueAtPath("relay", tfjsonpath.New("region"), str("westeurope")),
			statecheck.ExpectKnownOutputValueAtPath("transcribe", tfjsonpath.New("api"), str("fast_transcription")),
			statecheck.ExpectKnownOutputValueAtPath("custom_voice_native", tfjsonpath.New("api"), str("text_to_speech")),
			statecheck.ExpectKnownOutputValueAtPath("resource", tfjsonpath.New("api"), knownvalue.Null()),
		},
	})
}

// Every reason the domain gives for a null API has words, and they differ.
func TestEveryAbsenceHasWords(t *testing.T) {
	seen := map[string]speech.Absence{}
	for a := speech.AbsentNoRegionalForm; a <= speech.AbsentRegionUnlisted; a++ {
		w := absenceReason(a)
		if w == "" {
			t.Errorf("absence %d has no words", a)
		}
		if b, ok := seen[w]; ok {
			t.Errorf("absences %d and %d read the same: %q", b, a, w)
		}
		seen[w] = a
	}
	if absenceReason(speech.AbsentNone) != "" {
		t.Error("a present API has a reason")
	}
}
