# shellcheck shell=bash disable=SC2034  # the variables are read by the parts the tests source
# Shared by the tests of the CLI's parts (tools/cli/test/*.bats): bats-support and bats-assert, a
# temporary repository root and state per test (nothing under the real .alliance/ is touched),
# sourcing parts, free ports, fake processes (fake-app.cjs) and their clean-up.

CLI_DIR="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
REPO_ROOT="$(cd "$CLI_DIR/../.." && pwd)"
FAKE_APP="$BATS_TEST_DIRNAME/fake-app.cjs"

bats_require_minimum_version 1.5.0

load "$CLI_DIR/node_modules/bats-support/load"
load "$CLI_DIR/node_modules/bats-assert/load"

# The variables ./alliance sets before it sources the parts, pointing into a temporary ROOT.
setup_state() {
  ROOT="$BATS_TEST_TMPDIR/root"
  STATE="$ROOT/.alliance"
  RUN_DIR="$STATE/run"
  LOG_DIR="$STATE/logs"
  SECRETS_DIR="$STATE/secrets"
  KEYS_DIR="$STATE/keys"
  KAFKA_DIR="$STATE/kafka"
  PG_DIR="$STATE/postgres"
  AOT_DIR="$STATE/aot"
  KAFKA_DEPLOY="$REPO_ROOT/deploy/local/kafka"
  PG_CONF_DIR="$BATS_TEST_TMPDIR/etc-postgresql"
  CONTRACT_DIR="$REPO_ROOT/tools/contract"
  SDK_DIR="$REPO_ROOT/clients/typescript"
  MERGED_SPEC="$ROOT/gateway/target/openapi-merged.yaml"
  SERVICES=(members events agreements)
  APPS=("${SERVICES[@]}" gateway)
  DB_HOST=127.0.0.1
  DB_PORT="$(free_port)"
  KAFKA_PORT="$(free_port)"
  KAFKA_CONTROLLER_PORT="$(free_port)"
  JWT_ISSUER="https://alliancehub.test"
  JWT_AUDIENCE="alliance-hub-test"
  JAVA_OPTS="-Xmx128m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
  mkdir -p "$RUN_DIR" "$LOG_DIR" "$PG_CONF_DIR"
  # a folder for stand-in commands, first on PATH
  STUBS="$BATS_TEST_TMPDIR/stubs"
  mkdir -p "$STUBS"
  PATH="$STUBS:$PATH"
}

# source_parts NAME...: tools/cli/lib/NAME.sh, in that order
source_parts() {
  local part
  for part in "$@"; do
    # shellcheck source=/dev/null
    source "$CLI_DIR/lib/$part.sh"
  done
}

# A TCP port in 18000-18999 that nothing listens on.
free_port() {
  local port i
  for ((i = 0; i < 200; i++)); do
    port=$((18000 + RANDOM % 1000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# stub NAME [BODY]: a command NAME on PATH (in $STUBS) that records its arguments, one per line,
# in $BATS_TEST_TMPDIR/NAME.args (calls separated by a line "--"), then runs BODY (bash).
stub() {
  local name="$1" body="${2:-}"
  cat >"$STUBS/$name" <<STUB
#!/usr/bin/env bash
printf '%s\n' "\$@" -- >>"$BATS_TEST_TMPDIR/$name.args"
$body
STUB
  chmod +x "$STUBS/$name"
}

# Has PID exited? (A zombie not yet reaped counts as exited.)
gone() {
  local stat
  stat="$(ps -p "$1" -o stat= 2>/dev/null)" || return 0
  [[ "$stat" == Z* ]]
}

# wait_until SECONDS COMMAND...: polls COMMAND every 0.1 s until it succeeds; fails after SECONDS.
wait_until() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.1
  done
}

# spawn COMMAND...: starts COMMAND in the background (bats's fd 3 closed, output to
# $BATS_TEST_TMPDIR/spawn.log), notes its pid for kill_leftovers and prints it.
spawn() {
  "$@" >>"$BATS_TEST_TMPDIR/spawn.log" 2>&1 </dev/null 3>&- &
  echo "$!" >>"$BATS_TEST_TMPDIR/pids"
  echo "$!"
}

# Kills what a test left running: the pids spawn noted, and the processes in pid files whose
# command line holds this test's temporary folder (so never a process the test did not start).
kill_leftovers() {
  local f pid
  disown -a 2>/dev/null || true   # no "Killed" job notices from this shell for its own children
  if [[ -f "$BATS_TEST_TMPDIR/pids" ]]; then
    while read -r pid; do
      kill -KILL "$pid" 2>/dev/null || true
    done <"$BATS_TEST_TMPDIR/pids"
  fi
  for f in "${RUN_DIR:-/nonexistent}"/*.pid; do
    [[ -f "$f" ]] || continue
    pid="$(<"$f")"
    if [[ "$pid" =~ ^[0-9]+$ && "$(ps -p "$pid" -o args= 2>/dev/null)" == *"$BATS_TEST_TMPDIR"* ]]; then
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
}

# fake_jdk VERSION: prints the home of a stand-in JDK whose `java -version` says VERSION (java also
# records its arguments in $BATS_TEST_TMPDIR/jdk-java.args); it has a javac.
fake_jdk() {
  local home="$BATS_TEST_TMPDIR/jdk-$1"
  mkdir -p "$home/bin"
  cat >"$home/bin/java" <<STUB
#!/usr/bin/env bash
printf '%s\n' "\$@" -- >>"$BATS_TEST_TMPDIR/jdk-java.args"
[[ "\$1" != -version ]] || printf 'openjdk version "%s" 2025-01-01\n' "$1" >&2
STUB
  printf '#!/usr/bin/env bash\n' >"$home/bin/javac"
  chmod +x "$home/bin/java" "$home/bin/javac"
  echo "$home"
}
