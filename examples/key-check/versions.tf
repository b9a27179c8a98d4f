terraform {
  required_version = ">= 1.0"
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}
