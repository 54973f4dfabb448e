#!/usr/bin/env bats
# tools/image/docker-load-to-file.sh: what Jib runs as its `docker` for ./alliance images without a
# registry: it answers Jib's platform question and keeps the loaded image as a tarball named after it.

load helpers

setup() {
  setup_state
  LOADER="$REPO_ROOT/tools/image/docker-load-to-file.sh"
  export ALLIANCE_IMAGE_DIR="$ROOT/images"
}

@test "info: the platform Jib asks for, as JSON" {
  run "$LOADER" info -f '{{json .}}'
  assert_success
  assert_output '{"OSType":"linux","Architecture":"x86_64"}'
}

@test "load: the Docker-archive tarball on stdin is kept as <name>-<tag>.tar, readable" {
  mkdir -p "$ROOT/archive"
  printf '[{"Config":"config.json","RepoTags":["alliancehub/members-service:0.1.0"],"Layers":[]}]' >"$ROOT/archive/manifest.json"
  printf '{}' >"$ROOT/archive/config.json"
  tar -C "$ROOT/archive" -cf "$ROOT/in.tar" manifest.json config.json
  run "$LOADER" load <"$ROOT/in.tar"
  assert_success
  assert_output "Loaded image: alliancehub/members-service:0.1.0"
  cmp "$ROOT/in.tar" "$ALLIANCE_IMAGE_DIR/members-service-0.1.0.tar"
  [[ "$(stat -c %a "$ALLIANCE_IMAGE_DIR/members-service-0.1.0.tar")" == 644 ]]
  run ls -A "$ALLIANCE_IMAGE_DIR"
  assert_output "members-service-0.1.0.tar"
}

@test "anything else Jib might ask is refused, loudly" {
  run "$LOADER" save alliancehub/gateway:0.1.0
  assert_failure
  assert_output --partial "only 'info' and 'load'"
}
