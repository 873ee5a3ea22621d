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
 * Bounded: only the diagonal band |i − j| ≤ maxEdits of the table is filled,
 * and it stops as soon as a whole row exceeds the bound, so a call costs
 * about (2·maxEdits + 1) × length. It runs per token on every keystroke.
 */
export function withinEditDistance(a: string, b: string, maxEdits: number): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > maxEdits) return false;
  const tooFar = maxEdits + 1; // stands for any distance over the bound
  if (rows[0].length <= lb + 1) rows = [new Int32Array(lb + 2), new Int32Array(lb + 2), new Int32Array(lb + 2)];
  let [twoRowsUp, rowUp, row] = rows;
  for (let j = 0; j <= lb; j++) rowUp[j] = j <= maxEdits ? j : tooFar;
  for (let i = 1; i <= la; i++) {
    const from = Math.max(1, i - maxEdits);
    const to = Math.min(lb, i + maxEdits);
    row[0] = i <= maxEdits ? i : tooFar;
    row[from - 1] = from - 1 === 0 ? row[0] : tooFar;
    let rowMin = row[from - 1] as number;
    for (let j = from; j <= to; j++) {
      const substitution = (rowUp[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let d = Math.min(substitution, (rowUp[j] as number) + 1, (row[j - 1] as number) + 1);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (twoRowsUp[j - 2] as number) + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // The next row reads one cell right of this band: outside it, the distance is over the bound.
    if (to + 1 <= lb) row[to + 1] = tooFar;
    if (rowMin > maxEdits) return false;
    [twoRowsUp, rowUp, row] = [rowUp, row, twoRowsUp];
  }
  return (rowUp[lb] as number) <= maxEdits;
}

/** Every string made by deleting one character (symmetric-delete index keys). */
export function deletions1(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
