terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

# Provider functions need Terraform 1.8+ or OpenTofu 1.7+ (tested: Terraform
# 1.8.5 and 1.11.4, OpenTofu 1.10.10 and 1.12.6).
# What azurerm_cognitive_account.endpoint (or the portal's Endpoint) says.
output "parsed" {
  value = provider::speechendpoints::parse_endpoint("https://japanwest.api.cognitive.microsoft.com/")
  # { cloud = "public", region = "japanwest", custom_subdomain_name = null }
}
