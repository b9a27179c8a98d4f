# provider::speechendpoints::custom_domain_endpoints (Terraform 1.8, OpenTofu 1.7).
terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

output "private_voices_endpoint" {
  value = provider::speechendpoints::custom_domain_endpoints("public", "contoso-speech").voices_endpoint
}
