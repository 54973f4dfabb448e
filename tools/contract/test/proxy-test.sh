#!/usr/bin/env bash
# Self-test of tools/contract/proxy.sh: Prism in front of a tiny local upstream (upstream.cjs, on
# 127.0.0.1) that answers one request against the contract (tiny-openapi.yaml) and one not; a
# client sends one valid and one invalid request. Checks what the client gets, what the upstream
# receives and exactly which violations `proxy.sh violations` counts, with --errors (the default)
# and with PRISM_ERRORS=0. Needs node, npm (first run) and curl. Ends with "N passed, N failed".
set -euo pipefail
shopt -s inherit_errexit

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROXY="$HERE/../proxy.sh"
TMP="$(mktemp -d)"
export PRISM_PID_FILE="$TMP/prism.pid"   # never the suite's .alliance/run/prism.pid
UP_PID=""
PASSED=0
FAILED=0

cleanup() {
  "$PROXY" stop >/dev/null 2>&1 || true
  [[ -z "$UP_PID" ]] || kill "$UP_PID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

check() { # DESCRIPTION COMMAND…: runs the command, counts and prints the outcome
  local what="$1"
  shift
  if "$@"; then
    PASSED=$((PASSED + 1))
    echo "  ok    $what"
  else
    FAILED=$((FAILED + 1))
    echo "  FAIL  $what"
  fi
}

# req METHOD PATH [BODY [HEADER…]] → STATUS; headers in $TMP/h, body in $TMP/b
req() {
  local method="$1" path="$2" body="${3:-}"
  shift $(($# < 3 ? $# : 3))
  local args=(-sS -o "$TMP/b" -D "$TMP/h" -w '%{http_code}' -X "$method")
  [[ -z "$body" ]] || args+=(-H 'Content-Type: application/json' --data-binary "$body")
  for h in "$@"; do args+=(-H "$h"); done
  STATUS="$(curl "${args[@]}" "http://127.0.0.1:$PORT$path")"
}
header() { tr -d '\r' <"$TMP/h" | awk -v n="$(tr '[:upper:]' '[:lower:]' <<<"$1")" -F': ' 'tolower($1)==n{print $2}'; }
json() { node -e 'const v=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(eval(process.argv[2]))' "$TMP/b" "$1"; }
seen() { curl -sS "http://127.0.0.1:$UP_PORT/_seen" >"$TMP/b" && json "$1"; }
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

node "$HERE/upstream.cjs" >"$TMP/up.port" &
UP_PID=$!
for ((i = 0; i < 40; i++)); do [[ -s "$TMP/up.port" ]] && break; sleep 0.25; done
UP_PORT="$(<"$TMP/up.port")"
PORT="$(free_port)"
SPEC="$HERE/tiny-openapi.yaml"

echo "proxy.sh with --errors (upstream 127.0.0.1:$UP_PORT, Prism 127.0.0.1:$PORT)"
"$PROXY" start "$SPEC" "http://127.0.0.1:$UP_PORT" "$PORT" "$TMP/errors.log"
check "pid file written, Prism alive" kill -0 "$(<"$PRISM_PID_FILE")"
req GET /items/1
check "valid exchange: 200 passes through" test "$STATUS" = 200
check "valid exchange: upstream ETag passes through" test "$(header ETag)" = '"7"'
req GET /items/2
check "response violation: replaced by 500" test "$STATUS" = 500
check "response violation: problem+json #VIOLATIONS" test "$(json 'v.type')" = "https://stoplight.io/prism/errors#VIOLATIONS"
check "response violation: 2 violations in the body" test "$(json 'v.validation.length')" = 2
check "response violation: sl-violations header" test -n "$(header sl-violations)"
req POST /items '{"nom": 1}'
check "request violation: 422" test "$STATUS" = 422
check "request violation: problem+json #UNPROCESSABLE_ENTITY" test "$(json 'v.type')" = "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY"
check "request violation: not forwarded" test "$(seen 'v.filter(r=>r.method==="POST").length')" = 0
req POST /items '{"name": "x"}' 'Idempotency-Key: k-1'
check "valid create: 201" test "$STATUS" = 201
check "valid create: Idempotency-Key forwarded" test "$(seen 'v.filter(r=>r.method==="POST")[0].idempotencyKey')" = k-1
req GET /items/9
check "undeclared status (404): passes through, a warning only" test "$STATUS/$(header sl-violations | grep -c '"severity":"Warning"')" = 404/1
rc=0
"$PROXY" violations "$TMP/errors.log" >"$TMP/v" || rc=$?
check "violations: exit 1" test "$rc" = 1
check "violations: exactly 3 (2 failing exchanges, 1 warning)" test "$(head -n 1 "$TMP/v")" = 3
check "violations: get /items/2 #VIOLATIONS" grep -q 'get /items/2 .*errors#VIOLATIONS' "$TMP/v"
check "violations: post /items #UNPROCESSABLE_ENTITY" grep -q 'post /items .*errors#UNPROCESSABLE_ENTITY' "$TMP/v"
check "violations: the undeclared status as a warning" grep -q 'warning .*Violation: response Unable to match the returned status code' "$TMP/v"
pid="$(<"$PRISM_PID_FILE")"
"$PROXY" stop >/dev/null
check "stop: Prism gone, pid file removed" bash -c "! kill -0 $pid 2>/dev/null && test ! -e '$PRISM_PID_FILE'"
sed 's/^/    log: /' "$TMP/v"

echo "proxy.sh with PRISM_ERRORS=0 (report only)"
PRISM_ERRORS=0 "$PROXY" start "$SPEC" "http://127.0.0.1:$UP_PORT" "$PORT" "$TMP/report.log"
req GET /items/1
check "valid exchange: 200" test "$STATUS" = 200
req GET /items/2
check "response violation: passes through (200) with sl-violations" test "$STATUS/$(header sl-violations | cut -c1)" = "200/["
req POST /items '{"nom": 1}'
check "request violation: forwarded (201)" test "$STATUS" = 201
rc=0
"$PROXY" violations "$TMP/report.log" >"$TMP/v" || rc=$?
check "violations: exactly 4 (one per violation)" test "$rc/$(head -n 1 "$TMP/v")" = 1/4
check "violations: 2 response.body" test "$(grep -c 'Violation: response\.body' "$TMP/v")" = 2
check "violations: 2 request.body" test "$(grep -c 'Violation: request\.body' "$TMP/v")" = 2
"$PROXY" stop >/dev/null
sed 's/^/    log: /' "$TMP/v"

rc=0
"$PROXY" violations "$TMP/nothing.log" >/dev/null 2>&1 || rc=$?
check "violations on a missing log: exit 2" test "$rc" = 2

echo "$PASSED passed, $FAILED failed"
((FAILED == 0))
