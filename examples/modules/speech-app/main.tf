# A module that gives an application its Azure AI Speech settings and checks,
# at plan time, that the key works in the region and that the region offers
# the application's voices. It configures no provider: the caller (or the
# test file, tests/speech.tftest.hcl) gives the provider its key.
#
# Its tests run offline against speechendpoints-fake: see the provider's
# guide "Testing modules offline".

variable "cloud" {
  type        = string
  default     = "public"
  description = "The Azure cloud: public, usgovernment or china."
}

variable "region" {
  type        = string
  description = "The Speech resource's region, as Azure names it (westus) or displays it (West US)."
}

variable "voices" {
  type        = list(string)
  default     = []
  description = "Voices the application speaks with (short names)."
}

variable "on_failure" {
  type        = string
  default     = "error"
  description = "What a refused key or a missing voice does: error fails the plan; none leaves it to the check block below (as the tests do)."
}

data "speechendpoints" "this" {
  cloud  = var.cloud
  region = var.region

  key_check {
    require_voices = length(var.voices) > 0 ? var.voices : null
    on_failure     = var.on_failure
  }
}

# What the application is deployed with (terraform_data stands for an app
# service's settings or a Kubernetes secret).
resource "terraform_data" "app_settings" {
  input = data.speechendpoints.this.app_settings
}

# Whether the key check passed: see "Recording without failing" in the
# provider's key check guide.
check "speech" {
  assert {
    condition     = data.speechendpoints.this.key_check_result.passed != false
    error_message = coalesce(data.speechendpoints.this.key_check_result.diagnosis, "The key check found no diagnosis.")
  }
}

output "app_settings" {
  value = data.speechendpoints.this.app_settings
}

output "key_check" {
  value = data.speechendpoints.this.key_check_result
}
