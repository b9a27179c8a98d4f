# The voices a resource's region offers, read during plan with the
# provider's key (an ephemeral variable: never in plan or state).

variable "speech_key" {
  type      = string
  sensitive = true
  ephemeral = true
}

variable "ca_cert_pem" {
  type    = string
  default = null
}

provider "speechendpoints" {
  key         = var.speech_key
  ca_cert_pem = var.ca_cert_pem
}

data "speechendpoints_voices" "en_us" {
  region = "chinaeast2"
  locale = "en-US"
}

# One object per voice of the locale, keyed by short name.
resource "terraform_data" "voice" {
  for_each = { for v in data.speechendpoints_voices.en_us.voices : v.short_name => v }

  input = {
    gender            = each.value.gender
    styles            = each.value.styles
    secondary_locales = each.value.secondary_locales
  }
}

output "multilingual_voices" {
  value = [for v in data.speechendpoints_voices.en_us.voices : v.short_name if length(v.secondary_locales) > 0]
}
