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
