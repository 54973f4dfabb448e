#!/usr/bin/env bats
# ci.sh: the steps of ./alliance test (a failed step is recorded and the next one runs) and which
# files shellcheck_scripts hands to shellcheck.

load helpers

setup() {
  setup_state
  source_parts common jdk supervise postgres kafka tokens infra tracing apps harness ci
}

@test "step: a passing step is recorded as passed" {
  step "first" true 2>/dev/null
  assert_equal "$STEP_RC" 0
  assert_equal "${#FAILED_STEPS[@]}" 0
  [[ "${STEPS[0]}" =~ ^first\ +passed\ +[0-9]+\ s$ ]] || fail "recorded: ${STEPS[0]}"
}

@test "step: a die inside a step ends only that step; it is recorded as failed and the next step runs" {
  failing() { die "this step fails"; echo "not reached" >"$BATS_TEST_TMPDIR/reached"; }
  step "broken" failing 2>/dev/null
  assert_equal "$STEP_RC" 1
  assert [ ! -e "$BATS_TEST_TMPDIR/reached" ]
  step "after" true 2>/dev/null
  assert_equal "${FAILED_STEPS[*]}" "broken"
  [[ "${STEPS[0]}" =~ ^broken\ +FAILED ]] || fail "recorded: ${STEPS[0]}"
  [[ "${STEPS[1]}" =~ ^after\ +passed ]] || fail "recorded: ${STEPS[1]}"
}

@test "step: set -e holds inside a step (a failing command stops it)" {
  two() { false; echo "not reached" >"$BATS_TEST_TMPDIR/reached"; }
  step "errexit" two 2>/dev/null
  assert_equal "$STEP_RC" 1
  assert [ ! -e "$BATS_TEST_TMPDIR/reached" ]
}

@test "skip_step: recorded as skipped and counted as failed, with the reason" {
  skip_step "contract run" "the suite did not start"
  [[ "${STEPS[0]}" =~ ^contract\ run\ +skipped ]] || fail "recorded: ${STEPS[0]}"
  assert_equal "${FAILED_STEPS[0]}" "contract run (skipped: the suite did not start)"
}

@test "shellcheck_scripts: tracked scripts with a sh/bash shebang and *.sh parts; not mvnw, *.bats or other files" {
  mkdir -p "$ROOT/tools/cli/lib" "$ROOT/tools/cli/test" "$ROOT/docs"
  cd "$ROOT"
  printf '#!/bin/sh\n' >mvnw
  printf '#!/usr/bin/env bash\n' >alliance
  printf '# shellcheck shell=bash\n' >tools/cli/lib/part.sh
  printf '#!/usr/bin/env bats\n' >tools/cli/test/part.bats
  printf '#!/usr/bin/env bash\n' >tools/cli/test/run.sh
  printf 'text\n' >docs/notes.md
  git init -q . && git add -A
  printf '#!/usr/bin/env bash\n' >untracked.sh
  stub shellcheck
  run shellcheck_scripts
  assert_success
  assert_output "==> shellcheck: 3 scripts, no findings"
  run cat "$BATS_TEST_TMPDIR/shellcheck.args"
  assert_output "$(printf '%s\n' -x alliance tools/cli/lib/part.sh tools/cli/test/run.sh --)"
}
