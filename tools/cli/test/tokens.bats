#!/usr/bin/env bats
# tokens.sh: the argument plumbing to the token minter (platform/tokens), with tokens_java replaced
# by a stand-in; and tokens_java itself with a fake ./mvnw and a fake java (no build, no JVM).

load helpers

setup() {
  setup_state
  source_parts common jdk tokens
  CALLS="$BATS_TEST_TMPDIR/calls"
}

# tokens_java stand-in: records each call (one line of arguments), prints a fake token for mint
stub_tokens_java() {
  tokens_java() {
    printf '%s\n' "$*" >>"$CALLS"
    case "$1" in
      keys) printf 'PRIVATE\n' >"$3/jwt-private.pem"; printf 'PUBLIC\n' >"$3/jwt-public.pem" ;;
      mint) echo "header.claims.signature" ;;
    esac
  }
}

@test "token_cmd: makes the keys when missing, then mints with the key, the issuer and the caller's flags" {
  stub_tokens_java
  run --separate-stderr token_cmd --role member --org 42 --sub alice --ttl 60
  assert_success
  assert_output "header.claims.signature"
  assert_equal "$stderr" "==> generating the local JWT signing key pair in .alliance/keys"
  run cat "$CALLS"
  assert_line --index 0 "keys --dir $KEYS_DIR"
  assert_line --index 1 "mint --key $KEYS_DIR/jwt-private.pem --issuer https://alliancehub.test --audience alliance-hub-test --role member --org 42 --sub alice --ttl 60"
  assert_equal "${#lines[@]}" 2
}

@test "token_cmd: --role=x forms reach the minter unchanged; with the keys there only mint runs" {
  stub_tokens_java
  ensure_jwt_keys
  rm -f "$CALLS"
  run token_cmd --role=admin --ttl=7200
  assert_success
  run cat "$CALLS"
  assert_output "mint --key $KEYS_DIR/jwt-private.pem --issuer https://alliancehub.test --audience alliance-hub-test --role=admin --ttl=7200"
}

@test "token_cmd: the minter's refusal (exit 2, its message) is the command's" {
  stub_tokens_java
  ensure_jwt_keys
  tokens_java() { echo "token: a member token needs --org ORGANISATION_ID" >&2; return 2; }
  run --separate-stderr token_cmd --role member
  assert_equal "$status" 2
  assert_output ""
  assert_equal "$stderr" "token: a member token needs --org ORGANISATION_ID"
}

@test "ensure_jwt_keys: state folders made first; the private key is kept at mode 600" {
  stub_tokens_java
  ensure_jwt_keys
  assert [ -d "$RUN_DIR" ]
  assert_equal "$(stat -c %a "$KEYS_DIR")" 700
  chmod 644 "$KEYS_DIR/jwt-private.pem"
  ensure_jwt_keys
  assert_equal "$(stat -c %a "$KEYS_DIR/jwt-private.pem")" 600
}

@test "ensure_jwt_keys: a failing minter stops the command" {
  tokens_java() { return 1; }
  run ensure_jwt_keys
  assert_failure
  assert_output --partial "alliance: the token minter could not make the JWT keys in $KEYS_DIR"
}

@test "tokens_java: builds platform/tokens when its jar is missing, then runs TokensCli from the jar and its lib/" {
  mvnw_env() { :; }   # no JDK needed
  cat >"$ROOT/mvnw" <<STUB
#!/usr/bin/env bash
printf '%s\n' "\$*" >>"$BATS_TEST_TMPDIR/mvnw.args"
mkdir -p platform/tokens/target/lib && touch platform/tokens/target/tokens.jar
STUB
  chmod +x "$ROOT/mvnw"
  stub java 'echo "java ran"'
  cd "$ROOT"
  run --separate-stderr tokens_java mint --role admin
  assert_success
  assert_output "java ran"
  assert_equal "$stderr" "==> building platform/tokens (the token minter)"
  run cat "$BATS_TEST_TMPDIR/mvnw.args"
  assert_output "-B -q -pl platform/tokens -am -DskipTests package"
  run cat "$BATS_TEST_TMPDIR/java.args"
  assert_output "$(printf '%s\n' -cp "$ROOT/platform/tokens/target/tokens.jar:$ROOT/platform/tokens/target/lib/*" \
    io.alliancehub.tokens.TokensCli mint --role admin --)"
  # the jar is there now: no second build
  run tokens_java keys --dir "$KEYS_DIR"
  assert_success
  run grep -c . "$BATS_TEST_TMPDIR/mvnw.args"
  assert_output 1
}

@test "tokens_java: a failed build of platform/tokens stops the command" {
  mvnw_env() { :; }
  printf '#!/usr/bin/env bash\nexit 1\n' >"$ROOT/mvnw"
  chmod +x "$ROOT/mvnw"
  stub java
  cd "$ROOT"
  run tokens_java mint --role admin
  assert_failure
  assert_output --partial "alliance: building platform/tokens failed"
  assert [ ! -e "$BATS_TEST_TMPDIR/java.args" ]
}
