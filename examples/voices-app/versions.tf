terraform {
  required_version = ">= 1.10"
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}
