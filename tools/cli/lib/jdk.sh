# shellcheck shell=bash
# -----------------------------------------------------------------------------
# jdk.sh — finds the JDK ./alliance runs with: java_major (a JDK's major version), ensure_jdk
# (JAVA_HOME = a JDK 21+, else the newest one on this machine), mvnw_env (Maven options for it).
# Sourced by ./alliance (tools/cli/lib/), not run. Uses die (common.sh).
# -----------------------------------------------------------------------------

# Major version of the JDK at HOME (8, 17, 21, 25, ...), from `java -version`.
java_major() {
  java_version_major "$("$1/bin/java" -version 2>&1)"
}

# The major version in the text `java -version` printed.
java_version_major() {
  local v
  v="$(awk -F'"' '/version/ {print $2; exit}' <<<"$1")" || true
  v="${v#1.}"          # 1.8.0_402 -> 8.0_402
  v="${v%%[^0-9]*}"    # 25.0.1 -> 25, 21-ea -> 21
  [[ -n "$v" ]] || return 1
  printf '%s\n' "$v"
}

# Use $JAVA_HOME if it is a JDK 21+, else the newest JDK >= 21 on this machine
# (/usr/lib/jvm/*, or the javac on PATH). Exports JAVA_HOME and PATH.
ensure_jdk() {
  local found=() candidates=() home major best="" best_major=0 javac_path
  if [[ -n "${JAVA_HOME:-}" ]]; then
    if [[ -x "$JAVA_HOME/bin/javac" ]] && major="$(java_major "$JAVA_HOME")" && ((major >= 21)); then
      export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
    candidates+=("$JAVA_HOME")
  fi
  for home in /usr/lib/jvm/*/; do
    [[ -d "$home" ]] && candidates+=("${home%/}")
  done
  if javac_path="$(command -v javac 2>/dev/null)"; then
    javac_path="$(readlink -f "$javac_path")"
    candidates+=("$(dirname "$(dirname "$javac_path")")")
  fi
  local -A seen=()
  for home in "${candidates[@]}"; do
    home="$(readlink -f "$home")"
    if [[ -n "${seen[$home]:-}" || ! -x "$home/bin/java" ]]; then
      continue
    fi
    seen[$home]=1
    if ! major="$(java_major "$home")"; then
      continue
    fi
    if [[ ! -x "$home/bin/javac" ]]; then
      found+=("$home (Java $major, no javac)")
      continue
    fi
    found+=("$home (Java $major)")
    if ((major >= 21 && major > best_major)); then
      best="$home" best_major="$major"
    fi
  done
  if [[ -z "$best" ]]; then
    local list="none"
    if ((${#found[@]})); then
      list="$(printf '%s; ' "${found[@]}")"
      list="${list%; }"
    fi
    die "Alliance Hub needs a JDK 21 or newer; found: $list. Install one (e.g. apt-get install openjdk-21-jdk) or point JAVA_HOME at it."
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# ./mvnw with the discovered JDK. On JDK 23+ Maven's own Guice prints sun.misc.Unsafe
# warnings; this flag silences them without changing the build.
mvnw_env() {
  if (($(java_major "$JAVA_HOME") >= 23)) && [[ "${MAVEN_OPTS:-}" != *sun-misc-unsafe-memory-access* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
  fi
}
