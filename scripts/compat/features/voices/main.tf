# The voices data source, read with the provider's key from a plain
# sensitive variable.
terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

variable "speech_key" {
  type      = string
  sensitive = true
}

variable "ca_cert_pem" {
  type = string
}

provider "speechendpoints" {
  key         = var.speech_key
  ca_cert_pem = var.ca_cert_pem
}

data "speechendpoints_voices" "en_us" {
  region = "chinaeast2"
  locale = "en-US"
}

output "voice_count" {
  value = length(data.speechendpoints_voices.en_us.voices)
}
