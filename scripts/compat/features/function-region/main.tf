# provider::speechendpoints::region (Terraform 1.8, OpenTofu 1.7).
terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

output "speech_region" {
  value = provider::speechendpoints::region("India Central")
}
