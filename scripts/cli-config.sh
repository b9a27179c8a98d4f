# shellcheck shell=bash
# Sourced by demo.sh and compat.sh: the CLI configuration that makes
# Terraform and OpenTofu use the provider built into a folder.
#
# write_cli_config FILE BINDIR writes it to FILE and exports
# TF_CLI_CONFIG_FILE. dev_overrides is keyed by the short source:
# OpenTofu matches only that form (its default registry is another host),
# and Terraform accepts it too.
write_cli_config() {
  cat >"$1" <<RC
provider_installation {
  dev_overrides {
    "speechendpoints/speechendpoints" = "$2"
  }
  direct {}
}
RC
  export TF_CLI_CONFIG_FILE="$1" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1
}
