# Report a bad key as a warning instead of failing the plan: the key check
# only records its diagnosis (on_failure = "none", so it is not printed
# twice), and a check block reports it after every plan and apply without
# stopping either. An outage (no verdict) is a warning of its own by default.

variable "speech_key" {
  type      = string
  sensitive = true
  ephemeral = true
}

variable "ca_cert_pem" {
  type    = string
  default = null
}

provider "speechendpoints" {
  key         = var.speech_key
  ca_cert_pem = var.ca_cert_pem
}

data "speechendpoints" "speech" {
  region = "chinaeast2"

  key_check {
    on_failure = "none"
  }
}

check "speech_key" {
  assert {
    condition     = data.speechendpoints.speech.key_check_result.key_valid == true
    error_message = data.speechendpoints.speech.key_check_result.diagnosis
  }
}
