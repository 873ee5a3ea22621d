/**
 * Reading PP-OCR's recogniser output: greedy CTC decoding restricted to the
 * characters SafePost needs, and word spaces put back from the gaps between
 * characters (the Chinese model rarely writes spaces in Latin text). Pure.
 */

/** Class 0 is CTC's blank; class i is dictionary line i-1; the last class is a space. */
export function classLabels(dictionary: readonly string[]): string[] {
  return ['', ...dictionary, ' '];
}

/** Fullwidth ASCII (U+FF01-FF5E) → ASCII: the model often writes "：" for ":" in Latin text. */
export function toHalfwidth(char: string): string {
  const code = char.codePointAt(0)!;
  return code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : char;
}

/**
 * Latin letters (with the accents the dictionary has), digits, ASCII
 * punctuation, £ € and the typographic quotes and dashes. Everything else
 * the model knows (6,600 Chinese characters) is never output: a Latin line
 * cannot turn into Chinese, and a picture that is not text reads as
 * low-confidence Latin, which is then dropped.
 */
export function isWantedChar(label: string): boolean {
  if (label.length !== 1) return false;
  const char = toHalfwidth(label);
  const code = char.codePointAt(0)!;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (/\p{Script=Latin}/u.test(char)) return true;
  return '£€‘’“”–—°'.includes(char);
}

/** Per class: may it be output? Blank (0) always. */
export function wantedMask(labels: readonly string[]): Uint8Array {
  const mask = new Uint8Array(labels.length);
  mask[0] = 1;
  for (let i = 1; i < labels.length; i++) mask[i] = isWantedChar(labels[i]!) ? 1 : 0;
  return mask;
}

export interface DecodedChar {
  char: string;
  /** First and last time step of the character's run. */
  start: number;
  end: number;
  /** Mean probability over its run. */
  confidence: number;
}

/**
 * Greedy CTC: the most likely wanted class at every time step; runs of one
 * class collapse to a single character; blanks separate characters.
 * `probs` is time-major: steps × classes.
 */
export function ctcGreedy(probs: Float32Array, steps: number, classes: number, labels: readonly string[], mask: Uint8Array): DecodedChar[] {
  const out: DecodedChar[] = [];
  // Only the wanted classes are compared at each step (all of them, with the shipped Latin-only recogniser).
  const wanted: number[] = [];
  for (let c = 0; c < classes; c++) if (mask[c]) wanted.push(c);
  let previous = 0;
  for (let t = 0; t < steps; t++) {
    const row = t * classes;
    let best = 0;
    let bestP = -1;
    for (const c of wanted) {
      const p = probs[row + c]!;
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    if (best !== 0) {
      const last = out[out.length - 1];
      if (best === previous && last) {
        last.confidence = (last.confidence * (last.end - last.start + 1) + bestP) / (last.end - last.start + 2);
        last.end = t;
      } else {
        out.push({ char: toHalfwidth(labels[best]!), start: t, end: t, confidence: bestP });
      }
    }
    previous = best;
  }
  return out;
}

/**
 * The characters as text with word spaces restored. The recogniser's time
 * steps are `stepPx` pixels of a line `lineHeightPx` high: where the gap
 * between two characters (start of one minus end of the last, less the
 * line's usual gap) is at least `gapRatio` line heights, a space goes in.
 * Spaces the model wrote itself are kept (never doubled).
 */
export function withSpaces(chars: readonly DecodedChar[], stepPx: number, lineHeightPx: number, gapRatio = 0.25): string {
  const visible = chars.filter((c) => c.char !== ' ');
  if (visible.length === 0) return '';
  const gaps: number[] = [];
  for (let i = 1; i < visible.length; i++) gaps.push(visible[i]!.start - visible[i - 1]!.end);
  const usual = gaps.length ? [...gaps].sort((a, b) => a - b)[Math.floor((gaps.length - 1) / 2)]! : 0;
  let text = '';
  let k = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c.char === ' ') {
      if (text && !text.endsWith(' ')) text += ' ';
      continue;
    }
    if (k > 0 && !text.endsWith(' ')) {
      const gapPx = (gaps[k - 1]! - usual) * stepPx;
      if (gapPx >= gapRatio * lineHeightPx) text += ' ';
    }
    text += c.char;
    k++;
  }
  return text.trim();
}

/** Mean character confidence (0 for no characters). */
export function meanConfidence(chars: readonly DecodedChar[]): number {
  if (chars.length === 0) return 0;
  return chars.reduce((s, c) => s + c.confidence, 0) / chars.length;
}
