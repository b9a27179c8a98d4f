# The regions data source (no key).
terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

data "speechendpoints_regions" "china" {
  cloud = "china"
}

output "china_regions" {
  value = data.speechendpoints_regions.china.names
}
