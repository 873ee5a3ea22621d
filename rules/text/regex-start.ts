/**
 * Where a regex can start a match, read from its source: the ASCII
 * characters its first consumed character may be, and the ASCII characters
 * its leading negative look-behind forbids just before it.
 *
 * The rules' long phrase lists ("why on earth…", "sick and tired of…") are
 * one big alternation each, scanned over the whole draft on every
 * keystroke. V8 tries the alternation (and its Unicode look-behind) at every
 * character; knowing that every phrase starts with one of a few letters, and
 * never right after a letter, lets the caller try it at the few places a
 * phrase can start (./start-scan).
 *
 * The answer is a SUPERSET of the true start characters: anything this
 * reader does not understand counts as "any character", so using it never
 * loses a match. Non-ASCII characters are not described at all: a caller
 * must always try a position whose character is not ASCII.
 */

/** One flag per ASCII code: 1 where a match may start with that character. */
export type AsciiSet = Uint8Array;

export interface RegexStart {
  /** ASCII characters a match may start with (a superset). */
  first: AsciiSet;
  /**
   * ASCII characters that, just before a position, rule out a match there
   * (a subset of what the leading `(?<![…])` forbids), or undefined.
   */
  notAfter?: AsciiSet;
}

const ALL = (): AsciiSet => new Uint8Array(128).fill(1);
const NONE = (): AsciiSet => new Uint8Array(128);

function range(set: AsciiSet, from: number, to: number): AsciiSet {
  for (let c = from; c <= Math.min(to, 127); c++) set[c] = 1;
  return set;
}
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTERS = (): AsciiSet => range(range(NONE(), 65, 90), 97, 122);
const DIGITS = (): AsciiSet => range(NONE(), 48, 57);
const WORD = (): AsciiSet => {
  const set = range(LETTERS(), 48, 57);
  set[95] = 1;
  return set;
};
const SPACE = (): AsciiSet => {
  const set = range(NONE(), 9, 13);
  set[32] = 1;
  return set;
};

function union(into: AsciiSet, from: AsciiSet): AsciiSet {
  for (let c = 0; c < 128; c++) if (from[c]) into[c] = 1;
  return into;
}

/** With the i flag a letter stands for both cases (and a non-ASCII letter may fold onto an ASCII one: "ſ", "K"). */
function caseClosed(set: AsciiSet, nonAscii: boolean): AsciiSet {
  if (nonAscii) return union(set, LETTERS());
  for (let c = 65; c <= 90; c++) if (set[c] || set[c + 32]) set[c] = set[c + 32] = 1;
  return set;
}

interface Piece {
  first: AsciiSet;
  /** Can match the empty string (or is an assertion). */
  nullable: boolean;
}

class Unsupported extends Error {}

/**
 * Reads `source` (a RegExp's `.source`) for `flags`. Returns undefined for a
 * regex that can match the empty string or that it cannot read (v flag).
 */
export function regexStart(source: string, flags: string): RegexStart | undefined {
  if (flags.includes('v')) return undefined;
  const reader = new Reader(source, flags.includes('i'), flags.includes('u'));
  let top: { piece: Piece; alternatives: number };
  try {
    top = reader.disjunction();
    if (reader.at < source.length) return undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  if (top.piece.nullable) return undefined;
  const notAfter = top.alternatives === 1 && flags.includes('u') ? leadingLookBehind(source) : undefined;
  return notAfter ? { first: top.piece.first, notAfter } : { first: top.piece.first };
}

/**
 * `(?<![\p{L}\p{N}_])`-style openings: a class of \p{L}, \p{N} and plain
 * characters, read exactly (anything else: no answer, which is always safe).
 */
function leadingLookBehind(source: string): AsciiSet | undefined {
  const m = /^\(\?<!\[((?:\\p\{[LN]\}|[^\\\][^-])+)\]\)/.exec(source);
  if (!m) return undefined;
  let body = m[1] as string;
  const set = NONE();
  if (body.includes('\\p{L}')) union(set, LETTERS());
  if (body.includes('\\p{N}')) union(set, DIGITS());
  body = body.replace(/\\p\{[LN]\}/g, '');
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c < 128) set[c] = 1;
  }
  return set;
}

