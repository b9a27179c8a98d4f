# The endpoints data source, without a key: nothing leaves the machine.
terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

data "speechendpoints" "china" {
  region = "China East 2"
}

output "tts_endpoint" {
  value = data.speechendpoints.china.tts_endpoint
}
