/** Combining the texts of several OCR readings of one image. Pure. */

/**
 * Joins the readings with a blank line (rules never match across it), leaving
 * out a reading whose text adds nothing a previous one did not already have.
 */
export function joinPassTexts(texts: readonly string[]): string {
  const kept: string[] = [];
  for (const raw of texts) {
    const text = raw.trim();
    if (!text) continue;
    if (kept.some((k) => k.replace(/\s+/g, ' ') === text.replace(/\s+/g, ' '))) continue;
    kept.push(text);
  }
  return kept.join('\n\n');
}
