import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarWords, frontCode, render } from '../../../../scripts/build/word-set';
import { decodeFrontCoded, isCommonWord, isDictionaryWord, isPlaceName, MONTHS, TIME_WORD_NAMES } from '../../../../rules/names/word-names';

describe('word set (which roster names are also words)', () => {
  it('the committed rules/names/data/common-words.ts is what the generator makes from the pinned packages', () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', '..', 'rules', 'names', 'data', 'common-words.ts'), 'utf8');
    expect(committed).toBe(render());
  }, 60_000);

  it('front coding round-trips', () => {
    const words = ['aa', 'aardvark', 'aardvarks', 'abacus', 'b', 'ba', 'zebra'];
    expect(decodeFrontCoded(frontCode(words))).toEqual(words);
  });

  it('ordinary words, months, days and places are words; ordinary given names are not', () => {
    for (const w of ['hope', 'grace', 'mark', 'holly', 'ivy', 'summer', 'rowan', 'robin', 'amber', 'will']) expect(isDictionaryWord(w), w).toBe(true);
    for (const w of ['may', 'june', 'april', 'august', 'tuesday']) expect(isCommonWord(w), w).toBe(true);
    for (const w of ['paris', 'india', 'jordan', 'georgia', 'sydney', 'florence', 'chester']) expect(isPlaceName(w), w).toBe(true);
    for (const w of ['oliver', 'amelia', 'isla', 'noah', 'freya', 'aisha', 'kacper']) expect(isCommonWord(w), w).toBe(false);
  });

  it('months and days come from Intl; seasons and months are time words', () => {
    expect(calendarWords()).toHaveLength(19);
    expect(MONTHS.has('may') && MONTHS.has('december') && !MONTHS.has('monday')).toBe(true);
    expect(TIME_WORD_NAMES.has('summer') && TIME_WORD_NAMES.has('may')).toBe(true);
  });
});
