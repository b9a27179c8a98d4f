# The key check on the wrong region: the China East 2 key configured as
# Japan West (public cloud). The plan must fail and say so.
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
  cloud  = "public"
  region = "japanwest"

  key_check {
    locate = true
  }
}
