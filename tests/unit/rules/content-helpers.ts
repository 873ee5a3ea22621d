/**
 * Helpers for the content-rule tables: an expected error located by the
 * substring it should cover, so each row states its range without hand-counted
 * offsets (the range is still checked exactly: start, end and match).
 */
import type { Draft } from '../../../rules/types';
import type { ExpectedError, InvalidCase } from './rule-tester';

/** Expected error covering the `nth` occurrence (0-based) of `match` in `text`. */
export function at(text: string, match: string, extra: Omit<ExpectedError, 'match' | 'start' | 'end'> = {}, nth = 0): ExpectedError {
  // Whole-word occurrences only when the match starts/ends with a letter or digit ("u" is not inside "proud").
  const esc = match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const left = /^[\p{L}\p{N}]/u.test(match) ? '(?<![\\p{L}\\p{N}])' : '';
  const right = /[\p{L}\p{N}]$/u.test(match) ? '(?![\\p{L}\\p{N}])' : '';
  const occurrences = [...text.matchAll(new RegExp(`${left}${esc}${right}`, 'gu'))].map((m) => m.index ?? 0);
  const start = occurrences[nth] ?? -1;
  if (start < 0) throw new Error(`test table error: "${match}" is not in "${text}"`);
  return { match, start, end: start + match.length, ...extra };
}

/** An invalid case whose errors are the listed substrings of its text, in order. */
export function invalid(text: string, matches: Array<string | [string, Omit<ExpectedError, 'match' | 'start' | 'end'>]>, draft: Omit<Draft, 'text'> = {}): InvalidCase {
  const seen = new Map<string, number>();
  const errors = matches.map((m) => {
    const [match, extra] = typeof m === 'string' ? [m, {}] : m;
    const nth = seen.get(match) ?? 0;
    seen.set(match, nth + 1);
    return at(text, match, extra, nth);
  });
  return { ...draft, text, errors };
}

/** An invalid case on an image's OCR text (draft text empty). */
export function invalidImage(ocr: string, matches: string[], text = 'Look at this!'): InvalidCase {
  const errors = matches.map((m) => ({ ...at(ocr, m), source: 'image' as const, image: 0 }));
  return { text, images: [{ text: ocr }], errors };
}

/** Issue-20 table drafts, pinned to a school-day morning so that outside-hours never joins in. */
export const AT20 = new Date('2026-03-04T10:00:00Z');
export const pin = (text: string) => ({ text, at: AT20 });
export const pinned = <T extends object>(c: T) => ({ ...c, at: AT20 });
