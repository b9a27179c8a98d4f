package provider

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// require_voices through terraform plan: a voice the region offers passes,
// a missing one fails with the region and the name, a typo names the right
// voice, and on_failure = "warning" records missing_voices.
func TestRequireVoices(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: fakespeech.WithdrawnRegion})
	cfg := func(kc string) string {
		return providerBlock(fmt.Sprintf("key = %q", key)) + `
data "speechendpoints" "app" {
  region = "` + fakespeech.WithdrawnRegion + `"
  key_check {
    ` + kc + `
  }
}`
	}
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{
			{
				Config:      cfg(`require_voices = ["` + fakespeech.WithdrawnVoice + `"]`),
				ExpectError: checkError("Voice Not Offered In Region", `region "swedencentral" (Sweden Central) in Azure public cloud (https://swedencentral.tts.speech.microsoft.com/cognitiveservices/voices/list`),
			},
			{
				Config:      cfg(`require_voices = ["en-US-AvaMultilingalNeural"]`),
				ExpectError: words(`"en-US-AvaMultilingalNeural" (closest offered: "en-US-AvaMultilingualNeural"`),
			},
			{
				Config:      cfg("require_voices = [\"en-US-JennyNeural\"]\n    voices = false"),
				ExpectError: errorOnAttr("Required Voices Need The Voices List", "voices"),
			},
			{
				Config: cfg("require_voices = [\"" + fakespeech.WithdrawnVoice + "\", \"Microsoft Server Speech Text to Speech Voice (en-US, JennyNeural)\"]\n    on_failure = \"warning\""),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.speechendpoints.app", result("missing_voices"), knownvalue.ListExact([]knownvalue.Check{str(fakespeech.WithdrawnVoice)})),
					statecheck.ExpectKnownValue("data.speechendpoints.app", result("key_valid"), knownvalue.Bool(true)),
				},
			},
			{
				Config: cfg(`require_voices = ["EN-US-avamultilingualneural", "en-US-JennyNeural"]`),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.speechendpoints.app", result("missing_voices"), knownvalue.ListExact([]knownvalue.Check{})),
					statecheck.ExpectKnownValue("data.speechendpoints.app", result("diagnosis"), knownvalue.StringRegexp(regexp.MustCompile(`among them the 2 required`))),
				},
			},
			{
				Config: cfg(""),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.speechendpoints.app", result("missing_voices"), knownvalue.Null()),
				},
			},
		},
	})
}

// data "speechendpoints_voices" lists and filters the region's voices,
// shares the one voices call with the key checks of the plan, and fails on
// a bad key with the key check's diagnosis.
func TestVoicesDataSource(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "eastus"})
	_, eastus := fakespeech.VoicesList("eastus")
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: freshProviders(),
		Steps: []resource.TestStep{
			{
				Config: providerBlock() + `
data "speechendpoints_voices" "bad" {
  region = "eastus"
  key    = "ffffffffffffffffffffffffffffffff"
}`,
				ExpectError: words("Error: Azure Speech Key Rejected"),
			},
			{
				Config: providerBlock(fmt.Sprintf("key = %q", key)) + `
data "speechendpoints_voices" "all" {
  region = "East US"
}
data "speechendpoints_voices" "us" {
  region = "eastus"
  locale = "EN-us"
}
data "speechendpoints" "app" {
  region = "eastus"
  key_check {
    require_voices = ["en-US-Ava:DragonHDLatestNeural"]
  }
}
resource "terraform_data" "per_voice" {
  count = length(data.speechendpoints_voices.us.short_names)
  input = data.speechendpoints_voices.us.short_names[count.index]
}
output "us_count" { value = length(data.speechendpoints_voices.us.voices) }`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.speechendpoints_voices.all", tfjsonpath.New("voices"), knownvalue.ListSizeExact(eastus)),
					statecheck.ExpectKnownValue("data.speechendpoints_voices.all", tfjsonpath.New("id"), str("public/eastus//voices")),
					statecheck.ExpectKnownValue("data.speechendpoints_voices.us", tfjsonpath.New("locales"), knownvalue.ListExact([]knownvalue.Check{str("en-US")})),
					statecheck.ExpectKnownValue("data.speechendpoints_voices.us", tfjsonpath.New("short_names").AtSliceIndex(0), str("en-US-AIGenerate1Neural")),
					statecheck.ExpectKnownValue("data.speechendpoints_voices.us", tfjsonpath.New("voices").AtSliceIndex(0), knownvalue.ObjectExact(map[string]knownvalue.Check{
						"short_name": str("en-US-AvaMultilingualNeural"), "name": str("Microsoft Server Speech Text to Speech Voice (en-US, AvaMultilingualNeural)"),
						"display_name": str("Ava Multilingual"), "local_name": str("Ava Multilingual"), "locale": str("en-US"), "locale_name": str("English (United States)"),
						"gender": str("Female"), "voice_type": str("Neural"), "status": str("GA"), "sample_rate_hertz": knownvalue.Int64Exact(48000),
						"words_per_minute": knownvalue.Null(), "styles": knownvalue.ListExact([]knownvalue.Check{}),
						"secondary_locales": knownvalue.ListSizeExact(7), "role_plays": knownvalue.ListExact([]knownvalue.Check{}),
					})),
					statecheck.ExpectKnownValue("data.speechendpoints.app", result("missing_voices"), knownvalue.ListExact([]knownvalue.Check{})),
					statecheck.ExpectKnownOutputValue("us_count", knownvalue.Int64Exact(92)),
				},
				Check: checkFake(func() error {
					if n := fake.VoicesCalls(key); n != 1 {
						return fmt.Errorf("%d voices calls: two voices data sources and a key check of one key and URL share one", n)
					}
					return nil
				}),
			},
		},
	})
}
