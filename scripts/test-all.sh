#!/usr/bin/env bash
# Every test: type-check, unit + DOM tests, then end-to-end tests of the built
# extension in real Chromium. Ends with a plain "N passed, N failed" line.
set -u
cd "$(dirname "$0")/.."
mkdir -p .test-results
rm -f .test-results/*.json
status=0

echo "== type-check"
npx tsc --noEmit -p . || status=1

echo "== unit and DOM tests"
npx vitest run --reporter=default --reporter=json --outputFile=.test-results/unit.json || status=1

echo "== build the extension (Chrome MV3) for the end-to-end tests"
npx wxt build >/dev/null || { echo "build failed"; status=1; }

echo "== end-to-end tests (built extension in /usr/bin/chromium)"
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile=.test-results/e2e.json || status=1

node scripts/count-results.mjs .test-results/unit.json .test-results/e2e.json || status=1
exit $status
