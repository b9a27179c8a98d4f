# terraform test (Terraform 1.6+) or tofu test (OpenTofu 1.6+), offline:
# first run speechendpoints-fake with tests/world.json and source its
# environment (the provider's guide "Testing modules offline"). The world
# holds one Speech resource in West US, whose key is
# 5d41402abc4b2a76b9719d911017c592 (a made-up value).
#
# A data source's error cannot be caught by expect_failures, so the runs set
# on_failure = "none". The key check then records what it found in
# key_check_result, and the module's check block reports it, which
# expect_failures can name.

# The key goes to the provider, as in a real root module. A run picks the
# provider with the bad key through its providers argument.
provider "speechendpoints" {
  key = "5d41402abc4b2a76b9719d911017c592"
}

provider "speechendpoints" {
  alias = "bad_key"
  key   = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
}

variables {
  region     = "westus"
  voices     = ["en-US-AvaMultilingualNeural"]
  on_failure = "none"
}

run "good_key_passes" {
  command = plan

  assert {
    condition     = data.speechendpoints.this.key_check_result.passed == true
    error_message = "The key check did not pass: ${coalesce(data.speechendpoints.this.key_check_result.diagnosis, "no diagnosis")}"
  }

  assert {
    condition     = length(data.speechendpoints.this.key_check_result.missing_voices) == 0
    error_message = "A voice West US offers was reported missing."
  }
}

run "bad_key_fails" {
  command = plan

  providers = {
    speechendpoints = speechendpoints.bad_key
  }

  expect_failures = [check.speech]

  assert {
    condition     = data.speechendpoints.this.key_check_result.key_valid == false
    error_message = "A key no resource has was not refused."
  }
}

run "missing_voice_is_named" {
  command = plan

  variables {
    voices = ["en-US-AvaMultilingualNeural", "en-US-NoSuchVoiceNeural"]
  }

  expect_failures = [check.speech]

  assert {
    condition     = data.speechendpoints.this.key_check_result.missing_voices == tolist(["en-US-NoSuchVoiceNeural"])
    error_message = "The missing voice was not named."
  }

  assert {
    condition     = data.speechendpoints.this.key_check_result.key_valid == true
    error_message = "The key was refused: the missing voice should be the only failure."
  }
}
