terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

# Every argument is optional. A data source without `cloud` takes the cloud
# its region or endpoint implies, else this `cloud`, else ARM_ENVIRONMENT (as
# azurerm reads it), else public.
provider "speechendpoints" {
  cloud = "public"
}

# The endpoints of a Speech resource in West Europe. Or give the resource's
# endpoint: endpoint = azurerm_cognitive_account.speech.endpoint
data "speechendpoints" "speech" {
  region = "westeurope"
}

# SPEECH_REGION, SPEECH_ENDPOINT, SPEECH_TOKEN_ENDPOINT, SPEECH_TTS_ENDPOINT...
# for an app's app_settings.
output "app_settings" {
  value = data.speechendpoints.speech.app_settings
}
