# shellcheck shell=bash
# -----------------------------------------------------------------------------
# supervise.sh — processes ./alliance runs in the background, tracked by pid files
# ($RUN_DIR/<name>.pid): is a recorded pid still ours (pid_alive, running_pid), stop one
# (stop_pid), is one running or only stopping (supervise_running, await_exit_or_ready), start one
# and wait until it is ready (supervise_start; or supervise_launch, then supervise_await, to start
# several at once). Generic: a process is a NAME, a MARKER its command
# line contains, a READY check, a log file and a command; apps.sh (the applications) and kafka.sh
# (the broker) fill them in. Sourced by ./alliance (tools/cli/lib/), not run.
#
# READY is a URL (ready when a GET answers 200, e.g. http://127.0.0.1:8081/q/health/ready) or
# HOST:PORT (ready when the port accepts a connection).
# Needs: ROOT RUN_DIR; info/warn/die, port_open, http_status (common.sh).
# Sets: SUPERVISE_PID (the pid supervise_running found or supervise_start started) and
# SUPERVISE_STATUS (the last HTTP status a URL check got).
# -----------------------------------------------------------------------------

SUPERVISE_PID=""
SUPERVISE_STATUS=""
# How long await_exit_or_ready waits for an instance that is alive but not ready.
SUPERVISE_AWAIT_SECONDS="${SUPERVISE_AWAIT_SECONDS:-150}"

# Is PID (from a pid file) alive and still the process we started? The command line
# must contain MARKER, so a recycled pid is never mistaken for ours.
pid_alive() {
  local pid="$1" marker="$2" args
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  args="$(ps -p "$pid" -o args= 2>/dev/null)" || return 1
  [[ "$args" == *"$marker"* ]]
}

# Print the pid recorded in .alliance/run/NAME.pid if that process is alive.
running_pid() {
  local name="$1" marker="$2" pid
  [[ -f "$RUN_DIR/$name.pid" ]] || return 1
  pid="$(<"$RUN_DIR/$name.pid")"
  pid_alive "$pid" "$marker" && printf '%s\n' "$pid"
}

# Stop the process recorded in .alliance/run/NAME.pid: SIGTERM, then SIGKILL after
# TIMEOUT seconds. Never touches a process whose command line lacks MARKER.
stop_pid() {
  local name="$1" marker="$2" timeout="$3" pid i
  if ! pid="$(running_pid "$name" "$marker")"; then
    rm -f "$RUN_DIR/$name.pid"
    return 0
  fi
  info "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 2; i++)); do
    pid_alive "$pid" "$marker" || break
    sleep 0.5
  done
  if pid_alive "$pid" "$marker"; then
    warn "$name did not stop within ${timeout}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$RUN_DIR/$name.pid"
}

# Is READY met? (See the header: a URL that answers 200, or a HOST:PORT that accepts connections.)
supervise_ready() {
  local ready="$1"
  case "$ready" in
    http://* | https://*)
      SUPERVISE_STATUS="$(http_status "$ready")"
      [[ "$SUPERVISE_STATUS" == 200 ]] ;;
    *:*) port_open "${ready%:*}" "${ready##*:}" ;;
    *) port_open 127.0.0.1 "$ready" ;;
  esac
}

# An instance that is alive but not ready is starting (another `up`) or stopping (after a SIGTERM
# it closes its port, then may spend a minute writing its AOT cache). Waits, up to 150 s, until it
# is ready (returns 1: running) or has exited (returns 0: start it again).
# await_exit_or_ready NAME PID MARKER READY
await_exit_or_ready() {
  local name="$1" pid="$2" marker="$3" ready="$4" i
  info "$name (pid $pid) is alive but not ready: waiting until it has started or exited"
  for ((i = 0; i < SUPERVISE_AWAIT_SECONDS * 2; i++)); do
    pid_alive "$pid" "$marker" || { rm -f "$RUN_DIR/$name.pid"; info "$name (pid $pid) has exited"; return 0; }
    ! supervise_ready "$ready" || return 1
    sleep 0.5
  done
  die "$name (pid $pid) neither became ready nor exited within $SUPERVISE_AWAIT_SECONDS s; ./alliance stop $name"
}

