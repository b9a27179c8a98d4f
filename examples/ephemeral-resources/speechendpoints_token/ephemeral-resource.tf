terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

# An access token for the Speech REST APIs, issued during plan and apply and
# never written to the plan or the state (Terraform 1.10+, OpenTofu 1.11+;
# tested: Terraform 1.11.4, OpenTofu 1.12.6).
# Hand it to anything that accepts ephemeral values: a provider's
# configuration, a write-only argument.
#
#   provider "restapi" {
#     uri     = "https://${ephemeral.speechendpoints_token.speech.valid_for_hosts[0]}"
#     headers = { Authorization = "Bearer ${ephemeral.speechendpoints_token.speech.token}" }
#   }

variable "speech_key" {
  type      = string
  sensitive = true
  ephemeral = true
}

provider "speechendpoints" {}

ephemeral "speechendpoints_token" "speech" {
  region = "chinaeast2"
  key    = var.speech_key # or the provider's key / SPEECH_KEY
}
