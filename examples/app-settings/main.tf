# Wire the endpoints into an app: app settings (azurerm_linux_web_app's
# app_settings takes a map like this) and a Kubernetes secret's string data.
# The maps never hold a key: add it from your secret store.

data "speechendpoints" "speech" {
  region = "eastus2"
}

locals {
  app_settings = merge(data.speechendpoints.speech.app_settings, {
    SPEECH_STT_HOST = data.speechendpoints.speech.stt_host
    SPEECH_TTS_HOST = data.speechendpoints.speech.tts_host
  })
}

# Stands in for azurerm_linux_web_app.app_settings or kubernetes_secret.data.
resource "terraform_data" "app" {
  input = local.app_settings
}

output "app_settings" {
  value = local.app_settings
}
