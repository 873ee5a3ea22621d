/** The "See who" request and the options page's address: roster positions and groups survive the trip; bad input is refused. */
import { expect, test } from 'vitest';
import { SEE_WHO, SeeWhoRequestSchema, parseSeeWhoHash, seeWhoHash, seeWhoRequest } from '../../../../components/panel/see-who';

test('the hash round-trips groups with spaces and ampersands, and positions', () => {
  const listed = { groups: ['Year 5', 'Oak & Ash Class'], pupils: [3, 0, 17] };
  const hash = seeWhoHash(listed);
  expect(hash.startsWith('#see-who?')).toBe(true);
  expect(parseSeeWhoHash(hash)).toEqual(listed);
});

test('other hashes are not a "See who" address; junk positions are dropped', () => {
  expect(parseSeeWhoHash('#pupils')).toBeUndefined();
  expect(parseSeeWhoHash('#see-whoever')).toBeUndefined();
  expect(parseSeeWhoHash('#see-who?pupils=1,x,-2,4')).toEqual({ groups: [], pupils: [1, 4] });
});

test('the request schema takes what the panel sends and nothing else', () => {
  expect(SeeWhoRequestSchema.safeParse(seeWhoRequest({ groups: ['Year 5'], pupils: [1, 2] })).success).toBe(true);
  expect(SeeWhoRequestSchema.safeParse({ type: SEE_WHO, groups: ['Year 5'], pupils: [1], names: ['Amelia'] }).success).toBe(false);
  expect(SeeWhoRequestSchema.safeParse({ type: SEE_WHO, groups: [], pupils: [-1] }).success).toBe(false);
});
