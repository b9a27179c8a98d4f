#!/usr/bin/env bash
# make sdk-check: compares the provider's computed endpoints with the URLs the
# native Speech SDK core states (a cited table test) and the Speech SDK for
# JavaScript builds for the same regions and custom domains,
# offline (scripts/sdkcheck/check.mjs stubs the SDK's websocket, REST and
# redirect seams). Needs Node.js 20+ and npm; the SDK version is pinned in
# scripts/sdkcheck/package.json and installed outside the repository, in
# ${SDKCHECK_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/speechendpoints/sdkcheck}.
# Extra arguments go to check.mjs (--all, --observed, --report FILE).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v node >/dev/null || { echo "sdk-check: node not found (Node.js 20 or later is needed)" >&2; exit 2; }
command -v npm >/dev/null || { echo "sdk-check: npm not found" >&2; exit 2; }
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || { echo "sdk-check: Node.js $(node --version) is too old, 20 or later is needed" >&2; exit 2; }

dir=${SDKCHECK_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/speechendpoints/sdkcheck}
pkg=scripts/sdkcheck/package.json
mkdir -p "$dir"
pinned=$(node -p 'require(process.argv[1]).dependencies["microsoft-cognitiveservices-speech-sdk"]' "$PWD/$pkg")
installed=$(node -p 'try { require(process.argv[1]).version } catch { "" }' "$dir/node_modules/microsoft-cognitiveservices-speech-sdk/package.json")
if ! cmp -s "$pkg" "$dir/package.json" || [ "$installed" != "$pinned" ]; then
  echo "sdk-check: installing microsoft-cognitiveservices-speech-sdk@$pinned into $dir"
  cp "$pkg" "$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --no-update-notifier --loglevel=error)
else
  echo "sdk-check: microsoft-cognitiveservices-speech-sdk@$pinned already in $dir"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The native core of the C#, C++, Java and Python SDKs
# (github.com/microsoft-foundry/SpeechSDK) is not built here: its URL rules
# are a cited table with file and line at a pinned commit
# (internal/speech/nativecore_test.go), compared with the same endpoints.
echo "sdk-check: the native Speech SDK core, as a cited table (internal/speech/nativecore_test.go)"
go test -count=1 -run '^TestNativeCoreURLRules$' -v ./internal/speech/ | sed -n '/native core /,/^--- /p'
go run ./scripts/sdkcheck/dump >"$tmp/endpoints.json"
SDKCHECK_DIR="$dir" node scripts/sdkcheck/check.mjs "$tmp/endpoints.json" --sdk-dir "$dir" "$@"
