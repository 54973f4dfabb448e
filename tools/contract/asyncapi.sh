#!/usr/bin/env bash
# Validates an AsyncAPI document with the pinned AsyncAPI CLI of tools/contract (`asyncapi validate`).
#
# Usage: tools/contract/asyncapi.sh [DOCUMENT.yaml]
#        (default: platform/contracts/src/main/resources/asyncapi/asyncapi.yaml, which the contracts
#        tests generate)
# Exit:  0 when the document has no error (warnings and infos are printed but pass), 1 when it has
#        errors, 2 on a usage error. The tools are installed with `npm ci` from the committed
#        package-lock.json when node_modules is missing or older than the lock file.
#
# No usage data and no prompts: the CLI's metrics settings file (ASYNCAPI_METRICS_CONFIG_PATH) is
# kept in tools/contract/node_modules with analytics off, and stdin is /dev/null.
set -euo pipefail
shopt -s inherit_errexit

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
REPO="$(cd "$CONTRACT_DIR/../.." && pwd)"

usage() {
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

(($# <= 1)) || usage
[[ "${1:-}" != -h && "${1:-}" != --help ]] || usage
DOC="${1:-$REPO/platform/contracts/src/main/resources/asyncapi/asyncapi.yaml}"
[[ -f "$DOC" ]] || { echo "asyncapi: no such file: $DOC" >&2; exit 2; }
command -v node >/dev/null || { echo "asyncapi: node is needed (and npm, to install the CLI)" >&2; exit 2; }

contract_ensure_tools

CLI="$CONTRACT_DIR/node_modules/.bin/asyncapi"
METRICS="$CONTRACT_DIR/node_modules/.asyncapi-analytics.json"
[[ -f "$METRICS" ]] || printf '{"analyticsEnabled":"false","infoMessageShown":"true"}\n' >"$METRICS"

echo "== AsyncAPI CLI $(node -p 'require(process.argv[1]).version' "$CONTRACT_DIR/node_modules/@asyncapi/cli/package.json"): $DOC"
# SUPPRESS_*: the CLI's node-config would warn about a missing ./config folder and NODE_ENV
rc=0
ASYNCAPI_METRICS_CONFIG_PATH="$METRICS" SUPPRESS_NO_CONFIG_WARNING=1 SUPPRESS_STRICTNESS_CHECK=1 \
  "$CLI" validate "$DOC" --fail-severity error </dev/null || rc=$?
if ((rc != 0)); then
  echo "asyncapi: FAILED (asyncapi validate exit $rc)"
  exit 1
fi
echo "asyncapi: passed (no errors)"
