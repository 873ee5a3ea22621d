/**
 * Many phrase regexes over one text, each tried only where it can start.
 *
 * A rule with a long vocabulary (sensitive-detail has about 250 terms)
 * would otherwise run every term over the whole draft on every keystroke.
 * ./regex-start reads from each term's source the ASCII characters it can
 * start with and the characters its leading look-behind forbids before it;
 * the index keeps, for each ASCII character, the terms that can start with
 * it, so a place beginning with "d" tries only the "d" terms. A position
 * whose character is not ASCII tries every term.
 *
 * Which places to try is the caller's: a sticky exec costs about a
 * microsecond, so trying even a few terms at every word start costs more
 * than one native scan of a zero-width regex that finds the few places where
 * some term can start (sensitive-detail's ANY_TERM_AT).
 *
 * The matches are exactly those of a global scan of each term on its own
 * (left to right, a match resumes after its end, empty matches dropped).
 */
import { regexStart, type AsciiSet } from './regex-start';

export interface TermMatch {
  /** Index of the regex in the list the index was built from. */
  term: number;
  start: number;
  end: number;
}

interface IndexedTerm {
  index: number;
  sticky: RegExp;
  notAfter: AsciiSet | undefined;
}

export class StartIndex {
  /** Terms by the ASCII code they can start with, in list order. */
  private readonly byFirst: IndexedTerm[][];
  /** Every readable term, in list order: tried where the character is not ASCII. */
  private readonly all: IndexedTerm[];
  /** Terms whose start could not be read: scanned over the whole text. */
  private readonly unread: Array<{ index: number; global: RegExp }>;
  private readonly count: number;

  /** `regexes` are sticky (y), not global. */
  constructor(regexes: readonly RegExp[]) {
    this.byFirst = Array.from({ length: 128 }, () => []);
    this.all = [];
    this.unread = [];
    this.count = regexes.length;
    regexes.forEach((re, index) => {
      if (!re.sticky || re.global) throw new TypeError('StartIndex needs sticky, non-global regexes');
      const start = regexStart(re.source, re.flags);
      if (!start) {
        this.unread.push({ index, global: new RegExp(re.source, re.flags.replace('y', 'g')) });
        return;
      }
      const term = { index, sticky: re, notAfter: start.notAfter };
      this.all.push(term);
      for (let c = 0; c < 128; c++) if (start.first[c]) this.byFirst[c]!.push(term);
    });
  }

  /**
   * Every match of every term in `text`, ordered by term, then by position.
   * `places` (ascending) must hold every position where some term matches.
   */
  scan(text: string, places: readonly number[]): TermMatch[] {
    const out: TermMatch[] = [];
    // Where each term's global scan would resume (a match never overlaps the term's previous one).
    const resume = new Int32Array(this.count);
    for (const at of places) {
      const code = text.charCodeAt(at);
      let terms: IndexedTerm[];
      if (code < 128) {
        terms = this.byFirst[code]!;
        if (terms.length === 0) continue;
      } else {
        terms = this.all;
      }
      const before = at > 0 ? text.charCodeAt(at - 1) : -1;
      for (const term of terms) {
        if (term.notAfter && before >= 0 && before < 128 && term.notAfter[before] === 1) continue;
        if (at < resume[term.index]!) continue;
        term.sticky.lastIndex = at;
        const m = term.sticky.exec(text);
        if (!m || m[0].length === 0) continue;
        resume[term.index] = at + m[0].length;
        out.push({ term: term.index, start: at, end: at + m[0].length });
      }
    }
    for (const { index, global } of this.unread) {
      global.lastIndex = 0;
      for (let m = global.exec(text); m; m = global.exec(text)) {
        if (m[0].length === 0) {
          global.lastIndex++;
          continue;
        }
        out.push({ term: index, start: m.index, end: m.index + m[0].length });
      }
    }
    return out.sort((a, b) => a.term - b.term || a.start - b.start);
  }
}

