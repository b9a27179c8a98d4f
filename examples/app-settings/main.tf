# Wire the endpoints into an app:
# - App Service app settings (azurerm_linux_web_app.app_settings takes a map
#   like this);
# - a Kubernetes secret's string data;
# - the Speech SDK host values for the sovereign clouds, whose SDKs did not
#   always map china*/usgov* regions on their own.
# None of the maps holds a key: add it from your secret store.

data "speechendpoints" "speech" {
  region = "eastus2"
}

data "speechendpoints" "china" {
  region = "chinanorth3"
}

data "speechendpoints" "gov" {
  region = "usgovvirginia"
}

locals {
  app_settings = merge(data.speechendpoints.speech.app_settings, {
    SPEECH_STT_HOST = data.speechendpoints.speech.stt_host
    SPEECH_TTS_HOST = data.speechendpoints.speech.tts_host
  })

  # kubernetes_secret.data / kubernetes_config_map.data take string maps.
  kubernetes_secret_data = {
    for name, value in data.speechendpoints.speech.app_settings : lower(replace(name, "_", "-")) => value
  }

  # SpeechConfig.FromHost(new Uri(stt_host)) for recognition and
  # SpeechConfig.FromHost(new Uri(tts_host)) for synthesis.
  sovereign_sdk_hosts = {
    china        = { stt_host = data.speechendpoints.china.stt_host, tts_host = data.speechendpoints.china.tts_host }
    usgovernment = { stt_host = data.speechendpoints.gov.stt_host, tts_host = data.speechendpoints.gov.tts_host }
  }
}

# Stands in for azurerm_linux_web_app.app_settings or kubernetes_secret.data.
resource "terraform_data" "app" {
  input = local.app_settings
}

output "app_settings" {
  value = local.app_settings
}

output "kubernetes_secret_data" {
  value = local.kubernetes_secret_data
}

output "sovereign_sdk_hosts" {
  value = local.sovereign_sdk_hosts
}
