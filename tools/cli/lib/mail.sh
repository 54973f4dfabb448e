# shellcheck shell=bash
# -----------------------------------------------------------------------------
# mail.sh — the local SMTP server: GreenMail standalone, from the jar Maven resolves
# (deploy/local/mail/pom.xml) into .alliance/mail. It keeps every mail notifications-service sends
# and serves them over its REST API, so a developer reads them without a mailbox.
# Sourced by ./alliance (tools/cli/lib/), not run.
#
# Needs: ROOT RUN_DIR LOG_DIR MAIL_DIR MAIL_DEPLOY SMTP_PORT MAIL_API_PORT JAVA_HOME; common.sh,
# supervise.sh.
# -----------------------------------------------------------------------------

# What a mail server started from this checkout has on its command line (see pid_alive).
MAIL_MARKER="$MAIL_DIR/greenmail-standalone.jar"

ensure_mail_jar() {
  local stamp want
  stamp="$MAIL_DIR/.complete"
  want="$(sha256sum "$MAIL_DEPLOY/pom.xml" | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(<"$stamp")" == "$want" && -f "$MAIL_DIR/greenmail-standalone.jar" ]]; then
    return 0
  fi
  info "resolving the GreenMail standalone jar with Maven into ${MAIL_DIR#"$ROOT"/}"
  mkdir -p "$MAIL_DIR"
  mvnw_env
  ./mvnw -B -q -f "$MAIL_DEPLOY/pom.xml" dependency:copy "-Dalliance.mail.dir=$MAIL_DIR" ||
    die "Maven could not resolve GreenMail (deploy/local/mail/pom.xml)"
  printf '%s\n' "$want" >"$stamp"
}

# The pid mail_launch started, until mail_await has seen the SMTP port open.
MAIL_LAUNCHED_PID=""

# Starts the mail server in the background and returns at once (mail_await waits for it), so that it
# starts while the broker does. One already running stays.
mail_launch() {
  ensure_state_dirs
  local pid
  MAIL_LAUNCHED_PID=""
  if pid="$(running_pid mail "$MAIL_MARKER")"; then
    info "mail server already running (pid $pid): SMTP 127.0.0.1:$SMTP_PORT, mail at http://127.0.0.1:$MAIL_API_PORT"
    return 0
  fi
  ! port_open 127.0.0.1 "$SMTP_PORT" ||
    die "port $SMTP_PORT (SMTP) is taken by a process ./alliance did not start; stop it or set ALLIANCE_SMTP_PORT"
  ensure_mail_jar
  info "starting the mail server (GreenMail): SMTP on 127.0.0.1:$SMTP_PORT (log: .alliance/logs/mail.log)"
  # every recipient gets a mailbox on first delivery (auth disabled): nothing leaves this machine
  supervise_launch mail "$MAIL_MARKER" "$LOG_DIR/mail.log" \
    java -Xmx96m -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.smtp.hostname=127.0.0.1 \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -jar "$MAIL_DIR/greenmail-standalone.jar"
  MAIL_LAUNCHED_PID="$SUPERVISE_PID"
}

# Waits up to 60 s until the mail server mail_launch started accepts SMTP connections.
mail_await() {
  local pid="$MAIL_LAUNCHED_PID" code=0
  [[ -n "$pid" ]] || return 0
  MAIL_LAUNCHED_PID=""
  supervise_await mail "$pid" "$MAIL_MARKER" "127.0.0.1:$SMTP_PORT" "$LOG_DIR/mail.log" 60 || code=$?
  case "$code" in
    0) info "mail server ready: SMTP 127.0.0.1:$SMTP_PORT; read the mail at http://127.0.0.1:$MAIL_API_PORT (GreenMail API)" ;;
    1) die "the mail server exited during start-up (log above: .alliance/logs/mail.log)" ;;
    *) die "the mail server did not open 127.0.0.1:$SMTP_PORT within 60 s (pid $pid still running; ./alliance infra down stops it)" ;;
  esac
}

mail_down() {
  stop_pid mail "$MAIL_MARKER" 20
}
