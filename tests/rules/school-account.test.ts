import { describe, expect, it } from 'vitest';
import { check, compileProfile } from '../../rules/engine';
import { normaliseHandle, schoolAccount } from '../../rules/school-account';
import type { Draft } from '../../rules/types';
import type { Pupil, Settings } from '../../rules/profile/schema';

const SETTINGS: Settings = { school: 'Hollowmere CE Primary School', accounts: ['@HollowmerePri', '@HollowmereY6'] };
const PUPILS: Pupil[] = [
  { forename: 'Tilly', surname: 'Ashworth', group: 'Bramble Class', photoConsent: true, nameConsent: true },
  { forename: 'Ravi', surname: 'Okonjo', group: '5RK', photoConsent: true, nameConsent: true },
];
const profile = compileProfile({ settings: SETTINGS, pupils: PUPILS });

function findings(draft: Draft, compiled = profile) {
  return check(draft, compiled, [schoolAccount]).findings;
}

describe('school-account: no finding', () => {
  it.each<[string, Draft]>([
    ['school account', { text: 'Bramble Class were brilliant today', account: '@HollowmerePri' }],
    ['school account in another case', { text: 'Our pupils sang beautifully', account: '@hollowmerepri' }],
    ['school account without "@"', { text: 'Year 6 residential photos coming soon', account: 'HollowmereY6' }],
    ['no account given: the first school account', { text: 'Sports day on Friday!' }],
    ['personal account, personal post', { text: 'Finished a brilliant novel this weekend, highly recommend it', account: '@bookish_teacher' }],
    ['personal account, holiday', { text: 'Lovely walk up the fells with the dog', account: '@bookish_teacher' }],
    ['personal account, "trip" not about school', { text: 'Road trip to Cornwall booked!', account: '@bookish_teacher' }],
    ['personal account, another school word inside a word', { text: 'Reclassified my record collection', account: '@vinyl_fan' }],
  ])('%s', (_name, draft) => {
    expect(findings(draft)).toEqual([]);
  });

  it('cannot decide without the school accounts', () => {
    const noAccounts = compileProfile({ settings: { school: 'Hollowmere CE Primary School' }, pupils: PUPILS });
    expect(findings({ text: 'Hollowmere sports day!', account: '@someone' }, noAccounts)).toEqual([]);
  });
});

describe('school-account: a post about the school from another account', () => {
  it.each<[string, string, string]>([
    ['the school name', 'Proud of everyone at Hollowmere CE Primary School today', 'Hollowmere CE Primary School'],
    ['the distinctive word in a hashtag', 'What a day! #HollowmereSportsDay', 'Hollowmere'],
    ['a roster group', 'Bramble Class were amazing on our trip to the zoo', 'Bramble Class'],
    ['a roster group code', 'Well done 5rk on your times tables', '5rk'],
    ['a school account mentioned', 'Great news from @HollowmerePri this week', 'Hollowmere'],
    ['our pupils', 'So proud of our pupils today', 'our pupils'],
    ['a year group', 'Year 4 are off to the museum tomorrow', 'Year 4'],
    ['the PTA', 'Cake sale after school on Friday, bakes to the PTA please', 'PTA'],
    ['assembly', 'Lovely harvest assembly this morning', 'assembly'],
    ['end of term', 'Only two weeks until the end of term', 'end of term'],
  ])('%s', (_name, text, match) => {
    const draft: Draft = { text, account: '@MrsTeachesMaths' };
    const found = findings(draft);
    expect(found).toHaveLength(1);
    const finding = found[0]!;
    expect(finding).toMatchObject({ rule: 'school-account', severity: 'warn', source: 'text', match });
    expect(text.slice(finding.start, finding.end)).toBe(match);
    expect(finding.message).toBe(
      '@MrsTeachesMaths is not a school account. No school information should be posted on personal social networking sites – only the school account.',
    );
    expect(finding.hint).toBe('Post this from @HollowmerePri or @HollowmereY6 instead, or leave the school out of a personal post.');
  });

  it('a handle given without "@" is shown with it', () => {
    expect(findings({ text: 'Our school choir won!', account: 'MrsTeachesMaths' })[0]!.message).toMatch(/^@MrsTeachesMaths is not/);
  });
});

describe('normaliseHandle', () => {
  it.each([
    ['@Oakfield', 'oakfield'],
    ['oakfield', 'oakfield'],
    ['  @OAKFIELD ', 'oakfield'],
  ])('%j → %j', (handle, normal) => {
    expect(normaliseHandle(handle)).toBe(normal);
  });
});
