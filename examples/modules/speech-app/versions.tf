terraform {
  # terraform test needs Terraform 1.6+ (OpenTofu: tofu test, 1.6+).
  required_version = ">= 1.6"
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}
