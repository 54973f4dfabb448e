#!/usr/bin/env bats
# tracing.sh: what the applications are started with (nothing unless tracing is asked for; the local
# collector's endpoint, or ALLIANCE_OTLP_ENDPOINT), and `traces` reading the collector's file.

load helpers

setup() {
  setup_state
  TRACES_PORT="$(free_port)"
  source_parts common supervise tracing
  unset ALLIANCE_TRACING ALLIANCE_OTLP_ENDPOINT
}

@test "tracing_env: nothing by default, so OpenTelemetry stays off" {
  run tracing_env
  assert_success
  assert_output ""
}

@test "tracing_env: ALLIANCE_TRACING=on exports to the local collector over OTLP/HTTP" {
  ALLIANCE_TRACING=on
  run tracing_env
  assert_line QUARKUS_OTEL_SDK_DISABLED=false
  assert_line "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=http://127.0.0.1:$TRACES_PORT"
  assert_line QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL=http/protobuf
}

@test "tracing_env: ALLIANCE_OTLP_ENDPOINT alone switches tracing on, to that endpoint" {
  ALLIANCE_OTLP_ENDPOINT=http://tempo.example:4318
  run tracing_env
  assert_line QUARKUS_OTEL_SDK_DISABLED=false
  assert_line "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=http://tempo.example:4318"
}

@test "traces_up: with an endpoint of one's own, no collector is started" {
  ALLIANCE_OTLP_ENDPOINT=http://tempo.example:4318
  run traces_up
  assert_success
  assert_output --partial "export to http://tempo.example:4318"
  assert [ ! -e "$RUN_DIR/traces.pid" ]
}

@test "traces: one trace's spans in start order; a malformed id is refused" {
  mkdir -p "$(dirname "$TRACES_FILE")"
  id=0123456789abcdef0123456789abcdef
  printf '%s\n' \
    "{\"traceId\":\"$id\",\"spanId\":\"b\",\"parentSpanId\":\"a\",\"service\":\"members-service\",\"name\":\"POST /api/v1/organizations\",\"kind\":\"SPAN_KIND_SERVER\",\"startNanos\":2000000,\"endNanos\":5000000}" \
    "{\"traceId\":\"ffffffffffffffffffffffffffffffff\",\"spanId\":\"x\",\"parentSpanId\":\"\",\"service\":\"gateway\",\"name\":\"other\",\"kind\":\"SPAN_KIND_SERVER\",\"startNanos\":0,\"endNanos\":1}" \
    "{\"traceId\":\"$id\",\"spanId\":\"a\",\"parentSpanId\":\"\",\"service\":\"gateway\",\"name\":\"POST /api/v1/\",\"kind\":\"SPAN_KIND_SERVER\",\"startNanos\":1000000,\"endNanos\":6000000}" \
    >"$TRACES_FILE"
  run traces_cmd "$id"
  assert_success
  assert_line --index 0 --partial "gateway"
  assert_line --index 1 --partial "members-service"
  assert_line --index 1 --partial "+     1.0 ms      3.0 ms"
  refute_output --partial "other"
  run traces_cmd not-an-id
  assert_failure
  assert_output --partial "32 lowercase hex digits"
}
