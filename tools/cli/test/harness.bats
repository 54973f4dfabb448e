#!/usr/bin/env bats
# harness.sh: what bench_java hands to the Java harness (addresses, ALLIANCE_ROOT; no fault commands
# in environment variables, no token), and seed's check of the gateway.

load helpers

setup() {
  setup_state
  source_parts common jdk supervise postgres kafka tokens infra tracing apps harness
  ensure_jwt_keys() { :; }
  export ALLIANCE_DB_PASSWORD=test-password
  # the fake java writes its environment and arguments
  stub java "env >'$BATS_TEST_TMPDIR/java.env'"
}

@test "bench_java: the suite's addresses and ALLIANCE_ROOT; no CHAOS_*, BENCH_KAFKA_* or BENCH_TOKEN" {
  ALLIANCE_GATEWAY_PORT=18080 bench_java io.alliancehub.bench.reliability.Reliability true "$ROOT/out" "" authz postgres
  run cat "$BATS_TEST_TMPDIR/java.args"
  assert_output "$(printf '%s\n' -cp "$ROOT/bench/target/bench.jar:$ROOT/bench/target/lib/*" \
    io.alliancehub.bench.reliability.Reliability authz postgres --)"
  env_file="$BATS_TEST_TMPDIR/java.env"
  for want in "ALLIANCE_ROOT=$ROOT" "BENCH_ROOT=$ROOT" BENCH_GATEWAY=http://127.0.0.1:18080 \
      BENCH_MEMBERS=http://127.0.0.1:8081 BENCH_EVENTS=http://127.0.0.1:8082 BENCH_SMOKE=true \
      "BENCH_OUT=$ROOT/out" BENCH_UP_SECONDS= ALLIANCE_DB_HOST=127.0.0.1 "ALLIANCE_DB_PORT=$DB_PORT" \
      ALLIANCE_DB_PASSWORD=test-password "ALLIANCE_KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT" \
      "ALLIANCE_JWT_PUBLIC_KEY=$KEYS_DIR/jwt-public.pem" ALLIANCE_JWT_ISSUER=https://alliancehub.test ALLIANCE_JWT_AUDIENCE=alliance-hub-test; do
    grep -qxF "$want" "$env_file" || fail "not handed to the harness: $want"
  done
  run grep -E '^(CHAOS_|BENCH_KAFKA_|BENCH_TOKEN=)' "$env_file"
  assert_failure
  assert_output ""
}

@test "seed_cmd: refuses when the local gateway does not answer" {
  export ALLIANCE_GATEWAY_PORT
  ALLIANCE_GATEWAY_PORT="$(free_port)"
  run seed_cmd
  assert_failure
  assert_output "alliance: the gateway does not answer on http://127.0.0.1:$ALLIANCE_GATEWAY_PORT: run ./alliance up first"
}

@test "seed_cmd: with ALLIANCE_GATEWAY_URL it checks a public read of the API there" {
  ALLIANCE_GATEWAY_URL="http://127.0.0.1:$(free_port)/"
  export ALLIANCE_GATEWAY_URL
  run seed_cmd
  assert_failure
  assert_output --partial "GET ${ALLIANCE_GATEWAY_URL%/}/api/v1/taxonomy does not answer 200 (ALLIANCE_GATEWAY_URL)"
}
