terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

# Provider functions need Terraform 1.8+ or OpenTofu 1.7+ (tested: Terraform
# 1.8.5 and 1.11.4, OpenTofu 1.10.10 and 1.12.6).
# Every regional endpoint of a region, inline. The cloud may be "" to infer
# it from the region: China East 2 means Azure China.
locals {
  china = provider::speechendpoints::endpoints("", "China East 2")
}

output "china_tts_endpoint" {
  value = local.china.tts_endpoint
  # https://chinaeast2.tts.speech.azure.cn/cognitiveservices/v1
}

output "gov_stt_host" {
  value = provider::speechendpoints::endpoints("usgovernment", "usgovarizona").stt_host
  # wss://usgovarizona.stt.speech.azure.us
}
