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
  # {
  #   cloud                 = "public"
  #   region                = "japanwest"
  #   custom_subdomain_name = null
  #   resource_type         = null   # "AIServices" for a Foundry endpoint
  #   api                   = null   # which API, for a pasted API URL
  # }
}

# A Foundry (AI services) endpoint gives the custom subdomain and the kind.
output "foundry_resource_type" {
  value = provider::speechendpoints::parse_endpoint("https://contoso.services.ai.azure.com/").resource_type
  # "AIServices"
}
