/**
 * Codes in any spelling (issue 20 item 2): "3 0 5 2", "4.7.1.9", "47-19",
 * "four seven one nine", "three oh five two", "double four one six". The
 * secret and personal-data patterns look for digit runs; a teacher who spells
 * a door code out defeats them. `collapseSpelledDigits` rewrites every such
 * run as plain digits ("3052") and keeps a map from each character of the
 * result back to the original text, so a finding still highlights what the
 * teacher typed.
 *
 * What is NOT rewritten (so no rule reads a code into it): a run of fewer
 * than four digits ("3 2 1 go", "Year 4 5 and 6", a 3-2 score), a time
 * ("10.30", "8:45"), a date ("12.03.2026", "4-7-26"), an academic year
 * ("2026-27"), money ("£3.50"), and digit groups of five or more (phone
 * numbers and ids, which their own patterns read with their separators).
 */

/** Units, with the words people read digits out as. "oh" only inside a run ("three oh five two"). */
const UNIT: Record<string, number> = {
  zero: 0, nought: 0, nil: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEEN: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const REPEAT: Record<string, number> = { double: 2, triple: 3, treble: 3 };

const NUMBER_WORDS = [...Object.keys(UNIT), ...Object.keys(TEEN), ...Object.keys(TENS), ...Object.keys(REPEAT)];
/** One item of a run: digits, a number word, or "double"/"triple" before a unit word. */
const ITEM = String.raw`\d+|(?:${NUMBER_WORDS.join('|')})(?![\p{L}])`;
/** Between items: spaces, dots, hyphens, dashes, commas, slashes, colons (at most a few characters). */
const SEP = String.raw`(?:\s*[.\-–—,:/]\s*|\s+)`;
const RUN_RE = new RegExp(String.raw`(?<![\p{L}\p{N}£$€.,])(?:${ITEM})(?:${SEP}(?:${ITEM}))+`, 'giu');
const QUICK_RE = /\d[\s.\-–—,:/]+\d|\b(?:zero|nought|nil|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|double|triple|treble)\b/i;

export interface SpelledDigits {
  /** The text with every spelled digit run written as plain digits. */
  text: string;
  /** Whether anything was rewritten (when not, `text` is the original). */
  changed: boolean;
  /** Original [start, end) for the result's range [start, end). */
  toOriginalRange(start: number, end: number): { start: number; end: number };
  /** Result ranges that were rewritten, as [start, end) of the result. */
  runs: ReadonlyArray<{ start: number; end: number }>;
  /** The text it was made from. */
  original: string;
}

/** Whether a word stands for a number here ("four", "oh", "twenty", "double"). */
export function isNumberWord(word: string): boolean {
  const l = word.toLowerCase();
  return l in UNIT || l in TEEN || l in TENS || l in REPEAT;
}

interface Token {
  start: number;
  end: number;
  /** Digits this token stands for, '' when it is not a number item. */
  digits: string;
  kind: 'digits' | 'word' | 'repeat';
  /** For "double"/"triple". */
  times?: number;
}

/** Split a candidate run into its items with their offsets. */
function items(run: string, base: number): Token[] {
  const out: Token[] = [];
  const re = /\d+|[A-Za-z]+/g;
  for (let m = re.exec(run); m; m = re.exec(run)) {
    const w = m[0];
    const start = base + m.index;
    const end = start + w.length;
    if (/^\d/.test(w)) out.push({ start, end, digits: w, kind: 'digits' });
    else {
      const l = w.toLowerCase();
      if (l in UNIT) out.push({ start, end, digits: String(UNIT[l]), kind: 'word' });
      else if (l in TEEN) out.push({ start, end, digits: String(TEEN[l]), kind: 'word' });
      else if (l in TENS) out.push({ start, end, digits: String(TENS[l]), kind: 'word' });
      else if (l in REPEAT) out.push({ start, end, digits: '', kind: 'repeat', times: REPEAT[l] });
      else out.push({ start, end, digits: '', kind: 'word' });
    }
  }
  return out;
}

/** Whether digit groups joined by `seps` read as a time, a date or an academic year. */
function isTimeDateOrYear(groups: string[], seps: string[]): boolean {
  const n = groups.map(Number);
  if (groups.length === 2) {
    const [a, b] = groups as [string, string];
    // "10.30", "8:45", "08-45"
    if (a.length <= 2 && b.length === 2 && n[0]! <= 23 && n[1]! <= 59 && /[.:]/.test(seps[0] ?? '')) return true;
    // "2026-27", "2026/2027"
    if (a.length === 4 && /^(?:19|20)/.test(a) && (b.length === 2 || (b.length === 4 && /^(?:19|20)/.test(b)))) return true;
  }
  if (groups.length === 3) {
    const [a, b, c] = groups as [string, string, string];
    // "12.03.2026", "4-7-26", "2026-03-12"
    if (a.length <= 2 && b.length <= 2 && (c.length === 2 || c.length === 4) && n[0]! >= 1 && n[0]! <= 31 && n[1]! >= 1 && n[1]! <= 12 && (a.length === 2 || b.length === 2 || c.length === 4)) return true;
    if (a.length === 4 && b.length <= 2 && c.length <= 2 && n[1]! >= 1 && n[1]! <= 12) return true;
  }
  return false;
}

/**
 * Read the longest number sequences out of a run's items. Returns the
 * stretches [first item, last item] that spell at least four digits, with
 * their digits; words that are not numbers break a stretch.
 */
function stretches(tokens: Token[], text: string): Array<{ from: number; to: number; digits: string }> {
  const out: Array<{ from: number; to: number; digits: string }> = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i]!.digits === '' && tokens[i]!.kind !== 'repeat') {
      i++;
      continue;
    }
    // "oh" starts a stretch only before another number, with no comma ("oh seven seven…", not "Oh, three of us…").
    if (
      tokens[i]!.kind === 'word' &&
      text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase() === 'oh' &&
      (!tokens[i + 1] || tokens[i + 1]!.digits === '' || !/^\s+$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)))
    ) {
      i++;
      continue;
    }
    let j = i;
    let digits = '';
    let words = 0;
    const groups: string[] = [];
    const seps: string[] = [];
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (t.kind === 'repeat') {
        const next = tokens[j + 1];
        if (!next || next.kind !== 'word' || next.digits.length !== 1) break;
        digits += next.digits.repeat(t.times ?? 2);
        words += 2;
        j += 2;
        continue;
      }
      if (t.digits === '') break;
      const lower = text.slice(t.start, t.end).toLowerCase();
      if (t.kind === 'word') {
        words++;
        // "forty seven" → 47, "forty-seven" too.
        const next = tokens[j + 1];
        if (lower in TENS && next && next.kind === 'word' && next.digits.length === 1 && next.digits !== '0') {
          digits += String(Number(t.digits) + Number(next.digits));
          words++;
          j += 2;
          continue;
        }
      } else {
        if (j > i) seps.push(text.slice(tokens[j - 1]!.end, t.start));
        groups.push(t.digits);
      }
      digits += t.digits;
      j++;
    }
    const to = j - 1;
    if (to >= i) {
      const allDigitGroups = words === 0;
      const ok =
        digits.length >= 4 &&
        digits.length <= 12 &&
        // Plain digits with separators: short groups only (long ones are phone numbers and ids), not a time/date/year.
        (!allDigitGroups ||
          (groups.length >= 2 &&
            groups.every((g) => g.length <= 4) &&
            !isTimeDateOrYear(groups, seps) &&
            // Numbers in a list ("12 14 18 pupils"): groups of several digits apart by spaces alone are two at most ("47 19").
            (groups.every((g) => g.length === 1) || groups.length === 2 || seps.every((s) => /[.\-–—]/.test(s)))));
      // Words and digit groups mixed ("4 seven 1 9") are fine; a single word item is not a run.
      if (ok && to > i) out.push({ from: i, to, digits });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Collapse every spelled digit run of `text` to plain digits, keeping an offset map. */
let last: SpelledDigits | undefined;

/** Both secret and personal-data read the same segment on each keystroke: the last answer is kept. */
export function collapseSpelledDigits(text: string): SpelledDigits {
  if (last && last.original === text) return last;
  last = collapse(text);
  return last;
}

function collapse(text: string): SpelledDigits {
  const identity: SpelledDigits = {
    text,
    original: text,
    changed: false,
    toOriginalRange: (start, end) => ({ start, end }),
    runs: [],
  };
  if (!QUICK_RE.test(text)) return identity;
  // Replacements: original [start, end) → digits.
  const repl: Array<{ start: number; end: number; digits: string }> = [];
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m; m = RUN_RE.exec(text)) {
    const base = m.index;
    const tokens = items(m[0], base);
    for (const s of stretches(tokens, text)) {
      const start = tokens[s.from]!.start;
      const end = tokens[s.to]!.end;
      // Money and percentages are not codes.
      if (/^\s*%/.test(text.slice(end, end + 2))) continue;
      repl.push({ start, end, digits: s.digits });
    }
  }
  if (repl.length === 0) return identity;
  // Build the result: every result char maps to an original [start, end).
  const starts: number[] = [];
  const ends: number[] = [];
  const runs: Array<{ start: number; end: number }> = [];
  let out = '';
  let at = 0;
  for (const r of repl) {
    for (let k = at; k < r.start; k++) {
      starts.push(k);
      ends.push(k + 1);
    }
    out += text.slice(at, r.start);
    const runStart = out.length;
    // Spread the digits over the run's items: each digit maps to the whole run (a highlight covers it all).
    for (let k = 0; k < r.digits.length; k++) {
      starts.push(r.start);
      ends.push(r.end);
    }
    out += r.digits;
    runs.push({ start: runStart, end: out.length });
    at = r.end;
  }
  for (let k = at; k < text.length; k++) {
    starts.push(k);
    ends.push(k + 1);
  }
  out += text.slice(at);
  return {
    text: out,
    original: text,
    changed: true,
    runs,
    toOriginalRange(start, end) {
      const s = start < starts.length ? starts[start]! : text.length;
      const e = end - 1 < ends.length && end > 0 ? ends[end - 1]! : text.length;
      return { start: s, end: Math.max(s, e) };
    },
  };
}

/** Words that say a number nearby is a code to something: door, gate, keypad, PIN, alarm, code, password, Wi-Fi. */
export const CODE_CONTEXT_RE =
  /(?<![\p{L}])(?:doors?|gates?|key\s?pads?|key\s?safes?|padlocks?|locks?|PIN|pin\s+(?:code|number)|my\s+pin|the\s+pin|alarms?|codes?|pass\s?codes?|pass\s?words?|passphrase|wi-?\s?fi|wireless|network\s+key|combination|entry|access|login|log-?in)(?![\p{L}])/giu;
