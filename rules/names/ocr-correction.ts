/**
 * OCR correction for the name look-up: text read from an image has letters
 * misread ("Olivcr", "0liver", "Smith-J0nes"). A capitalised word of 4+
 * letters one edit away from a roster word is read as that word. A shorter
 * one only when the difference is a pair of shapes OCR is known to confuse
 * ("Iuy" for "Ivy": u and v in script fonts; "Ernma" for "Emma": rn and m):
 * one arbitrary edit in three letters would turn noise into names.
 */
import { deletions1, withinEditDistance } from '../text/fuzzy';
import type { Token, TokenizedText } from '../text/tokenize';
import { CALENDAR } from './word-names';

/** OCR misreads of letters as digits inside a word: "0liver", "5ophie". */
export function ocrClean(word: string): string {
  return /\p{L}/u.test(word) ? word.replace(/0/g, 'o').replace(/1/g, 'l').replace(/5/g, 's').replace(/8/g, 'b') : word;
}

/**
 * Letter shapes OCR reads one for the other (lower-case, as tokens are
 * compared): u/v (open or looped in handwriting and script fonts), i/l (a
 * serif-less capital I is an l), and the joined pairs rn/m, vv/w, cl/d.
 */
const CONFUSED_SHAPES: readonly (readonly [string, string])[] = [
  ['u', 'v'],
  ['i', 'l'],
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
];

/** Every spelling one confused shape away from `word` (each occurrence, either direction). */
export function confusedShapeVariants(word: string): string[] {
  const out = new Set<string>();
  for (const [a, b] of CONFUSED_SHAPES) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      for (let i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1)) out.add(word.slice(0, i) + to + word.slice(i + from.length));
    }
  }
  out.delete(word);
  return [...out];
}

export interface OcrCorrector {
  /** The roster word one confused shape (any length) or one edit (4+ letters) away from `word` (the longest if several), if any. */
  nearest(word: string): string | undefined;
  /**
   * A copy of the tokenisation with misread roster words corrected, and which
   * token indexes were corrected. The input (cached, shared) is not modified.
   */
  correct(typed: TokenizedText): { tt: TokenizedText; corrected: Uint8Array };
}

/** `words`: every roster name part and group/school word (lower-case, folded). */
export function compileOcrCorrector(words: ReadonlySet<string>): OcrCorrector {
  // Symmetric-delete index, built on first use (only image text needs it).
  let deleteIndex: Map<string, string[]> | undefined;
  function nearest(word: string): string | undefined {
    // Joined shapes change the length ("Ernma"), so they are tried before the one-edit look-up.
    const shaped = confusedShapeVariants(word).filter((v) => words.has(v));
    if (shaped.length > 0) return shaped.reduce((a, b) => (b.length > a.length ? b : a));
    if (word.length < 4) return undefined;
    if (!deleteIndex) {
      deleteIndex = new Map();
      for (const key of words) {
        if (key.length < 4) continue;
        for (const d of deletions1(key)) {
          const list = deleteIndex.get(d);
          if (list) list.push(key);
          else deleteIndex.set(d, [key]);
        }
      }
    }
    const candidates = new Set<string>(deleteIndex.get(word) ?? []);
    for (const d of deletions1(word)) {
      if (words.has(d) && d.length >= 4) candidates.add(d);
      for (const k of deleteIndex.get(d) ?? []) candidates.add(k);
    }
    let best: string | undefined;
    for (const c of candidates) {
      if (withinEditDistance(word, c, 1) && (!best || c.length > best.length)) best = c;
    }
    return best;
  }

  function correct(typed: TokenizedText): { tt: TokenizedText; corrected: Uint8Array } {
    const corrected = new Uint8Array(typed.tokens.length);
    const tokens = typed.tokens.map((t: Token) => {
      if (t.lower.length < 3 || words.has(t.lower)) return t;
      const cleaned = ocrClean(t.lower);
      // A month or day read as itself is a date, not a misread name: "9 June" on a poster is not Juno.
      if (CALENDAR.has(cleaned)) return t;
      const key = words.has(cleaned) ? cleaned : nearest(cleaned);
      if (!key) return t;
      // A short word is corrected only as a capitalised word (a name's shape), never from lower-case noise.
      if (t.lower.length < 4 && !t.capitalized) return t;
      // A lower-case word is only read as a name when OCR lost the capital
      // with the first letter at the start of a line ("liver" for "Oliver");
      // other lower-case OCR fragments ("aala.") are too often noise.
      const capital = t.capitalized || /^[0-9]/.test(t.text);
      const lineStart = t.index === 0 || /\n/.test(t.before);
      const lostFirst = key.slice(1) === cleaned && lineStart;
      if (!capital && !lostFirst) return t;
      corrected[t.index] = 1;
      return { ...t, lower: key };
    });
    return { tt: { normalized: typed.normalized, tokens }, corrected };
  }

  return { nearest, correct };
}
