/**
 * Tolerance for misspelt and misread words: OCR reads letters wrong
 * ("Olivcr"), people type them wrong ("Zoomm", "Microsfot").
 */

/** Rows of the edit-distance table, reused between calls (the rules run synchronously, so nothing interleaves). */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * True when `a` becomes `b` in at most `maxEdits` edits: substituting,
 * inserting or deleting a letter, or swapping two neighbours (optimal string
 * alignment distance, a restricted Damerau–Levenshtein). A swap counts as one
 * edit because that is how typing goes wrong.
 *
 * Bounded, because it runs per token on every keystroke: the common start and
 * end are skipped (a shared letter is never worth editing, nor swapping with
 * its twin), only the diagonal band |i − j| ≤ maxEdits of the table is
 * filled, and it stops as soon as a whole row exceeds the bound.
 */
export function withinEditDistance(a: string, b: string, maxEdits: number): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > maxEdits) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const la = endA - start;
  const lb = endB - start;
  if (la === 0 || lb === 0) return Math.max(la, lb) <= maxEdits;
  // What is left starts and ends with a difference, so one edit must be all of it: one letter for
  // another, or a swapped pair. The common bound decided without the table.
  if (maxEdits === 1) return (la === 1 && lb === 1) || (la === 2 && lb === 2 && a[start] === b[start + 1] && a[start + 1] === b[start]);
  const tooFar = maxEdits + 1; // stands for any distance over the bound
  if (rows[0].length <= lb + 1) rows = [new Int32Array(lb + 2), new Int32Array(lb + 2), new Int32Array(lb + 2)];
  let [twoRowsUp, rowUp, row] = rows;
  for (let j = 0; j <= Math.min(lb, tooFar); j++) rowUp[j] = j;
  for (let i = 1; i <= la; i++) {
    const from = Math.max(1, i - maxEdits);
    const to = Math.min(lb, i + maxEdits);
    const ai = a.charCodeAt(start + i - 1);
    const aBefore = i > 1 ? a.charCodeAt(start + i - 2) : -1;
    row[0] = Math.min(i, tooFar);
    row[from - 1] = from === 1 ? row[0] : tooFar;
    let rowMin = row[from - 1] as number;
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(start + j - 1);
      let d = Math.min((rowUp[j - 1] as number) + (ai === bj ? 0 : 1), (rowUp[j] as number) + 1, (row[j - 1] as number) + 1);
      if (j > 1 && ai === b.charCodeAt(start + j - 2) && aBefore === bj) d = Math.min(d, (twoRowsUp[j - 2] as number) + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // The next row reads one cell right of this band: outside it, the distance is over the bound.
    if (to < lb) row[to + 1] = tooFar;
    if (rowMin > maxEdits) return false;
    const done = twoRowsUp;
    twoRowsUp = rowUp;
    rowUp = row;
    row = done;
  }
  return (rowUp[lb] as number) <= maxEdits;
}

/** Every string made by deleting one character (symmetric-delete index keys). */
export function deletions1(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
