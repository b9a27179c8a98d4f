# The key check during `terraform plan`. The key comes from an ephemeral
# variable into the provider: it is used during plan and apply and never
# written to the plan or the state.
#
#   TF_VAR_speech_key=... terraform plan
#
# Configured as Japan West (public) with a key created in China East 2, the
# plan fails, and with locate = true it names the region the key belongs to.

variable "speech_key" {
  type      = string
  sensitive = true
  ephemeral = true
}

variable "cloud" {
  type    = string
  default = "public"
}

variable "region" {
  type    = string
  default = "japanwest"
}

variable "ca_cert_pem" {
  type        = string
  default     = null
  description = "Root CA of a TLS-inspecting proxy, if the network has one."
}

provider "speechendpoints" {
  key         = var.speech_key
  ca_cert_pem = var.ca_cert_pem
}

data "speechendpoints" "speech" {
  cloud  = var.cloud
  region = var.region

  key_check {
    locate = true
  }
}

output "key_check" {
  value = data.speechendpoints.speech.key_check_result
}

output "app_settings" {
  value = data.speechendpoints.speech.app_settings
}
