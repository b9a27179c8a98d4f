data "speechendpoints_regions" "all" {}

data "speechendpoints_regions" "china" {
  cloud = "china"
}

# Fail early on a region that has no Speech service.
variable "speech_region" {
  type    = string
  default = "swedencentral"

  validation {
    condition     = contains(data.speechendpoints_regions.all.names, lower(replace(var.speech_region, " ", "")))
    error_message = "This region does not offer Azure AI Speech."
  }
}

output "regions_with_fast_transcription" {
  value = [for r in data.speechendpoints_regions.all.regions : r.name if r.features.fast_transcription]
}
