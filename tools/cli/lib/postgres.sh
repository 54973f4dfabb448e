# shellcheck shell=bash
# -----------------------------------------------------------------------------
# postgres.sh — the local PostgreSQL: find its programs (pg_tool), make one answer on
# $DB_HOST:$DB_PORT (ensure_postgres: the machine's Debian cluster, else a project-owned one in
# .alliance/postgres), stop it again if we started it, the alliance_<svc> roles and databases with
# their password (ensure_db_password, pg_admin_*, ensure_databases), and the stop/start control the
# chaos harness uses (pg_control_find, pg_control_cmd: ./alliance infra postgres check|stop|start).
# Sourced by ./alliance (tools/cli/lib/), not run.
#
# Needs: ROOT RUN_DIR SECRETS_DIR PG_DIR PG_CONF_DIR DB_HOST DB_PORT SERVICES; common.sh.
# -----------------------------------------------------------------------------

# Path of a PostgreSQL program: PATH first, then the newest /usr/lib/postgresql/*/bin.
pg_tool() {
  local name="$1" dir
  if command -v "$name" >/dev/null 2>&1; then
    command -v "$name"
    return 0
  fi
  while read -r dir; do
    if [[ -n "$dir" && -x "$dir/$name" ]]; then
      printf '%s\n' "$dir/$name"
      return 0
    fi
  done < <(compgen -G '/usr/lib/postgresql/*/bin' | sort -V -r)
  return 1
}

is_local_db_host() {
  [[ "$DB_HOST" == 127.0.0.1 || "$DB_HOST" == localhost || "$DB_HOST" == ::1 ]]
}

pg_ready() {
  local isready
  if isready="$(pg_tool pg_isready)"; then
    "$isready" -q -h "$DB_HOST" -p "$DB_PORT" -t 3
  else
    port_open "$DB_HOST" "$DB_PORT"
  fi
}

wait_pg_ready() {
  local i
  for ((i = 0; i < 30; i++)); do
    pg_ready && return 0
    sleep 1
  done
  return 1
}

