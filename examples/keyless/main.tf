# A keyless Speech resource: keys disabled (local_auth_enabled = false), a
# custom subdomain (Microsoft Entra tokens are accepted only there), and the
# app's managed identity granted Cognitive Services Speech User. The
# variables stand for azurerm's attributes; the terraform_data resources for
# azurerm's resources, named in their comments.

variable "account_id" {
  description = "azurerm_cognitive_account.speech.id"
  type        = string
  default     = "/subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/rg-speech/providers/Microsoft.CognitiveServices/accounts/contoso-keyless"
}

variable "location" {
  description = "azurerm_cognitive_account.speech.location"
  type        = string
  default     = "eastus"
}

variable "custom_subdomain_name" {
  description = "azurerm_cognitive_account.speech.custom_subdomain_name (required for keyless access)"
  type        = string
  default     = "contoso-keyless"
}

variable "app_principal_id" {
  description = "azurerm_linux_web_app.app.identity[0].principal_id"
  type        = string
  default     = "b0000000-0000-4000-8000-000000000001"
}

# Credentials as the azurerm provider takes them, used only by entra_check
# and role_check: here from the same ARM_* variables a pipeline gives
# azurerm (ARM_TENANT_ID, ARM_CLIENT_ID, ARM_CLIENT_SECRET or ARM_USE_OIDC,
# ARM_USE_MSI...). Without any, both checks warn and the plan goes on.
provider "speechendpoints" {}

# Stands for:
# resource "azurerm_role_assignment" "app_speech" {
#   scope                = azurerm_cognitive_account.speech.id
#   role_definition_name = "Cognitive Services Speech User"
#   principal_id         = azurerm_linux_web_app.app.identity[0].principal_id
# }
resource "terraform_data" "app_speech" {
  input = {
    scope                = var.account_id
    role_definition_name = "Cognitive Services Speech User"
    principal_id         = var.app_principal_id
  }
}

data "speechendpoints" "speech" {
  region                = var.location
  custom_subdomain_name = var.custom_subdomain_name
  local_auth_enabled    = false
  resource_id           = var.account_id

  # The identity the plan runs as calls the custom domain with a token.
  entra_check {}

  # The app's identity: its role assignments, read from Azure Resource
  # Manager. With depends_on, a new identity or assignment is checked
  # during apply, after the assignment exists.
  role_check {
    principal_id = var.app_principal_id
  }
  depends_on = [terraform_data.app_speech]
}

# Stands for azurerm_linux_web_app.app's app_settings: no key, the custom
# domain, the token scope and the resource ID.
resource "terraform_data" "app_settings" {
  input = data.speechendpoints.speech.app_settings
}

output "keyless" {
  value = {
    endpoint         = data.speechendpoints.speech.keyless.endpoint
    token_scope      = data.speechendpoints.speech.keyless.token_scope
    aad_token_prefix = data.speechendpoints.speech.keyless.aad_token_prefix
  }
}

output "checks" {
  value = {
    plan_identity = data.speechendpoints.speech.entra_check_result
    app_identity  = data.speechendpoints.speech.role_check_result
  }
}
