#!/usr/bin/env bash
# make demo: build the provider and run `terraform plan` on examples/seed
# through a dev_overrides CLI configuration. Needs only Go and Terraform.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
demo="$root/.demo"
mkdir -p "$demo/bin"

echo "==> Building the provider"
go build -o "$demo/bin/terraform-provider-speechendpoints" .

cat >"$demo/terraformrc" <<RC
provider_installation {
  dev_overrides {
    "registry.terraform.io/speechendpoints/speechendpoints" = "$demo/bin"
  }
  direct {}
}
RC
export TF_CLI_CONFIG_FILE="$demo/terraformrc" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1

echo "==> terraform plan in examples/seed (Japan West public next to China East 2)"
terraform -chdir="$root/examples/seed" plan -input=false -lock=false -no-color
