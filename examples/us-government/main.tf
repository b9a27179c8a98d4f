# Azure US Government: hosts end in .microsoft.us and .azure.us. The legacy
# region name "virginia" from older samples is accepted with a warning.

data "speechendpoints" "gov" {
  cloud  = "AzureUSGovernment"
  region = "US Gov Virginia"
}

output "gov_endpoints" {
  value = {
    token_endpoint        = data.speechendpoints.gov.token_endpoint
    tts_endpoint          = data.speechendpoints.gov.tts_endpoint
    voices_endpoint       = data.speechendpoints.gov.voices_endpoint
    stt_websocket         = data.speechendpoints.gov.stt_websocket_endpoint
    speech_to_text_api    = data.speechendpoints.gov.speech_to_text_api_endpoint
    custom_voice_endpoint = data.speechendpoints.gov.custom_voice_endpoint # null: no custom voice in US Government
  }
}
