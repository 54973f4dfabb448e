#!/usr/bin/env bash
# Runs the tests of the CLI's parts (tools/cli/test/*.bats, or the files given) with the pinned
# bats-core, bats-support and bats-assert of tools/cli/package.json, installed with npm ci when
# node_modules is missing or older than package-lock.json. Needs node and npm.
set -euo pipefail

CLI_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [[ ! -x "$CLI_DIR/node_modules/bats/bin/bats" || ! -f "$CLI_DIR/node_modules/.package-lock.json" ||
      "$CLI_DIR/package-lock.json" -nt "$CLI_DIR/node_modules/.package-lock.json" ]]; then
  command -v npm >/dev/null || { echo "${0##*/}: npm is needed to install bats (tools/cli/package.json)" >&2; exit 2; }
  echo "${0##*/}: installing the pinned bats (npm ci in tools/cli)" >&2
  (cd "$CLI_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

if (($# == 0)); then
  set -- "$CLI_DIR/test"
fi
exec "$CLI_DIR/node_modules/bats/bin/bats" "$@"
