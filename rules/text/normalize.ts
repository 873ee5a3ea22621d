/**
 * Text normalisation for matching, with an offset map back to the original.
 *
 * Rules match against a "skeleton" of the draft so that a teacher (or a
 * copy-paste from elsewhere) cannot slip a name past SafePost with accents
 * ("Chloe" for "Chloé"), fullwidth letters, Cyrillic/Greek look-alikes
 * ("Аmelia" with a Cyrillic А), zero-width characters or soft hyphens.
 * Findings must still point at the ORIGINAL text so the compose box can
 * highlight them, hence the map.
 *
 * Pure TypeScript, no DOM: used by the name indexes and the content rules.
 */

/** Look-alike letters that NFKD does not turn into Latin. Case is kept. */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'А': 'A', 'В': 'B', 'в': 'b', 'е': 'e', 'Е': 'E', 'ё': 'e', 'Ё': 'E',
  'к': 'k', 'К': 'K', 'м': 'm', 'М': 'M', 'н': 'h', 'Н': 'H', 'о': 'o', 'О': 'O',
  'р': 'p', 'Р': 'P', 'с': 'c', 'С': 'C', 'т': 't', 'Т': 'T', 'у': 'y', 'У': 'Y',
  'х': 'x', 'Х': 'X', 'і': 'i', 'І': 'I', 'ї': 'i', 'Ї': 'I', 'ј': 'j', 'Ј': 'J',
  'ѕ': 's', 'Ѕ': 'S', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'Ԝ': 'W', 'ү': 'y', 'Ү': 'Y',
  'һ': 'h', 'Һ': 'H', 'ӏ': 'l', 'Ӏ': 'I', 'ɡ': 'g', 'ԍ': 'G', 'Ԛ': 'Q', 'ո': 'n',
  'ս': 'u', 'Ꮃ': 'W',
  // Greek
  'α': 'a', 'Α': 'A', 'Β': 'B', 'β': 'b', 'ε': 'e', 'Ε': 'E', 'Ζ': 'Z', 'η': 'n',
  'Η': 'H', 'ι': 'i', 'Ι': 'I', 'κ': 'k', 'Κ': 'K', 'Μ': 'M', 'ν': 'v', 'Ν': 'N',
  'ο': 'o', 'Ο': 'O', 'ρ': 'p', 'Ρ': 'P', 'τ': 't', 'Τ': 'T', 'υ': 'u', 'Υ': 'Y',
  'χ': 'x', 'Χ': 'X', 'ϲ': 'c', 'Ϲ': 'C', 'ς': 's',
  // Latin letters without a decomposition
  'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ħ': 'h',
  'Ħ': 'H', 'ŧ': 't', 'Ŧ': 'T', 'ƒ': 'f', 'ß': 'ss', 'ẞ': 'SS', 'æ': 'ae', 'Æ': 'AE',
  'œ': 'oe', 'Œ': 'OE', 'ð': 'd', 'Ð': 'D', 'ĸ': 'k', 'ŀ': 'l', 'Ŀ': 'L',
  // Apostrophes and quote-like marks used as apostrophes
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u02BC': "'", '\u02B9': "'", '\u2032': "'",
  '\u0060': "'", '\u00B4': "'", '\uFF07': "'",
  // Hyphens that join names (en/em dashes are separators and stay as they are)
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\uFE63': '-', '\uFF0D': '-',
  // Spaces
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u3000': ' ',
};

/** Format characters (zero-width space/joiners, word joiner, BOM, soft hyphen, bidi controls). */
const INVISIBLE = /^\p{Cf}$/u;
/** Combining marks left after NFKD: the accents of "é", "ń", "ó". */
const COMBINING = /^\p{M}$/u;

export interface NormalizedText {
  /** The original string. */
  original: string;
  /** Skeleton with case kept: accents stripped, look-alikes mapped, invisibles removed. */
  norm: string;
  /** `norm` lower-cased; same length as `norm`, so the same offsets apply. */
  lower: string;
  /**
   * Original offset where the character at norm index `i` starts.
   * For `i === norm.length` it is `original.length`.
   */
  toOriginal(i: number): number;
  /** Original [start, end) of the norm range [start, end): use for findings. */
  toOriginalRange(start: number, end: number): { start: number; end: number };
}

function mapChar(ch: string, out: string[]): void {
  const direct = CONFUSABLES[ch];
  if (direct !== undefined) {
    out.push(direct);
    return;
  }
  if (INVISIBLE.test(ch)) return;
  const decomposed = ch.normalize('NFKD');
  for (const part of decomposed) {
    if (COMBINING.test(part)) continue;
    if (INVISIBLE.test(part)) continue;
    const again = CONFUSABLES[part];
    out.push(again ?? part);
  }
}

