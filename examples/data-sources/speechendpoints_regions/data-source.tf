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

# Fail early on a region that has no Speech service. The region function
# accepts every form the data sources accept ("India Central", "westus-2",
# the legacy "virginia") and fails on the same mistakes; a plain
# contains(names, ...) would reject some of those forms. Provider functions
# need Terraform 1.8+ or OpenTofu 1.7+.
variable "speech_region" {
  type    = string
  default = "swedencentral"

  validation {
    condition     = can(provider::speechendpoints::region(var.speech_region))
    error_message = "This is not an Azure region with Speech: plan with it once to see why and what to write instead."
  }
}

output "regions_with_fast_transcription" {
  # Null means undocumented (the sovereign clouds): compare with true.
  value = [for r in data.speechendpoints_regions.all.regions : r.name if r.features.fast_transcription == true]
}
