package provider

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

func TestRegions(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{
			{
				Config:      `data "speechendpoints_regions" "x" { cloud = "germany" }`,
				ExpectError: errorOn("Azure Germany Is Closed", "cloud", "closed on 2021-10-29"),
			},
			{
				Config: `
data "speechendpoints_regions" "all" {}
data "speechendpoints_regions" "china" {
  cloud = "AzureChinaCloud"
}
data "speechendpoints_regions" "gov" {
  cloud = "usgovernment"
}
variable "region" {
  default = "japanwest"
  validation {
    condition     = contains(data.speechendpoints_regions.all.names, var.region)
    error_message = "Not a Speech region."
  }
}
data "speechendpoints" "each" {
  count  = length(data.speechendpoints_regions.china.names)
  region = data.speechendpoints_regions.china.names[count.index]
}
output "chinanorth3_token" {
  value = data.speechendpoints.each[2].token_endpoint
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.speechendpoints_regions.all", tfjsonpath.New("names"), knownvalue.ListSizeExact(len(speech.Regions(nil)))),
					statecheck.ExpectKnownValue("data.speechendpoints_regions.all", tfjsonpath.New("id"), str("all")),
					statecheck.ExpectKnownValue("data.speechendpoints_regions.china", tfjsonpath.New("names"), knownvalue.ListExact([]knownvalue.Check{str("chinaeast2"), str("chinanorth2"), str("chinanorth3")})),
					statecheck.ExpectKnownValue("data.speechendpoints_regions.gov", tfjsonpath.New("regions").AtSliceIndex(1), knownvalue.ObjectExact(map[string]knownvalue.Check{
						"name": str("usgovvirginia"), "display_name": str("US Gov Virginia"), "cloud": str("usgovernment"),
						"features": knownvalue.ObjectExact(map[string]knownvalue.Check{
							// As documented: US Government lists fast transcription and
							// custom voice as unsupported and says nothing of the others.
							"fast_transcription": knownvalue.Bool(false), "batch_synthesis": knownvalue.Null(),
							"custom_voice": knownvalue.Bool(false), "preview_voices": knownvalue.Null(),
							"llm_speech": knownvalue.Bool(false), "mai_transcribe": knownvalue.Null(), "voice_live": knownvalue.Bool(false),
							"speech_mcp_server": knownvalue.Null(), "realtime_avatar": knownvalue.Bool(false), "batch_avatar": knownvalue.Bool(false),
						}),
					})),
					statecheck.ExpectKnownOutputValue("chinanorth3_token", str("https://chinanorth3.api.cognitive.azure.cn/sts/v1.0/issueToken")),
				},
			},
		},
	})
}

func TestProvider_badCloud(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: `
provider "speechendpoints" {
  cloud = "AzureGermanCloud"
}
data "speechendpoints" "x" {
  region = "westus"
}`,
			ExpectError: errorOn("Azure Germany Is Closed", "cloud", `Use the public cloud (set cloud = "public")`),
		}},
	})
}

func TestProvider_cloudDefault(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		Steps: []resource.TestStep{{
			Config: `
provider "speechendpoints" {
  cloud = "china"
}
data "speechendpoints" "x" {
  region = "chinanorth2"
}
data "speechendpoints" "y" {
  # The region's cloud wins over the provider's default (with a warning).
  region = "westus3"
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				expect("data.speechendpoints.x", "cloud_name", str("china")),
				expect("data.speechendpoints.y", "cloud_name", str("public")),
			},
		}},
	})
}