# Runs a command as the owner of a project-owned cluster: `postgres` when we are root
# (PostgreSQL refuses to run as root), else ourselves.
as_pg_owner() {
  if ((EUID == 0)); then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Debian/Ubuntu: start the machine's cluster configured for $DB_PORT (newest version
# first; a cluster without a `port` line uses 5432). Returns 1 when there is none.
start_debian_cluster() {
  command -v pg_ctlcluster >/dev/null 2>&1 || return 1
  [[ -d "$PG_CONF_DIR" ]] || return 1
  local version cluster conf port
  while read -r version; do
    [[ -n "$version" ]] || continue
    for conf in "$PG_CONF_DIR/$version"/*/postgresql.conf; do
      [[ -f "$conf" ]] || continue
      cluster="$(basename "$(dirname "$conf")")"
      port="$(sed -n 's/^[[:space:]]*port[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' "$conf" | tail -n1)"
      [[ "${port:-5432}" == "$DB_PORT" ]] || continue
      info "starting the machine's PostgreSQL cluster $version/$cluster (port $DB_PORT)"
      if ! pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start; then
        die "pg_ctlcluster could not start PostgreSQL $version/$cluster; see /var/log/postgresql/postgresql-$version-$cluster.log"
      fi
      printf 'debian %s %s\n' "$version" "$cluster" >"$RUN_DIR/postgres.started"
      return 0
    done
  done < <(find "$PG_CONF_DIR" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -V -r)
  return 1
}

# Anywhere with PostgreSQL server binaries: a cluster of our own in .alliance/postgres,
# listening on 127.0.0.1:$DB_PORT, local socket in .alliance/postgres/run. Local
# (socket) connections are trusted, TCP ones need a SCRAM password.
start_project_cluster() {
  local initdb pg_ctl
  initdb="$(pg_tool initdb)" || return 1
  pg_ctl="$(pg_tool pg_ctl)" || return 1
  if ((EUID == 0)) && ! id postgres >/dev/null 2>&1; then
    die "running as root, PostgreSQL needs an OS user 'postgres' to own its cluster; create one or run as a normal user"
  fi
  mkdir -p "$PG_DIR/run"
  ((EUID != 0)) || chown postgres "$PG_DIR" "$PG_DIR/run"
  if [[ ! -f "$PG_DIR/data/PG_VERSION" ]]; then
    info "creating a project-owned PostgreSQL cluster in ${PG_DIR#"$ROOT"/}"
    as_pg_owner "$initdb" -D "$PG_DIR/data" -U postgres -E UTF8 --locale=C \
      --auth-local=trust --auth-host=scram-sha-256 >"$PG_DIR/initdb.log" 2>&1 ||
      die "initdb failed; see $PG_DIR/initdb.log"
    as_pg_owner tee -a "$PG_DIR/data/postgresql.conf" >/dev/null <<EOF

# Added by ./alliance
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_DIR/run'
EOF
  fi
  info "starting the project-owned PostgreSQL cluster on 127.0.0.1:$DB_PORT"
  as_pg_owner "$pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -o "-p $DB_PORT" -w -t 30 start >/dev/null ||
    die "PostgreSQL did not start; see $PG_DIR/postgres.log"
  printf 'project\n' >"$RUN_DIR/postgres.started"
}

# Make sure a PostgreSQL answers on $DB_HOST:$DB_PORT, starting one if we can.
ensure_postgres() {
  ensure_state_dirs
  pg_tool psql >/dev/null || die "PostgreSQL client tools (psql, pg_isready) not found; install PostgreSQL (e.g. apt-get install postgresql)"
  if pg_ready; then
    return 0
  fi
  is_local_db_host ||
    die "PostgreSQL at $DB_HOST:$DB_PORT does not answer (not this machine, so it is not started here)"
  if ! start_debian_cluster && ! start_project_cluster; then
    die "no PostgreSQL answers on $DB_HOST:$DB_PORT and none can be started: install PostgreSQL (server binaries initdb/pg_ctl), or point ALLIANCE_DB_HOST/ALLIANCE_DB_PORT at a running one"
  fi
  wait_pg_ready || die "PostgreSQL on $DB_HOST:$DB_PORT did not become ready within 30 s"
}

stop_postgres_if_ours() {
  [[ -f "$RUN_DIR/postgres.started" ]] || return 0
  local kind version cluster
  read -r kind version cluster <"$RUN_DIR/postgres.started" || true
  case "$kind" in
    debian)
      info "stopping PostgreSQL $version/$cluster (started by ./alliance)"
      pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop || warn "pg_ctlcluster stop failed"
      ;;
    project)
      info "stopping the project-owned PostgreSQL cluster"
      as_pg_owner "$(pg_tool pg_ctl)" -D "$PG_DIR/data" -m fast -w stop >/dev/null || warn "pg_ctl stop failed"
      ;;
  esac
  rm -f "$RUN_DIR/postgres.started"
}

# The password of the alliance_<svc> roles: $ALLIANCE_DB_PASSWORD, else
# .alliance/secrets/db-password, else a new random one. The newest one is also kept
# in ~/.config/alliance-hub/db-password so that several clones (or CI's fresh clone)
# on one machine share it instead of resetting each other's role passwords.
ensure_db_password() {
  ensure_state_dirs
  local file="$SECRETS_DIR/db-password"
  local user_file="${XDG_CONFIG_HOME:-${HOME:-/root}/.config}/alliance-hub/db-password"
  if [[ -z "${ALLIANCE_DB_PASSWORD:-}" ]]; then
    if [[ ! -s "$file" && -s "$user_file" ]]; then
      (umask 077 && cp "$user_file" "$file")
    fi
    if [[ ! -s "$file" ]]; then
      (umask 077 && openssl rand -hex 16 >"$file")
    fi
    ALLIANCE_DB_PASSWORD="$(<"$file")"
    if [[ ! -s "$user_file" ]]; then
      (umask 077 && mkdir -p "$(dirname "$user_file")" && cp "$file" "$user_file") 2>/dev/null || true
    fi
  fi
  chmod 600 "$file" 2>/dev/null || true
  export ALLIANCE_DB_PASSWORD
}

# How we reach PostgreSQL as a superuser, found once by pg_admin_detect:
#   project  the project-owned cluster's socket (trust)
#   tcp      psql -h HOST -p PORT -U ${ALLIANCE_PG_ADMIN_USER:-postgres} (PGPASSWORD when given)
#   runuser  root: runuser -u postgres -- psql over the local socket (peer auth)
#   sudo     sudo -n -u postgres psql over the local socket
PG_ADMIN_METHOD=""

pg_admin_psql() {
  local method="$1"; shift
  local psql; psql="$(pg_tool psql)"
  case "$method" in
    project)
      "$psql" -X -w -q -h "$PG_DIR/run" -p "$DB_PORT" -U postgres -d postgres "$@" ;;
    tcp)
      local envs=()
      [[ -z "${ALLIANCE_PG_ADMIN_PASSWORD:-}" ]] || envs+=("PGPASSWORD=$ALLIANCE_PG_ADMIN_PASSWORD")
      env "${envs[@]}" "$psql" -X -w -q -h "$DB_HOST" -p "$DB_PORT" \
        -U "${ALLIANCE_PG_ADMIN_USER:-postgres}" -d postgres "$@" ;;
    runuser)
      (cd / && runuser -u postgres -- "$psql" -X -w -q -p "$DB_PORT" -d postgres "$@") ;;
    sudo)
      (cd / && sudo -n -u postgres "$psql" -X -w -q -p "$DB_PORT" -d postgres "$@") ;;
  esac
}

pg_admin_detect() {
  [[ -z "$PG_ADMIN_METHOD" ]] || return 0
  local methods=() m ok
  [[ ! -S "$PG_DIR/run/.s.PGSQL.$DB_PORT" ]] || methods+=(project)
  methods+=(tcp)
  if is_local_db_host; then
    if ((EUID == 0)) && id postgres >/dev/null 2>&1; then methods+=(runuser); fi
    if command -v sudo >/dev/null 2>&1 && id postgres >/dev/null 2>&1; then methods+=(sudo); fi
  fi
  for m in "${methods[@]}"; do
    ok="$(pg_admin_psql "$m" -tA -c \
      "SELECT rolsuper OR (rolcreaterole AND rolcreatedb) FROM pg_roles WHERE rolname = current_user" \
      2>/dev/null)" || continue
    if [[ "$ok" == t ]]; then
      PG_ADMIN_METHOD="$m"
      return 0
    fi
  done
  die "cannot get PostgreSQL superuser access on $DB_HOST:$DB_PORT (tried: ${methods[*]}).
Set ALLIANCE_PG_ADMIN_USER and ALLIANCE_PG_ADMIN_PASSWORD to a role that may create
roles and databases (a superuser), e.g.
  ALLIANCE_PG_ADMIN_USER=postgres ALLIANCE_PG_ADMIN_PASSWORD=... ./alliance infra up"
}

# Roles alliance_<svc> (LOGIN, password = $ALLIANCE_DB_PASSWORD) and databases
# alliance_<svc> and alliance_<svc>_test owned by them, public schema included.
# Idempotent; always (re)sets the password so an existing role matches it.
ensure_databases() {
  ensure_db_password
  pg_admin_detect
  local sql svc role db
  sql='\set ON_ERROR_STOP on'$'\n'
  for svc in "${SERVICES[@]}"; do
    role="alliance_$svc"
    sql+="SELECT format('CREATE ROLE %I LOGIN', '$role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') \\gexec"$'\n'
    sql+="ALTER ROLE $role WITH LOGIN PASSWORD :'pw';"$'\n'
    for db in "$role" "${role}_test"; do
      sql+="SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', '$db', '$role', 'UTF8') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db') \\gexec"$'\n'
      sql+="ALTER DATABASE $db OWNER TO $role;"$'\n'
      sql+="\\connect $db"$'\n'
      sql+="ALTER SCHEMA public OWNER TO $role;"$'\n'
      sql+="GRANT ALL ON SCHEMA public TO $role;"$'\n'
      sql+="\\connect postgres"$'\n'
    done
  done
  printf '%s' "$sql" | pg_admin_psql "$PG_ADMIN_METHOD" -v pw="$ALLIANCE_DB_PASSWORD" -f - >/dev/null ||
    die "creating the alliance roles and databases failed (admin access: $PG_ADMIN_METHOD)"
  # The services connect over TCP with the password: check that this works here too
  # (pg_hba.conf may, for instance, only allow ident or peer).
  local first="alliance_${SERVICES[0]}"
  if ! PGPASSWORD="$ALLIANCE_DB_PASSWORD" "$(pg_tool psql)" -X -w -q -h "$DB_HOST" -p "$DB_PORT" \
      -U "$first" -d "${first}_test" -tAc 'SELECT 1' >/dev/null 2>&1; then
    die "role $first cannot log in to ${first}_test on $DB_HOST:$DB_PORT with its password; check pg_hba.conf allows password (scram-sha-256/md5) or trust for host connections"
  fi
  info "PostgreSQL $DB_HOST:$DB_PORT: roles and databases alliance_{$(IFS=,; echo "${SERVICES[*]}")}[_test] ready"
}

# ----------------------------------------------------------------------------- stop/start (chaos)

# How this script can stop and start the local PostgreSQL, for the chaos harness's `postgres` fault
# (./alliance infra postgres check|stop|start): the machine's Debian cluster on $DB_PORT (as root,
# with pg_ctlcluster), else the project's own cluster in .alliance/postgres. Sets PG_CONTROL to
# (debian VERSION CLUSTER) or (project) and returns 0; else prints why not on stderr and returns 1
# (PostgreSQL is not on this machine, or we may not control it: the fault is then skipped).
PG_CONTROL=()

pg_control_find() {
  local conf port reasons=()
  PG_CONTROL=()
  if ! is_local_db_host; then
    printf 'alliance: PostgreSQL at %s:%s is not on this machine: it is not stopped or started here\n' "$DB_HOST" "$DB_PORT" >&2
    return 1
  fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [[ ! -d "$PG_CONF_DIR" ]]; then
    reasons+=("no Debian clusters (pg_ctlcluster, $PG_CONF_DIR)")
  elif ((EUID != 0)); then
    reasons+=("the machine's clusters are stopped and started as root (pg_ctlcluster), and this is not root")
  else
    for conf in "$PG_CONF_DIR"/*/*/postgresql.conf; do
      [[ -f "$conf" ]] || continue
      port="$(sed -n 's/^[[:space:]]*port[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' "$conf" | tail -n1)"
      [[ "${port:-5432}" == "$DB_PORT" ]] || continue
      PG_CONTROL=(debian "$(basename "$(dirname "$(dirname "$conf")")")" "$(basename "$(dirname "$conf")")")
      return 0
    done
    reasons+=("no cluster in $PG_CONF_DIR is on port $DB_PORT")
  fi
  if [[ ! -f "$PG_DIR/data/PG_VERSION" ]]; then
    reasons+=("no project-owned cluster in ${PG_DIR#"$ROOT"/}")
  elif ! pg_tool pg_ctl >/dev/null; then
    reasons+=("pg_ctl not found for the project-owned cluster in ${PG_DIR#"$ROOT"/}")
  else
    PG_CONTROL=(project)
    return 0
  fi
  printf 'alliance: cannot stop and start PostgreSQL on %s:%s: %s\n' "$DB_HOST" "$DB_PORT" \
    "$(printf '%s; ' "${reasons[@]}" | sed 's/; $//')" >&2
  return 1
}

# ./alliance infra postgres check|stop|start. check: exits 0 when this script can stop and start
# the local PostgreSQL (and says which cluster), else prints why and exits 3; stop (fast shutdown)
# and start: that cluster, or the same exit 3.
pg_control_cmd() {
  local action="${1:-}" pg_ctl
  case "$action" in
    check | stop | start) ;;
    *) die "usage: ./alliance infra postgres check|stop|start" ;;
  esac
  pg_control_find || return 3
  case "${PG_CONTROL[0]}:$action" in
    debian:check)
      printf "PostgreSQL on %s:%s: the machine's cluster %s/%s (pg_ctlcluster)\n" "$DB_HOST" "$DB_PORT" "${PG_CONTROL[1]}" "${PG_CONTROL[2]}" ;;
    debian:stop)
      info "stopping PostgreSQL ${PG_CONTROL[1]}/${PG_CONTROL[2]}"
      pg_ctlcluster --skip-systemctl-redirect "${PG_CONTROL[1]}" "${PG_CONTROL[2]}" stop -m fast ||
        die "pg_ctlcluster could not stop PostgreSQL ${PG_CONTROL[1]}/${PG_CONTROL[2]}" ;;
    debian:start)
      info "starting PostgreSQL ${PG_CONTROL[1]}/${PG_CONTROL[2]}"
      pg_ctlcluster --skip-systemctl-redirect "${PG_CONTROL[1]}" "${PG_CONTROL[2]}" start ||
        die "pg_ctlcluster could not start PostgreSQL ${PG_CONTROL[1]}/${PG_CONTROL[2]}; see /var/log/postgresql/postgresql-${PG_CONTROL[1]}-${PG_CONTROL[2]}.log" ;;
    project:check)
      printf 'PostgreSQL on %s:%s: the project-owned cluster in %s (pg_ctl)\n' "$DB_HOST" "$DB_PORT" "${PG_DIR#"$ROOT"/}" ;;
    project:stop)
      pg_ctl="$(pg_tool pg_ctl)"
      info "stopping the project-owned PostgreSQL cluster"
      as_pg_owner "$pg_ctl" -D "$PG_DIR/data" -w -m fast stop || die "pg_ctl could not stop the project-owned cluster" ;;
    project:start)
      pg_ctl="$(pg_tool pg_ctl)"
      info "starting the project-owned PostgreSQL cluster on 127.0.0.1:$DB_PORT"
      as_pg_owner "$pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -o "-p $DB_PORT" -w start ||
        die "pg_ctl could not start the project-owned cluster; see $PG_DIR/postgres.log" ;;
  esac
}
