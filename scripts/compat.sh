#!/usr/bin/env bash
# make compat: plan every example and one small configuration per feature on
# several Terraform and OpenTofu CLIs, and print the compatibility matrix.
#
#   scripts/compat.sh          build the missing CLIs, then run the matrix
#   scripts/compat.sh build    only build the missing CLIs
#
# CLIS chooses the CLIs (space or comma separated; default: all):
#   path               the terraform on PATH (Terraform >= 1.10 cannot be
#                      built from its Go module)
#   terraform-1.5.7 terraform-1.8.5 tofu-1.10 tofu-1.12
#   terraform, tofu    every built CLI of that kind
# The built CLIs live in SPEECHENDPOINTS_CLI_CACHE (default
# ${XDG_CACHE_HOME:-$HOME/.cache}/speechendpoints/cli), one folder per CLI and
# version; each build takes minutes of CPU (2-4 minutes on 2 cores with a
# cold Go build cache, up to 15 on a busy machine), so CI runs CLIS=path.
# Nothing is downloaded but Go modules: no CLI release, no provider.
set -euo pipefail
cd "$(dirname "$0")/.."
cache="${SPEECHENDPOINTS_CLI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/speechendpoints/cli}"
mkdir -p "$cache"
export GOWORK=off

tmp=$(mktemp -d "${TMPDIR:-/tmp}/speechendpoints-compat.XXXXXX")
fake_pid=""
cleanup() {
  if [ -n "$fake_pid" ]; then kill "$fake_pid" 2>/dev/null || true; wait "$fake_pid" 2>/dev/null || true; fi
  chmod -R u+w "$tmp" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '==> %s\n' "$*" >&2; }

# ---------------------------------------------------------------------------
# The CLIs.
# ---------------------------------------------------------------------------
TERRAFORM_VERSIONS=(1.5.7 1.8.5)
TOFU_WANTED=(1.10.10 1.12.6)    # 1.10.x: 1.10.10 or else the newest 1.10 patch

# tofu_version WANTED prints the version to build: WANTED when the module
# proxy serves it, else the newest patch of its minor version.
tofu_version() {
  local want=$1 minor=${1%.*} all="" d
  all=$( (cd "$tmp" || exit 0; go list -m -versions github.com/opentofu/opentofu 2>/dev/null || true) | tr ' ' '\n' | sed -n "s/^v\(${minor//./\\.}\.[0-9]*\)$/\1/p")
  if [ -z "$all" ]; then
    # No answer from the module proxy: the newest one already built.
    for d in "$cache/tofu-$minor".*/tofu; do
      if [ -x "$d" ]; then d=${d%/tofu}; all+="${d##*/tofu-}"$'\n'; fi
    done
  fi
  if grep -qx "$want" <<<"$all"; then echo "$want"; return; fi
  all=$(grep -E '^[0-9]+\.[0-9]+\.[0-9]+$' <<<"$all" | sort -V | tail -1 || true)
  [ -n "$all" ] || { echo "no OpenTofu $minor.x on the module proxy" >&2; return 1; }
  echo "$all"
}

# build_into DIR BINARY COMMAND...: runs COMMAND (which writes BINARY into
# "$out") unless DIR/BINARY exists, then moves the result into place, so that
# an interrupted build leaves nothing that looks built. Builds hold a lock
# on the cache, so two runs never build the same CLI at once.
build_into() {
  local dir=$1 bin=$2; shift 2
  if [ -x "$dir/$bin" ]; then log "$(basename "$dir"): already built in $dir"; return; fi
  exec 9>"$cache/.build.lock"
  flock 9
  if [ -x "$dir/$bin" ]; then exec 9>&-; return; fi
  local out="$dir.partial" start end
  rm -rf "$out"; mkdir -p "$out"
  log "$(basename "$dir"): building with nice -n 10 (minutes; log: $out/build.log)"
  start=$(date +%s)
  if ! out="$out" "$@" >"$out/build.log" 2>&1; then
    tail -20 "$out/build.log" >&2
    echo "$(basename "$dir"): build failed (log: $out/build.log)" >&2
    return 1
  fi
  end=$(date +%s)
  echo "$((end - start))" >"$out/build-seconds"
  rm -rf "$dir"; mv "$out" "$dir"
  exec 9>&-
  log "$(basename "$dir"): built in $((end - start)) s"
}

# Both CLIs read their version from a VERSION file and add "-dev" unless
# the release flag below is set: with it, `version` says what a release
# binary says.
do_build_terraform() {
  GOBIN="$out" nice -n 10 go install -ldflags "-X github.com/hashicorp/terraform/version.dev=no" "github.com/hashicorp/terraform@v$1"
}

