terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

# Every argument is optional. Without `cloud`, data sources infer the cloud
# from their region or endpoint (and ARM_ENVIRONMENT, as azurerm reads it).
provider "speechendpoints" {
  cloud = "public"
}
