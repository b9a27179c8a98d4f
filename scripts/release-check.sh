#!/usr/bin/env bash
# make release-check: cross-compiles every goos/goarch pair that
# .goreleaser.yml builds, so that CI proves a release would build.
# A pair the release config builds but `go tool dist list` does not know
# fails the check: goreleaser would fail on it too; add it to `ignore`.
set -euo pipefail
cd "$(dirname "$0")/.."
cfg=.goreleaser.yml

# The config keeps goos and goarch as one-line flow lists and ignore as
# goos/goarch pairs; read them with awk rather than a YAML library.
list() { awk -v k="$1:" '$1 == k { sub(/^[^[]*\[/, ""); sub(/\].*$/, ""); gsub(/[ '\'']/, ""); print; exit }' "$cfg" | tr ',' ' '; }
ignored=$(awk '
  /^[[:space:]]*ignore:/ { inside = 1; next }
  inside && $0 !~ /^[[:space:]]*(- )?goos:|^[[:space:]]*goarch:/ { inside = 0 }
  inside { gsub(/[-'\'' ]/, "") }
  inside && /^goos:/   { os = substr($0, 6) }
  inside && /^goarch:/ { print os "/" substr($0, 8) }' "$cfg")
goos=$(list goos)
goarch=$(list goarch)
[ -n "$goos" ] && [ -n "$goarch" ] || { echo "release-check: no goos/goarch in $cfg" >&2; exit 1; }
known=$(go tool dist list)

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
built=0 skipped=0
for os in $goos; do
  for arch in $goarch; do
    pair="$os/$arch"
    if grep -qx "$pair" <<<"$ignored"; then
      echo "skip  $pair (ignored in $cfg)"
      skipped=$((skipped + 1))
      continue
    fi
    if ! grep -qx "$pair" <<<"$known"; then
      echo "release-check: $cfg builds $pair, which this Go ($(go env GOVERSION)) does not support; add it to ignore" >&2
      exit 1
    fi
    echo "build $pair"
    CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -ldflags='-s -w' -o "$out/provider" .
    built=$((built + 1))
  done
done
echo "release-check: $built targets compiled, $skipped ignored"
