# shellcheck shell=bash
# -----------------------------------------------------------------------------
# ci.sh — ./alliance test (Maven, then the whole suite's checks as timed steps: step, skip_step)
# and what its steps run: shellcheck over every script (shellcheck_scripts), the CLI parts' own
# tests (tools/cli/test), the contract checks (lint_contract, sdk_check, contract_run), the
# Kubernetes manifests (verify_k8s), SIGTERM-then-up (up_after_sigterm); and ./alliance openapi.
# Sourced by ./alliance (tools/cli/lib/), not run.
#
# Needs: ROOT STATE LOG_DIR CONTRACT_DIR SDK_DIR MERGED_SPEC DB_HOST DB_PORT; common.sh, jdk.sh,
# postgres.sh, apps.sh, harness.sh.
# -----------------------------------------------------------------------------

# Regenerates each service's committed OpenAPI spec (<service>/openapi/openapi.yaml) from what the
# service serves; the drift test fails the build until the new spec is committed.
openapi_cmd() {
  ensure_postgres
  ensure_databases
  mvnw_env
  export ALLIANCE_DB_HOST="$DB_HOST" ALLIANCE_DB_PORT="$DB_PORT" ALLIANCE_DB_PASSWORD
  exec ./mvnw -B verify -Dupdate-openapi=true -Dtest=OpenApiDriftTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
}

