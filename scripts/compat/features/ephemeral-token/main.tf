# The token ephemeral resource, with the key from an ephemeral variable
# (Terraform 1.10, OpenTofu 1.11). The check block reads the token, so the
# plan opens the resource and the token is really issued.
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
  ephemeral = true
}

variable "ca_cert_pem" {
  type = string
}

provider "speechendpoints" {
  key         = var.speech_key
  ca_cert_pem = var.ca_cert_pem
}

ephemeral "speechendpoints_token" "speech" {
  region = "chinaeast2"
}

check "token" {
  assert {
    condition     = length(ephemeral.speechendpoints_token.speech.valid_for_hosts) > 0
    error_message = "No token was issued."
  }
}
