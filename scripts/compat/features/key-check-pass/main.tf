# The key check with the provider's key from a plain sensitive variable (no
# ephemeral variable, so every CLI can run it): the demo key belongs to a
# resource in China East 2, so the check passes.
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

data "speechendpoints" "speech" {
  region = "chinaeast2"

  key_check {}
}

output "key_valid" {
  value = data.speechendpoints.speech.key_check_result.key_valid
}
