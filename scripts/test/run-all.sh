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

echo "== browsers under test"
chromium --version 2>/dev/null | head -1 || echo "no /usr/bin/chromium"
firefox-esr --version 2>/dev/null || echo "no /usr/bin/firefox-esr"
IFS=: read -r -a extra_firefox <<< "${SAFEPOST_EXTRA_FIREFOX:-}"
for ff in "${extra_firefox[@]}"; do [ -n "$ff" ] && echo "$("$ff" --version 2>/dev/null) ($ff)"; done

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

reports=(.test-results/unit.json .test-results/e2e.json)
n=0
for ff in "${extra_firefox[@]}"; do
  [ -n "$ff" ] || continue
  n=$((n + 1))
  echo "== Firefox end-to-end tests again in $("$ff" --version 2>/dev/null)"
  FIREFOX_PATH="$ff" npx vitest run --project e2e tests/e2e/firefox.e2e.test.ts --reporter=default --reporter=json --outputFile=".test-results/e2e-firefox-$n.json" || status=1
  reports+=(".test-results/e2e-firefox-$n.json")
done

node scripts/test/count-results.mjs "${reports[@]}" || status=1
exit $status
