# The seed case: one application, two Speech resources. The key of the
# second was created in Azure China, so its endpoints must be *.azure.cn.
# `make demo` plans this configuration and shows the computed endpoints.

data "speechendpoints" "japan" {
  region = "Japan West"
}

data "speechendpoints" "china" {
  region = "chinaeast2"
}

output "japan" {
  value = {
    cloud          = data.speechendpoints.japan.cloud_name
    token_endpoint = data.speechendpoints.japan.token_endpoint
    tts_endpoint   = data.speechendpoints.japan.tts_endpoint
    stt_endpoint   = data.speechendpoints.japan.stt_endpoint
    stt_host       = data.speechendpoints.japan.stt_host
  }
}

output "china" {
  value = {
    cloud          = data.speechendpoints.china.cloud_name
    token_endpoint = data.speechendpoints.china.token_endpoint
    tts_endpoint   = data.speechendpoints.china.tts_endpoint
    stt_endpoint   = data.speechendpoints.china.stt_endpoint
    stt_host       = data.speechendpoints.china.stt_host
  }
}
