# shellcheck shell=bash
# -----------------------------------------------------------------------------
# tokens.sh — the local JWT keys and tokens, made by the one token minter of the repository:
# platform/tokens (io.alliancehub.tokens.TokensCli, the same code the chaos harness signs its
# tokens with). ensure_tokens_jar builds it when its jar is missing; tokens_java runs it;
# ensure_jwt_keys makes the RS256 key pair in .alliance/keys (private key mode 600); token_cmd is
# ./alliance token (the minter parses and checks --role/--org/--sub/--ttl). Sourced by ./alliance
# (tools/cli/lib/), not run.
#
# Needs: ROOT KEYS_DIR JWT_ISSUER JWT_AUDIENCE; common.sh, jdk.sh (mvnw_env; java on PATH: ensure_jdk).
# -----------------------------------------------------------------------------

# The minter's jar (./mvnw -pl platform/tokens package) and its dependencies (target/lib).
ensure_tokens_jar() {
  [[ ! -f "$ROOT/platform/tokens/target/tokens.jar" ]] || return 0
  info "building platform/tokens (the token minter)"
  mvnw_env
  ./mvnw -B -q -pl platform/tokens -am -DskipTests package >/dev/null || die "building platform/tokens failed"
}

# tokens_java keys|mint ARGS...: runs the minter (stdout, stderr and exit status are its own).
tokens_java() {
  ensure_tokens_jar
  java -cp "$ROOT/platform/tokens/target/tokens.jar:$ROOT/platform/tokens/target/lib/*" io.alliancehub.tokens.TokensCli "$@"
}

# RS256 key pair in .alliance/keys, generated on first need (private key mode 600). When both
# files are there the minter is not started (it would leave them as they are).
ensure_jwt_keys() {
  ensure_state_dirs
  local priv="$KEYS_DIR/jwt-private.pem" pub="$KEYS_DIR/jwt-public.pem"
  if [[ -s "$priv" && -s "$pub" ]]; then
    chmod 600 "$priv"
    return 0
  fi
  [[ -s "$priv" ]] || info "generating the local JWT signing key pair in .alliance/keys"
  tokens_java keys --dir "$KEYS_DIR" || die "the token minter could not make the JWT keys in $KEYS_DIR"
}

# ./alliance token --role admin|member|partner|checkin [--org ID] [--sub NAME] [--ttl SECONDS]: a signed
# RS256 JWT (only the token) on stdout. The minter checks the arguments (exit 2 and a message on
# stderr when they are wrong).
token_cmd() {
  ensure_jwt_keys
  tokens_java mint --key "$KEYS_DIR/jwt-private.pem" --issuer "$JWT_ISSUER" --audience "$JWT_AUDIENCE" "$@"
}