do_build_tofu() {
  # OpenTofu's go.mod has a replace directive, so `go install module@version`
  # refuses it: build from a writable copy of the module instead.
  local ver=$1 src moddir
  moddir=$(cd "$tmp" && go mod download -json "github.com/opentofu/opentofu@v$ver" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
  [ -d "$moddir" ] || { echo "go mod download named no Dir for OpenTofu $ver" >&2; return 1; }
  src=$(mktemp -d "$tmp/tofu-src.XXXXXX")
  cp -R "$moddir/." "$src"
  chmod -R u+w "$src"
  (cd "$src" && nice -n 10 go build -ldflags "-X github.com/opentofu/opentofu/version.dev=no" -o "$out/tofu" ./cmd/tofu)
  rm -rf "$src"
}

build_clis() {
  local v want
  for v in "${TERRAFORM_VERSIONS[@]}"; do
    wanted_cli "terraform-$v" || continue
    build_into "$cache/terraform-$v" terraform do_build_terraform "$v"
  done
  for want in "${TOFU_WANTED[@]}"; do
    wanted_cli "tofu-${want%.*}" || continue
    v=$(tofu_version "$want")
    build_into "$cache/tofu-$v" tofu do_build_tofu "$v"
    TOFU_BUILT+=("$v")
  done
}
TOFU_BUILT=()

# wanted_cli ID: whether CLIS selects ID (terraform-1.5.7, tofu-1.10, path).
wanted_cli() {
  local id=$1 w
  [ -z "${CLIS:-}" ] || [ "${CLIS:-}" = all ] && return 0
  for w in ${CLIS//,/ }; do
    case "$id" in "$w" | "$w"-*) return 0 ;; esac
  done
  return 1
}

# ---------------------------------------------------------------------------
# The cases, and what each CLI must do with them: the one table to edit.
#
#   case   example/<folder under examples/> or feature/<folder under
#          scripts/compat/features/>; every example folder needs a row
#   tf     the first Terraform that supports the case ("-": every CLI of the
#          matrix; the examples' required_version is ">= 1.5", the oldest
#          Terraform built here, which every OpenTofu satisfies)
#   tofu   the first OpenTofu that supports the case ("-": any)
#   expect pass    the plan succeeds
#          fail    the plan fails (a key check that must stop the plan)
#          broken  a known defect of the case: the plan fails today on every
#                  CLI, printing match; shown as "FAIL (known)" and not
#                  counted, but a plan that passes (or fails otherwise) is,
#                  so the row gets updated when the case is fixed
#   match  what the plan's output must contain (an extended regex, matched
#          against the output with its lines joined; "-": nothing); the
#          rest of the line
#
# On a CLI older than the case's minimum the case still runs, and must fail
# with an error that says the CLI does not know the construct (UNSUPPORTED):
# the cell then reads "n/a (needs X)" and proves the requirement.
# ---------------------------------------------------------------------------
CASES='
example/app-settings                               -     -     pass    SPEECH_TTS_HOST
example/azurerm-chaining                           -     -     pass    chinanorth3\.api\.cognitive\.azure\.cn/sts
example/check-block                                1.5   -     pass    Read complete .*id=china/chinaeast2/
example/key-check                                  -     -     fail    Error: Azure Speech Key Belongs Elsewhere
example/keyless                                    -     -     pass    data\.speechendpoints\.speech will be read during apply
example/private-endpoint                           -     -     pass    contoso-speech\.cognitiveservices\.azure\.com
example/seed                                       -     -     pass    chinaeast2\.tts\.speech\.azure\.cn
example/us-government                              -     -     pass    usgovvirginia\.tts\.speech\.azure\.us
example/voices-app                                 -     -     pass    SPEECH_VOICE
example/data-sources/speechendpoints               -     -     pass    westeurope\.tts\.speech\.microsoft\.com
example/data-sources/speechendpoints_regions       1.8   1.7   pass    regions_with_fast_transcription
example/data-sources/speechendpoints_voices        -     -     pass    multilingual_voices
example/ephemeral-resources/speechendpoints_token  1.10  1.11  pass    speechendpoints_token\.speech: Open(ing)? complete
example/functions/custom_domain_endpoints          1.8   1.7   pass    contoso-speech\.cognitiveservices\.azure\.com/tts/cognitiveservices/voices/list
example/functions/endpoints                        1.8   1.7   pass    chinaeast2\.tts\.speech\.azure\.cn/cognitiveservices/v1
example/functions/parse_endpoint                   1.8   1.7   pass    "japanwest"
example/functions/region                           1.8   1.7   pass    "centralindia"
feature/endpoints                                  -     -     pass    chinaeast2\.tts\.speech\.azure\.cn/cognitiveservices/v1
feature/key-check-pass                             -     -     pass    key_valid *= *true
feature/key-check-wrong-region                     -     -     fail    Error: Azure Speech Key (Belongs Elsewhere|Rejected)
feature/check-block                                -     -     pass    Read complete .*id=china/chinaeast2/.* Warning: Azure Speech Key (Belongs Elsewhere|Rejected)
feature/regions                                    -     -     pass    "chinanorth3"
feature/voices                                     -     -     pass    voice_count *= *[1-9]
feature/function-endpoints                         1.8   1.7   pass    chinaeast2\.tts\.speech\.azure\.cn/cognitiveservices/v1
feature/function-custom-domain-endpoints           1.8   1.7   pass    contoso-speech\.cognitiveservices\.azure\.com/tts/cognitiveservices/voices/list
feature/function-parse-endpoint                    1.8   1.7   pass    "chinaeast2"
feature/function-region                            1.8   1.7   pass    "centralindia"
feature/ephemeral-token                            1.10  1.11  pass    speechendpoints_token\.speech: Open(ing)? complete
'

# The errors with which a CLI refuses a construct it does not know yet, as
# the real CLIs print them (an n/a cell must fail with one of these).
# Terraform 1.5 parses provider::x::f(...) as "Missing newline after
# argument", and inside a variable validation as a condition that does not
# refer to the variable ("Invalid variable validation condition").
UNSUPPORTED='Error: (Missing newline after argument|Invalid variable validation condition|Unsupported argument|'
UNSUPPORTED+='Unsupported block type|Unsupported Terraform Core version|Unsupported OpenTofu version|Invalid character|'
UNSUPPORTED+='Invalid expression|Call to unknown function|Invalid function|Reserved block type name)'

# ---------------------------------------------------------------------------

if [ "${1:-}" = build ]; then build_clis; exit 0; fi
case "${1:-}" in "") ;; *) echo "usage: $0 [build]" >&2; exit 2 ;; esac

