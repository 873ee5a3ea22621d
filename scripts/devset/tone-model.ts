/**
 * A small on-device tone classifier (issue 20 item 5): logistic regression
 * over word and word-pair features, trained on generated, labelled posts
 * (scripts/devset/tone-data.ts, tune half only) by scripts/devset/train-tone.ts.
 * Measured against the lexicon rules on held-out families and NOT shipped
 * (2026-12-07: the lexicon wins; docs/quality.md). A named colleague is
 * read as the token "staffname" (the caller replaces staff mentions), so the
 * model learns what is said about a colleague, not who.
 */
export interface ToneModel {
  /** Features in weight order are not needed: a map keeps the asset small and readable. */
  bias: number;
  weights: Record<string, number>;
  /** Probability at or above which the text is flagged; set on the tune half. */
  threshold: number;
}

/** The words of a text as the model reads them: lower case, digits as 0, "?" and "!" kept. */
export function toneTokens(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\d+/g, '0');
  return ['<s>', ...(lower.match(/[a-z0]+(?:'[a-z]+)?|[?!]/g) ?? [])];
}

/** Unigram and bigram features, each once. */
export function toneFeatures(text: string): string[] {
  const t = toneTokens(text);
  const out = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    if (i > 0) out.add(t[i] as string);
    if (i + 1 < t.length) out.add(`${t[i]} ${t[i + 1]}`);
  }
  return [...out];
}

/** Probability that the text is of the model's class, and the features that pushed it there most. */
export function toneProbability(model: ToneModel, text: string): { p: number; top: string[] } {
  let z = model.bias;
  const contributions: Array<[string, number]> = [];
  for (const f of toneFeatures(text)) {
    const w = model.weights[f];
    if (w === undefined) continue;
    z += w;
    if (w > 0) contributions.push([f, w]);
  }
  contributions.sort((a, b) => b[1] - a[1]);
  return { p: 1 / (1 + Math.exp(-z)), top: contributions.slice(0, 3).map(([f]) => f) };
}
