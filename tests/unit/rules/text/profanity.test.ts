/**
 * profanity.ts scans with its own one-pass version of obscenity's
 * getAllMatches (for speed, on obscenity's pinned internals). It must give
 * exactly what obscenity's public method gives, on every kind of input.
 */
import { describe, expect, test } from 'vitest';
import { allMatches, profanityMatcher } from '../../../../rules/text/profanity';

describe('allMatches agrees with obscenity getAllMatches', () => {
  test.each([
    ['empty', ''],
    ['clean', 'Year 4 built bridges out of spaghetti and tested them with marbles.'],
    ['plain swearing', 'What a shit day, fucking minibus broke down again'],
    ['leetspeak and look-alikes', 'Total sh1t weather, $hit happens, fuuuuck'],
    ['whitelisted words beside rude ones', 'Scunthorpe cocktail bar, blue tits and a bloody great tit'],
    ['British additions', 'Some pillock and a tosser parked across the gate, bloody hell'],
    ['astral characters around a hit', '😀shit😀 and 𝒻𝓊𝒸𝓀 in maths letters'],
    ['a lone surrogate', 'shit \ud800 shit'],
    ['the same word many times', 'crap '.repeat(200)],
  ])('%s', (_name, text) => {
    const { matcher } = profanityMatcher();
    expect(allMatches(matcher, text)).toEqual(matcher.getAllMatches(text, true));
  });

  test('the inputs above are not all clean (the comparison sees matches)', () => {
    const { matcher } = profanityMatcher();
    expect(matcher.getAllMatches('What a shit day, fucking minibus', true).length).toBeGreaterThan(0);
  });
});
