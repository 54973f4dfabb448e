#!/usr/bin/env bats
# apps.sh: an application's start (through supervise.sh), stop and status, with a fake java that
# runs fake-app.cjs (its command line keeps the jar path, the marker); logs and stop's arguments.

load helpers

setup() {
  setup_state
  source_parts common jdk supervise postgres kafka tokens infra tracing apps
  export ALLIANCE_AOT=off ALLIANCE_DB_PASSWORD=test-password
  export ALLIANCE_MEMBERS_PORT ALLIANCE_GATEWAY_PORT
  ALLIANCE_MEMBERS_PORT="$(free_port)"
  ALLIANCE_GATEWAY_PORT="$(free_port)"
  PORT="$ALLIANCE_MEMBERS_PORT"
  JAR="$ROOT/members-service/target/quarkus-app/quarkus-run.jar"
  mkdir -p "$(dirname "$JAR")" "$ROOT/gateway"
  touch "$JAR"
  # java … -jar JAR → the fake application, JAR still on its command line
  stub java "exec node '$FAKE_APP' \"\$@\""
}

teardown() {
  kill_leftovers
}

@test "app_port, app_dir, app_jar: defaults, ALLIANCE_<APP>_PORT, the -service folders" {
  unset ALLIANCE_MEMBERS_PORT
  assert_equal "$(app_port members)" 8081
  assert_equal "$(ALLIANCE_EVENTS_PORT=18123 app_port events)" 18123
  assert_equal "$(app_dir gateway)" gateway
  assert_equal "$(app_dir agreements)" agreements-service
  assert_equal "$(app_jar members)" "$JAR"
  run app_port billing
  assert_failure
  assert_output "alliance: unknown service 'billing'"
}

@test "present_apps: the applications whose folder is in the checkout, in start order" {
  run present_apps
  assert_output "$(printf '%s\n' members gateway)"
}

@test "start_app: starts the jar with the suite's settings, waits until ready; a second start finds it running" {
  start_app members 3>&-
  pid="$(<"$RUN_DIR/members.pid")"
  assert_equal "$(http_status "http://127.0.0.1:$PORT/q/health/ready")" 200
  run cat "$BATS_TEST_TMPDIR/java.args"
  assert_output "$(printf '%s\n' -Xmx128m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -jar "$JAR" --)"
  environ="$(tr '\0' '\n' <"/proc/$pid/environ")"
  for want in "QUARKUS_HTTP_PORT=$PORT" ALLIANCE_DB_PASSWORD=test-password "ALLIANCE_DB_PORT=$DB_PORT" \
      "ALLIANCE_KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT" "ALLIANCE_JWT_PUBLIC_KEY=$KEYS_DIR/jwt-public.pem" \
      ALLIANCE_JWT_ISSUER=https://alliancehub.test ALLIANCE_JWT_AUDIENCE=alliance-hub-test ALLIANCE_EVENTS_URL=http://127.0.0.1:8082; do
    grep -qxF "$want" <<<"$environ" || fail "not in the application's environment: $want"
  done
  run start_app members
  assert_success
  assert_output "==> members already running (pid $pid) on port $PORT"
}

@test "start_app: right after a SIGTERM it waits for the stopping instance and starts a new one" {
  export FAKE_ON_TERM=slow:2000
  start_app members 3>&-
  old="$(<"$RUN_DIR/members.pid")"
  kill -TERM "$old"
  closed() { ! port_open 127.0.0.1 "$PORT"; }
  wait_until 5 closed
  start_app members 3>&- 2>"$BATS_TEST_TMPDIR/err"
  new="$(<"$RUN_DIR/members.pid")"
  assert [ "$new" != "$old" ]
  gone "$old"
  run cat "$BATS_TEST_TMPDIR/err"
  assert_line "==> members (pid $old) is alive but not ready: waiting until it has started or exited"
  assert_line "==> members (pid $old) has exited"
  assert_line "==> members ready (pid $new)"
  assert_equal "$(http_status "http://127.0.0.1:$PORT/q/health/ready")" 200
}

@test "start_app: a port taken by a process ./alliance did not start is an error" {
  spawn env FAKE_PORT="$PORT" node "$FAKE_APP" stranger >/dev/null
  wait_until 10 port_open 127.0.0.1 "$PORT"
  run start_app members
  assert_failure
  assert_output --partial "port $PORT (for members) is taken by a process ./alliance did not start; stop it or set ALLIANCE_MEMBERS_PORT"
}

