import { describe, expect, it } from 'vitest';
import { compileProfile } from '../../../rules/engine';
import { normaliseHandle } from '../../../rules/school-account';
import { ruleTester, runRule } from './rule-tester';
import type { Pupil, Settings } from '../../../rules/profile/schema';

const SETTINGS: Settings = { school: 'Hollowmere CE Primary School', accounts: ['@HollowmerePri', '@HollowmereY6'] };
const PUPILS: Pupil[] = [
  { forename: 'Tilly', surname: 'Ashworth', group: 'Bramble Class', photoConsent: true, nameConsent: true },
  { forename: 'Ravi', surname: 'Okonjo', group: '5RK', photoConsent: true, nameConsent: true },
];
const profile = compileProfile({ settings: SETTINGS, pupils: PUPILS });

const MESSAGE =
  '@MrsTeachesMaths is not a school account. No school information should be posted on personal social networking sites – only the school account.';
const HINT = 'Post this from @HollowmerePri or @HollowmereY6 instead, or leave the school out of a personal post.';
const personal = (text: string, match: string, name: string) => ({
  name,
  text,
  account: '@MrsTeachesMaths',
  errors: [{ match, start: text.indexOf(match), end: text.indexOf(match) + match.length, severity: 'warn' as const, message: MESSAGE, hint: HINT }],
});

ruleTester('school-account', profile, {
  valid: [
    { name: 'school account', text: 'Bramble Class were brilliant today', account: '@HollowmerePri' },
    { name: 'school account in another case', text: 'Our pupils sang beautifully', account: '@hollowmerepri' },
    { name: 'school account without "@"', text: 'Year 6 residential photos coming soon', account: 'HollowmereY6' },
    { name: 'no account given: the first school account', text: 'Sports day on Friday!' },
    { name: 'personal account, personal post', text: 'Finished a brilliant novel this weekend, highly recommend it', account: '@bookish_teacher' },
    { name: 'personal account, holiday', text: 'Lovely walk up the fells with the dog', account: '@bookish_teacher' },
    { name: 'personal account, "trip" not about school', text: 'Road trip to Cornwall booked!', account: '@bookish_teacher' },
    { name: 'personal account, a school word inside a word', text: 'Reclassified my record collection', account: '@vinyl_fan' },
  ],
  invalid: [
    personal('Proud of everyone at Hollowmere CE Primary School today', 'Hollowmere CE Primary School', 'the school name'),
    personal('What a day! #HollowmereSportsDay', 'Hollowmere', 'the distinctive word in a hashtag'),
    personal('Bramble Class loved the butterfly house at the garden centre', 'Bramble Class', 'a roster group'),
    personal('Well done 5rk on your times tables', '5rk', 'a roster group code'),
    personal('Great news from @HollowmerePri this week', 'Hollowmere', 'a school account mentioned'),
    personal('So proud of our pupils today', 'our pupils', 'our pupils'),
    personal('Year 4 are off to the museum tomorrow', 'Year 4', 'a year group'),
    personal('Cake sale after school on Friday, bakes to the PTA please', 'PTA', 'the PTA'),
    personal('Lovely harvest assembly this morning', 'assembly', 'assembly'),
    personal('Only two weeks until the end of term', 'end of term', 'end of term'),
    { name: 'a handle without "@" is shown with it', text: 'Our school choir won!', account: 'MrsTeachesMaths', errors: [{ message: /^@MrsTeachesMaths is not/ }] },
  ],
});

describe('school-account without school accounts', () => {
  it('cannot decide, so finds nothing', () => {
    const noAccounts = compileProfile({ settings: { school: 'Hollowmere CE Primary School' }, pupils: PUPILS });
    expect(runRule('school-account', noAccounts, { text: 'Hollowmere sports day!', account: '@someone' })).toEqual([]);
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