/**
 * Skeleton of one non-ASCII code point, as a string of UTF-16 units ("" for
 * invisibles and lone accents). Remembered per character: NFKD and the
 * Unicode property tests are the slow part, and a text repeats its few
 * accented letters and dashes.
 */
const skeletonCache = new Map<string, string>();
function skeletonOf(ch: string): string {
  let units = skeletonCache.get(ch);
  if (units === undefined) {
    const buf: string[] = [];
    mapChar(ch, buf);
    units = buf.join('');
    if (skeletonCache.size >= 4096) skeletonCache.clear();
    skeletonCache.set(ch, units);
  }
  return units;
}

/** Lower-case one skeleton character without changing its length. */
function lowerChar(ch: string): string {
  const l = ch.toLowerCase();
  if (l.length === ch.length) return l;
  // "İ".toLowerCase() is "i̇" (i + combining dot): keep the base letter.
  const stripped = [...l.normalize('NFKD')].filter((c) => !COMBINING.test(c)).join('');
  return stripped.length === ch.length ? stripped : ch;
}

/**
 * Normalise `text` for matching and keep a map from every normalised offset
 * back to the original. Matching code searches `lower` (or `norm` when case
 * matters) and reports `toOriginalRange(start, end)`.
 */
/** Printable ASCII without the backtick: normalising changes nothing but case. */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e\t\n\r]*$/;

export function normalizeWithMap(text: string): NormalizedText {
  if (PLAIN_ASCII.test(text)) {
    // Fast path (most drafts and roster names): offsets map one to one.
    const clamp = (i: number) => (i < 0 ? 0 : i > text.length ? text.length : i);
    return {
      original: text,
      norm: text,
      lower: text.toLowerCase(),
      toOriginal: clamp,
      toOriginalRange: (start, end) => ({ start: clamp(start), end: clamp(Math.max(start, end)) }),
    };
  }
  // starts[i]: original offset of the code point that produced norm char i.
  // ends[i]:   original offset just after that code point.
  // Typed arrays, grown by doubling: a keystroke's text makes no garbage per character.
  let starts = new Int32Array(text.length + 8);
  let ends = new Int32Array(text.length + 8);
  let count = 0;
  const room = (more: number) => {
    if (count + more <= starts.length) return;
    const size = Math.max(2 * starts.length, count + more);
    const s2 = new Int32Array(size);
    s2.set(starts);
    starts = s2;
    const e2 = new Int32Array(size);
    e2.set(ends);
    ends = e2;
  };
  let norm = '';
  let lower = '';
  let offset = 0;
  while (offset < text.length) {
    const code = text.charCodeAt(offset);
    if (code < 0x7f && code !== 0x60) {
      // A run of plain ASCII: kept as it is, one to one.
      let runEnd = offset + 1;
      while (runEnd < text.length) {
        const c = text.charCodeAt(runEnd);
        if (c >= 0x7f || c === 0x60) break;
        runEnd++;
      }
      const run = text.slice(offset, runEnd);
      norm += run;
      lower += run.toLowerCase();
      room(runEnd - offset);
      for (let k = offset; k < runEnd; k++) {
        starts[count] = k;
        ends[count++] = k + 1;
      }
      offset = runEnd;
      continue;
    }
    // One code point (a surrogate pair, or a lone surrogate on its own).
    const pair = code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length && (text.charCodeAt(offset + 1) & 0xfc00) === 0xdc00;
    const next = offset + (pair ? 2 : 1);
    const ch = text.slice(offset, next);
    const units = skeletonOf(ch);
    // A lone combining accent belongs to the letter before it: widen that letter's range.
    if (units.length === 0 && count > 0 && COMBINING.test(ch)) ends[count - 1] = next;
    room(units.length);
    // A skeleton may be several UTF-16 units (e.g. "ss", astral letters): each unit maps to this code point.
    for (let k = 0; k < units.length; k++) {
      const unit = units[k] as string;
      norm += unit;
      lower += lowerChar(unit);
      starts[count] = offset;
      ends[count++] = next;
    }
    offset = next;
  }
  const toOriginal = (i: number): number =>
    i >= 0 && i < count ? (starts[i] as number) : i < 0 ? 0 : text.length;
  return {
    original: text,
    norm,
    lower,
    toOriginal,
    toOriginalRange(start, end) {
      if (end <= start) {
        const o = toOriginal(start);
        return { start: o, end: o };
      }
      const s = toOriginal(start);
      const e = end - 1 < count ? (ends[end - 1] as number) : text.length;
      return { start: s, end: e };
    },
  };
}

/** Just the lower-cased skeleton of a string (for building indexes and word lists). */
export function foldText(text: string): string {
  return normalizeWithMap(text).lower;
}

/** Case-kept skeleton of a string. */
export function skeleton(text: string): string {
  return normalizeWithMap(text).norm;
}
