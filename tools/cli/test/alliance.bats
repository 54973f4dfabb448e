#!/usr/bin/env bats
# ./alliance, the entry point: help, every command's --help, unknown commands and usage errors.
# Runs the real script; JAVA_HOME points at a stand-in JDK that notes whether it was asked.

load helpers

setup() {
  JAVA_HOME="$(fake_jdk 21.0.5)"
  export JAVA_HOME
  ALLIANCE="$REPO_ROOT/alliance"
}

# The commands `./alliance help` lists (the first word of its two-space-indented lines).
listed_commands() {
  "$ALLIANCE" help | sed -n 's/^  \([a-z][a-z]*\)[ |].*/\1/p; s/^  \([a-z][a-z]*\)$/\1/p' | sort -u
}

@test "help: the usage text, exit 0 (also -h, --help and no command)" {
  for args in help -h --help ""; do
    # shellcheck disable=SC2086  # "" is no argument at all
    run "$ALLIANCE" $args
    assert_success
    assert_line --index 0 "Alliance Hub — local development command"
    assert_line "Usage: ./alliance COMMAND [ARGS]"
  done
}

@test "help lists every command, the infra postgres control among them" {
  run listed_commands
  assert_output "$(printf '%s\n' bench chaos down help infra logs openapi seed status stop test token traces up images | sort)"
  run "$ALLIANCE" help
  assert_line "  infra postgres check|stop|start"
  assert_output --partial "used by the chaos harness"
}

@test "COMMAND --help: a usage line and exit 0 for every command, without asking the JDK" {
  local cmd n=0
  for cmd in $(listed_commands); do
    [[ "$cmd" != help ]] || continue   # help --help: the whole usage text
    run "$ALLIANCE" "$cmd" --help
    assert_success
    assert_line --index 0 --regexp "^usage: \./alliance $cmd( |$)"
    n=$((n + 1))
  done
  ((n == 14)) || fail "$n commands"
  assert [ ! -e "$BATS_TEST_TMPDIR/jdk-java.args" ]
}

@test "COMMAND -h, infra postgres --help; the usage lines of bench and token" {
  run "$ALLIANCE" up -h
  assert_success
  assert_output --partial "usage: ./alliance up"
  run "$ALLIANCE" infra postgres --help
  assert_success
  assert_output --partial "usage: ./alliance infra up|down|status|postgres check|stop|start"
  run "$ALLIANCE" bench --help
  assert_line --index 0 "usage: ./alliance bench [--smoke] [SCENARIO...]"
  run "$ALLIANCE" token --help
  assert_line --index 0 "usage: ./alliance token --role admin|member|partner|checkin [--org ID] [--sub NAME] [--ttl SECONDS]"
}

@test "an unknown command: a message, exit 1, no JDK asked" {
  run --separate-stderr "$ALLIANCE" frobnicate
  assert_equal "$status" 1
  assert_equal "$stderr" "alliance: unknown command 'frobnicate' (see ./alliance help)"
  assert [ ! -e "$BATS_TEST_TMPDIR/jdk-java.args" ]
}

@test "usage errors of infra, stop and logs exit non-zero with the usage" {
  run "$ALLIANCE" infra bogus
  assert_failure
  assert_output "alliance: usage: ./alliance infra up|down|status|postgres check|stop|start"
  run "$ALLIANCE" infra postgres bogus
  assert_failure
  assert_output "alliance: usage: ./alliance infra postgres check|stop|start"
  run "$ALLIANCE" stop nothing
  assert_failure
  assert_output "alliance: usage: ./alliance stop members|events|agreements|notifications|gateway"
}

@test "infra postgres check: exit 3 with the reason when PostgreSQL is not on this machine" {
  ALLIANCE_DB_HOST=db.example.invalid run --separate-stderr "$ALLIANCE" infra postgres check
  assert_equal "$status" 3
  assert_equal "$stderr" "alliance: PostgreSQL at db.example.invalid:5432 is not on this machine: it is not stopped or started here"
}