# version_lt A B: whether version A is older than B.
version_lt() { [ "$1" != "$2" ] && [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | sed -n 1p)" = "$1" ]; }

# The CLIs to run, as "id<TAB>binary".
build_clis
clis=()
for v in "${TERRAFORM_VERSIONS[@]}"; do
  wanted_cli "terraform-$v" && clis+=("terraform-$v	$cache/terraform-$v/terraform")
done
if wanted_cli path; then
  command -v terraform >/dev/null || { echo "no terraform on PATH" >&2; exit 1; }
  clis+=("path	$(command -v terraform)")
fi
for v in "${TOFU_BUILT[@]}"; do
  clis+=("tofu-$v	$cache/tofu-$v/tofu")
done
[ "${#clis[@]}" -gt 0 ] || { echo "CLIS=${CLIS:-} selects no CLI (path, terraform-1.5.7, terraform-1.8.5, tofu-1.10, tofu-1.12, terraform, tofu)" >&2; exit 2; }

log "Building the provider and the fake Speech service"
mkdir -p "$tmp/bin"
go build -o "$tmp/bin/terraform-provider-speechendpoints" .
go build -o "$tmp/fakespeech" ./cmd/speechendpoints-fake
demo_key=$(go run ./internal/fakespeech/cmd/demokey)

. scripts/cli-config.sh
write_cli_config "$tmp/cli.tfrc" "$tmp/bin"
unset TF_ACC_TERRAFORM_VERSION TF_DATA_DIR TF_PLUGIN_CACHE_DIR TF_WORKSPACE TF_CLI_ARGS TF_CLI_ARGS_plan TF_CLI_ARGS_init TF_LOG TF_LOG_PATH 2>/dev/null || true

"$tmp/fakespeech" -ca-out "$tmp/ca.pem" -proxy-out "$tmp/proxy.url" -max-lifetime 3h >"$tmp/fakespeech.log" 2>&1 &
fake_pid=$!
for _ in $(seq 1 100); do [ -s "$tmp/proxy.url" ] && [ -s "$tmp/ca.pem" ] && break; sleep 0.1; done
[ -s "$tmp/proxy.url" ] || { cat "$tmp/fakespeech.log" >&2; echo "the fake Speech service did not start" >&2; exit 1; }
HTTPS_PROXY=$(cat "$tmp/proxy.url")
export HTTPS_PROXY NO_PROXY="" no_proxy=""
unset https_proxy HTTP_PROXY http_proxy 2>/dev/null || true
# The fake's CA is trusted as a user of the fake trusts it: SSL_CERT_FILE
# for the examples, which set no ca_cert_pem; the feature configurations
# pass it to the provider's ca_cert_pem.
TF_VAR_ca_cert_pem=$(cat "$tmp/ca.pem")
export SSL_CERT_FILE="$tmp/ca.pem" TF_VAR_ca_cert_pem TF_VAR_speech_key="$demo_key"

# Every example folder has a row, and every row a folder.
declare -A row_tf row_tofu row_expect row_match
order=()
while read -r name tf tofu expect match; do
  [ -n "$name" ] || continue
  row_tf[$name]=$tf row_tofu[$name]=$tofu row_expect[$name]=$expect row_match[$name]=$match
  order+=("$name")
done <<<"$CASES"
table_errors=()
for dir in examples/*/ examples/data-sources/*/ examples/functions/*/ examples/ephemeral-resources/*/ scripts/compat/features/*/; do
  dir=${dir%/}
  case "$dir" in examples/provider | examples/data-sources | examples/functions | examples/ephemeral-resources) continue ;; esac
  compgen -G "$dir/*.tf" >/dev/null || continue
  name=${dir#examples/}; name=${name#scripts/compat/features/}
  case "$dir" in examples/*) name=example/$name ;; *) name=feature/$name ;; esac
  [ -n "${row_expect[$name]:-}" ] || table_errors+=("$dir has no row in the CASES table of $0")
done
for name in "${order[@]}"; do
  case "$name" in
    example/*) dir=examples/${name#example/} ;;
    feature/*) dir=scripts/compat/features/${name#feature/} ;;
    *) table_errors+=("$name: a case is example/... or feature/..."); continue ;;
  esac
  compgen -G "$dir/*.tf" >/dev/null || table_errors+=("$name: no .tf files in $dir")
  case "${row_expect[$name]}" in pass | fail | broken) ;; *) table_errors+=("$name: expect is pass, fail or broken") ;; esac
done

# ---------------------------------------------------------------------------
# The runs.
# ---------------------------------------------------------------------------
logs="$cache/compat-logs"
rm -rf "$logs"; mkdir -p "$logs"
declare -A cell note
headers=()
cli_lines=()
bad=0

first_error() { grep -m1 -E '^(│ )?Error: ' "$1" | sed 's/^│ //' || true; }
# The first paragraph of the first error's detail (without the source
# excerpt), on one line, for the notes.
error_detail() {
  awk '
    /^(│ )?Error: / && !seen { seen = 1; on = 1; next }
    !on { next }
    { sub(/^│ ?/, "") }
    /^[[:space:]]*$/ { if (text != "") exit; next }
    /^  (on|with) / || /^ *[0-9]+: / { next }
    { gsub(/^[[:space:]]+|[[:space:]]+$/, ""); text = text (text == "" ? "" : " ") $0 }
    END { if (length(text) > 240) text = substr(text, 1, 237) "..."; print text }
  ' "$1"
}

for entry in "${clis[@]}"; do
  id=${entry%%	*} bin=${entry#*	}
  vline=$("$bin" version 2>/dev/null | awk '/^(Terraform|OpenTofu) v/ && !f { print; f = 1 }')
  case "$vline" in
    Terraform\ v*) kind=terraform label="Terraform ${vline#Terraform v}" ;;
    OpenTofu\ v*) kind=tofu label="OpenTofu ${vline#OpenTofu v}" ;;
    *) echo "$bin: unexpected version line: $vline" >&2; exit 1 ;;
  esac
  version=${vline#* v}; version=${version%%[-+ ]*}
  [ "$id" = path ] && label="$label (PATH)"
  headers+=("$label")
  built=""
  [ -f "$(dirname "$bin")/build-seconds" ] && built=", built in $(cat "$(dirname "$bin")/build-seconds") s"
  cli_lines+=("- $label: \`$bin\`$built")
  log "$label: $bin"
  mkdir -p "$logs/$id"

  for name in "${order[@]}"; do
    case "$name" in
      example/*) src=examples/${name#example/} ;;
      feature/*) src=scripts/compat/features/${name#feature/} ;;
    esac
    [ -d "$src" ] || continue
    work=$(mktemp -d "$tmp/case.XXXXXX")
    cp -R "$src/." "$work/"
    out="$logs/$id/${name//\//_}.txt"
    rc=0
    # No init: with the provider in dev_overrides and only built-in
    # providers besides it, Terraform and OpenTofu (1.10 and 1.12 checked)
    # both plan straight away.
    (cd "$work" && timeout 300 "$bin" plan -input=false -no-color -lock=false) >"$out" 2>&1 || rc=$?
    rm -rf "$work"

    min=${row_tf[$name]}; [ "$kind" = tofu ] && min=${row_tofu[$name]}
    expect=${row_expect[$name]} match=${row_match[$name]}
    joined=$(tr -s '\n' ' ' <"$out" | tr -s ' ')
    err=$(first_error "$out")
    key="$name|$label"
    if [ "$min" != - ] && version_lt "$version" "$min"; then
      if [ "$rc" -ne 0 ] && grep -qE "^(│ )?$UNSUPPORTED" "$out"; then
        cell[$key]="n/a (needs $min)"; note[$key]="$err"
      elif [ "$rc" -ne 0 ] && [ "$expect" = broken ] && grep -qE -- "$match" <<<"$joined"; then
        cell[$key]="FAIL (known)"; note[$key]="$err"
      else
        cell[$key]="FAIL"; bad=1
        note[$key]="needs $min, so the plan should fail on a construct this CLI lacks; exit $rc: ${err:-no error}"
      fi
    else
      case "$expect" in
        pass)
          if [ "$rc" -eq 0 ] && { [ "$match" = - ] || grep -qE -- "$match" <<<"$joined"; }; then cell[$key]=ok
          else cell[$key]=FAIL; bad=1; note[$key]="exit $rc: ${err:-the output does not match /$match/}"; fi ;;
        fail)
          if [ "$rc" -ne 0 ] && grep -qE -- "$match" <<<"$joined"; then cell[$key]=ok; note[$key]="fails as it must: $err"
          else cell[$key]=FAIL; bad=1; note[$key]="expected to fail printing /$match/; exit $rc: ${err:-no error}"; fi ;;
        broken)
          if [ "$rc" -eq 0 ]; then cell[$key]="ok (listed as broken)"; bad=1; note[$key]="the plan passes: set its row to pass"
          elif grep -qE -- "$match" <<<"$joined"; then cell[$key]="FAIL (known)"; note[$key]="$err"
          else cell[$key]=FAIL; bad=1; note[$key]="not the known failure /$match/: $err"; fi ;;
      esac
    fi
    detail=$(error_detail "$out")
    case "${cell[$key]}" in ok) ;; *) [ -n "$detail" ] && [ -n "${note[$key]:-}" ] && note[$key]="${note[$key]} — $detail" ;; esac
    printf '  %-50s %s\n' "$name" "${cell[$key]}" >&2
  done
done

# ---------------------------------------------------------------------------
# The matrix.
# ---------------------------------------------------------------------------
matrix="$tmp/compat-matrix.md"
{
  echo "# speechendpoints compatibility matrix"
  echo
  stamp=$(date -u '+%Y-%m-%d %H:%M UTC')
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  changes=$(git diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')
  echo "$stamp, provider at $commit$changes, \`plan -input=false -no-color -lock=false\` on each case copied alone into an empty folder."
  echo
  printf '| case |'; for h in "${headers[@]}"; do printf ' %s |' "$h"; done; echo
  printf '| --- |'; for _ in "${headers[@]}"; do printf ' --- |'; done; echo
  for name in "${order[@]}"; do
    printf '| %s |' "$name"
    for h in "${headers[@]}"; do printf ' %s |' "${cell[$name|$h]:-}"; done
    echo
  done
  echo
  echo "ok: as the table in scripts/compat.sh expects (the plan passes, or fails for the cases that must fail);"
  echo "n/a (needs X): older than the first version with the feature, and the CLI refused it as it must;"
  echo "FAIL (known): a defect listed in the table; FAIL: not as expected."
  echo
  echo "## CLIs"
  echo
  printf '%s\n' "${cli_lines[@]}"
  echo
  echo "## Notes (first error line of each cell that is not plain ok)"
  echo
  for name in "${order[@]}"; do
    for h in "${headers[@]}"; do
      n=${note[$name|$h]:-}
      [ -n "$n" ] && echo "- $name on $h: ${cell[$name|$h]}: $n"
    done
  done
  if [ "${#table_errors[@]}" -gt 0 ]; then
    echo
    echo "## Table errors"
    echo
    for e in "${table_errors[@]}"; do echo "- $e"; done
  fi
} >"$matrix"
cp "$matrix" "$cache/compat-matrix.md"
echo
cat "$matrix"
echo
echo "(also in $cache/compat-matrix.md; plan logs in $logs)"
if [ "$bad" -ne 0 ] || [ "${#table_errors[@]}" -gt 0 ]; then
  echo "compat: some cells are not as expected" >&2
  exit 1
fi
