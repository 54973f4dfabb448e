# shellcheck shell=bash
# -----------------------------------------------------------------------------
# apps.sh — the applications (members, events, agreements, notifications, gateway) on this machine: their ports,
# directories and jars, their AOT caches, starting one (start_app, through supervise.sh) and
# stopping one (stop_app), and the commands up, down, status, logs and stop.
# Sourced by ./alliance (tools/cli/lib/), not run.
#
# Needs: ROOT STATE RUN_DIR LOG_DIR KEYS_DIR PG_DIR AOT_DIR APPS DB_HOST DB_PORT KAFKA_PORT
# JWT_ISSUER JWT_AUDIENCE JAVA_HOME ALLIANCE_DB_PASSWORD (ensure_db_password); common.sh, jdk.sh, supervise.sh,
# postgres.sh, infra.sh, tokens.sh.
# -----------------------------------------------------------------------------

app_port() {
  case "$1" in
    gateway) echo "${ALLIANCE_GATEWAY_PORT:-8080}" ;;
    members) echo "${ALLIANCE_MEMBERS_PORT:-8081}" ;;
    events) echo "${ALLIANCE_EVENTS_PORT:-8082}" ;;
    agreements) echo "${ALLIANCE_AGREEMENTS_PORT:-8083}" ;;
    notifications) echo "${ALLIANCE_NOTIFICATIONS_PORT:-8084}" ;;
    *) die "unknown service '$1'" ;;
  esac
}

app_dir() { [[ "$1" == gateway ]] && echo gateway || echo "$1-service"; }
app_jar() { echo "$ROOT/$(app_dir "$1")/target/quarkus-app/quarkus-run.jar"; }

# The applications present in this checkout (their directory exists).
present_apps() {
  local app
  # shellcheck disable=SC2153  # APPS: set by ./alliance
  for app in "${APPS[@]}"; do
    [[ ! -d "$ROOT/$(app_dir "$app")" ]] || echo "$app"
  done
}

# ----------------------------------------------------------------------------- AOT cache
# On a JDK 25 or newer each application starts from an AOT cache (JEP 483/514/515: its classes
# already loaded and linked, with method profiles) kept in .alliance/aot/<app>.aot. The first start
# after a build is the training run (-XX:AOTCacheOutput): the JVM writes the cache when that
# instance stops (./alliance down), and every later start uses it. A cache belongs to the exact jars,
# JDK and JVM options it was trained with: a rebuild, another JDK or other ALLIANCE_JAVA_OPTS trains a
# new one (the JVM refuses a cache trained under another collector or object header layout, and would
# then start without one, slowly and silently). ALLIANCE_AOT=off starts
# without. The builds this script runs then package the applications as aot-jar, so that all their
# classes are on the class path the cache can hold (the default fast-jar, which the container images
# use, loads them through Quarkus's own class loader, out of the cache's reach). The caches live in
# $AOT_DIR (.alliance/aot).

# `java -version` of $JAVA_HOME, part of every cache's key. Kept in the calling shell once asked
# (launch_app asks before it starts a JVM), so that several applications starting side by side do not
# each wait for two more JVMs to start under their load.
JAVA_VERSION_TEXT=""
remember_java_version() {
  [[ -n "$JAVA_VERSION_TEXT" ]] || JAVA_VERSION_TEXT="$("$JAVA_HOME/bin/java" -version 2>&1)"
}

aot_enabled() {
  [[ "${ALLIANCE_AOT:-on}" != off ]] || return 1
  remember_java_version
  (($(java_version_major "$JAVA_VERSION_TEXT") >= 25))
}

# Maven options for the builds whose jars this script runs.
package_args() {
  if aot_enabled; then echo "-Dquarkus.package.jar.type=aot-jar"; fi
}

