#!/usr/bin/env bats
# jdk.sh: java_major's reading of `java -version`, ensure_jdk's use of JAVA_HOME, mvnw_env.

load helpers

setup() {
  setup_state
  source_parts common jdk
}

@test "java_major: 25.0.1 → 25, 21-ea → 21, 1.8.0_402 → 8" {
  assert_equal "$(java_major "$(fake_jdk 25.0.1)")" 25
  assert_equal "$(java_major "$(fake_jdk 21-ea)")" 21
  assert_equal "$(java_major "$(fake_jdk 1.8.0_402)")" 8
  run java_major "$BATS_TEST_TMPDIR/no-jdk"
  assert_failure
}

@test "ensure_jdk: a JAVA_HOME with a JDK 21+ is used, and put first on PATH" {
  JAVA_HOME="$(fake_jdk 21.0.5)"
  home="$JAVA_HOME"
  ensure_jdk
  assert_equal "$JAVA_HOME" "$home"
  assert_equal "${PATH%%:*}" "$home/bin"
}

@test "mvnw_env: on JDK 23+ Maven's sun.misc.Unsafe warnings are silenced, once; not before 23" {
  JAVA_HOME="$(fake_jdk 25)"
  MAVEN_OPTS="-Xmx1g"
  mvnw_env
  mvnw_env
  assert_equal "$MAVEN_OPTS" "-Xmx1g --sun-misc-unsafe-memory-access=allow"
  JAVA_HOME="$(fake_jdk 21)"
  MAVEN_OPTS=""
  mvnw_env
  assert_equal "$MAVEN_OPTS" ""
}
