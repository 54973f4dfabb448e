# shellcheck shell=bash
# -----------------------------------------------------------------------------
# harness.sh — the programs that drive the running suite: bench (benchmarks → bench/REPORT.md),
# chaos (faults, hostile input, authorisation, personal data, limits → bench/RELIABILITY.md), both
# run from bench/ by bench_java, and seed (the demo alliance, deploy/local/seed.sh).
# Sourced by ./alliance (tools/cli/lib/), not run.
#
# Needs: ROOT KEYS_DIR DB_HOST DB_PORT KAFKA_PORT JWT_ISSUER JWT_AUDIENCE; common.sh, jdk.sh, postgres.sh
# (ensure_db_password), apps.sh (app_port, up_cmd, down_cmd), tokens.sh.
# -----------------------------------------------------------------------------

ensure_bench_jar() {
  mvnw_env
  if [[ ! -f "$ROOT/bench/target/bench.jar" ]]; then
    info "building bench/"
    ./mvnw -B -q -pl bench -am -DskipTests install >/dev/null || die "building bench/ failed"
  fi
}

# bench_java MAIN SMOKE OUT UP_SECONDS [ARGS...]: runs a bench/ program against the local suite, with
# its addresses and the repository's root. The faults are the harness's own code: it SIGKILLs a pid
# from .alliance/run/<name>.pid and runs ./alliance (infra up, up, stop events, infra postgres
# check|stop|start) with argument lists; it signs its tokens with the shared minter (platform/tokens)
# and .alliance/keys/jwt-private.pem.
bench_java() {
  local main="$1" smoke="$2" out="$3" up_seconds="$4"
  shift 4
  ensure_jwt_keys
  env ALLIANCE_ROOT="$ROOT" \
    BENCH_GATEWAY="http://127.0.0.1:$(app_port gateway)" BENCH_MEMBERS="http://127.0.0.1:$(app_port members)" \
    BENCH_EVENTS="http://127.0.0.1:$(app_port events)" \
    BENCH_SMOKE="$smoke" BENCH_OUT="$out" BENCH_ROOT="$ROOT" BENCH_UP_SECONDS="$up_seconds" ALLIANCE_JAVA_OPTS="$JAVA_OPTS" \
    ALLIANCE_DB_HOST="$DB_HOST" ALLIANCE_DB_PORT="$DB_PORT" ALLIANCE_DB_PASSWORD="$ALLIANCE_DB_PASSWORD" \
    ALLIANCE_KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT" ALLIANCE_JWT_PUBLIC_KEY="$KEYS_DIR/jwt-public.pem" ALLIANCE_JWT_ISSUER="$JWT_ISSUER" ALLIANCE_JWT_AUDIENCE="$JWT_AUDIENCE" \
    java -cp "$ROOT/bench/target/bench.jar:$ROOT/bench/target/lib/*" "$main" "$@"
}

# Runs bench/ against the suite on 127.0.0.1. A full run first measures `./alliance up` from built
# jars (down, then up), then every scenario (or those named) and rewrites bench/REPORT.md and
# bench/report.json. --smoke: a few seconds per scenario, report under bench/target/smoke, and the
# suite is stopped again afterwards if this command started it.
bench_cmd() {
  local smoke=false args=() started_here=false up_seconds=""
  ensure_db_password
  for a in "$@"; do
    if [[ "$a" == --smoke ]]; then smoke=true; else args+=("$a"); fi
  done
  ensure_bench_jar
  if [[ "$smoke" == true ]]; then
    if [[ "$(http_status "http://127.0.0.1:$(app_port gateway)/q/health/ready")" != 200 ]]; then
      started_here=true
      up_cmd >/dev/null
    fi
  else
    down_cmd >/dev/null 2>&1 || true
    export ALLIANCE_RATE_ADMIN=1000000000 ALLIANCE_RATE_PARTNER=1000000000 ALLIANCE_RATE_MEMBER=1000000000 ALLIANCE_RATE_CHECKIN=1000000000 ALLIANCE_RATE_ANONYMOUS=1000000000
    local t0 t1
    t0="$(date +%s.%N)"
    up_cmd >/dev/null
    t1="$(date +%s.%N)"
    up_seconds="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')"
    info "./alliance up took ${up_seconds} s"
  fi
  local out="$ROOT/bench"
  # (the gateway's per-client limits would turn the load into 429s: a full run starts it without them)
  [[ "$smoke" == false ]] || out="$ROOT/bench/target/smoke"
  local code=0
  bench_java io.alliancehub.bench.Bench "$smoke" "$out" "$up_seconds" "${args[@]}" || code=$?
  [[ "$started_here" == false ]] || down_cmd >/dev/null 2>&1
  ((code == 0)) || die "the benchmark failed"
}

# The reliability and security checks (bench/…/reliability): fault injection with a ledger, hostile
# input from the merged OpenAPI, the authorisation matrix, personal data and limits. Always against a
# fresh suite (down, then up), whose per-token rate limits are lifted because the checks send thousands
# of requests as a handful of callers; the anonymous limit stays, and is itself checked. Writes
# bench/RELIABILITY.md and reliability.json (--smoke: a short run, under bench/target/smoke, and the
# suite is stopped afterwards).
chaos_cmd() {
  local smoke=false reuse=false args=() a
  ensure_db_password
  for a in "$@"; do
    case "$a" in
      --smoke) smoke=true ;;
      --reuse) reuse=true ;;
      *) args+=("$a") ;;
    esac
  done
  ensure_bench_jar
  export ALLIANCE_RATE_ADMIN=1000000000 ALLIANCE_RATE_PARTNER=1000000000 ALLIANCE_RATE_MEMBER=1000000000 ALLIANCE_RATE_CHECKIN=1000000000
  if [[ "$reuse" == false ]]; then
    down_cmd >/dev/null 2>&1 || true
    up_cmd >/dev/null
  fi
  local out="$ROOT/bench" code=0
  [[ "$smoke" == false ]] || out="$ROOT/bench/target/smoke"
  bench_java io.alliancehub.bench.reliability.Reliability "$smoke" "$out" "" "${args[@]}" || code=$?
  [[ "$smoke" == false ]] || down_cmd >/dev/null 2>&1
  ((code == 0)) || die "the reliability checks failed: see ${out#"$ROOT"/}/RELIABILITY.md"
}

# Loads the demo alliance (deploy/local/seed.sh) through the local gateway, or through
# $ALLIANCE_GATEWAY_URL (e.g. the validating proxy of the contract run); $ALLIANCE_SEED_KEY, when set,
# is the prefix of its Idempotency-Keys (default seed-v1: a re-run replays the first answers).
seed_cmd() {
  local base="${ALLIANCE_GATEWAY_URL:-http://127.0.0.1:$(app_port gateway)}"
  base="${base%/}"
  if [[ -z "${ALLIANCE_GATEWAY_URL:-}" ]]; then
    [[ "$(http_status "$base/q/health/ready")" == 200 ]] || die "the gateway does not answer on $base: run ./alliance up first"
  else
    # a public read of the API (also what a validating proxy lets through: /q/health is not in the spec)
    [[ "$(http_status "$base/api/v1/taxonomy")" == 200 ]] ||
      die "GET $base/api/v1/taxonomy does not answer 200 (ALLIANCE_GATEWAY_URL): is the gateway behind it up?"
  fi
  BASE="$base" ADMIN="$(token_cmd --role admin)" "$ROOT/deploy/local/seed.sh"
}