aot_fingerprint() {
  remember_java_version
  { printf '%s\n' "$JAVA_VERSION_TEXT"; echo "$JAVA_OPTS"; find "$(dirname "$1")" -type f -name '*.jar' -printf '%P %s %T@\n' | sort; } |
    cksum | cut -d' ' -f1
}

# The JVM options for APP's AOT cache: use it if it matches JAR and this JDK, else train one.
aot_opts() {
  local app="$1" jar="$2" key
  aot_enabled || return 0
  mkdir -p "$AOT_DIR"
  key="$(aot_fingerprint "$jar")"
  if [[ -s "$AOT_DIR/$app.aot" && "$(cat "$AOT_DIR/$app.key" 2>/dev/null)" == "$key" ]]; then
    echo "-XX:AOTCache=$AOT_DIR/$app.aot"
  else
    rm -f "$AOT_DIR/$app.aot"
    echo "$key" >"$AOT_DIR/$app.key"
    echo "-XX:AOTCacheOutput=$AOT_DIR/$app.aot"
  fi
}

# The pid launch_app started for an application, until await_app has seen it ready; none for one
# that was running already.
declare -gA LAUNCHED_PID=()

# Starts APP in the background with the suite's settings and returns at once (await_app waits until
# it is ready), so that the services can start side by side. An instance already running stays.
launch_app() {
  local app="$1" port jar ready
  port="$(app_port "$app")"
  jar="$(app_jar "$app")"
  ready="http://127.0.0.1:$port/q/health/ready"
  LAUNCHED_PID[$app]=""
  # a running instance stays; one that is stopping (SIGTERMed, writing its AOT cache) is waited for
  if supervise_running "$app" "$jar" "$ready"; then
    info "$app already running (pid $SUPERVISE_PID) on port $port"
    return 0
  fi
  ! port_open 127.0.0.1 "$port" ||
    die "port $port (for $app) is taken by a process ./alliance did not start; stop it or set ALLIANCE_${app^^}_PORT"
  remember_java_version
  info "starting $app on port $port (log: .alliance/logs/$app.log)"
  printf '===== %s ./alliance: starting %s =====\n' "$(date -Is)" "$app" >>"$LOG_DIR/$app.log"
  # shellcheck disable=SC2206  # JAVA_OPTS is meant to be split into options
  local jopts=($JAVA_OPTS) aot
  aot="$(aot_opts "$app" "$jar")"
  if [[ "$aot" == -XX:AOTCacheOutput=* ]]; then
    info "$app: training its AOT cache on this run (written when it stops; later starts are faster)"
  fi
  [[ -z "$aot" ]] || jopts+=("$aot")
  local otel=()
  mapfile -t otel < <(tracing_env)
  supervise_launch "$app" "$jar" "$LOG_DIR/$app.log" \
    env QUARKUS_HTTP_PORT="$port" \
    ALLIANCE_DB_HOST="$DB_HOST" ALLIANCE_DB_PORT="$DB_PORT" ALLIANCE_DB_PASSWORD="$ALLIANCE_DB_PASSWORD" \
    ALLIANCE_KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT" \
    ALLIANCE_INBOX_APPLY_LOG="${ALLIANCE_INBOX_APPLY_LOG:-true}" \
    ALLIANCE_JWT_PUBLIC_KEY="$KEYS_DIR/jwt-public.pem" ALLIANCE_JWT_ISSUER="$JWT_ISSUER" ALLIANCE_JWT_AUDIENCE="$JWT_AUDIENCE" \
    ALLIANCE_MEMBERS_URL="http://127.0.0.1:$(app_port members)" \
    ALLIANCE_EVENTS_URL="http://127.0.0.1:$(app_port events)" \
    ALLIANCE_AGREEMENTS_URL="http://127.0.0.1:$(app_port agreements)" \
    ALLIANCE_NOTIFICATIONS_URL="http://127.0.0.1:$(app_port notifications)" \
    ALLIANCE_WEBHOOKS_ALLOW_LOOPBACK="${ALLIANCE_WEBHOOKS_ALLOW_LOOPBACK:-true}" \
    ALLIANCE_PUBLIC_URL="${ALLIANCE_PUBLIC_URL:-http://127.0.0.1:$(app_port gateway)}" \
    ALLIANCE_SMTP_HOST=127.0.0.1 ALLIANCE_SMTP_PORT="$SMTP_PORT" \
    ALLIANCE_JWT_PRIVATE_KEY="$KEYS_DIR/jwt-private.pem" \
    "${otel[@]}" \
    java "${jopts[@]}" -jar "$jar"
  LAUNCHED_PID[$app]="$SUPERVISE_PID"
}

