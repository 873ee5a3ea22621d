/**
 * Small regex helpers shared by the content rules (text-speak, offensive
 * language, tone, personal data, secrets, sensitive detail, copyright).
 *
 * Rules match on the normalised skeleton of the text (curly apostrophes,
 * look-alike letters and invisible characters folded away by ./normalize)
 * and report ranges in the ORIGINAL text through the offset map, so a
 * finding always highlights what the teacher actually typed.
 */
import { normalizeWithMap, type NormalizedText } from './normalize';

export interface TextRange {
  start: number;
  end: number;
  /** Original text of the range: `text.slice(start, end)`. */
  match: string;
}

/** Letters and digits in any script: what counts as "inside a word". */
export const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
/** Not preceded by a word character (a left word boundary that understands Unicode). */
export const WB_START = String.raw`(?<![\p{L}\p{N}_])`;
/** Not followed by a word character. */
export const WB_END = String.raw`(?![\p{L}\p{N}_])`;

/** Build a case-insensitive, Unicode-aware, global regex from alternatives wrapped in word boundaries. */
export function wordsRegex(alternatives: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(`${WB_START}(?:${alternatives.join('|')})${WB_END}`, flags);
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The normalised text of a segment, cached per string: several rules read the same segment. */
const normCache = new Map<string, NormalizedText>();
export function normalized(text: string): NormalizedText {
  let hit = normCache.get(text);
  if (!hit) {
    if (normCache.size > 64) normCache.clear();
    hit = normalizeWithMap(text);
    normCache.set(text, hit);
  }
  return hit;
}

/**
 * `[...text.matchAll(re)]` without its cost: matchAll clones the regex on
 * every call, and V8 looks a clone up by hashing the whole pattern source —
 * for the rules' long alternations that was a large share of a keystroke.
 * Same matches: exec from 0, and an empty match steps one character (one
 * code point with the u/v flag) as matchAll does. `re` must be global.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('execAll needs a global regex');
  const unicode = re.unicode || (re as RegExp & { unicodeSets?: boolean }).unicodeSets === true;
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) {
      const at = re.lastIndex;
      const code = text.charCodeAt(at);
      const pair = unicode && code >= 0xd800 && code <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
      re.lastIndex = at + (pair ? 2 : 1);
    }
  }
  return out;
}

/**
 * Every match of `re` (must be global) on the normalised text, as ranges of
 * the original text. `group` picks a capture group to report instead of the
 * whole match (needs the `d` flag).
 */
export function findAll(nt: NormalizedText, re: RegExp, group?: number): TextRange[] {
  const out: TextRange[] = [];
  for (const m of execAll(re, nt.norm)) {
    let s = m.index ?? 0;
    let e = s + m[0].length;
    if (group !== undefined) {
      const idx = (m as RegExpMatchArray & { indices?: Array<[number, number] | undefined> }).indices?.[group];
      if (!idx) continue;
      [s, e] = idx;
    }
    if (e <= s) continue;
    out.push(toOriginal(nt, s, e));
  }
  return out;
}

/** Original range (and its text) for a range of the normalised text. */
export function toOriginal(nt: NormalizedText, start: number, end: number): TextRange {
  const r = nt.toOriginalRange(start, end);
  return { start: r.start, end: r.end, match: nt.original.slice(r.start, r.end) };
}

/** Whether two ranges overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Drop ranges that overlap an earlier (kept) one; input order is the priority. */
export function dropOverlapping<T extends { start: number; end: number }>(ranges: readonly T[]): T[] {
  const kept: T[] = [];
  for (const r of ranges) if (!kept.some((k) => overlaps(k, r))) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Spans of web addresses, e-mail addresses and @handles. Word rules skip
 * them: "@lol_club" or "bit.ly/u8r" are not text-speak, a handle is not a
 * swear word.
 */
const NON_PROSE = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w{1,15}|\b[\w-]+\.(?:com|co\.uk|org|org\.uk|net|uk|ly|io|gov\.uk|sch\.uk)(?:\/\S*)?/giu;
export function nonProseSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of execAll(NON_PROSE, text)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/** Whether `range` lies inside a URL, e-mail address or @handle of `text`. */
export function insideNonProse(text: string, range: { start: number; end: number }): boolean {
  return nonProseSpans(text).some((s) => range.start >= s.start && range.end <= s.end);
}

/** [start, end) of the sentence (or line) around `index`. */
export function sentenceAround(text: string, index: number): { start: number; end: number } {
  let start = index;
  while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  let end = index;
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
  if (end < text.length) end++;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  return { start, end };
}

/** ".", "!", "?" or a line feed: a sentence (or an image's line) ends there. */
export function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/** Exactly what /\s/ matches (ECMAScript WhiteSpace and LineTerminator), one UTF-16 unit at a time. */
function isWhiteSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
