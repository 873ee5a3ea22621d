#!/usr/bin/env bash
# Detection quality: runs the admin CLI over both labelled corpora in
# ../shared/eval and prints score.mjs's summary and SCORE line for each.
#
#   npm run eval              text-only drafts (no "images"): fast, no OCR
#   npm run eval -- --all     every draft, images read by OCR
#   npm run eval -- --details also list every mismatch (score.mjs --details)
#   npm run eval -- --devset  also the generated development set
#                             (scripts/devset/generate.ts): its tune half and
#                             its held-out half (whole template families the
#                             rules were not tuned on), all four schools
#                             pooled, and the gap between them (held − tune)
#
# These figures are a report, never a test's floor: a floor equal to today's
# score on a set the rules are tuned on turns the measure into a target.
#
# Each run works in its own temporary directory (other runs may be going at
# the same time) and then copies its outputs to .test-results/eval/
# (out-<corpus>.jsonl, <corpus>.stderr.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."

EVAL_DIR="${SAFEPOST_EVAL_DIR:-../shared/eval}"
KEEP_DIR=".test-results/eval"
all=0
devset=0
details=()
for arg in "$@"; do
  case "$arg" in
    --all) all=1 ;;
    --details) details=(--details) ;;
    --devset) devset=1 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "eval.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
mkdir -p "$KEEP_DIR"
OUT_DIR="$(mktemp -d "${TMPDIR:-/tmp}/safepost-eval.XXXXXX")"
trap 'cp "$OUT_DIR"/* "$KEEP_DIR"/ 2>/dev/null; rm -rf "$OUT_DIR"' EXIT

status=0
for corpus in first-names no-names; do
  dir="$EVAL_DIR/$corpus"
  drafts="$dir/drafts.jsonl"
  if [ "$all" -eq 0 ]; then
    # Same directory as the original so relative image paths would still resolve;
    # the scorer is given the same subset so skipped drafts do not count as missing.
    subset="$OUT_DIR/$corpus.text-only.jsonl"
    grep -v '"images"' "$drafts" > "$subset" || true
    drafts="$subset"
    label="$corpus (text-only drafts: $(grep -c . "$drafts"))"
  else
    label="$corpus (all drafts, images by OCR)"
  fi
  out="$OUT_DIR/out-$corpus.jsonl"
  echo "== $label"
  code=0
  npx tsx scripts/cli/main.ts check --json \
    --settings "$dir/settings.json" --roster "$dir/pupils.csv" --staff "$dir/staff.csv" \
    --drafts "$drafts" > "$out" 2> "$OUT_DIR/$corpus.stderr.txt" || code=$?
  if [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then
    echo "the CLI failed (exit $code):" >&2
    cat "$OUT_DIR/$corpus.stderr.txt" >&2
    status=1
    continue
  fi
  [ "$code" -eq 3 ] && echo "(some images could not be read: see $KEEP_DIR/$corpus.stderr.txt)"
  node "$EVAL_DIR/score.mjs" "$drafts" "$out" "${details[@]}"
  echo
done
if [ "$devset" -eq 1 ]; then
  DEV_DIR="$OUT_DIR/devset"
  npx tsx scripts/devset/generate.ts "$DEV_DIR"
  for half in tune held; do
    : > "$OUT_DIR/devset-$half.jsonl"
    : > "$OUT_DIR/out-devset-$half.jsonl"
    for school in "$DEV_DIR"/*/; do
      cat "$school/$half.jsonl" >> "$OUT_DIR/devset-$half.jsonl"
      npx tsx scripts/cli/main.ts check --json \
        --settings "$school/settings.json" --roster "$school/pupils.csv" --staff "$school/staff.csv" \
        --drafts "$school/$half.jsonl" >> "$OUT_DIR/out-devset-$half.jsonl" 2>> "$OUT_DIR/devset.stderr.txt" || status=1
    done
    echo "== devset $half half ($(grep -c . "$OUT_DIR/devset-$half.jsonl") drafts, 4 schools)"
    node "$EVAL_DIR/score.mjs" "$OUT_DIR/devset-$half.jsonl" "$OUT_DIR/out-devset-$half.jsonl" "${details[@]}" | tee "$OUT_DIR/score-devset-$half.txt"
    echo
  done
  # held − tune for each figure of the two SCORE lines: how much the rules were
  # fitted to the sentence shapes they were tuned on.
  echo "== devset gap (held − tune)"
  grep -h '^SCORE ' "$OUT_DIR/score-devset-tune.txt" "$OUT_DIR/score-devset-held.txt" | awk '
    NR == 1 { for (i = 2; i <= NF; i++) { split($i, kv, "="); tune[kv[1]] = kv[2] } }
    NR == 2 { line = "GAP"; for (i = 2; i <= NF; i++) { split($i, kv, "="); d = kv[2] - tune[kv[1]]
              line = line sprintf(kv[1] == "rule_fp" ? " %s=%+d" : " %s=%+.3f", kv[1], d) } print line }'
fi
exit $status
