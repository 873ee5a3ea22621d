/**
 * Small text edits the rules' fixes (RawFinding.suggest) share: a replacement that fits its sentence
 * (capital at a sentence start) and a removal that leaves no double space or
 * space before punctuation. Pure.
 */
import type { TextFix } from './types';

/** Whether `index` starts a sentence: start of text or line, or after ". ", "! ", "? ". */
export function startsSentence(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return /(?:^|[.!?…]\s+|\n\s*)$/u.test(before);
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The replacement written in the case of what it replaces: "THX" → "THANK YOU", "Thx" → "Thank you". */
export function inCaseOf(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return capitalise(replacement);
  return replacement;
}

/** Replace [start, end): capitalised when it starts a sentence. */
export function replaceFix(text: string, start: number, end: number, replacement: string, label: string): TextFix {
  const fitted = startsSentence(text, start) ? capitalise(replacement) : replacement;
  return { start, end, replacement: fitted, label, original: text.slice(start, end) };
}

/**
 * Remove [start, end) with the space that separated it: "call 07700 900562 today"
 * → "call today"; "Great day lol." → "Great day."; a removal at the start of a
 * line also takes the space after it.
 */
export function removeFix(text: string, start: number, end: number, label: string): TextFix {
  let from = start;
  let to = end;
  const spaceBefore = from > 0 && /[ \t]/.test(text[from - 1]!);
  const spaceAfter = to < text.length && /[ \t]/.test(text[to]!);
  const atLineStart = from === 0 || text[from - 1] === '\n';
  const atLineEnd = to === text.length || text[to] === '\n';
  const punctuationAfter = to < text.length && /[.,;:!?)]/.test(text[to]!);
  if (spaceBefore && (spaceAfter || atLineEnd || punctuationAfter)) {
    while (from > 0 && /[ \t]/.test(text[from - 1]!)) from--;
  } else if (spaceAfter && atLineStart) {
    while (to < text.length && /[ \t]/.test(text[to]!)) to++;
  }
  return { start: from, end: to, replacement: '', label, original: text.slice(from, to) };
}

/** Take a detail out of the text: the button reads "Remove '07700 900562'". */
export function removeDetailFix(text: string, { start, end }: { start: number; end: number }): TextFix {
  return removeFix(text, start, end, `Remove ${quoted(text.slice(start, end))}`);
}

/** Quote a match for a button, shortened: "Remove '07700 900562'". */
export function quoted(match: string, max = 28): string {
  const flat = match.replace(/\s+/g, ' ').trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}
