terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

# No key, no network call. The cloud follows from the region too.
data "speechendpoints" "speech" {
  region = "westeurope"
}

# SPEECH_REGION, SPEECH_ENDPOINT, SPEECH_TOKEN_ENDPOINT... (never a key), for
# azurerm_linux_web_app.app_settings or kubernetes_secret.data.
output "app_settings" {
  value = data.speechendpoints.speech.app_settings
}
