# A check block with a scoped data source: its key check runs on every plan
# and a failure is reported as a warning instead of stopping the plan. The
# first check passes; the second (the wrong region) only warns.
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

check "right_region" {
  data "speechendpoints" "china" {
    region = "chinaeast2"

    key_check {}
  }

  assert {
    condition     = data.speechendpoints.china.key_check_result.key_valid == true
    error_message = "The key check failed in China East 2."
  }
}

check "wrong_region" {
  data "speechendpoints" "japan" {
    cloud  = "public"
    region = "japanwest"

    key_check {}
  }

  assert {
    condition     = data.speechendpoints.japan.key_check_result.key_valid == true
    error_message = "The key does not work in Japan West."
  }
}