# supervise_running NAME MARKER READY: does NAME run? 0 (its pid in SUPERVISE_PID) when the process
# in its pid file is ours and ready, or alive and becomes ready; 1 when there is none, or when the
# one there was has exited while we waited: a SIGTERMed instance that still holds its pid (its port
# already closed) is waited for, not taken for a running one.
supervise_running() {
  local name="$1" marker="$2" ready="$3" pid
  SUPERVISE_PID=""
  pid="$(running_pid "$name" "$marker")" || return 1
  if supervise_ready "$ready" || ! await_exit_or_ready "$name" "$pid" "$marker" "$ready"; then
    SUPERVISE_PID="$pid"
    return 0
  fi
  return 1
}

# The last 40 lines of a log, on stderr, under a title line.
supervise_tail() {
  echo "----- last 40 lines of ${1#"$ROOT"/} -----" >&2
  tail -n 40 "$1" >&2
}

# supervise_launch NAME MARKER LOG COMMAND [ARGS...]: starts COMMAND in the background, its output
# appended to LOG, and records its pid in $RUN_DIR/NAME.pid and SUPERVISE_PID; does not wait for it
# to be ready (supervise_await does), so that several can start at once. COMMAND's command line
# must contain MARKER (see pid_alive).
supervise_launch() {
  local name="$1" marker="$2" log="$3" pid i stat
  shift 3
  # setsid: own session, so a Ctrl-C in this terminal does not reach it; nohup: nor a hang-up.
  setsid nohup "$@" >>"$log" 2>&1 </dev/null &
  pid=$!
  # shellcheck disable=SC2034  # read by the callers (apps.sh, kafka.sh)
  SUPERVISE_PID="$pid"
  printf '%s\n' "$pid" >"$RUN_DIR/$name.pid"
  # The forked shell becomes COMMAND a moment later (until then its command line lacks MARKER):
  # wait for that, or for its end (gone, or a zombie), up to 10 s.
  for ((i = 0; i < 200; i++)); do
    pid_alive "$pid" "$marker" && break
    stat="$(ps -p "$pid" -o stat= 2>/dev/null)" || break
    [[ "$stat" != Z* ]] || break
    sleep 0.05
  done
}

# supervise_await NAME PID MARKER READY LOG TIMEOUT: waits up to TIMEOUT seconds until READY for
# the process PID that supervise_launch started. Returns 0 when it is ready; 1 when it exited during
# start-up (the log's tail printed, the pid file removed); 2 when it still runs but is not ready
# after TIMEOUT seconds (the log's tail printed, the pid file kept, so that `down` stops it). The
# callers say what either means.
supervise_await() {
  local name="$1" pid="$2" marker="$3" ready="$4" log="$5" timeout="$6" deadline
  deadline=$((SECONDS + timeout))
  while true; do
    if supervise_ready "$ready"; then
      return 0
    fi
    if ! pid_alive "$pid" "$marker"; then
      supervise_tail "$log"
      rm -f "$RUN_DIR/$name.pid"
      return 1
    fi
    ((SECONDS < deadline)) || break
    sleep 0.5
  done
  supervise_tail "$log"
  return 2
}

# supervise_start NAME MARKER READY LOG TIMEOUT COMMAND [ARGS...]: supervise_launch, then
# supervise_await (its return codes).
supervise_start() {
  local name="$1" marker="$2" ready="$3" log="$4" timeout="$5"
  shift 5
  supervise_launch "$name" "$marker" "$log" "$@"
  supervise_await "$name" "$SUPERVISE_PID" "$marker" "$ready" "$log" "$timeout"
}
