# shellcheck shell=bash
# -----------------------------------------------------------------------------
# images.sh — the applications' container images, built by Jib (quarkus-container-image-jib) during
# the Maven package, without a Docker engine:
#   ./alliance images --push REGISTRY [--tag TAG]   on Quarkus' default JVM base for Java 21 (UBI 9
#                                                   OpenJDK 21 runtime), pushed to REGISTRY
#   ./alliance images [--tag TAG]                   offline: on a base built from this machine's JDK
#                                                   (tools/image/base-image.sh), written as tarballs to
#                                                   .alliance/images/<app>-<tag>.tar
# and the check `./alliance test` runs: the offline images build, and the gateway's and
# members-service's start from their image's own files (unpacked, chroot, the image's entrypoint,
# user and working directory): members-service gets ready against the local PostgreSQL and Kafka,
# the gateway live (its readiness is its services').
# Sourced by ./alliance (tools/cli/lib/), not run.
#
# Needs: ROOT STATE KEYS_DIR DB_HOST DB_PORT KAFKA_PORT JWT_ISSUER JWT_AUDIENCE; common.sh, jdk.sh,
# apps.sh.
# -----------------------------------------------------------------------------

IMAGE_DIR="$STATE/images"

images_cmd() {
  local registry="" tag="" modules=() app
  while (($#)); do
    case "$1" in
      --push) registry="${2:?--push needs a registry, e.g. registry.example.org/alliance}"; shift 2 ;;
      --tag) tag="${2:?--tag needs a tag}"; shift 2 ;;
      --offline) shift ;;   # the default, said explicitly
      *) die "usage: ./alliance images [--push REGISTRY] [--tag TAG]" ;;
    esac
  done
  for app in $(present_apps); do modules+=("$(app_dir "$app")"); done
  # the images' fast-jar is packaged under target/image-build, so the jars ./alliance up runs
  # (target/quarkus-app, an aot-jar with a JDK 25+) stay as they are
  local args=(-B -q package -DskipTests -Dquarkus.container-image.build=true -Dquarkus.package.output-directory=image-build)
  [[ -z "$tag" ]] || args+=("-Dquarkus.container-image.tag=$tag")
  if [[ -n "$registry" ]]; then
    # credentials: Jib's usual sources (~/.docker/config.json, credential helpers) or
    # QUARKUS_CONTAINER_IMAGE_USERNAME / _PASSWORD
    args+=(-Dquarkus.container-image.push=true "-Dquarkus.container-image.registry=$registry")
  else
    local base="$IMAGE_DIR/jvm-base.tar"
    ensure_base_image "$base"
    export ALLIANCE_IMAGE_DIR="$IMAGE_DIR"
    args+=("-Dquarkus.jib.base-jvm-image=tar://$base"
      "-Dquarkus.jib.docker-executable-name=$ROOT/tools/image/docker-load-to-file.sh")
  fi
  mvnw_env
  info "building the images of ${modules[*]} with Jib${registry:+, pushing to $registry}"
  ./mvnw "${args[@]}" -pl "$(IFS=,; echo "${modules[*]}")" -am || die "the image build failed"
  if [[ -z "$registry" ]]; then
    local f built=()
    for f in "$IMAGE_DIR"/*.tar; do
      [[ "$(basename "$f")" == jvm-base.tar ]] || built+=("$(basename "$f")")
    done
    info "images in ${IMAGE_DIR#"$ROOT"/}: ${built[*]} (docker load -i FILE)"
  fi
}

# The offline base image, rebuilt when the JDK or the script changed.
ensure_base_image() {
  local base="$1" key
  key="$(printf '%s %s' "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)" "$(sha256sum "$ROOT/tools/image/base-image.sh" | cut -d' ' -f1)")"
  if [[ -f "$base" && "$(cat "$base.key" 2>/dev/null)" == "$key" ]]; then
    return 0
  fi
  info "building the offline JVM base image from $JAVA_HOME"
  "$ROOT/tools/image/base-image.sh" "$base" "$JAVA_HOME" >&2 || die "building the base image failed"
  printf '%s\n' "$key" >"$base.key"
}

# image_check: the offline images build; the gateway's and members-service's run from their files
# (against the local PostgreSQL and Kafka, which it starts if they are not running).
image_check() {
  images_cmd --offline
  if ((EUID != 0)); then
    warn "the images were built, not run: running an unpacked image needs root (chroot, unshare)"
    return 0
  fi
  infra_up >/dev/null
  local app
  for app in gateway members; do
    run_image "$app" || return 1
  done
}

# run_image APP: unpacks APP's image tarball, then runs the image's entrypoint as its user in its working
# directory, chrooted into the unpacked files with a /proc of its own (as a container runtime would, on
# the host's network), until its /q/health/ready answers 200 (the gateway's /q/health/live). Needs root
# (chroot, unshare).
run_image() {
  local app="$1" tar root config port log pid i code
  local found=("$IMAGE_DIR/$(app_dir "$app")"-*.tar)
  tar="${found[0]}"
  [[ -f "$tar" ]] || die "no image tarball of $app in ${IMAGE_DIR#"$ROOT"/}"
  ((EUID == 0)) || die "running an image unpacked needs root (chroot, unshare); run as root or skip this step"
  root="$(mktemp -d)"
  mkdir -p "$root/image" "$root/fs"
  tar -xf "$tar" -C "$root/image"
  config="$(node -e '
    const fs = require("fs"), dir = process.argv[1];
    const m = JSON.parse(fs.readFileSync(dir + "/manifest.json"))[0];
    const c = JSON.parse(fs.readFileSync(dir + "/" + m.Config)).config;
    console.log(JSON.stringify({ layers: m.Layers, entrypoint: c.Entrypoint, user: c.User, dir: c.WorkingDir, env: c.Env, ports: Object.keys(c.ExposedPorts || {}) }));
  ' "$root/image")"
  local layer
  while read -r layer; do
    tar --warning=no-unknown-keyword -xf "$root/image/$layer" -C "$root/fs"
  done < <(node -e 'console.log(JSON.parse(process.argv[1]).layers.join("\n"))' "$config")
  local entry user dir env=() want
  mapfile -t entry < <(node -e 'console.log(JSON.parse(process.argv[1]).entrypoint.join("\n"))' "$config")
  mapfile -t env < <(node -e 'console.log(JSON.parse(process.argv[1]).env.join("\n"))' "$config")
  user="$(node -e 'console.log(JSON.parse(process.argv[1]).user)' "$config")"
  dir="$(node -e 'console.log(JSON.parse(process.argv[1]).dir)' "$config")"
  want="$(app_port "$app")/tcp"
  [[ "$(node -e 'console.log(JSON.parse(process.argv[1]).ports.join(" "))' "$config")" == "$want" ]] ||
    die "$app's image exposes $(node -e 'console.log(JSON.parse(process.argv[1]).ports.join(" "))' "$config"), not $want"
  [[ "$user" == 185 ]] || die "$app's image runs as user '$user', not 185"
  # the local suite's keys and settings, as the pods get them from Secrets and ConfigMaps
  mkdir -p "$root/fs/run/alliance"
  cp "$KEYS_DIR/jwt-public.pem" "$KEYS_DIR/jwt-private.pem" "$root/fs/run/alliance/"
  chmod 644 "$root/fs/run/alliance/"*
  port="$(image_port)"
  # the host's tools, found before the environment becomes the image's (whose PATH is its own)
  local unshare chroot
  unshare="$(PATH="$PATH:/usr/sbin:/sbin" command -v unshare)" || die "unshare (util-linux) is not installed"
  chroot="$(PATH="$PATH:/usr/sbin:/sbin" command -v chroot)" || die "chroot (coreutils) is not installed"
  log="$LOG_DIR/image-$app.log"
  info "running $app's image ($(basename "$tar")): entrypoint ${entry[*]}, user $user, in $dir, port $port"
  # unshare --kill-child: the image's process (pid 1 of its own namespace) ends with unshare; the
  # single-quoted script is the image's sh's: it enters the working directory, then runs the entrypoint
  # shellcheck disable=SC2016
  env -i "${env[@]}" HOME="$dir" QUARKUS_HTTP_PORT="$port" \
    ALLIANCE_DB_HOST="$DB_HOST" ALLIANCE_DB_PORT="$DB_PORT" ALLIANCE_DB_PASSWORD="${ALLIANCE_DB_PASSWORD:-}" \
    ALLIANCE_KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT" \
    ALLIANCE_JWT_PUBLIC_KEY=/run/alliance/jwt-public.pem ALLIANCE_JWT_PRIVATE_KEY=/run/alliance/jwt-private.pem \
    ALLIANCE_JWT_ISSUER="$JWT_ISSUER" ALLIANCE_JWT_AUDIENCE="$JWT_AUDIENCE" \
    JAVA_OPTS_APPEND="$JAVA_OPTS" \
    "$unshare" --mount --pid --fork --kill-child=SIGTERM --mount-proc="$root/fs/proc" \
    "$chroot" --userspec="$user:0" "$root/fs" /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$dir" "${entry[@]}" \
    >"$log" 2>&1 &
  pid=$!
  # a service must get ready (its database, its broker); the gateway live: its readiness is its
  # services', and they are not behind this port
  local probe=ready
  [[ "$app" != gateway ]] || probe=live
  code=1
  for i in $(seq 1 90); do
    if [[ "$(http_status "http://127.0.0.1:$port/q/health/$probe")" == 200 ]]; then
      info "$app's image: $probe after ${i} s"
      code=0
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  # unshare blocks SIGTERM while it waits for its child: stop the image's process itself
  pkill -TERM -P "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$root"
  ((code == 0)) || { tail -n 20 "$log" >&2; die "$app's image was not $probe within 90 s (log: ${log#"$ROOT"/})"; }
}

# A free port on 127.0.0.1 for an image's run (18500-18999).
image_port() {
  local port
  for port in $(seq 18500 18999); do
    port_open 127.0.0.1 "$port" || { echo "$port"; return 0; }
  done
  die "no free port in 18500-18999 for running an image"
}
