#!/usr/bin/env bash
# make demo: build the provider and run `terraform plan` on real examples
# through a dev_overrides CLI configuration. Needs only Go and Terraform: the
# key check runs against the embedded fake Azure Speech service, reached
# through HTTPS_PROXY on the real host names, so no network is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
demo="$root/.demo"
mkdir -p "$demo/bin"

echo "==> Building the provider and the fake Speech service"
go build -o "$demo/bin/terraform-provider-speechendpoints" .
go build -o "$demo/fakespeech" ./internal/fakespeech/cmd/fakespeech

cat >"$demo/terraformrc" <<RC
provider_installation {
  dev_overrides {
    "registry.terraform.io/speechendpoints/speechendpoints" = "$demo/bin"
  }
  direct {}
}
RC
export TF_CLI_CONFIG_FILE="$demo/terraformrc" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1
plan() { terraform -chdir="$root/examples/$1" plan -input=false -lock=false -no-color "${@:2}"; }

echo
echo "==> 1. terraform plan in examples/seed: Japan West (public) next to China East 2 (Azure China)"
plan seed

echo
echo "==> Starting the fake Azure Speech service (a key created in China East 2)"
rm -f "$demo/ca.pem" "$demo/proxy.url"
"$demo/fakespeech" -ca-out "$demo/ca.pem" -proxy-out "$demo/proxy.url" -max-lifetime 10m &
fake_pid=$!
trap 'kill $fake_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [ -s "$demo/proxy.url" ] && break; sleep 0.1; done
[ -s "$demo/proxy.url" ] || { echo "the fake Speech service did not start" >&2; exit 1; }
export HTTPS_PROXY="$(cat "$demo/proxy.url")" NO_PROXY="" no_proxy=""
export TF_VAR_ca_cert_pem="$(cat "$demo/ca.pem")"
export TF_VAR_speech_key="$(go run ./internal/fakespeech/cmd/demokey)"

echo
echo "==> 2. The seed failure: the China East 2 key configured as Japan West (public), key check with locate"
set +e
plan key-check -var cloud=public -var region=japanwest >"$demo/plan-wrong.txt" 2>&1
rc=$?
set -e
cat "$demo/plan-wrong.txt"
# Terraform wraps diagnostics: join the lines before looking for the advice.
if [ "$rc" -eq 0 ] || ! tr -s '\n ' '  ' <"$demo/plan-wrong.txt" | grep -q 'region = "chinaeast2"'; then
  echo "demo: expected the plan to fail and name chinaeast2 (exit $rc)" >&2
  exit 1
fi
echo "(the plan failed as it should, exit $rc, and named China East 2)"

echo
echo "==> 3. The corrected configuration: cloud = \"china\", region = \"chinaeast2\""
plan key-check -var cloud=china -var region=chinaeast2
