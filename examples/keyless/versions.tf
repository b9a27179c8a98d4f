terraform {
  required_version = ">= 1.5"
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}
