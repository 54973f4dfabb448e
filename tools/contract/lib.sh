# shellcheck shell=bash
# Shared by lint.sh and proxy.sh (sourced, not run): installs the pinned tools of tools/contract.

# CONTRACT_DIR: this folder (tools/contract), absolute.
CONTRACT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Runs `npm ci` in tools/contract when node_modules is missing or older than package-lock.json
# (npm writes node_modules/.package-lock.json at every install: its age is the install's age).
contract_ensure_tools() {
  if [[ -f "$CONTRACT_DIR/node_modules/.package-lock.json" && ! "$CONTRACT_DIR/package-lock.json" -nt "$CONTRACT_DIR/node_modules/.package-lock.json" ]]; then
    return 0
  fi
  command -v npm >/dev/null || { echo "${0##*/}: npm is needed to install the contract tools" >&2; return 2; }
  echo "${0##*/}: installing the pinned contract tools (npm ci in tools/contract)" >&2
  (cd "$CONTRACT_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2)
}