# Renders and checks the Kubernetes manifests (deploy/k8s/test/verify.mjs: kubectl kustomize, npm schemas).
verify_k8s() {
  command -v kubectl >/dev/null || die "kubectl is needed to render deploy/k8s (kubectl kustomize); install it or test one module with -pl"
  command -v npm >/dev/null || die "npm is needed to check deploy/k8s against the Kubernetes schemas"
  local dir="$ROOT/deploy/k8s/test"
  if [[ ! -d "$dir/node_modules/kubernetes-models" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    info "installing the Kubernetes schema packages into deploy/k8s/test/node_modules"
    (cd "$dir" && npm ci --silent --no-audit --no-fund >/dev/null) || die "npm could not install deploy/k8s/test's packages"
  fi
  info "deploy/k8s: rendering and checking every overlay"
  node "$dir/verify.mjs" || die "the Kubernetes manifests have findings (above)"
}

# ----------------------------------------------------------------------------- the contract checks

# Lints the merged OpenAPI: Spectral (spectral:oas + OWASP API Security Top 10) and Redocly
# (recommended); any error fails, warnings are printed.
lint_contract() {
  [[ -f "$MERGED_SPEC" ]] || die "no ${MERGED_SPEC#"$ROOT"/}: the gateway's MergedOpenApiTest writes it (did Maven skip the tests?)"
  "$CONTRACT_DIR/lint.sh" "$MERGED_SPEC" || die "the merged OpenAPI has lint errors (above; counts at the end)"
}

# The TypeScript SDK against the merged spec: its committed src/schema.d.ts must be what the spec
# generates (openapi-typescript --check), and it must compile with tsc --strict (into dist/, which
# the contract run's e2e then uses). npm ci first when node_modules is missing or older than the lock.
sdk_check() {
  [[ -f "$MERGED_SPEC" ]] || die "no ${MERGED_SPEC#"$ROOT"/} to generate the SDK's types from"
  command -v npm >/dev/null || die "npm is needed to build the TypeScript SDK (clients/typescript)"
  if [[ ! -f "$SDK_DIR/node_modules/.package-lock.json" || "$SDK_DIR/package-lock.json" -nt "$SDK_DIR/node_modules/.package-lock.json" ]]; then
    info "installing the TypeScript SDK's packages (npm ci in clients/typescript)"
    (cd "$SDK_DIR" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in clients/typescript"
  fi
  local fresh=true
  (cd "$SDK_DIR" && ALLIANCE_SPEC="$MERGED_SPEC" npm run --silent generate -- --check) || fresh=false
  # built either way: its result is worth knowing, and the e2e runs from dist/
  (cd "$SDK_DIR" && npm run --silent build) || die "the TypeScript SDK does not compile with tsc --strict (above)"
  [[ "$fresh" == true ]] ||
    die "clients/typescript/src/schema.d.ts is not what the merged spec generates: run 'npm run generate' in clients/typescript (after ./alliance test or with ALLIANCE_SPEC=<spec>) and commit it"
  info "TypeScript SDK: src/schema.d.ts matches the merged spec; tsc --strict passed"
}

# The contract run, against the running suite: Prism (tools/contract/proxy.sh) between the clients and
# the gateway checks every request and every answer against the merged spec the gateway serves at
# /openapi, while ./alliance seed (a fresh Idempotency-Key prefix, so that every create runs) and the
# TypeScript SDK's e2e (as a member of 博雅控股集团) and the webhooks check (tools/contract/webhooks.mjs)
# go through it. Prism only reports
# (PRISM_ERRORS=0; PRISM_ERRORS=1 makes it refuse invalid requests with its own 422 and replace
# invalid answers with 500): the traffic passes unchanged, each violation, of a request or of an
# answer, is one line of .alliance/logs/prism.log, and any violation fails the run.
contract_run() {
  local gw port proxy spec log code=0 boya
  gw="http://127.0.0.1:$(app_port gateway)"
  port="${ALLIANCE_CONTRACT_PROXY_PORT:-4010}"
  proxy="http://127.0.0.1:$port"
  spec="$STATE/contract/openapi.yaml"
  log="$LOG_DIR/prism.log"
  mkdir -p "$STATE/contract"
  curl -sSf --max-time 30 -o "$spec" "$gw/openapi" || die "could not read the merged spec from $gw/openapi"
  if [[ -f "$MERGED_SPEC" ]] && ! cmp -s "$spec" "$MERGED_SPEC"; then
    warn "the running gateway serves another spec than this build's ${MERGED_SPEC#"$ROOT"/} (a suite started before the build?); checking against what it serves"
  fi
  ! port_open 127.0.0.1 "$port" || die "port $port (for Prism) is taken; set ALLIANCE_CONTRACT_PROXY_PORT"
  PRISM_ERRORS="${PRISM_ERRORS:-0}" "$CONTRACT_DIR/proxy.sh" start "$spec" "$gw" "$port" "$log" >&2 ||
    die "Prism did not start (log: ${log#"$ROOT"/})"

  local key member admin
  key="contract-$(date +%s)-$$"
  info "contract: ./alliance seed through Prism ($proxy), Idempotency-Keys $key-*"
  (export ALLIANCE_GATEWAY_URL="$proxy" ALLIANCE_SEED_KEY="$key" && seed_cmd) || code=1

  # 博雅控股集团 by its credit code (unique), from the gateway itself: plumbing, not part of the check
  boya="$(curl -sS --max-time 10 "$gw/api/v1/organizations?q=91320200MA149MQEP9" | node -e '
    let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
      const o = (JSON.parse(s).items || []).find((i) => i.creditCode === "91320200MA149MQEP9");
      if (o) console.log(o.id);
    });' 2>/dev/null)" || true
  if [[ -n "$boya" ]]; then
    info "contract: the TypeScript SDK's e2e through Prism, as a member of 博雅控股集团 ($boya)"
    member="$(token_cmd --role member --org "$boya")"
    admin="$(token_cmd --role admin)"
    (export ALLIANCE_GATEWAY="$proxy" ALLIANCE_MEMBER_TOKEN="$member" ALLIANCE_ADMIN_TOKEN="$admin" &&
      cd "$SDK_DIR" && npm run --silent e2e) || code=1
    # a partner's webhooks, verified by the Standard Webhooks specification's own library
    info "contract: webhooks through Prism, each delivery checked with the standardwebhooks library"
    local partner
    partner="$(token_cmd --role partner --sub "contract-webhooks-$$")"
    ALLIANCE_GATEWAY="$proxy" ALLIANCE_ADMIN_TOKEN="$admin" ALLIANCE_PARTNER_TOKEN="$partner" \
      node "$CONTRACT_DIR/webhooks.mjs" || code=1
  else
    warn "contract: 博雅控股集团 (credit code 91320200MA149MQEP9) not found after the seed: e2e not run"
    code=1
  fi

  "$CONTRACT_DIR/proxy.sh" stop >/dev/null
  local summary
  if ! summary="$("$CONTRACT_DIR/proxy.sh" summary "$log")"; then
    printf '%s\n' "$summary" >&2
    die "contract: Prism saw violations of the merged spec (above; log: ${log#"$ROOT"/})"
  fi
  ((code == 0)) || die "contract: the seed, the e2e or the webhooks check failed (above); Prism saw no violation"
  info "contract: 0 violations of the merged spec in the seed's, the e2e's and the webhooks check's traffic"
}

# ----------------------------------------------------------------------------- ./alliance test

# step NAME COMMAND...: one check of `./alliance test` after Maven, run in a subshell (a `die` in it
# ends only the step) and timed; a failed step is recorded (STEP_RC, FAILED_STEPS) and the next one
# runs: the test command fails at the end, listing every failed step.
STEPS=()
FAILED_STEPS=()
STEP_RC=0
step() {
  local name="$1" t0 outcome=passed
  shift
  info "── $name"
  t0="$(date +%s)"
  # not `("$@") || …`: bash ignores set -e inside a command whose status is tested
  set +e
  (set -e; "$@")
  STEP_RC=$?
  set -e
  if ((STEP_RC != 0)); then
    outcome=FAILED
    FAILED_STEPS+=("$name")
  fi
  STEPS+=("$(printf '%-44s %-7s %5d s' "$name" "$outcome" $(($(date +%s) - t0)))")
}

skip_step() {
  STEPS+=("$(printf '%-44s %-7s' "$1" skipped)")
  FAILED_STEPS+=("$1 (skipped: $2)")
}

# ./alliance test --mutation: PIT over the pure-Java code (platform/contracts, platform/service-kit's
# web and text helpers, every service's domain/, the bench harness's decision code), judged by the
# plain JUnit tests; each module's pit.targetClasses in its pom.xml says what. Not in the default
# run (a few minutes); reports in <module>/target/pit-reports/, a score per module printed here.
MUTATION_MODULES=(platform/contracts platform/service-kit members-service events-service agreements-service bench)
mutation_cmd() {
  mvnw_env
  local modules
  modules="$(IFS=,; echo "${MUTATION_MODULES[*]}")"
  ./mvnw -B -DskipTests install -pl "$modules" -am >/dev/null || die "building the modules for PIT failed"
  ./mvnw -B test-compile org.pitest:pitest-maven:mutationCoverage -pl "$modules" "$@" || die "PIT failed (above)"
  local m report total killed
  info "mutation score per module (killed or timed out / all mutants; survivors in target/pit-reports/index.html):"
  for m in "${MUTATION_MODULES[@]}"; do
    report="$ROOT/$m/target/pit-reports/mutations.xml"
    [[ -f "$report" ]] || { printf '  %-22s no report\n' "$m"; continue; }
    total="$(grep -o '<mutation ' "$report" | wc -l)"
    killed="$(grep -o "detected='true'" "$report" | wc -l)"
    printf '  %-22s %4d / %-4d %3d%%\n' "$m" "$killed" "$total" $((total == 0 ? 0 : 100 * killed / total))
  done
}

test_cmd() {
  if [[ "${1:-}" == --mutation ]]; then
    shift
    mutation_cmd "$@"
    return
  fi
  ensure_postgres
  ensure_databases
  mvnw_env
  export ALLIANCE_DB_HOST="$DB_HOST" ALLIANCE_DB_PORT="$DB_PORT" ALLIANCE_DB_PASSWORD
  rm -f "$MERGED_SPEC"
  local t0; t0="$(date +%s)"
  # shellcheck disable=SC2046  # package_args prints zero or one option
  ./mvnw -B verify $(package_args) "$@" || exit $?
  # the contract checks, the manifests and the smoke runs go with the whole suite, not when one
  # module is tested (-pl)
  [[ " $* " != *" -pl "* ]] || return 0
  STEPS=("$(printf '%-44s %-7s %5d s' "./mvnw -B verify" passed $(($(date +%s) - t0)))")
  if command -v shellcheck >/dev/null; then
    step "shellcheck (every script)" shellcheck_scripts
  else
    # not a failure: shellcheck comes from the OS's packages (Debian: apt-get install shellcheck), not from this repository
    STEPS+=("$(printf '%-44s %-7s' "shellcheck (every script)" "skipped: shellcheck is not installed")")
  fi
  step "CLI parts (tools/cli bats)" "$ROOT/tools/cli/test/run.sh"
  step "validating proxy self-test (tools/contract)" "$CONTRACT_DIR/test/proxy-test.sh"
  step "lint the merged OpenAPI (Spectral, Redocly)" lint_contract
  step "asyncapi validate (platform/contracts)" "$CONTRACT_DIR/asyncapi.sh"
  step "TypeScript SDK (generated types, tsc)" sdk_check
  step "deploy/k8s manifests" verify_k8s
  # one suite for the contract run and the bench smoke run: the running one, else started here
  # (and stopped again afterwards); the chaos run starts a fresh one of its own
  local started_here=false up=true
  if [[ "$(http_status "http://127.0.0.1:$(app_port gateway)/q/health/ready")" != 200 ]]; then
    started_here=true
    # with traces, into the local collector, so that one request can be followed (trace_check)
    export ALLIANCE_TRACING=on
    step "./alliance up (with tracing)" up_cmd_quiet
    ((STEP_RC == 0)) || up=false
  fi
  if [[ "$up" == true ]] && [[ "$started_here" == true || -n "$(running_pid traces "$TRACES_MARKER" || true)" ]]; then
    step "one trace: gateway, members, Kafka, consumers" trace_check
  else
    skip_step "one trace: gateway, members, Kafka, consumers" "the running suite was not started with ALLIANCE_TRACING=on"
  fi
  if [[ "$up" == true ]]; then
    step "contract run (Prism: seed + e2e + webhooks)" contract_run
    step "up right after a SIGTERM (members)" up_after_sigterm members
    step "bench --smoke (every scenario)" bench_cmd --smoke
  else
    skip_step "contract run (Prism: seed + e2e + webhooks)" "the suite did not start"
    skip_step "up right after a SIGTERM (members)" "the suite did not start"
    skip_step "bench --smoke (every scenario)" "the suite did not start"
  fi
  [[ "$started_here" == false ]] || down_cmd >/dev/null 2>&1 || true
  # the chaos run's own suite, as in a plain `up`: without tracing
  unset ALLIANCE_TRACING
  step "container images (Jib, offline): build, run two" image_check
  step "chaos --smoke (faults, webhooks, hostile, authz, limits)" chaos_cmd --smoke authz privacy hostile limits broker consumer postgres upstream webhooks
  printf '\n./alliance test:\n' >&2
  printf '  %s\n' "${STEPS[@]}" >&2
  ((${#FAILED_STEPS[@]} == 0)) || die "failed: $(printf '%s; ' "${FAILED_STEPS[@]}" | sed 's/; $//')"
}

up_cmd_quiet() { up_cmd >/dev/null; }

# One request followed through the suite (bench's TraceCheck): the gateway's, members-service's and each
# consumer's spans in one trace, that trace on the Kafka record, and its id in the access log lines of the
# gateway and of members-service (JSON logs, mdc traceId).
trace_check() {
  ensure_bench_jar
  bench_java io.alliancehub.bench.tracing.TraceCheck true "$ROOT/bench/target/smoke" "" \
    "$TRACES_FILE" "$LOG_DIR/gateway.log" "$LOG_DIR/members.log"
}

# Every shell script the repository holds (the Maven wrapper, which is generated, aside): those with
# a sh/bash shebang, and by their .sh extension the sourced-only parts without one (tools/cli/lib,
# which say `# shellcheck shell=bash`). Not the bats tests (*.bats: bats's own dialect).
shellcheck_scripts() {
  local scripts=()
  mapfile -t scripts < <(git -C "$ROOT" ls-files | grep -v -e '^mvnw$' -e '\.bats$' | while read -r f; do
    [[ -f "$ROOT/$f" ]] || continue
    if [[ "$f" == *.sh ]] || head -n 1 "$ROOT/$f" | grep -qE '^#!.*(ba)?sh'; then
      printf '%s\n' "$f"
    fi
  done)
  (cd "$ROOT" && shellcheck -x "${scripts[@]}")
  info "shellcheck: ${#scripts[@]} scripts, no findings"
}

# A service killed with SIGTERM (a crash handler, an operator's kill) and `up` at once: `up` must
# wait for the stopping JVM (which may still be writing its AOT cache) and start the service again,
# not report it as running and leave it gone.
up_after_sigterm() {
  local app="$1" jar pid port after
  jar="$(app_jar "$app")"
  port="$(app_port "$app")"
  pid="$(running_pid "$app" "$jar")" || die "$app is not running"
  kill -TERM "$pid"
  up_cmd >/dev/null
  after="$(running_pid "$app" "$jar")" || die "$app is not running after ./alliance up"
  [[ "$after" != "$pid" ]] || die "$app: the stopping instance (pid $pid) was taken for a running one"
  [[ "$(http_status "http://127.0.0.1:$port/q/health/ready")" == 200 ]] || die "$app is not ready after ./alliance up"
  info "$app: stopped by SIGTERM (pid $pid), started again by up (pid $after), ready"
}
