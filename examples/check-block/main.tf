# Report a bad key as a warning instead of failing the plan: the key check
# only records its diagnosis (on_failure = "none": the data source says
# nothing itself), and the check block reports it, once, after every plan
# and apply without stopping either. `passed != false` catches every failed
# check: a refused key, a used-up quota, a voice the region lacks. A check
# that could not decide (an outage) is a warning of the key check's own by
# default. Check blocks need Terraform 1.5+ or OpenTofu 1.6+ (tested:
# Terraform 1.5.7, OpenTofu 1.10.10 and later).

# The key: see "Keys that never touch state" in the provider's docs.
variable "speech_key" {
  type      = string
  sensitive = true
}

provider "speechendpoints" {
  key = var.speech_key
}

data "speechendpoints" "speech" {
  region = "chinaeast2"

  key_check {
    on_failure = "none"
  }
}

check "speech_key" {
  assert {
    condition     = data.speechendpoints.speech.key_check_result.passed != false
    error_message = coalesce(data.speechendpoints.speech.key_check_result.diagnosis, "The key check found no diagnosis.")
  }
}
