#!/usr/bin/env bats
# supervise.sh: background processes by pid file, with a fake application (fake-app.cjs, an HTTP
# server on a free 18xxx port) whose command line carries the marker.

load helpers

setup() {
  setup_state
  source_parts common supervise
  PORT="$(free_port)"
  URL="http://127.0.0.1:$PORT/q/health/ready"
  MARKER="$BATS_TEST_TMPDIR/fake-app-marker"
  LOG="$LOG_DIR/app.log"
}

teardown() {
  kill_leftovers
}

# start_fake [VAR=VALUE...]: supervise_start of the fake application as "app" (30 s to be ready)
start_fake() {
  supervise_start app "$MARKER" "$URL" "$LOG" 30 env FAKE_PORT="$PORT" "$@" node "$FAKE_APP" "$MARKER" 3>&-
}

port_closed() { ! port_open 127.0.0.1 "$1"; }

@test "supervise_start: starts the command in its own session, records its pid, returns once it is ready" {
  start_fake
  pid="$(<"$RUN_DIR/app.pid")"
  assert_equal "$pid" "$SUPERVISE_PID"
  assert_equal "$(http_status "$URL")" 200
  run running_pid app "$MARKER"
  assert_success
  assert_output "$pid"
  # setsid: the process leads its own session (a Ctrl-C in the terminal does not reach it)
  assert_equal "$(ps -p "$pid" -o sid= | tr -d ' ')" "$pid"
  run grep -c 'fake-app: ready' "$LOG"
  assert_output 1
}

@test "supervise_start: with HOST:PORT it waits until the port accepts connections" {
  supervise_start app "$MARKER" "127.0.0.1:$PORT" "$LOG" 30 \
    env FAKE_PORT="$PORT" FAKE_LISTEN_AFTER_MS=800 node "$FAKE_APP" "$MARKER" 3>&-
  port_open 127.0.0.1 "$PORT"
  pid_alive "$SUPERVISE_PID" "$MARKER"
}

@test "supervise_start: a command that exits during start-up returns 1, shows its log, removes its pid file" {
  run start_fake FAKE_LISTEN_AFTER_MS=-1 FAKE_EXIT_AFTER_MS=300
  assert_equal "$status" 1
  assert_output --partial "----- last 40 lines of .alliance/logs/app.log -----"
  assert_output --partial "fake-app: exiting on its own"
  assert [ ! -e "$RUN_DIR/app.pid" ]
}

@test "supervise_start: not ready within TIMEOUT returns 2 and keeps the pid file of the running process" {
  run supervise_start app "$MARKER" "$URL" "$LOG" 1 \
    env FAKE_PORT="$PORT" FAKE_LISTEN_AFTER_MS=-1 node "$FAKE_APP" "$MARKER" 3>&-
  assert_equal "$status" 2
  assert_output --partial "last 40 lines of"
  pid="$(<"$RUN_DIR/app.pid")"
  pid_alive "$pid" "$MARKER"
}

@test "supervise_ready: a URL nobody answers is not ready, with status 000" {
  run supervise_ready "$URL"
  assert_failure
  supervise_ready "$URL" || true
  assert_equal "$SUPERVISE_STATUS" 000
  run supervise_ready "127.0.0.1:$PORT"
  assert_failure
}

@test "running_pid: a recycled pid whose command line lacks the marker is not taken for ours" {
  other="$(spawn sleep 60)"
  echo "$other" >"$RUN_DIR/app.pid"
  run running_pid app "$MARKER"
  assert_failure
  assert_output ""
  run pid_alive "$other" "$MARKER"
  assert_failure
  # stop_pid leaves it alone and only removes the stale pid file
  run stop_pid app "$MARKER" 1
  assert_success
  refute_output --partial stopping
  assert [ ! -e "$RUN_DIR/app.pid" ]
  kill -0 "$other"
}

@test "running_pid: no pid file, or one that holds no pid, is not running" {
  run running_pid app "$MARKER"
  assert_failure
  echo "not-a-pid" >"$RUN_DIR/app.pid"
  run running_pid app "$MARKER"
  assert_failure
  run pid_alive "" "$MARKER"
  assert_failure
}

