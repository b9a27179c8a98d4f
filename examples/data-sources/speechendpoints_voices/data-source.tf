terraform {
  required_providers {
    speechendpoints = {
      source = "speechendpoints/speechendpoints"
    }
  }
}

# The voices a resource's region offers, read during plan with the
# provider's key. Provider configuration is never written to state.
# The key: see "Keys that never touch state" in the provider's docs.
variable "speech_key" {
  type      = string
  sensitive = true
}

provider "speechendpoints" {
  key = var.speech_key
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
