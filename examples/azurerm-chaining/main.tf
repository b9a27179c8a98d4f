# Chaining from azurerm_cognitive_account. No other provider can be
# installed in this example, so the account's attributes are variables whose
# defaults are values azurerm returns; in a real configuration write
#
#   region                = azurerm_cognitive_account.speech.location
#   resource_type         = azurerm_cognitive_account.speech.kind
#   custom_subdomain_name = azurerm_cognitive_account.speech.custom_subdomain_name
#   endpoint              = azurerm_cognitive_account.speech.endpoint

variable "account_location" {
  type    = string
  default = "chinanorth3"
}

variable "account_kind" {
  type    = string
  default = "SpeechServices"
}

variable "account_custom_subdomain_name" {
  type    = string
  default = null
}

variable "account_endpoint" {
  type    = string
  default = "https://chinanorth3.api.cognitive.azure.cn/"
}

data "speechendpoints" "account" {
  region                = var.account_location
  resource_type         = var.account_kind
  custom_subdomain_name = var.account_custom_subdomain_name
  endpoint              = var.account_endpoint
}

output "speech" {
  value = {
    cloud          = data.speechendpoints.account.cloud_name
    token_endpoint = data.speechendpoints.account.token_endpoint
    tts_endpoint   = data.speechendpoints.account.tts_endpoint
  }
}
