#!/usr/bin/env bash
# CI for iis-deploy, run by .ci/run and by .github/workflows/ci.yml (one script, so they cannot drift). Runs on a
# clean clone with only Node and npm present (Wine is installed by test-support/wine/setup.sh, with sudo when not
# root). Installs what it needs, checks format, lint and types, lints the workflows, rebuilds dist/ and fails when it
# differs from what is committed, packages the Azure DevOps extension, runs every test level (`npm test`, the
# README's test command). Ends with a plain `N passed, N failed` line.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
check() {
  local name=$1
  shift
  echo "::group::$name"
  if "$@"; then
    echo "ok: $name"
    passed=$((passed + 1))
  else
    echo "FAILED: $name"
    failed=$((failed + 1))
  fi
  echo "::endgroup::"
}

npm ci --no-audit --no-fund || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }

check "format" npm run --silent format:check
check "lint" npm run --silent lint
check "typecheck" npm run --silent typecheck

# GitHub workflows and local composite actions, with @action-validator/cli (a JSON-schema validator from npm).
# action.yml itself is validated by __tests__/shipping/workflows.test.ts: the validator does not know node24 yet.
lint_workflows() {
  local file status=0
  for file in .github/workflows/*.yml .github/actions/*/action.yml; do
    node_modules/.bin/action-validator "$file" || { echo "invalid: $file"; status=1; }
  done
  return $status
}
check "workflows (action-validator)" lint_workflows

# Rebuild dist/ first: the level-3 tests run the built bundles exactly as a runner does.
check "build" npm run --silent build
check "dist is up to date" git diff --exit-code --stat -- dist tasks/IisDeployV1/dist tasks/IisDeployV1/task.json README.md
# The Azure DevOps extension; __tests__/ado/vsix.test.ts then checks what it holds.
check "Azure DevOps extension (package:ado)" npm run --silent package:ado
# Where dotnet exists: the committed samples/publish is what the SDK publishes from samples/SampleApp...
check "samples/publish matches the SDK" npm run --silent sample:check
# ...and the SDK still publishes the web.config goldens our transform is tested against (sdk-oracle.test.ts).
check "SDK oracle goldens still hold" npm run --silent oracle:sdk -- --check

# Level 4 runs the bundles under the real Windows node.exe with Wine (installed from Debian's packages here).
if [ "${IIS_DEPLOY_SKIP_WINE:-}" != "1" ]; then
  check "Wine harness (level 4)" bash test-support/wine/setup.sh
fi

mkdir -p .tmp
report=.tmp/vitest-report.json
npm test -- --reporter=default --reporter=json --outputFile.json="$report"
test_status=$?
test_passed=0
test_failed=0
if [ -f "$report" ]; then
  read -r test_passed test_failed < <(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTests || 0));
  ' "$report")
fi
if [ "$test_status" -ne 0 ] && [ "$test_failed" -eq 0 ]; then test_failed=1; fi
if [ "$test_passed" -eq 0 ] && [ "$test_failed" -eq 0 ]; then echo "No test ran."; test_failed=1; fi

total_passed=$((passed + test_passed))
total_failed=$((failed + test_failed))
echo "checks: $passed passed, $failed failed; tests: $test_passed passed, $test_failed failed"
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
