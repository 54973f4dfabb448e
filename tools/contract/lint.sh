#!/usr/bin/env bash
# Lints an OpenAPI document with the pinned contract linters of tools/contract:
#   1. Spectral (spectral:oas + the OWASP API Security Top 10 2023 ruleset), tools/contract/.spectral.yaml
#   2. Redocly CLI (`recommended`), tools/contract/redocly.yaml
# then prints the number of problems per tool, severity and rule.
#
# Usage: tools/contract/lint.sh SPEC.yaml      (e.g. gateway/target/openapi-merged.yaml)
# Exit:  0 when neither tool reports an error (warnings are printed but pass), 1 when one does,
#        2 on a usage error. The tools are installed with `npm ci` from the committed
#        package-lock.json when node_modules is missing or older than the lock file.
# Env:   LINT_REPORT_DIR=DIR keeps the tools' JSON reports (spectral.json, redocly.json) in DIR.
set -euo pipefail
shopt -s inherit_errexit

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
HERE="$CONTRACT_DIR"

usage() {
  echo "usage: ${0##*/} SPEC.yaml" >&2
  exit 2
}

(($# == 1)) || usage
[[ "$1" != -h && "$1" != --help ]] || usage
[[ -f "$1" ]] || { echo "lint: no such file: $1" >&2; exit 2; }
SPEC="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"

command -v node >/dev/null || { echo "lint: node is needed (and npm, to install the linters)" >&2; exit 2; }

# (Re)install the pinned tools when node_modules is missing or older than package-lock.json.
contract_ensure_tools

# No usage data and no update notices from Redocly CLI.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_NOTIFICATIONS=true

REPORTS="${LINT_REPORT_DIR:-}"
if [[ -z "$REPORTS" ]]; then
  REPORTS="$(mktemp -d)"
  trap 'rm -rf "$REPORTS"' EXIT
else
  mkdir -p "$REPORTS"
fi

echo "== Spectral $("$HERE/node_modules/.bin/spectral" --version) (tools/contract/.spectral.yaml): $SPEC"
spectral_rc=0
"$HERE/node_modules/.bin/spectral" lint "$SPEC" --ruleset "$HERE/.spectral.yaml" --fail-severity error \
  --format stylish --format json --output.json "$REPORTS/spectral.json" || spectral_rc=$?

echo
echo "== Redocly CLI $("$HERE/node_modules/.bin/redocly" --version) (tools/contract/redocly.yaml): $SPEC"
redocly_rc=0
"$HERE/node_modules/.bin/redocly" lint "$SPEC" --config "$HERE/redocly.yaml" --format stylish --max-problems 100000 ||
  redocly_rc=$?
# a second, quick run for the machine-readable report the counts are taken from
"$HERE/node_modules/.bin/redocly" lint "$SPEC" --config "$HERE/redocly.yaml" --format json --max-problems 100000 \
  >"$REPORTS/redocly.json" 2>/dev/null || true

echo
node "$HERE/summarize.cjs" "$REPORTS/spectral.json" "$REPORTS/redocly.json"

# Spectral: 1 = results at or above --fail-severity, other non-zero = it could not run.
# Redocly: 1 = errors (or it could not run). Either way the lint has failed.
if ((spectral_rc != 0 || redocly_rc != 0)); then
  echo "lint: FAILED (spectral exit $spectral_rc, redocly exit $redocly_rc)"
  exit 1
fi
echo "lint: passed (no errors)"
