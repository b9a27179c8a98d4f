terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

# Provider functions need Terraform 1.8+ or OpenTofu 1.7+.
# What azurerm_cognitive_account.endpoint (or the portal's Endpoint) says.
output "parsed" {
  value = provider::speechendpoints::parse_endpoint("https://japanwest.api.cognitive.microsoft.com/")
  # { cloud = "public", region = "japanwest", custom_subdomain_name = null }
}
