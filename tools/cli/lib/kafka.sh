# shellcheck shell=bash
# -----------------------------------------------------------------------------
# kafka.sh — the local single-node KRaft Kafka broker, from jars Maven resolves
# (deploy/local/kafka/pom.xml) into .alliance/kafka: its JVM options, jars, configuration and
# storage, starting it (kafka_up, through supervise.sh) and the suite's topics (ensure_topics).
# Sourced by ./alliance (tools/cli/lib/), not run.
#
# Needs: ROOT RUN_DIR LOG_DIR KAFKA_DIR KAFKA_DEPLOY KAFKA_PORT KAFKA_CONTROLLER_PORT JAVA_HOME;
# common.sh, jdk.sh, supervise.sh.
# -----------------------------------------------------------------------------

# What a broker started from this checkout has on its command line (see pid_alive).
KAFKA_MARKER="kafka.Kafka $KAFKA_DIR/server.properties"

kafka_java_opts() {
  # shellcheck disable=SC2206  # ALLIANCE_KAFKA_HEAP is meant to be split into options
  local heap=(${ALLIANCE_KAFKA_HEAP:--Xms256m -Xmx512m})
  printf '%s\n' "${heap[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    "-Dlog4j2.configurationFile=$KAFKA_DEPLOY/log4j2.xml" "-Dkafka.logs.dir=$LOG_DIR" \
    --enable-native-access=ALL-UNNAMED
  # JDK 23+ warns when Kafka unmaps buffers through sun.misc.Unsafe; it is expected.
  if (($(java_major "$JAVA_HOME") >= 23)); then
    printf '%s\n' --sun-misc-unsafe-memory-access=allow
  fi
}

# Broker jars into .alliance/kafka/libs via Maven (once; again when the pom changes).
ensure_kafka_libs() {
  local libs="$KAFKA_DIR/libs" stamp want
  stamp="$libs/.complete"
  want="$(sha256sum "$KAFKA_DEPLOY/pom.xml" | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(<"$stamp")" == "$want" ]]; then
    return 0
  fi
  info "resolving the Kafka broker jars with Maven into ${libs#"$ROOT"/}"
  rm -rf "$libs"
  mvnw_env
  ./mvnw -B -q -f "$KAFKA_DEPLOY/pom.xml" dependency:copy-dependencies "-Dalliance.kafka.libs=$libs" ||
    die "Maven could not resolve the Kafka broker (deploy/local/kafka/pom.xml)"
  compgen -G "$libs/kafka_2.13-*.jar" >/dev/null || die "no kafka_2.13 jar in $libs after Maven ran"
  printf '%s\n' "$want" >"$stamp"
}

# Fill the committed template into .alliance/kafka/server.properties.
write_kafka_config() {
  local esc_data
  mkdir -p "$KAFKA_DIR/data"
  esc_data="$(printf '%s' "$KAFKA_DIR/data" | sed 's/[&|\\]/\\&/g')"
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
      -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
      -e "s|@DATA_DIR@|$esc_data|g" \
      "$KAFKA_DEPLOY/server.properties" >"$KAFKA_DIR/server.properties"
}

# Format the KRaft storage once (a single-voter dynamic quorum: --standalone).
format_kafka_storage() {
  [[ ! -f "$KAFKA_DIR/data/meta.properties" ]] || return 0
  local cid opts
  mapfile -t opts < <(kafka_java_opts)
  if [[ -s "$KAFKA_DIR/cluster-id" ]]; then
    cid="$(<"$KAFKA_DIR/cluster-id")"
  else
    cid="$(java -cp "$KAFKA_DIR/libs/*" kafka.tools.StorageTool random-uuid 2>>"$LOG_DIR/kafka.log" | tail -n1)"
    [[ -n "$cid" ]] || die "kafka.tools.StorageTool random-uuid failed; see .alliance/logs/kafka.log"
    printf '%s\n' "$cid" >"$KAFKA_DIR/cluster-id"
  fi
  info "formatting Kafka storage (cluster id $cid)"
  java "${opts[@]}" -cp "$KAFKA_DIR/libs/*" kafka.tools.StorageTool format --standalone \
    -t "$cid" -c "$KAFKA_DIR/server.properties" >>"$LOG_DIR/kafka.log" 2>&1 || {
    tail -n 20 "$LOG_DIR/kafka.log" >&2
    die "formatting Kafka storage failed"
  }
}

kafka_up() {
  ensure_state_dirs
  local pid opts code=0
  if pid="$(running_pid kafka "$KAFKA_MARKER")"; then
    info "Kafka already running (pid $pid) on 127.0.0.1:$KAFKA_PORT"
    return 0
  fi
  if port_open 127.0.0.1 "$KAFKA_PORT"; then
    die "port $KAFKA_PORT is taken by a process ./alliance did not start; stop it or set ALLIANCE_KAFKA_PORT"
  fi
  ensure_kafka_libs
  write_kafka_config
  format_kafka_storage
  mapfile -t opts < <(kafka_java_opts)
  info "starting Kafka on 127.0.0.1:$KAFKA_PORT (log: .alliance/logs/kafka.log)"
  printf '===== %s ./alliance: starting Kafka (java %s) =====\n' "$(date -Is)" "$(java_major "$JAVA_HOME")" \
    >>"$LOG_DIR/kafka.log"
  # in its own session (supervise_start: setsid), so a Ctrl-C in this terminal does not reach the broker
  supervise_start kafka "$KAFKA_MARKER" "127.0.0.1:$KAFKA_PORT" "$LOG_DIR/kafka.log" 60 \
    java "${opts[@]}" -cp "$KAFKA_DIR/libs/*" kafka.Kafka "$KAFKA_DIR/server.properties" || code=$?
  case "$code" in
    0) info "Kafka ready on 127.0.0.1:$KAFKA_PORT (pid $SUPERVISE_PID)" ;;
    1) die "Kafka exited during start-up (log above: .alliance/logs/kafka.log)" ;;
    *) die "Kafka did not open 127.0.0.1:$KAFKA_PORT within 60 s (pid $SUPERVISE_PID still running; ./alliance infra down stops it)" ;;
  esac
}

# The suite's topics (names: platform/contracts Topics), created up front so consumers are assigned
# partitions at once instead of waiting for auto-creation. The consumed ones have a dead-letter topic;
# alliance.notifications.v1 has no consumer in the suite, so none.
TOPICS=(alliance.members.v1 alliance.events.v1 alliance.agreements.v1)
UNCONSUMED_TOPICS=(alliance.notifications.v1)
TOPIC_PARTITIONS="${ALLIANCE_TOPIC_PARTITIONS:-6}"

ensure_topics() {
  local existing absent=() topic t
  existing="$(java -cp "$KAFKA_DIR/libs/*" org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" --list 2>/dev/null)" ||
    die "could not list the Kafka topics (see .alliance/logs/kafka.log)"
  for topic in "${TOPICS[@]}"; do
    for t in "$topic" "$topic.dlt"; do
      grep -qx "$t" <<<"$existing" || absent+=("$t")
    done
  done
  for t in "${UNCONSUMED_TOPICS[@]}"; do
    grep -qx "$t" <<<"$existing" || absent+=("$t")
  done
  for t in "${absent[@]}"; do
    java -cp "$KAFKA_DIR/libs/*" org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
      --create --if-not-exists --topic "$t" --partitions "$TOPIC_PARTITIONS" --replication-factor 1 >/dev/null 2>&1 ||
      die "could not create Kafka topic $t"
  done
  ((${#absent[@]} == 0)) || info "created Kafka topics: ${absent[*]}"
}

