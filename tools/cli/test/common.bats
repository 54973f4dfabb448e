#!/usr/bin/env bats
# common.sh: messages, port_open, http_status (curl and the /dev/tcp fallback), ensure_state_dirs.

load helpers

setup() {
  setup_state
  source_parts common
  PORT="$(free_port)"
  SAVED_PATH="$PATH"
}

teardown() {
  PATH="$SAVED_PATH"
  kill_leftovers
}

serve() {
  local pid
  pid="$(spawn env FAKE_PORT="$PORT" node "$FAKE_APP" "$BATS_TEST_TMPDIR/marker")"
  wait_until 10 port_open 127.0.0.1 "$PORT"
  echo "$pid"
}

# PATH with only what http_status's /dev/tcp fallback uses (no curl)
without_curl() {
  mkdir -p "$BATS_TEST_TMPDIR/bin"
  ln -sf "$(command -v timeout)" "$BATS_TEST_TMPDIR/bin/timeout"
  ln -sf "$(command -v head)" "$BATS_TEST_TMPDIR/bin/head"
  PATH="$BATS_TEST_TMPDIR/bin"
}

@test "http_status: 000 when nothing listens" {
  run http_status "http://127.0.0.1:$PORT/q/health/ready"
  assert_success
  assert_output 000
}

@test "http_status: the status of an answering server (200, 404)" {
  serve >/dev/null
  run http_status "http://127.0.0.1:$PORT/q/health/ready"
  assert_output 200
  run http_status "http://127.0.0.1:$PORT/elsewhere"
  assert_output 404
}

@test "http_status without curl (/dev/tcp): 000 when nothing listens, else the status" {
  without_curl
  run command -v curl
  assert_failure
  run http_status "http://127.0.0.1:$PORT/q/health/ready"
  assert_output 000
  PATH="$STUBS:$BATS_TEST_TMPDIR/bin:/usr/bin:/bin" serve >/dev/null
  run http_status "http://127.0.0.1:$PORT/q/health/ready"
  assert_output 200
  run http_status "http://127.0.0.1:$PORT/nope"
  assert_output 404
  PATH="$SAVED_PATH"
}

@test "port_open: true for a listening port, false for a free one" {
  run port_open 127.0.0.1 "$PORT"
  assert_failure
  serve >/dev/null
  run port_open 127.0.0.1 "$PORT"
  assert_success
}

@test "ensure_state_dirs: creates the state folders; secrets and keys are private (700)" {
  ensure_state_dirs
  for d in "$RUN_DIR" "$LOG_DIR" "$KAFKA_DIR" "$SECRETS_DIR" "$KEYS_DIR"; do
    assert [ -d "$d" ]
  done
  assert_equal "$(stat -c %a "$SECRETS_DIR")" 700
  assert_equal "$(stat -c %a "$KEYS_DIR")" 700
}

@test "die: the message on stderr with the alliance: prefix, exit 1; warn and info on stderr" {
  run --separate-stderr die "something broke"
  assert_equal "$status" 1
  assert_output ""
  assert_equal "$stderr" "alliance: something broke"
  run --separate-stderr warn "careful"
  assert_success
  assert_equal "$stderr" "alliance: warning: careful"
  run --separate-stderr info "doing it"
  assert_equal "$stderr" "==> doing it"
  assert_output ""
}