class Reader {
  at = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
    private readonly unicode: boolean,
  ) {}

  disjunction(): { piece: Piece; alternatives: number } {
    const first = NONE();
    let nullable = false;
    let alternatives = 0;
    for (;;) {
      const alt = this.alternative();
      alternatives++;
      union(first, alt.first);
      nullable ||= alt.nullable;
      if (this.src[this.at] !== '|') break;
      this.at++;
    }
    return { piece: { first, nullable }, alternatives };
  }

  private alternative(): Piece {
    const first = NONE();
    let nullable = true;
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const term = this.quantified(this.atom());
      // Only what can come first counts: a term after a non-empty one starts nothing.
      if (nullable) union(first, term.first);
      nullable &&= term.nullable;
    }
    return { first, nullable };
  }

  private quantified(piece: Piece): Piece {
    const s = this.src;
    const ch = s[this.at];
    let min = 1;
    if (ch === '*' || ch === '?') {
      min = 0;
      this.at++;
    } else if (ch === '+') {
      this.at++;
    } else if (ch === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(s.slice(this.at));
      if (!m) return piece; // a literal "{" (no u flag): read as an atom next time round
      min = Number(m[1]);
      this.at += m[0].length;
    } else {
      return piece;
    }
    if (s[this.at] === '?') this.at++; // lazy
    return { first: piece.first, nullable: piece.nullable || min === 0 };
  }

  private atom(): Piece {
    const s = this.src;
    const ch = s[this.at] as string;
    if (ch === '^' || ch === '$') {
      this.at++;
      return { first: NONE(), nullable: true };
    }
    if (ch === '(') return this.group();
    if (ch === '[') return { first: this.characterClass(), nullable: false };
    if (ch === '.') {
      this.at++;
      return { first: ALL(), nullable: false };
    }
    if (ch === '\\') return this.escape();
    if (ch === '{' && this.unicode) throw new Unsupported();
    return { first: this.literal(this.codePointHere()), nullable: false };
  }

  private group(): Piece {
    const s = this.src;
    this.at++; // (
    let assertion = false;
    if (s.startsWith('?:', this.at)) this.at += 2;
    else if (s.startsWith('?=', this.at) || s.startsWith('?!', this.at)) {
      this.at += 2;
      assertion = true;
    } else if (s.startsWith('?<=', this.at) || s.startsWith('?<!', this.at)) {
      this.at += 3;
      assertion = true;
    } else if (s.startsWith('?<', this.at)) {
      const close = s.indexOf('>', this.at);
      if (close < 0) throw new Unsupported();
      this.at = close + 1;
    } else if (s[this.at] === '?') throw new Unsupported(); // modifiers and anything newer
    const inner = this.disjunction().piece;
    if (s[this.at] !== ')') throw new Unsupported();
    this.at++;
    // A look-around consumes nothing; ignoring what it asks keeps the answer a superset.
    return assertion ? { first: NONE(), nullable: true } : inner;
  }

  private escape(): Piece {
    const s = this.src;
    const next = s[this.at + 1];
    if (next === undefined) throw new Unsupported();
    if (next === 'b' || next === 'B') {
      this.at += 2;
      return { first: NONE(), nullable: true };
    }
    // Back-references can match the empty string and anything captured.
    if (/[1-9]/.test(next) || (next === 'k' && s[this.at + 2] === '<')) {
      this.at += 2;
      if (next === 'k') this.at = s.indexOf('>', this.at) + 1;
      else while (/\d/.test(s[this.at] ?? '')) this.at++;
      return { first: ALL(), nullable: true };
    }
    return { first: this.classEscapeOrChar(), nullable: false };
  }

  /** An escape outside or inside a class, at `\`: its set, case-closed. */
  private classEscapeOrChar(inClass = false): AsciiSet {
    const s = this.src;
    const next = s[this.at + 1] as string;
    this.at += 2;
    switch (next) {
      case 'd':
        return DIGITS();
      case 'w':
        return this.ignoreCase && this.unicode ? caseClosed(WORD(), true) : WORD();
      case 's':
        return SPACE();
      case 'D':
      case 'W':
      case 'S':
        return ALL();
      case 'p':
      case 'P': {
        if (!this.unicode) return this.literal(next.charCodeAt(0));
        const close = s.indexOf('}', this.at);
        if (s[this.at] !== '{' || close < 0) throw new Unsupported();
        const name = s.slice(this.at + 1, close);
        this.at = close + 1;
        if (next === 'P') return ALL();
        if (/^(?:L|Letter|Lu|Ll|Lt|Lm|Lo|Uppercase_Letter|Lowercase_Letter|Alphabetic|Alpha)$/.test(name)) return LETTERS();
        if (/^(?:N|Number|Nd|Decimal_Number|digit)$/.test(name)) return DIGITS();
        return ALL();
      }
      case 'b':
        if (inClass) return this.literal(8);
        throw new Unsupported();
      default:
        return this.literal(this.escapedCode(next));
    }
  }

  /** The code of an escaped character whose `\` and letter are already read. */
  private escapedCode(letter: string): number {
    const s = this.src;
    const controls: Record<string, number> = { f: 12, n: 10, r: 13, t: 9, v: 11, '0': 0 };
    if (letter in controls) return controls[letter] as number;
    if (letter === 'x' || letter === 'u') {
      const braced = letter === 'u' && this.unicode && s[this.at] === '{' ? /^\{([0-9a-fA-F]+)\}/.exec(s.slice(this.at)) : null;
      if (braced) {
        this.at += braced[0].length;
        return parseInt(braced[1] as string, 16);
      }
      const width = letter === 'x' ? 2 : 4;
      const hex = s.slice(this.at, this.at + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) throw new Unsupported();
      this.at += width;
      return parseInt(hex, 16);
    }
    if (letter === 'c') throw new Unsupported();
    // An identity escape ("\.", "\-", "\/"); a letter escape V8 would reject with u.
    return this.codePointOf(this.at - 1);
  }

  private codePointOf(index: number): number {
    return this.src.codePointAt(index) as number;
  }

  /** The literal code point at the cursor, read and stepped over. */
  private codePointHere(): number {
    const cp = this.codePointOf(this.at);
    this.at += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private literal(code: number): AsciiSet {
    const set = NONE();
    if (code < 128) set[code] = 1;
    return this.ignoreCase ? caseClosed(set, code >= 128) : set;
  }

  private characterClass(): AsciiSet {
    const s = this.src;
    this.at++; // [
    const negated = s[this.at] === '^';
    if (negated) this.at++;
    const set = NONE();
    let nonAscii = false;
    while (this.at < s.length && s[this.at] !== ']') {
      const lo = this.classAtom();
      if (s[this.at] === '-' && s[this.at + 1] !== ']' && s[this.at + 1] !== undefined && typeof lo === 'number') {
        this.at++;
        const hi = this.classAtom();
        if (typeof hi !== 'number') throw new Unsupported();
        range(set, lo, hi);
        if (hi >= 128) nonAscii = true;
        continue;
      }
      if (typeof lo === 'number') {
        if (lo < 128) set[lo] = 1;
        else nonAscii = true;
      } else union(set, lo);
    }
    if (s[this.at] !== ']') throw new Unsupported();
    this.at++;
    if (negated) return ALL();
    return this.ignoreCase ? caseClosed(set, nonAscii) : set;
  }

  /** One member of a class: a code point, or the set of a class escape. */
  private classAtom(): number | AsciiSet {
    const s = this.src;
    if (s[this.at] !== '\\') return this.codePointHere();
    const next = s[this.at + 1] as string;
    if ('dwsDWSpP'.includes(next) && (this.unicode || !'pP'.includes(next))) return this.classEscapeOrChar(true);
    if (next === 'b') {
      this.at += 2;
      return 8;
    }
    this.at += 2;
    return this.escapedCode(next);
  }
}
