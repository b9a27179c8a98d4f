terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

# Provider functions need Terraform 1.8+ or OpenTofu 1.7+ (tested: Terraform
# 1.8.5 and 1.11.4, OpenTofu 1.10.10 and 1.12.6).
# The endpoints of a resource behind a private endpoint: its custom domain.
output "private_voices_endpoint" {
  value = provider::speechendpoints::custom_domain_endpoints("public", "contoso-speech").voices_endpoint
  # https://contoso-speech.cognitiveservices.azure.com/tts/cognitiveservices/voices/list
}
