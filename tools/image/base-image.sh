#!/usr/bin/env bash
# -----------------------------------------------------------------------------
# base-image.sh OUT.tar [JAVA_HOME] — a JVM base image built from this machine's JDK, for building and
# running the applications' images where no registry can be reached (./alliance images --local, and
# ./alliance test). A Docker-archive tarball (what `docker save` writes, and what Jib reads as a
# tar:// base) with one layer: a jlink runtime of the JDK under /opt/java, the C libraries it and
# /bin/sh need, copied from this machine, a user 185 (as the UBI OpenJDK images), /deployments and /tmp.
#
# Written by hand because nothing served here builds an image from a folder without a container
# engine or a registry; the applications' images themselves are Jib's (quarkus-container-image-jib).
# For images that are shipped, the base is a maintained one from a registry (see deploy/k8s/README.md).
# -----------------------------------------------------------------------------
set -euo pipefail

out="${1:?usage: base-image.sh OUT.tar [JAVA_HOME]}"
jdk="${2:-${JAVA_HOME:?JAVA_HOME is not set}}"
# what a Quarkus application of this repository may load (java.desktop: java.beans, which Jackson uses;
# jdk.localedata: the zh locale)
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.cryptoki,jdk.jfr,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root/bin" "$root/etc" "$root/deployments" "$root/tmp" "$root/proc" "$(dirname "$out")"
# with its class data sharing archive: the JVM starts faster, as a JDK does
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
  --output "$root/opt/java"
cp /bin/dash "$root/bin/sh"

# the shared libraries java, the JVM, its own libraries and sh load (the X11 ones of java.desktop's
# window toolkit are not: a server JVM never loads it), and the dynamic loader
mapfile -t libs < <(ldd "$root/opt/java/bin/java" "$root/opt/java/lib/server/libjvm.so" "$root"/opt/java/lib/lib{java,net,nio,zip,jimage,verify,management,extnet}.so "$root/bin/sh" 2>/dev/null |
  awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }' | sort -u)
for lib in "${libs[@]}"; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done

printf 'root:x:0:0:root:/root:/sbin/nologin\njboss:x:185:0:application:/deployments:/sbin/nologin\n' >"$root/etc/passwd"
printf 'root:x:0:\njboss:x:185:\n' >"$root/etc/group"
chmod 1777 "$root/tmp"
chmod 775 "$root/deployments"

# one layer, reproducible: sorted, fixed times, numeric root ownership
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$root" -cf "$work/layer.tar" .
diff="$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
cat >"$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],"User":"185","WorkingDir":"/deployments"},"rootfs":{"type":"layers","diff_ids":["sha256:$diff"]},"history":[{"created_by":"tools/image/base-image.sh: a jlink runtime of $("$jdk/bin/java" -version 2>&1 | head -n 1 | tr -d '"') and its C libraries"}]}
JSON
printf '[{"Config":"config.json","RepoTags":["alliancehub/jvm-base:local"],"Layers":["layer.tar"]}]\n' >"$work/manifest.json"
tar --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "base image: $out ($(du -h "$out" | cut -f1), layer sha256:${diff:0:12})"
