/**
 * Shared helpers for matching multi-token names ("Smith-Jones", "O'Neill",
 * "da Silva", "Ella-Rose") against tokenised text.
 */
import { foldText } from '../text/normalize';
import type { Token } from '../text/tokenize';

/** Honorifics that put an adult's name after them ("Mrs Magill", "Dr. Shah"). */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev', 'revd',
  'reverend', 'fr', 'father', 'sister', 'sr', 'mme', 'madame', 'mademoiselle', 'master', 'coach',
  'lord', 'lady', 'canon', 'pastor', 'rabbi', 'imam',
]);

/** Lower-cased skeleton tokens of a name: "Smith-Jones" → ["smith", "jones"]. */
export function nameTokens(name: string): string[] {
  // Fast path for plain ASCII names (most rosters): no normalisation needed.
  if (/^[\x20-\x5f\x61-\x7e]*$/.test(name)) return name.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return foldText(name).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Separators allowed INSIDE one name: spaces, hyphen, apostrophe (no line break, no punctuation). */
const INNER_SEP = /^[ \t'\-]*$/;

export function isInnerSeparator(before: string): boolean {
  return INNER_SEP.test(before);
}

/**
 * Where `parts` matches the tokens starting at `i` (case-insensitively): the
 * index just after the last token, or -1. The parts may be run together or
 * split differently in the text ("ONeill-Smith", "O'Neill Smith",
 * "Ellarose"), as long as only spaces, hyphens or apostrophes separate them.
 */
export function matchParts(tokens: readonly Token[], i: number, parts: readonly string[]): number {
  if (parts.length === 0) return -1;
  const target = parts.length === 1 ? (parts[0] as string) : parts.join('');
  let have = 0;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (k > i && !isInnerSeparator(t.before)) return -1;
    if (!target.startsWith(t.lower, have)) return -1;
    have += t.lower.length;
    if (have === target.length) return k + 1;
  }
  return -1;
}

/** Words between a title and the surname that are a first name or an initial: "Mrs C. Ellwood". */
export function isInitialToken(t: Token | undefined): boolean {
  return !!t && t.text.length === 1 && /\p{Lu}/u.test(t.text);
}

/**
 * Index keys under which a multi-part name is filed: every run-together prefix
 * of its parts ("o", "oneill", "oneillsmith"), so the first text token finds
 * it however the name was split.
 */
export function partKeys(parts: readonly string[]): string[] {
  const keys: string[] = [];
  let acc = '';
  for (const p of parts) {
    acc += p;
    keys.push(acc);
  }
  return keys;
}
