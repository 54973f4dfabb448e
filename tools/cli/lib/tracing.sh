# shellcheck shell=bash
# -----------------------------------------------------------------------------
# tracing.sh — traces on the local stack. Off by default, as in deploy/k8s's dev overlay.
#   ALLIANCE_TRACING=on      `up` starts a trace collector (bench's TraceCollector: OTLP over HTTP on
#                            127.0.0.1:$TRACES_PORT, every span a JSON line in .alliance/traces/spans.jsonl)
#                            and the applications with OpenTelemetry on, exporting to it;
#                            `./alliance traces ID` prints one trace's spans
#   ALLIANCE_OTLP_ENDPOINT   export to this OTLP/HTTP endpoint instead (a Jaeger or an OpenTelemetry
#                            Collector of your own, e.g. http://127.0.0.1:4318); no collector is started
# Sourced by ./alliance (tools/cli/lib/), not run.
#
# Needs: ROOT STATE RUN_DIR LOG_DIR TRACES_PORT; common.sh, supervise.sh, harness.sh (ensure_bench_jar).
# -----------------------------------------------------------------------------

TRACES_FILE="$STATE/traces/spans.jsonl"
TRACES_MAIN="io.alliancehub.bench.tracing.TraceCollector"
# What a collector started from this checkout has on its command line (see pid_alive): its file.
TRACES_MARKER="$TRACES_FILE"

tracing_on() { [[ "${ALLIANCE_TRACING:-off}" == on || -n "${ALLIANCE_OTLP_ENDPOINT:-}" ]]; }

# The applications' OpenTelemetry settings, one NAME=VALUE a line; none when tracing is off.
tracing_env() {
  tracing_on || return 0
  printf '%s\n' \
    QUARKUS_OTEL_SDK_DISABLED=false \
    "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=${ALLIANCE_OTLP_ENDPOINT:-http://127.0.0.1:$TRACES_PORT}" \
    QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL=http/protobuf \
    QUARKUS_OTEL_BSP_SCHEDULE_DELAY=500ms
}

traces_up() {
  tracing_on || return 0
  if [[ -n "${ALLIANCE_OTLP_ENDPOINT:-}" ]]; then
    info "tracing: the applications export to $ALLIANCE_OTLP_ENDPOINT (OTLP over HTTP)"
    return 0
  fi
  local pid code=0
  if pid="$(running_pid traces "$TRACES_MARKER")"; then
    info "trace collector already running (pid $pid): OTLP on 127.0.0.1:$TRACES_PORT"
    return 0
  fi
  ! port_open 127.0.0.1 "$TRACES_PORT" ||
    die "port $TRACES_PORT (the trace collector) is taken by a process ./alliance did not start; stop it or set ALLIANCE_TRACES_PORT"
  ensure_bench_jar
  mkdir -p "$(dirname "$TRACES_FILE")"
  info "starting the trace collector: OTLP on 127.0.0.1:$TRACES_PORT, spans to ${TRACES_FILE#"$ROOT"/}"
  supervise_start traces "$TRACES_MARKER" "127.0.0.1:$TRACES_PORT" "$LOG_DIR/traces.log" 30 \
    java -Xmx64m -XX:+UseSerialGC -cp "$ROOT/bench/target/bench.jar:$ROOT/bench/target/lib/*" \
    "$TRACES_MAIN" "$TRACES_PORT" "$TRACES_FILE" || code=$?
  case "$code" in
    0) info "trace collector ready; ./alliance traces ID prints a trace" ;;
    1) die "the trace collector exited during start-up (log: .alliance/logs/traces.log)" ;;
    *) die "the trace collector did not open 127.0.0.1:$TRACES_PORT within 30 s (pid $SUPERVISE_PID still running)" ;;
  esac
}

traces_down() {
  stop_pid traces "$TRACES_MARKER" 10
}

# ./alliance traces TRACE_ID: that trace's spans from the local collector, in start order
traces_cmd() {
  local id="${1:-}"
  [[ "$id" =~ ^[0-9a-f]{32}$ ]] || die "usage: ./alliance traces TRACE_ID (32 lowercase hex digits, as in a traceparent or a log line's traceId)"
  [[ -f "$TRACES_FILE" ]] || die "no spans collected yet (${TRACES_FILE#"$ROOT"/}): start the suite with ALLIANCE_TRACING=on ./alliance up"
  # shellcheck disable=SC2016  # the JavaScript template literals are node's, not the shell's
  grep -F "\"traceId\":\"$id\"" "$TRACES_FILE" | node -e '
    let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
      const spans = s.split("\n").filter(Boolean).map((l) => JSON.parse(l)).sort((a, b) => a.startNanos - b.startNanos);
      if (!spans.length) { console.error("no spans of that trace"); process.exit(1); }
      const t0 = spans[0].startNanos;
      for (const x of spans) {
        const at = ((x.startNanos - t0) / 1e6).toFixed(1), took = ((x.endNanos - x.startNanos) / 1e6).toFixed(1);
        console.log(`+${at.padStart(8)} ms ${took.padStart(8)} ms  ${x.service.padEnd(22)} ${x.kind.replace("SPAN_KIND_", "").padEnd(9)} ${x.name}  (span ${x.spanId}, parent ${x.parentSpanId || "-"})`);
      }
    });'
}