@test "stop_pid: sends SIGTERM, waits for the exit and removes the pid file" {
  start_fake FAKE_ON_TERM=slow:700
  pid="$SUPERVISE_PID"
  run stop_pid app "$MARKER" 10
  assert_success
  assert_output --partial "stopping app (pid $pid)"
  refute_output --partial SIGKILL
  gone "$pid"
  assert [ ! -e "$RUN_DIR/app.pid" ]
  run grep -c 'SIGTERM (slow:700)' "$LOG"
  assert_output 1
}

@test "stop_pid: a process that ignores SIGTERM gets SIGKILL after TIMEOUT seconds" {
  start_fake FAKE_ON_TERM=ignore
  pid="$SUPERVISE_PID"
  run stop_pid app "$MARKER" 1
  assert_success
  assert_output --partial "app did not stop within 1s; sending SIGKILL"
  wait_until 5 gone "$pid"
  assert [ ! -e "$RUN_DIR/app.pid" ]
}

@test "await_exit_or_ready: 0 (start it again) when the process exits without becoming ready" {
  pid="$(spawn env FAKE_PORT="$PORT" FAKE_LISTEN_AFTER_MS=-1 FAKE_EXIT_AFTER_MS=1000 node "$FAKE_APP" "$MARKER")"
  echo "$pid" >"$RUN_DIR/app.pid"
  wait_until 5 pid_alive "$pid" "$MARKER"
  run await_exit_or_ready app "$pid" "$MARKER" "$URL"
  assert_success
  assert_output --partial "app (pid $pid) is alive but not ready"
  assert_output --partial "app (pid $pid) has exited"
  assert [ ! -e "$RUN_DIR/app.pid" ]
}

@test "await_exit_or_ready: 1 (running) when the process becomes ready" {
  pid="$(spawn env FAKE_PORT="$PORT" FAKE_LISTEN_AFTER_MS=1000 node "$FAKE_APP" "$MARKER")"
  echo "$pid" >"$RUN_DIR/app.pid"
  wait_until 5 pid_alive "$pid" "$MARKER"
  run await_exit_or_ready app "$pid" "$MARKER" "$URL"
  assert_equal "$status" 1
  refute_output --partial "has exited"
  assert_equal "$(http_status "$URL")" 200
  assert [ -e "$RUN_DIR/app.pid" ]
}

@test "await_exit_or_ready: gives up when the process neither becomes ready nor exits" {
  SUPERVISE_AWAIT_SECONDS=1
  pid="$(spawn env FAKE_PORT="$PORT" FAKE_LISTEN_AFTER_MS=-1 node "$FAKE_APP" "$MARKER")"
  wait_until 5 pid_alive "$pid" "$MARKER"
  run await_exit_or_ready app "$pid" "$MARKER" "$URL"
  assert_failure
  assert_output --partial "app (pid $pid) neither became ready nor exited within 1 s; ./alliance stop app"
}

@test "supervise_running: a ready instance is running, with its pid" {
  start_fake
  pid="$SUPERVISE_PID"
  SUPERVISE_PID=""
  supervise_running app "$MARKER" "$URL"
  assert_equal "$SUPERVISE_PID" "$pid"
}

@test "SIGTERM then up at once: the stopping instance (port closed, ~2 s to exit) is waited for and started again" {
  start_fake FAKE_ON_TERM=slow:2000
  old="$SUPERVISE_PID"
  kill -TERM "$old"
  # it has closed its port but is still alive, with its pid file: what `up` finds right after a SIGTERM
  wait_until 5 port_closed "$PORT"
  pid_alive "$old" "$MARKER"
  assert_equal "$(<"$RUN_DIR/app.pid")" "$old"
  t0="$SECONDS"
  if supervise_running app "$MARKER" "$URL"; then
    fail "the stopping instance (pid $old) was taken for a running one"
  fi
  (( SECONDS - t0 >= 1 )) || fail "it did not wait for the stopping instance"
  gone "$old"
  assert [ ! -e "$RUN_DIR/app.pid" ]
  # and it is started again
  start_fake FAKE_ON_TERM=slow:2000
  assert [ "$SUPERVISE_PID" != "$old" ]
  assert_equal "$(<"$RUN_DIR/app.pid")" "$SUPERVISE_PID"
  assert_equal "$(http_status "$URL")" 200
}
