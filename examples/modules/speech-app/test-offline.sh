#!/usr/bin/env bash
# Plain CI, offline: start speechendpoints-fake with this module's world and
# point this shell at it. Then check the module's three promises with plain
# plans, and run its terraform test:
# - a good key passes;
# - a bad key fails the plan, naming the cause;
# - a missing voice is named.
# The fake tunnels hosts other than Azure's (the registry, for terraform
# init) to their real destination.
#
#   go install github.com/speechendpoints/terraform-provider-speechendpoints/cmd/speechendpoints-fake@latest
#   ./test-offline.sh                      # terraform on PATH
#   TF=tofu ./test-offline.sh              # OpenTofu
#   INIT=no ./test-offline.sh              # the provider from dev_overrides: no init
set -euo pipefail
cd "$(dirname "$0")"
TF=${TF:-terraform}
FAKE=${FAKE:-speechendpoints-fake}
INIT=${INIT:-yes}
good_key=5d41402abc4b2a76b9719d911017c592 # the key of tests/world.json's resource
bad_key=0f1e2d3c4b5a69788796a5b4c3d2e1f0  # a key no resource has

work=$(mktemp -d)
"$FAKE" -world tests/world.json -ca-out "$work/ca.pem" -proxy-out "$work/proxy.url" \
  -log "$work/requests.log" -print-env -max-lifetime 15m >"$work/env" &
fake_pid=$!
trap 'kill $fake_pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$work/env" ] && break; sleep 0.1; done
[ -s "$work/env" ] || { echo "speechendpoints-fake did not start" >&2; exit 1; }
# HTTPS_PROXY at the fake, NO_PROXY without Azure's hosts, SSL_CERT_FILE at
# the system's roots plus the fake's CA.
# shellcheck disable=SC1091
. "$work/env"
export TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1

if [ "$INIT" = yes ]; then
  "$TF" init -input=false -no-color >/dev/null
fi

fail=0
plan() { # plan KEY [VAR=VALUE...]: the plan's output; its exit status in $rc
  local key=$1
  shift
  local args=()
  for v in "$@"; do args+=(-var "$v"); done
  set +e
  out=$(SPEECH_KEY="$key" "$TF" plan -input=false -no-color -lock=false "${args[@]}" 2>&1)
  rc=$?
  set -e
  flat=$(tr -s '\n ' '  ' <<<"$out") # the CLI wraps diagnostics
}
expect() { # expect NAME WANT_RC TEXT
  if [ "$rc" -ne "$2" ] || ! grep -qF -- "$3" <<<"$flat"; then
    echo "FAIL $1: exit $rc, want $2 and \"$3\":" >&2
    echo "$out" >&2
    fail=1
  else
    echo "ok   $1"
  fi
}

plan "$good_key" region=westus 'voices=["en-US-AvaMultilingualNeural"]'
expect "a good key passes" 0 "terraform_data.app_settings will be created"

plan "$bad_key" region=westus
expect "a bad key fails the plan" 1 "Error: Azure Speech Key Rejected"

plan "$good_key" region=westus 'voices=["en-US-NoSuchVoiceNeural"]'
expect "a missing voice is named" 1 "en-US-NoSuchVoiceNeural"

set +e
"$TF" test -no-color
rc=$?
set -e
[ "$rc" -eq 0 ] || { echo "FAIL $TF test (exit $rc)" >&2; fail=1; }

echo "--- the fake's request log (key fingerprints, never keys)"
cat "$work/requests.log"
exit $fail
