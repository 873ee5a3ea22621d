import { describe, expect, it } from 'vitest';
import { ruleTester } from './rule-tester';
import { check, compileProfile } from '../../../rules/engine';
import type { Pupil } from '../../../rules/profile/schema';
import { firstNamesOnly, noNames, pupils, staff } from '../../fixtures/name-school';

// The fixture school plus a pupil called May (a month) and one called Paris (a place).
const roster: Pupil[] = [
  ...pupils,
  { forename: 'May', surname: 'Oyelaran', group: 'Year 2', photoConsent: true, nameConsent: false },
  { forename: 'Paris', surname: 'Kemble', group: 'Kestrel Class', photoConsent: true, nameConsent: true },
];

// naming: none — an unclear use of an ambiguous name is asked about, never blocked, never passed.
ruleTester(
  'possible-pupil-name',
  { settings: noNames, pupils: roster, staff },
  {
    valid: [
      'Well done Isobel!', // not ambiguous: pupil-name's, not a question
      'Grace sang the solo beautifully', // name role: pupil-name blocks it
      'We hope you have a restful break', // word role
      'Our next open morning is on 14 May.', // a date
      'The garden will be in full bloom by May.', // a time
      'Year 6 are learning about Paris in geography.', // a place
      'Mark your calendars: sports day is on Friday.', // a verb
      'The choir sang ‘Amazing Grace’ at the carol service.', // a quoted title
      'Hope and kindness were this week’s theme.', // joined to a common noun
      'Christmas Eve carols at the church', // not on the roster
      'Welcome to Harcourt Primary School!', // the school's name
      'Hazel Class planted bulbs', // a group's name
      'holly and hope decorations', // a lower-case list of words is not a list of names
    ],
    invalid: [
      {
        name: 'capitalised mid-sentence with no evidence either way',
        text: 'Lovely to see May at the fete today.',
        errors: [{ match: 'May', start: 14, end: 17, severity: 'confirm', message: "Is 'May' (Year 2) a pupil here?", attestation: "'May' is not a pupil here" }],
      },
      {
        name: 'several pupils: every group named',
        text: 'Photos of Arlo coming soon', // Arlo is not a word: a plain name (pupil-name), so nothing here
        errors: [],
      },
      {
        name: 'a plain (not ambiguous) name inside a title: asked, not blocked',
        text: 'Kestrel Class sang Mamma Isobel in assembly',
        errors: [{ match: 'Isobel', message: "Is 'Isobel' (Kestrel Class) a pupil here?" }],
      },
      {
        name: 'a place name alone on its line',
        text: 'Our class trip\nParis\nWhat a day',
        errors: [{ match: 'Paris', message: "Is 'Paris' (Kestrel Class) a pupil here?", attestation: "'Paris' is not a pupil here" }],
      },
      {
        name: 'a word-name at the start with nothing after it that decides',
        text: 'Summer at the seaside, painted by Year 2',
        errors: [{ match: 'Summer', start: 0, end: 6, message: "Is 'Summer' (Hazel Class) a pupil here?", hint: 'a pupil in Hazel Class' }],
      },
    ],
  },
  'possible-pupil-name (naming: none)',
);

// first-name-only: asked only when naming that pupil would break a rule.
ruleTester(
  'possible-pupil-name',
  { settings: firstNamesOnly, pupils: roster, staff },
  {
    valid: [
      { name: 'Paris has name consent and no image is attached', text: 'Our class trip\nParis\nWhat a day' },
      { name: 'Summer has name consent', text: 'Summer at the seaside, painted by Year 2' },
    ],
    invalid: [
      { name: 'May has no name consent', text: 'Lovely to see May at the fete today.', errors: [{ match: 'May', message: "Is 'May' (Year 2) a pupil here?" }] },
      {
        name: 'an image is attached: name-with-photo would break',
        text: 'Summer at the seaside, painted by Year 2',
        images: [{ text: '' }],
        errors: [{ match: 'Summer', message: 'this post has an image attached', attestation: "'Summer' is not a pupil here" }],
      },
    ],
  },
  'possible-pupil-name (first-name-only)',
);

describe('possible-pupil-name and the other rules', () => {
  const compiled = compileProfile({ settings: noNames, pupils: roster, staff });

  it('an unclear use is a confirm, never a block; a name-role use is a block', () => {
    // Sent on a Wednesday morning: the verdict must not depend on when the test runs (outside-hours).
    const at = new Date('2026-03-04T10:00:00Z');
    expect(check({ text: 'Lovely to see May at the fete today.', at }, compiled).verdict).toBe('confirm');
    expect(check({ text: 'Well done May for your lovely poem!', at }, compiled).verdict).toBe('block');
    expect(check({ text: 'Our next open morning is on 14 May.', at }, compiled).verdict).toBe('ok');
  });

  it('is silent when pupil-name and name-with-photo are both off', () => {
    const off = compileProfile({ settings: { ...noNames, rules: { 'pupil-name': 'off', 'name-with-photo': 'off' } }, pupils: roster, staff });
    expect(check({ text: 'Lovely to see May at the fete today.' }, off).findings.map((f) => f.rule)).not.toContain('possible-pupil-name');
  });

  it('a school may make it a block or a warning like any rule', () => {
    const strict = compileProfile({ settings: { ...noNames, rules: { 'possible-pupil-name': 'block' } }, pupils: roster, staff });
    expect(check({ text: 'Lovely to see May at the fete today.' }, strict).verdict).toBe('block');
  });
});
