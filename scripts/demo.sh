#!/usr/bin/env bash
# make demo: build the provider and run `plan` on real examples through a
# dev_overrides CLI configuration, with Terraform or OpenTofu:
#
#   make demo            # terraform on PATH
#   make demo TF=tofu    # or any CLI binary: TF=/path/to/tofu
#
# Needs only Go and the CLI: the key check runs against the fake Azure
# Speech service (cmd/speechendpoints-fake), reached through HTTPS_PROXY on the
# real host names and trusted through SSL_CERT_FILE, so no network is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
demo="$root/.demo"
tf=${TF:-terraform}
command -v "$tf" >/dev/null || { echo "demo: no $tf on PATH (set TF to a terraform or tofu binary)" >&2; exit 1; }
mkdir -p "$demo/bin"

echo "==> Building the provider and the fake Speech service"
go build -o "$demo/bin/terraform-provider-speechendpoints" .
go build -o "$demo/fakespeech" ./cmd/speechendpoints-fake

. "$root/scripts/cli-config.sh"
write_cli_config "$demo/cli.tfrc" "$demo/bin"
"$tf" version | sed -n 1p
plan() { (cd "$root/examples/$1" && "$tf" plan -input=false -lock=false -no-color "${@:2}"); }

echo
echo "==> 1. plan in examples/seed: Japan West (public) next to China East 2 (Azure China)"
plan seed

echo
echo "==> Starting the fake Azure Speech service (a key created in China East 2)"
rm -f "$demo/ca.pem" "$demo/proxy.url" "$demo/requests.log"
"$demo/fakespeech" -ca-out "$demo/ca.pem" -proxy-out "$demo/proxy.url" -log "$demo/requests.log" -max-lifetime 10m &
fake_pid=$!
trap 'kill $fake_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [ -s "$demo/proxy.url" ] && break; sleep 0.1; done
[ -s "$demo/proxy.url" ] || { echo "the fake Speech service did not start" >&2; exit 1; }
export HTTPS_PROXY="$(cat "$demo/proxy.url")" NO_PROXY="" no_proxy="" SSL_CERT_FILE="$demo/ca.pem"
export TF_VAR_speech_key="$(go run ./internal/fakespeech/cmd/demokey)"

echo
echo "==> 2. The seed failure: the China East 2 key configured as Japan West (public), key check with locate"
set +e
plan key-check -var cloud=public -var region=japanwest >"$demo/plan-wrong.txt" 2>&1
rc=$?
set -e
cat "$demo/plan-wrong.txt"
# The CLI wraps diagnostics: join the lines before looking for the advice.
flat=$(tr -s '\n ' '  ' <"$demo/plan-wrong.txt")
if [ "$rc" -eq 0 ]; then
  echo "demo: step 2 should fail the plan and name chinaeast2, but the plan passed" >&2
  exit 1
fi
if ! grep -q 'set cloud = "china" and region = "chinaeast2"' <<<"$flat"; then
  echo "demo: step 2 failed (exit $rc), but not with the key check's diagnosis. The first error:" >&2
  grep -m1 -A12 'Error: ' "$demo/plan-wrong.txt" >&2 || tail -20 "$demo/plan-wrong.txt" >&2
  exit 1
fi
echo "(the plan failed as it should, exit $rc, and named China East 2)"

echo
echo "==> 3. The corrected configuration: cloud = \"china\", region = \"chinaeast2\""
plan key-check -var cloud=china -var region=chinaeast2

echo
echo "==> The fake's request log (a key's fingerprint, never the key)"
cat "$demo/requests.log"
