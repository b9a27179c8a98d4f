# provider::speechendpoints::endpoints (Terraform 1.8, OpenTofu 1.7).
terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

output "china_tts_endpoint" {
  value = provider::speechendpoints::endpoints("", "China East 2").tts_endpoint
}