# Waits up to 90 s until APP, started by launch_app, is ready; fails with its log's tail if it exits
# or does not become ready. Returns at once for an application that was running already.
await_app() {
  local app="$1" pid ready code=0
  pid="${LAUNCHED_PID[$app]:-}"
  [[ -n "$pid" ]] || return 0
  ready="http://127.0.0.1:$(app_port "$app")/q/health/ready"
  supervise_await "$app" "$pid" "$(app_jar "$app")" "$ready" "$LOG_DIR/$app.log" 90 || code=$?
  LAUNCHED_PID[$app]=""
  case "$code" in
    0) info "$app ready (pid $pid)" ;;
    1) die "$app exited during start-up (log above: .alliance/logs/$app.log)" ;;
    *) die "$app did not become ready on $ready within 90 s (last status: $SUPERVISE_STATUS; pid $pid still running, ./alliance down stops it)" ;;
  esac
}

start_app() {
  launch_app "$1"
  await_app "$1"
}

up_cmd() {
  infra_up
  ensure_jwt_keys
  local apps=() app missing=0
  mapfile -t apps < <(present_apps)
  ((${#apps[@]})) || die "no service directories (members-service/, ...) in this checkout yet"
  for app in "${apps[@]}"; do
    [[ -f "$(app_jar "$app")" ]] || missing=1
  done
  if ((missing)); then
    info "building the services (./mvnw -B -q -DskipTests package $(package_args))"
    mvnw_env
    # shellcheck disable=SC2046  # package_args prints zero or one option
    ./mvnw -B -q -DskipTests package $(package_args) || die "the build failed"
  fi
  # The applications start side by side, so that one's wait for the database, the broker or a disk
  # read overlaps another's work. On 2 cores that gains little (each service spends about 8 s of CPU
  # to start; bench/findings/2026-12-05-parallel-up.md); on more cores the starts overlap. The
  # services do not need one another to start; the gateway is ready once one of its upstreams is.
  local started=() minted
  for app in "${apps[@]}"; do
    local jar; jar="$(app_jar "$app")"
    if [[ -f "$jar" ]]; then
      launch_app "$app"
      started+=("$app")
    else
      warn "${jar#"$ROOT"/} is missing after the build; $app not started"
    fi
  done
  # the admin token printed below, minted while the applications start; read from a pipe, so that
  # it is never written to a file
  exec {minted}< <(token_cmd --role admin)
  for app in "${started[@]}"; do
    await_app "$app"
  done
  local token
  token="$(cat <&"$minted")"
  exec {minted}<&-
  [[ -n "$token" ]] || die "could not mint the admin token"
  echo
  echo "Alliance Hub is up."
  if [[ -f "$RUN_DIR/gateway.pid" ]]; then
    local g; g="http://127.0.0.1:$(app_port gateway)"
    echo "  the front door (use this):"
    printf '  %-11s %s/api/v1/...   Swagger UI: %s/swagger-ui   merged spec: %s/openapi\n' gateway "$g" "$g" "$g"
    echo "  the services behind it:"
  fi
  for app in "${apps[@]}"; do
    [[ "$app" != gateway && -f "$RUN_DIR/$app.pid" ]] || continue
    printf '  %-11s http://127.0.0.1:%s   Swagger UI: http://127.0.0.1:%s/q/swagger-ui\n' \
      "$app" "$(app_port "$app")" "$(app_port "$app")"
  done
  printf '  %-11s 127.0.0.1:%s\n' kafka "$KAFKA_PORT"
  printf '  %-11s %s:%s (databases alliance_<service>)\n' postgres "$DB_HOST" "$DB_PORT"
  printf '  %-11s SMTP 127.0.0.1:%s; every mail sent: curl http://127.0.0.1:%s/api/user (then .../api/user/<address>/messages/INBOX)\n' \
    mail "$SMTP_PORT" "$MAIL_API_PORT"
  if [[ -n "${ALLIANCE_OTLP_ENDPOINT:-}" ]]; then
    printf '  %-11s exported to %s\n' traces "$ALLIANCE_OTLP_ENDPOINT"
  elif tracing_on; then
    printf '  %-11s collected on 127.0.0.1:%s; one trace: ./alliance traces <traceId of a log line or traceparent>\n' traces "$TRACES_PORT"
  fi
  echo
  echo "Admin token (1 h; another: ./alliance token --role admin):"
  echo "$token"
}

# Stops one application gracefully: SIGTERM, then SIGKILL after 20 s, or after 120 s for a training
# run, which writes its AOT cache as it exits.
stop_app() {
  local app="$1" jar pid timeout=20
  jar="$(app_jar "$app")"
  if pid="$(running_pid "$app" "$jar")" && [[ "$(ps -p "$pid" -o args= 2>/dev/null)" == *-XX:AOTCacheOutput=* ]]; then
    info "$app: writing its AOT cache as it stops"
    timeout=120
  fi
  stop_pid "$app" "$jar" "$timeout"
}

stop_app_cmd() {
  local app="${1:-}"
  app="${app%-service}"
  [[ " ${APPS[*]} " == *" $app "* ]] || die "usage: ./alliance stop $(IFS="|"; echo "${APPS[*]}")"
  stop_app "$app"
}

down_cmd() {
  local i
  # the validating proxy of an interrupted contract run (./alliance test)
  [[ ! -f "$RUN_DIR/prism.pid" ]] || "$ROOT/tools/contract/proxy.sh" stop >&2 || true
  for ((i = ${#APPS[@]} - 1; i >= 0; i--)); do
    stop_app "${APPS[i]}"
  done
  infra_down
}

status_cmd() {
  infra_status
  local app pid port state
  while read -r app; do
    port="$(app_port "$app")"
    if pid="$(running_pid "$app" "$(app_jar "$app")")"; then
      state="running, pid $pid, ready: $(http_status "http://127.0.0.1:$port/q/health/ready")"
    elif [[ -f "$(app_jar "$app")" ]]; then
      state="stopped"
    else
      state="stopped (not built)"
    fi
    printf '%-12s %-22s %s\n' "$app" "http://127.0.0.1:$port" "$state"
  done < <(present_apps)
}

logs_cmd() {
  local name="" lines=""
  while (($#)); do
    case "$1" in
      -n) lines="${2-}"; shift 2 || die "-n needs a number" ;;
      -n*) lines="${1#-n}"; shift ;;
      -f) shift ;;
      -*) die "logs: unknown option '$1'" ;;
      *) name="${1%-service}"; shift ;;
    esac
  done
  [[ -n "$name" ]] || die "usage: ./alliance logs <kafka|postgres|members|events|agreements|notifications|gateway> [-n N]"
  local file="$LOG_DIR/$name.log"
  [[ "$name" != postgres ]] || file="$PG_DIR/postgres.log"
  [[ -f "$file" ]] || die "no log for '$name' yet (${file#"$ROOT"/})"
  if [[ -n "$lines" ]]; then
    [[ "$lines" =~ ^[0-9]+$ ]] || die "logs: -n needs a number"
    tail -n "$lines" "$file"
  else
    exec tail -n 50 -f "$file"
  fi
}
