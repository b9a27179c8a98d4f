terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

# Provider functions need Terraform 1.8+ or OpenTofu 1.7+ (tested: Terraform
# 1.8.5 and 1.11.4, OpenTofu 1.10.10 and 1.12.6).
# Display names, any case and spacing, to the identifier SDKs expect.
output "speech_region" {
  value = provider::speechendpoints::region("India Central")
  # "centralindia"
}
