# shellcheck shell=bash
# -----------------------------------------------------------------------------
# infra.sh — the infrastructure as one (./alliance infra up|down|status): PostgreSQL with the
# alliance roles and databases, the Kafka broker with its topics, the local mail server (mail.sh)
# and the local JWT keys.
# Sourced by ./alliance (tools/cli/lib/), not run.
#
# Needs: RUN_DIR DB_HOST DB_PORT KAFKA_PORT SMTP_PORT MAIL_API_PORT; postgres.sh, kafka.sh, mail.sh,
# tokens.sh, supervise.sh.
# -----------------------------------------------------------------------------

infra_up() {
  ensure_postgres
  ensure_databases
  mail_launch   # starts while the broker does
  kafka_up
  ensure_topics
  mail_await
  traces_up
  ensure_jwt_keys   # what a service in quarkus:dev needs besides the database and the broker
}

infra_down() {
  traces_down
  mail_down
  stop_pid kafka "$KAFKA_MARKER" 30
  stop_postgres_if_ours
}

infra_status() {
  local pid pg_state="not answering" started=""
  pg_ready && pg_state="ready"
  if [[ -f "$RUN_DIR/postgres.started" ]]; then
    started=" (started by ./alliance: $(<"$RUN_DIR/postgres.started"))"
  fi
  printf '%-12s %-22s %s%s\n' postgres "$DB_HOST:$DB_PORT" "$pg_state" "$started"
  local kport="port closed"
  port_open 127.0.0.1 "$KAFKA_PORT" && kport="port answering"
  if pid="$(running_pid kafka "$KAFKA_MARKER")"; then
    printf '%-12s %-22s running, pid %s, %s\n' kafka "127.0.0.1:$KAFKA_PORT" "$pid" "$kport"
  else
    printf '%-12s %-22s not running (%s)\n' kafka "127.0.0.1:$KAFKA_PORT" "$kport"
  fi
}

# ./alliance infra up|down|status|postgres check|stop|start
infra_cmd() {
  case "${1:-}" in
    up) infra_up ;;
    down) infra_down ;;
    status) infra_status ;;
    postgres) shift; pg_control_cmd "$@" ;;
    *) die "usage: ./alliance infra up|down|status|postgres check|stop|start" ;;
  esac
}
