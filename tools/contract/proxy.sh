#!/usr/bin/env bash
# The validating proxy: Prism (pinned in tools/contract) between a client and the real API, checking
# every request and response against an OpenAPI document.
#
#   tools/contract/proxy.sh start SPEC UPSTREAM PORT LOGFILE [PRISM-ARG…]
#       starts `prism proxy SPEC UPSTREAM --host 127.0.0.1 --port PORT --errors [PRISM-ARG…]` in the
#       background, its output in LOGFILE, its pid in .alliance/run/prism.pid; returns once Prism
#       listens (or fails after PRISM_START_TIMEOUT seconds, default 60).
#   tools/contract/proxy.sh stop
#       stops the Prism recorded in the pid file (SIGTERM, SIGKILL after 10 s).
#   tools/contract/proxy.sh violations LOGFILE
#       prints the number of contract violations Prism logged (first line), then those log lines;
#       exits 0 when there are none, 1 when there are some, 2 on a usage error.
#   tools/contract/proxy.sh summary LOGFILE
#       the same violations grouped by exchange (method, path with {id}, status) and message, with
#       counts (violations.cjs); same exit codes.
#
# With --errors (the default) Prism answers a request that violates the spec with 422 problem+json
# (type https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY) without forwarding it, and replaces
# an upstream response that violates the spec with 500 problem+json (…#VIOLATIONS); the body's
# `validation` array (and, for responses, the `sl-violations` header) lists each violation. The log
# then has one line per failing exchange, without the details:
#   [10:31:02 AM] › [HTTP SERVER] get /items/2 ✖  error     Request terminated with error: https://stoplight.io/prism/errors#VIOLATIONS: Request/Response not valid
# Warning-severity violations (e.g. a status code the spec does not declare for the operation) do
# not stop the exchange; they are logged one line each, with or without --errors:
#   [10:39:13 AM] ›     [VALIDATOR] ⚠  warning   Violation: response Unable to match the returned status code with those defined in the document: 200
# With PRISM_ERRORS=0 Prism only reports: traffic passes through unchanged (with an `sl-violations`
# header) and every violation, error or warning, is logged one line each:
#   [10:31:09 AM] ›     [VALIDATOR] ✖  error     Violation: response.body Response body must have required property 'name'
# `violations` counts both kinds of line (see tools/contract/README.md).
#
# Env: PRISM_PID_FILE (default <repo>/.alliance/run/prism.pid), PRISM_ERRORS (1|0, default 1),
#      PRISM_START_TIMEOUT (seconds, default 60).
set -euo pipefail
shopt -s inherit_errexit

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
REPO="$(cd "$CONTRACT_DIR/../.." && pwd)"
PID_FILE="${PRISM_PID_FILE:-$REPO/.alliance/run/prism.pid}"
PRISM="$CONTRACT_DIR/node_modules/.bin/prism"

# the lines of a Prism log that report a contract violation: one per violation ([VALIDATOR] lines:
# all of them without --errors, the warnings with it) and, with --errors, one per refused or
# replaced exchange
VIOLATION_RE='\[VALIDATOR\].*Violation: |Request terminated with error: https://stoplight\.io/prism/errors#'

usage() {
  sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# prints the pid in the pid file if that process is alive and is a Prism
prism_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(<"$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'prism' || return 1
  printf '%s\n' "$pid"
}

start() {
  (($# >= 4)) || usage
  local spec="$1" upstream="$2" port="$3" log="$4" pid i timeout="${PRISM_START_TIMEOUT:-60}"
  shift 4
  [[ -f "$spec" ]] || { echo "proxy: no such spec: $spec" >&2; exit 2; }
  [[ "$port" =~ ^[0-9]+$ ]] || { echo "proxy: PORT must be a number: $port" >&2; exit 2; }
  [[ "$upstream" =~ ^https?:// ]] || { echo "proxy: UPSTREAM must be an http(s) URL: $upstream" >&2; exit 2; }
  if pid="$(prism_pid)"; then
    echo "proxy: Prism already runs (pid $pid, $PID_FILE); run '${0##*/} stop' first" >&2
    exit 1
  fi
  contract_ensure_tools
  mkdir -p "$(dirname "$PID_FILE")" "$(dirname "$log")"
  local args=(proxy "$spec" "$upstream" --host 127.0.0.1 --port "$port")
  [[ "${PRISM_ERRORS:-1}" == 0 ]] || args+=(--errors)
  args+=("$@")
  # FORCE_COLOR=0: plain text in the log (Prism's logger colours only on a terminal anyway)
  FORCE_COLOR=0 nohup "$PRISM" "${args[@]}" >"$log" 2>&1 </dev/null &
  pid=$!
  printf '%s\n' "$pid" >"$PID_FILE"
  for ((i = 0; i < timeout * 4; i++)); do
    if grep -q 'Prism is listening on' "$log" 2>/dev/null; then
      echo "proxy: Prism (pid $pid) listens on http://127.0.0.1:$port → $upstream; log $log"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      echo "proxy: Prism exited before listening; its log ($log):" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    sleep 0.25
  done
  echo "proxy: Prism (pid $pid) did not listen within ${timeout}s; stopping it. Log ($log):" >&2
  tail -n 20 "$log" >&2
  stop >/dev/null
  exit 1
}

stop() {
  local pid i
  if ! pid="$(prism_pid)"; then
    rm -f "$PID_FILE"
    echo "proxy: no Prism running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 40; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "proxy: Prism (pid $pid) did not stop within 10 s; sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  echo "proxy: Prism (pid $pid) stopped"
}

violations() {
  (($# == 1)) || usage
  local log="$1" lines n
  [[ -f "$log" ]] || { echo "proxy: no such log: $log" >&2; exit 2; }
  lines="$(grep -E "$VIOLATION_RE" "$log" || true)"
  if [[ -z "$lines" ]]; then
    echo 0
    return 0
  fi
  n="$(printf '%s\n' "$lines" | wc -l)"
  echo "$((n))"
  printf '%s\n' "$lines"
  return 1
}

summary() {
  (($# == 1)) || usage
  [[ -f "$1" ]] || { echo "proxy: no such log: $1" >&2; exit 2; }
  node "$CONTRACT_DIR/violations.cjs" "$1"
}

(($# >= 1)) || usage
cmd="$1"
shift
case "$cmd" in
  start) start "$@" ;;
  stop) (($# == 0)) || usage; stop ;;
  violations) violations "$@" ;;
  summary) summary "$@" ;;
  -h|--help|help) usage ;;
  *) echo "proxy: unknown command '$cmd'" >&2; usage ;;
esac
