# An app configured with a voice: the plan fails if the region does not
# offer it (a typo, a voice withdrawn from the region, a preview voice
# served elsewhere), before the app first speaks.
#
#   TF_VAR_speech_key=... terraform plan

# The key: see "Keys that never touch state" in the provider's docs.
variable "speech_key" {
  type      = string
  sensitive = true
}

variable "speech_voice" {
  type    = string
  default = "en-US-AvaMultilingualNeural"
}

provider "speechendpoints" {
  key = var.speech_key
}

data "speechendpoints" "speech" {
  region = "chinaeast2"

  key_check {
    require_voices = [var.speech_voice]
  }
}

# Stands in for azurerm_linux_web_app.app_settings.
resource "terraform_data" "app" {
  input = merge(data.speechendpoints.speech.app_settings, {
    SPEECH_VOICE = var.speech_voice
  })
}

output "missing_voices" {
  value = data.speechendpoints.speech.key_check_result.missing_voices
}
