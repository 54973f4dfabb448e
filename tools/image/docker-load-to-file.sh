#!/usr/bin/env bash
# -----------------------------------------------------------------------------
# What Jib runs as its `docker` (quarkus.jib.docker-executable-name) when ./alliance images writes
# image tarballs instead of pushing: Jib builds the image itself and hands it over with `docker
# load`, a Docker-archive tarball on standard input; this keeps that tarball as
# $ALLIANCE_IMAGE_DIR/<name>-<tag>.tar (loadable later with `docker load -i`, `podman load -i`, or
# `skopeo copy docker-archive:…`). Quarkus' Jib extension writes only to a registry or to a Docker
# engine, and there is neither here.
# -----------------------------------------------------------------------------
set -euo pipefail

case "${1:-}" in
  load) ;;
  # Jib asks first which platform the engine runs, to pick the base image's matching one
  info) echo '{"OSType":"linux","Architecture":"x86_64"}'; exit 0 ;;
  *) echo "docker-load-to-file.sh: only 'info' and 'load' are supported (got: $*)" >&2; exit 1 ;;
esac
dir="${ALLIANCE_IMAGE_DIR:?ALLIANCE_IMAGE_DIR is not set}"
mkdir -p "$dir"
tmp="$(mktemp "$dir/.load.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
cat >"$tmp"
tag="$(tar -xOf "$tmp" manifest.json | node -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s)[0].RepoTags[0]));')"
name="${tag##*/}"
chmod 644 "$tmp"
mv "$tmp" "$dir/${name/:/-}.tar"
trap - EXIT
echo "Loaded image: $tag"
