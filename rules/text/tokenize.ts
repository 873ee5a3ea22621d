/**
 * Word tokens of a normalised text, with offsets into both the normalised and
 * the original string. A token is a run of letters and digits; apostrophes and
 * hyphens split tokens ("O'Neill" → "O", "Neill"; "Clarke's" → "Clarke", "s")
 * and are kept in `before` so matchers can decide how tokens join.
 */
import type { NormalizedText } from './normalize';
import { normalized as normalizedCached } from './patterns';

export interface Token {
  /** Position in the token list. */
  index: number;
  /** Normalised text, case kept ("Chloe" for "Chloé"). */
  text: string;
  /** Normalised, lower-cased. */
  lower: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** Offsets into the ORIGINAL text (what findings report). */
  origStart: number;
  origEnd: number;
  /** Normalised text between the previous token (or the start) and this one. */
  before: string;
  /** First letter is upper case. */
  capitalized: boolean;
  /** Every letter is upper case and there are at least two. */
  allCaps: boolean;
  /** First token of the text, of a line, or after . ! ? — capitalisation says nothing there. */
  sentenceStart: boolean;
}

export interface TokenizedText {
  normalized: NormalizedText;
  tokens: Token[];
}

const SENTENCE_END = /[.!?\n\r\u2022]/;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** UTF-16 width of the code point at `i`: 2 for a surrogate pair, else 1. */
export function codePointWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Classifies non-ASCII code points with a Unicode regex once each and remembers the answer. */
function codePointClass(re: RegExp): (s: string, i: number, width: number) => boolean {
  const known = new Map<number, boolean>();
  return (s, i, width) => {
    const cp = s.codePointAt(i) as number;
    let yes = known.get(cp);
    if (yes === undefined) {
      yes = re.test(s.slice(i, i + width));
      if (known.size >= 4096) known.clear();
      known.set(cp, yes);
    }
    return yes;
  };
}
const isWordCodePoint = codePointClass(/^[\p{L}\p{N}]$/u);
const isLetterCodePoint = codePointClass(/^\p{L}$/u);

/** Width of the letter or digit (\p{L} or \p{N}) at `i`: 1 or 2 UTF-16 units, or 0 when there is none. */
function wordCharWidth(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const width = codePointWidth(s, i);
  return isWordCodePoint(s, i, width) ? width : 0;
}

/** Width of the letter (\p{L}) at `i`: 1 or 2 UTF-16 units, or 0 when there is none. */
export function letterWidth(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const width = codePointWidth(s, i);
  return isLetterCodePoint(s, i, width) ? width : 0;
}

/** Every letter (digits ignored) is upper case, and there are at least two letters. */
function isAllCaps(token: string): boolean {
  let letters = 0; // UTF-16 units, as `.length` counts them
  for (const ch of token) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      if (c >= 48 && c <= 57) continue;
      if (c < 65 || c > 90) return false;
    } else {
      if (DIGIT.test(ch)) continue;
      if (!isUpper(ch)) return false;
    }
    letters += ch.length;
  }
  return letters >= 2;
}
const DIGIT = /^\p{N}$/u;

/** Tokenise an already normalised text. */
export function tokenizeNormalized(normalized: NormalizedText): Token[] {
  const { norm, lower } = normalized;
  const tokens: Token[] = [];
  let prevEnd = 0;
  // Runs of letters and digits, exactly as /[\p{L}\p{N}]+/gu would match them, read
  // char code by char code (no match array per token).
  let at = 0;
  while (at < norm.length) {
    const width = wordCharWidth(norm, at);
    if (width === 0) {
      at += codePointWidth(norm, at);
      continue;
    }
    const start = at;
    at += width;
    for (let w = wordCharWidth(norm, at); w > 0; w = wordCharWidth(norm, at)) at += w;
    const end = at;
    const text = norm.slice(start, end);
    const before = norm.slice(prevEnd, start);
    const orig = normalized.toOriginalRange(start, end);
    tokens.push({
      index: tokens.length,
      text,
      lower: lower.slice(start, end),
      start,
      end,
      origStart: orig.start,
      origEnd: orig.end,
      before,
      capitalized: isUpper(text[0] as string),
      allCaps: isAllCaps(text),
      sentenceStart: tokens.length === 0 || SENTENCE_END.test(before),
    });
    prevEnd = end;
  }
  return tokens;
}

/**
 * Normalise and tokenise in one go. Cached per string: on every keystroke the
 * roster index, the staff index, group look-up and several rules tokenise the
 * same segment, so it is done once. Callers must treat the result as
 * read-only (copy `tokens` before changing it).
 */
const tokenCache = new Map<string, TokenizedText>();
export function tokenize(text: string): TokenizedText {
  let hit = tokenCache.get(text);
  if (!hit) {
    if (tokenCache.size >= 16) tokenCache.clear();
    const normalized = normalizedCached(text);
    hit = { normalized, tokens: tokenizeNormalized(normalized) };
    tokenCache.set(text, hit);
  }
  return hit;
}

/**
 * Whether only spaces or tabs separate `token` from the token before it: the
 * two words run on in one phrase, with no punctuation or line break between
 * them ("Amelia Clarke", "Year 4"; not "Amelia, Clarke" or "Amelia\nClarke").
 */
export function isSpaceGap(token: Token | undefined): boolean {
  return !!token && /^[ \t]+$/.test(token.before);
}

/** Text after the last token (trailing punctuation etc.). */
export function textAfter(tt: TokenizedText, token: Token): string {
  const next = tt.tokens[token.index + 1];
  return tt.normalized.norm.slice(token.end, next ? next.start : undefined);
}
