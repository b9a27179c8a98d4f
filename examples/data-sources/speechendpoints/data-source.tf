terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

# The same application deployed next to two resources: one in Japan West
# (public cloud) and one in China East 2 (Azure China). The cloud is inferred
# from the region, so a China key never meets a *.microsoft.com host.
data "speechendpoints" "japan" {
  region = "Japan West"
}

data "speechendpoints" "china" {
  region = "chinaeast2"
}

output "japan_token_endpoint" {
  value = data.speechendpoints.japan.token_endpoint
  # https://japanwest.api.cognitive.microsoft.com/sts/v1.0/issueToken
}

output "china_tts_endpoint" {
  value = data.speechendpoints.china.tts_endpoint
  # https://chinaeast2.tts.speech.azure.cn/cognitiveservices/v1
}

# A resource behind a private endpoint is reached only on its custom domain.
data "speechendpoints" "private" {
  region                = "westeurope"
  resource_type         = "AIServices"
  custom_subdomain_name = "contoso-speech"
  private_endpoint      = true
}

output "private_stt_websocket" {
  value = data.speechendpoints.private.stt_websocket_endpoint
  # wss://contoso-speech.cognitiveservices.azure.com/stt/speech/universal/v2
}
