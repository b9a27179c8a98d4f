terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

data "speechendpoints_regions" "all" {}

data "speechendpoints_regions" "china" {
  cloud = "china"
}

# Validate a region variable in two steps. Provider functions need
# Terraform 1.8+ or OpenTofu 1.7+ (tested: Terraform 1.8.5 and 1.11.4,
# OpenTofu 1.10.10 and 1.12.6).
#
# 1. The region function fails only on definite mistakes: a typo of a Speech
#    region, a locale ("en-US"), "global", a placeholder, a URL, a value
#    shaped like a key, a region Microsoft says lacks Speech ("southindia").
#    It accepts every form the data sources accept ("India Central",
#    "westus-2", the legacy "virginia"), and it accepts, silently, any other
#    well-formed name ("brazilnortheast"): Speech opens new regions, so a
#    name outside the provider's table is not proof of a mistake.
#    Call it without can(): its error is then the validation's message, with
#    the nearest names ("Did you mean "swedencentral""), as the data source
#    words it. can() would replace it with error_message, which cannot say
#    what to write instead.
variable "speech_region" {
  type    = string
  default = "swedencentral"

  validation {
    condition     = provider::speechendpoints::region(var.speech_region) != ""
    error_message = "The Speech region name is empty."
  }
}

# 2. Whether the region is in the provider's table, a snapshot of
#    Microsoft's regions page: a warning after plan, not an error, because a
#    region Speech opened since is still usable. A key check
#    (data "speechendpoints" with key_check) tells whether Speech answers
#    there. Replace the check with a precondition to refuse such regions.
check "speech_region_in_table" {
  assert {
    condition     = contains(data.speechendpoints_regions.all.names, provider::speechendpoints::region(var.speech_region))
    error_message = "${var.speech_region} is not in the provider's Speech region table (a snapshot of Microsoft's regions page): Speech may have opened it since; a key check tells."
  }
}

output "regions_with_fast_transcription" {
  # Null means undocumented (the sovereign clouds): compare with true.
  value = [for r in data.speechendpoints_regions.all.regions : r.name if r.features.fast_transcription == true]
}
