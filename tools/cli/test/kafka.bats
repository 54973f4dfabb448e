#!/usr/bin/env bats
# kafka.sh: the broker's configuration and JVM options, and kafka_up through supervise.sh with a
# fake java (the broker's command line, marker included, kept) and jars/storage already in place.

load helpers

setup() {
  setup_state
  source_parts common jdk supervise kafka
  JAVA_HOME="$(fake_jdk 25.0.1)"
}

teardown() {
  kill_leftovers
}

@test "write_kafka_config: fills the template's ports and data folder" {
  write_kafka_config
  conf="$KAFKA_DIR/server.properties"
  run grep -c '@[A-Z_]*@' "$conf"
  assert_output 0
  run grep -x "listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT" "$conf"
  assert_success
  run grep -x "log.dirs=$KAFKA_DIR/data" "$conf"
  assert_success
  assert [ -d "$KAFKA_DIR/data" ]
}

@test "kafka_java_opts: ALLIANCE_KAFKA_HEAP split into options; the Unsafe flag only on JDK 23+" {
  ALLIANCE_KAFKA_HEAP="-Xms64m -Xmx128m"
  run kafka_java_opts
  assert_line --index 0 -- -Xms64m
  assert_line --index 1 -- -Xmx128m
  assert_line -- "-Dkafka.logs.dir=$LOG_DIR"
  assert_line -- --sun-misc-unsafe-memory-access=allow
  JAVA_HOME="$(fake_jdk 21.0.2)"
  run kafka_java_opts
  refute_line -- --sun-misc-unsafe-memory-access=allow
}

@test "kafka_up: starts the broker in the background, ready when its port answers; infra-style stop by pid" {
  # jars resolved (the stamp matches the pom) and storage formatted: no Maven, no StorageTool
  mkdir -p "$KAFKA_DIR/libs" "$KAFKA_DIR/data"
  sha256sum "$KAFKA_DEPLOY/pom.xml" | cut -d' ' -f1 >"$KAFKA_DIR/libs/.complete"
  touch "$KAFKA_DIR/data/meta.properties"
  export FAKE_PORT="$KAFKA_PORT"
  stub java "exec node '$FAKE_APP' \"\$@\""
  kafka_up 3>&- 2>"$BATS_TEST_TMPDIR/err"
  pid="$(<"$RUN_DIR/kafka.pid")"
  port_open 127.0.0.1 "$KAFKA_PORT"
  run cat "$BATS_TEST_TMPDIR/err"
  assert_line "==> Kafka ready on 127.0.0.1:$KAFKA_PORT (pid $pid)"
  run tail -n 3 "$BATS_TEST_TMPDIR/java.args"
  assert_output "$(printf '%s\n' kafka.Kafka "$KAFKA_DIR/server.properties" --)"
  run kafka_up
  assert_output "==> Kafka already running (pid $pid) on 127.0.0.1:$KAFKA_PORT"
  run stop_pid kafka "$KAFKA_MARKER" 10
  assert_success
  gone "$pid"
}

@test "kafka_up: a broker port taken by a process ./alliance did not start is an error" {
  spawn env FAKE_PORT="$KAFKA_PORT" node "$FAKE_APP" stranger >/dev/null
  wait_until 10 port_open 127.0.0.1 "$KAFKA_PORT"
  run kafka_up
  assert_failure
  assert_output "alliance: port $KAFKA_PORT is taken by a process ./alliance did not start; stop it or set ALLIANCE_KAFKA_PORT"
}
