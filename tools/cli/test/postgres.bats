#!/usr/bin/env bats
# postgres.sh: ./alliance infra postgres check|stop|start (the chaos harness's PostgreSQL control)
# and the Debian cluster start, in a temporary ROOT with a temporary /etc/postgresql (PG_CONF_DIR)
# and stand-ins for pg_ctlcluster, pg_ctl and runuser: no real PostgreSQL is touched.

load helpers

setup() {
  setup_state
  source_parts common postgres
  stub pg_ctlcluster
  stub pg_ctl
  # runuser -u USER -- COMMAND...: records, then runs COMMAND as we are
  stub runuser 'shift 3; exec "$@"'
}

# a Debian cluster configuration: VERSION CLUSTER PORT
debian_cluster() {
  mkdir -p "$PG_CONF_DIR/$1/$2"
  printf '# test\nport = %s\t\t\t\t# (change requires restart)\n' "$3" >"$PG_CONF_DIR/$1/$2/postgresql.conf"
}

project_cluster() {
  mkdir -p "$PG_DIR/data"
  echo 16 >"$PG_DIR/data/PG_VERSION"
}

@test "infra postgres check: exits 3 and says why when it cannot control PostgreSQL (no cluster on the port, none of ours)" {
  debian_cluster 15 main "$((DB_PORT + 1))"
  run --separate-stderr pg_control_cmd check
  assert_equal "$status" 3
  assert_output ""
  [[ "$stderr" == "alliance: cannot stop and start PostgreSQL on 127.0.0.1:$DB_PORT: "* ]] || fail "stderr: $stderr"
  [[ "$stderr" == *"no project-owned cluster in .alliance/postgres"* ]] || fail "stderr: $stderr"
  if ((EUID == 0)); then
    [[ "$stderr" == *"no cluster in $PG_CONF_DIR is on port $DB_PORT"* ]] || fail "stderr: $stderr"
  else
    [[ "$stderr" == *"this is not root"* ]] || fail "stderr: $stderr"
  fi
}

@test "infra postgres stop|start: exit 3 as well, and run nothing" {
  run pg_control_cmd stop
  assert_equal "$status" 3
  run pg_control_cmd start
  assert_equal "$status" 3
  assert [ ! -e "$BATS_TEST_TMPDIR/pg_ctlcluster.args" ]
  assert [ ! -e "$BATS_TEST_TMPDIR/pg_ctl.args" ]
}

@test "infra postgres check: exits 3 when PostgreSQL is not on this machine" {
  DB_HOST=db.example.invalid
  project_cluster
  run pg_control_cmd check
  assert_equal "$status" 3
  assert_output "alliance: PostgreSQL at db.example.invalid:$DB_PORT is not on this machine: it is not stopped or started here"
}

@test "infra postgres: an unknown action is a usage error" {
  run pg_control_cmd restart
  assert_equal "$status" 1
  assert_output "alliance: usage: ./alliance infra postgres check|stop|start"
}

@test "infra postgres check|stop|start: the machine's Debian cluster on DB_PORT, with pg_ctlcluster (as root)" {
  ((EUID == 0)) || skip "the Debian clusters are controlled as root"
  debian_cluster 14 other "$((DB_PORT + 1))"
  debian_cluster 15 main "$DB_PORT"
  run pg_control_cmd check
  assert_success
  assert_output "PostgreSQL on 127.0.0.1:$DB_PORT: the machine's cluster 15/main (pg_ctlcluster)"
  run pg_control_cmd stop
  assert_success
  run pg_control_cmd start
  assert_success
  run cat "$BATS_TEST_TMPDIR/pg_ctlcluster.args"
  assert_output "$(printf '%s\n' --skip-systemctl-redirect 15 main stop -m fast -- --skip-systemctl-redirect 15 main start --)"
}

@test "infra postgres check|stop|start: the project-owned cluster in .alliance/postgres, with pg_ctl" {
  project_cluster
  run pg_control_cmd check
  assert_success
  assert_output "PostgreSQL on 127.0.0.1:$DB_PORT: the project-owned cluster in .alliance/postgres (pg_ctl)"
  run pg_control_cmd stop
  assert_success
  run pg_control_cmd start
  assert_success
  run cat "$BATS_TEST_TMPDIR/pg_ctl.args"
  assert_output "$(printf '%s\n' -D "$PG_DIR/data" -w -m fast stop -- \
    -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -o "-p $DB_PORT" -w start --)"
  if ((EUID == 0)); then   # as the cluster's owner
    run grep -c -x -- -u "$BATS_TEST_TMPDIR/runuser.args"
    assert_output 2
  fi
}

@test "infra postgres stop: a failing pg_ctl is reported" {
  project_cluster
  stub pg_ctl 'exit 1'
  run pg_control_cmd stop
  assert_failure
  assert_output --partial "alliance: pg_ctl could not stop the project-owned cluster"
}

@test "start_debian_cluster: starts the newest cluster configured for DB_PORT and notes it in run/postgres.started" {
  debian_cluster 15 main "$DB_PORT"
  debian_cluster 16 main "$DB_PORT"
  debian_cluster 17 main "$((DB_PORT + 1))"
  run start_debian_cluster
  assert_success
  run cat "$BATS_TEST_TMPDIR/pg_ctlcluster.args"
  assert_output "$(printf '%s\n' --skip-systemctl-redirect 16 main start --)"
  assert_equal "$(<"$RUN_DIR/postgres.started")" "debian 16 main"
}

@test "start_debian_cluster: none configured for DB_PORT returns 1" {
  debian_cluster 15 main "$((DB_PORT + 1))"
  run start_debian_cluster
  assert_failure
  assert [ ! -e "$RUN_DIR/postgres.started" ]
}

@test "is_local_db_host: 127.0.0.1, localhost and ::1 only" {
  for h in 127.0.0.1 localhost ::1; do DB_HOST="$h" is_local_db_host; done
  DB_HOST=10.1.2.3
  run is_local_db_host
  assert_failure
}
