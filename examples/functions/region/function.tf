# Display names, any case and spacing, to the identifier SDKs expect.
output "speech_region" {
  value = provider::speechendpoints::region("India Central")
  # "centralindia"
}