@test "start_app: an application that exits during start-up: its log is shown and the command fails" {
  export FAKE_LISTEN_AFTER_MS=-1 FAKE_EXIT_AFTER_MS=200
  run start_app members 3>&-
  assert_failure
  assert_output --partial "fake-app: exiting on its own"
  assert_output --partial "alliance: members exited during start-up (log above: .alliance/logs/members.log)"
  assert [ ! -e "$RUN_DIR/members.pid" ]
}

@test "status_cmd and stop_app: running with its pid and readiness; stopped after stop_app" {
  start_app members 3>&-
  pid="$(<"$RUN_DIR/members.pid")"
  run status_cmd
  assert_line --regexp "^members +http://127.0.0.1:$PORT +running, pid $pid, ready: 200$"
  assert_line --regexp "^gateway +http://127.0.0.1:$ALLIANCE_GATEWAY_PORT +stopped \(not built\)$"
  assert_line --regexp "^kafka +127.0.0.1:$KAFKA_PORT +not running \(port closed\)$"
  run stop_app members
  assert_success
  assert_output --partial "stopping members (pid $pid)"
  gone "$pid"
  run status_cmd
  assert_line --regexp "^members +http://127.0.0.1:$PORT +stopped$"
}

@test "stop_app_cmd: only the suite's applications (members-service is members)" {
  run stop_app_cmd billing
  assert_failure
  assert_output "alliance: usage: ./alliance stop members|events|agreements|gateway"
  run stop_app_cmd members-service
  assert_success
}

@test "logs_cmd: -n N prints the last N lines; unknown options and missing logs are errors" {
  printf '%s\n' one two three >"$LOG_DIR/members.log"
  run logs_cmd members-service -n 2
  assert_output "$(printf '%s\n' two three)"
  run logs_cmd members -n1
  assert_output three
  run logs_cmd kafka -n 5
  assert_failure
  assert_output "alliance: no log for 'kafka' yet (.alliance/logs/kafka.log)"
  run logs_cmd members -x
  assert_failure
  assert_output "alliance: logs: unknown option '-x'"
  run logs_cmd -n 3
  assert_failure
  assert_output --partial "usage: ./alliance logs"
}

# up_cmd's applications: members (set up above), events and the gateway, built; the infrastructure
# and the token are other parts' (infra.bats, tokens.bats)
three_built_apps() {
  export ALLIANCE_EVENTS_PORT
  ALLIANCE_EVENTS_PORT="$(free_port)"
  for dir in events-service gateway; do
    mkdir -p "$ROOT/$dir/target/quarkus-app"
    touch "$ROOT/$dir/target/quarkus-app/quarkus-run.jar"
  done
  infra_up() { :; }
  ensure_jwt_keys() { :; }
  token_cmd() { echo test-token; }
}

@test "up_cmd: the applications start side by side; it returns once all are ready, with an admin token" {
  export FAKE_LISTEN_AFTER_MS=1500
  three_built_apps
  run up_cmd 3>&-
  assert_success
  # all were launched before the first was ready: one start's wait overlaps the others'
  line_of() { grep -n -F -- "$1" <<<"$output" | head -1 | cut -d: -f1; }
  first_ready="$(line_of '==> members ready')"
  for app in events gateway; do
    assert [ "$(line_of "==> starting $app")" -lt "$first_ready" ]
  done
  assert_line "Alliance Hub is up."
  assert_line test-token
  assert [ -z "$(find "$RUN_DIR" -name 'up-token.*')" ]
  for app in members events gateway; do
    assert_equal "$(http_status "http://127.0.0.1:$(app_port "$app")/q/health/ready")" 200
  done
}

@test "up_cmd: a service that exits during start-up fails the command; the others keep their pid files for down" {
  three_built_apps
  # events' fake application exits at once, members' starts
  stub java "if [[ \"\$*\" == *events-service* ]]; then FAKE_LISTEN_AFTER_MS=-1 FAKE_EXIT_AFTER_MS=100 exec node '$FAKE_APP' \"\$@\"; fi; exec node '$FAKE_APP' \"\$@\""
  run up_cmd 3>&-
  assert_failure
  assert_output --partial "alliance: events exited during start-up (log above: .alliance/logs/events.log)"
  assert [ -f "$RUN_DIR/members.pid" ]
  assert [ -f "$RUN_DIR/gateway.pid" ]
  assert [ ! -e "$RUN_DIR/events.pid" ]
}
