#!/usr/bin/env bash
# make release-check: builds a snapshot release with goreleaser (the version
# pinned below), as a tag would, without publishing or signing, and checks
# the archive names: the provider's zips and the fake's archives for every
# target, named after the pinned project_name, never after the clone's
# folder. goreleaser is installed into the Go cache on first use (about 8
# minutes of downloads and compiling on a cold cache, a few seconds after);
# with the module cache warm it needs no network (GOPROXY=off, GOFLAGS=-mod=mod).
set -euo pipefail
cd "$(dirname "$0")/.."
GORELEASER_VERSION=v2.17.0
tools="$(go env GOPATH)/pkg/speechendpoints-tools/goreleaser-$GORELEASER_VERSION"
gr="$tools/goreleaser"
if [ ! -x "$gr" ]; then
  echo "installing goreleaser $GORELEASER_VERSION into $tools"
  GOBIN="$tools" go install "github.com/goreleaser/goreleaser/v2@$GORELEASER_VERSION"
fi

dist=$(mktemp -d)
cfg=$(mktemp --suffix=.yml)
trap 'rm -rf "$dist" "$cfg"' EXIT
{ cat .goreleaser.yml; echo "dist: $dist"; } >"$cfg"
# The snapshot writes to a temporary dist (not ./dist, which CI would see),
# skips signing (no key in CI) and the before hook (go mod tidy reads the
# test dependencies of every dependency, which a warm module cache lacks:
# it would need the network), and builds offline (GOPROXY=off).
start=$SECONDS
GOPROXY=${RELEASE_CHECK_GOPROXY:-off} GOFLAGS=-mod=mod "$gr" release --snapshot --clean --skip=sign,before \
  --parallelism "${RELEASE_CHECK_PARALLELISM:-2}" --timeout "${RELEASE_CHECK_TIMEOUT:-2h}" --config "$cfg" >"$dist.log" 2>&1 ||
  { cat "$dist.log" >&2; rm -f "$dist.log"; echo "release-check: goreleaser failed" >&2; exit 1; }
rm -f "$dist.log"

# Every target of .goreleaser.yml: the provider's zip and the fake's archive.
provider=$(find "$dist" -maxdepth 1 -name 'terraform-provider-speechendpoints_*_*_*.zip' | wc -l)
fake=$(find "$dist" -maxdepth 1 -name 'speechendpoints-fake_*_*_*.tar.gz' -o -maxdepth 1 -name 'speechendpoints-fake_*_*_*.zip' | wc -l)
other=$(find "$dist" -maxdepth 1 \( -name '*.zip' -o -name '*.tar.gz' \) ! -name 'terraform-provider-speechendpoints_*' ! -name 'speechendpoints-fake_*' | wc -l)
sums=$(find "$dist" -maxdepth 1 -name 'terraform-provider-speechendpoints_*_SHA256SUMS' | wc -l)
echo "release-check: $provider provider zips, $fake fake archives, $sums SHA256SUMS in $((SECONDS - start))s"
[ "$provider" -ge 13 ] && [ "$fake" -eq "$provider" ] && [ "$other" -eq 0 ] && [ "$sums" -eq 1 ] || {
  ls "$dist" >&2
  echo "release-check: want a provider zip and a fake archive per target, named after project_name" >&2
  exit 1
}
# The registry's zip holds the provider binary at its root.
z=$(find "$dist" -maxdepth 1 -name 'terraform-provider-speechendpoints_*_linux_amd64.zip' | head -1)
unzip -Z1 "$z" | grep -qx 'terraform-provider-speechendpoints_v.*' || { unzip -Z1 "$z" >&2; echo "release-check: $z lacks the provider binary" >&2; exit 1; }
