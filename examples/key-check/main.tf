# The key check during `terraform plan` (or `tofu plan`). The key goes to
# the provider, whose configuration is never written to state.
#
#   TF_VAR_speech_key=... terraform plan
#
# Configured as Japan West (public) with a key created in China East 2, the
# plan fails, and with locate = true it names the region the key belongs to.

# The key: see "Keys that never touch state" in the provider's docs.
variable "speech_key" {
  type      = string
  sensitive = true
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
