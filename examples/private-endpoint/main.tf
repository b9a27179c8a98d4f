# A multi-service (CognitiveServices) resource with a custom subdomain,
# reached through a private endpoint. Its regional hosts answer 401 for its
# key, so the recommended endpoints are the custom-domain forms.

data "speechendpoints" "private" {
  region                = "westeurope"
  resource_type         = "multi-service"
  custom_subdomain_name = "contoso-speech"
  private_endpoint      = true
}

output "recommended" {
  value = {
    token_endpoint         = data.speechendpoints.private.token_endpoint
    tts_endpoint           = data.speechendpoints.private.tts_endpoint
    voices_endpoint        = data.speechendpoints.private.voices_endpoint
    stt_websocket_endpoint = data.speechendpoints.private.stt_websocket_endpoint
  }
}

# Both forms stay available for an explicit choice.
output "regional_token_endpoint" {
  value = data.speechendpoints.private.regional.token_endpoint
}
