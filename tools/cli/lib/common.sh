# shellcheck shell=bash
# -----------------------------------------------------------------------------
# common.sh — what every part of ./alliance uses: messages (info, warn, die), is a TCP port
# answering (port_open), the HTTP status of a GET (http_status), and the state folders
# (ensure_state_dirs). Sourced by ./alliance (tools/cli/lib/), not run.
#
# Needs: RUN_DIR LOG_DIR KAFKA_DIR SECRETS_DIR KEYS_DIR (set by ./alliance, or by a test).
# -----------------------------------------------------------------------------

info() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'alliance: warning: %s\n' "$*" >&2; }
die()  { printf 'alliance: %s\n' "$*" >&2; exit 1; }

# Is the TCP port answering on HOST? Uses bash's /dev/tcp: no nc needed.
port_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# HTTP status code of a GET (000 when nothing answers). curl if present, else /dev/tcp.
http_status() {
  local url="$1"
  if command -v curl >/dev/null 2>&1; then
    curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$url" 2>/dev/null || true
    return 0
  fi
  local rest="${url#http://}" hostport path host port line
  hostport="${rest%%/*}"; path="/${rest#*/}"
  host="${hostport%%:*}"; port="${hostport##*:}"
  line="$( (exec 3<>"/dev/tcp/$host/$port" &&
            printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$hostport" >&3 &&
            timeout 3 head -n1 <&3) 2>/dev/null || true)"
  line="${line#HTTP/* }"
  printf '%s' "${line:0:3}"
  [[ -n "$line" ]] || printf '000'
}

ensure_state_dirs() {
  mkdir -p "$RUN_DIR" "$LOG_DIR" "$KAFKA_DIR" "$SECRETS_DIR" "$KEYS_DIR"
  chmod 700 "$SECRETS_DIR" "$KEYS_DIR"
}
