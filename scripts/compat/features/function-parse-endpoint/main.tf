# provider::speechendpoints::parse_endpoint (Terraform 1.8, OpenTofu 1.7).
terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

output "parsed" {
  value = provider::speechendpoints::parse_endpoint("https://chinaeast2.api.cognitive.azure.cn/")
}
