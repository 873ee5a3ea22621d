#!/usr/bin/env bash
# Every test: type-check, the Chrome and Firefox builds, unit + DOM tests
# (some read the build output: no CDN URL in it), then end-to-end tests of the
# built extension in real Chromium and Firefox ESR. Ends with a plain
# "N passed, N failed" line.
set -u
cd "$(dirname "$0")/../.."
mkdir -p .test-results /tmp/safepost
rm -f .test-results/*.json
status=0

echo "== type-check"
npx tsc --noEmit -p . || status=1

# Both builds under the build lock, so a concurrent build cannot wipe .output mid-run.
echo "== build the extension (Chrome MV3)"
flock /tmp/safepost/build.lock npx wxt build >/dev/null || { echo "Chrome build failed"; status=1; }

echo "== build the extension (Firefox MV3)"
# Shared by tests/e2e/firefox*.e2e.test.ts (tests/e2e/firefox-build.ts).
if flock /tmp/safepost/build.lock npx wxt build -b firefox >/dev/null; then
  export SAFEPOST_FIREFOX_BUILT=1
else
  echo "Firefox build failed"; status=1
fi

echo "== unit and DOM tests"
npx vitest run --project unit --project dom --project build --reporter=default --reporter=json --outputFile=.test-results/unit.json || status=1

echo "== end-to-end tests (built extension in /usr/bin/chromium and /usr/bin/firefox-esr)"
npx vitest run --project e2e --reporter=default --reporter=json --outputFile=.test-results/e2e.json || status=1

node scripts/test/count-results.mjs .test-results/unit.json .test-results/e2e.json || status=1
exit $status
