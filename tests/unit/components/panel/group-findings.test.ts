/** Cards by what is wrong in the draft, not one per rule. */
import { describe, expect, it } from 'vitest';
import { check, compileProfile, type Finding } from '../../../../rules';
import { firstSentence, groupFindings } from '../../../../components/panel/group-findings';

const hours = { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as ('Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun')[], start: '00:00', end: '23:59', timezone: 'Europe/London' };
const compiled = compileProfile({
  version: 1,
  settings: { school: 'Hollowmere Primary', naming: 'first-name-only', hours },
  pupils: [{ forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true }],
  staff: [],
});

describe('groupFindings', () => {
  it('one card for a name that breaks several rules, listing each rule once', () => {
    const text = 'Well done Tamsin Okonkwo-Reyes for a brilliant lesson, gr8 work!';
    const { findings } = check({ text, images: [{ text: '' }] }, compiled);
    const groups = groupFindings(findings, { text });
    const name = groups.filter((g) => g.match === 'Tamsin Okonkwo-Reyes');
    expect(name).toHaveLength(1);
    expect(name[0]!.rules.map((r) => r.rule)).toEqual(expect.arrayContaining(['pupil-full-name', 'name-with-photo', 'identifiable-name']));
    expect(new Set(name[0]!.rules.map((r) => r.rule)).size).toBe(name[0]!.rules.length);
    expect(name[0]!.severity).toBe('block');
    // Most severe first: block cards, then the confirm (photo consent, whole draft), then warnings.
    expect(groups.map((g) => g.severity)).toEqual([...groups.map((g) => g.severity)].sort((a, b) => ['block', 'confirm', 'warn'].indexOf(a) - ['block', 'confirm', 'warn'].indexOf(b)));
    const photo = groups.find((g) => g.key === 'draft:photo-consent')!;
    expect(photo.attestations).toEqual(['Every face pictured has photo consent (faces only: a name in the picture still needs removing)']);
    expect(groups.find((g) => g.match === 'gr8')?.rules.map((r) => r.rule)).toEqual(['text-speak']);
  });

  it('overlapping spans share a card named by the whole stretch', () => {
    const text = 'Write to tamsin@example.com please';
    const { findings } = check({ text }, compiled);
    const groups = groupFindings(findings, { text });
    const email = groups.filter((g) => g.start !== undefined && g.start <= 9 && g.end! >= 27);
    expect(email).toHaveLength(1);
    expect(email[0]!.match).toBe('tamsin@example.com');
    expect(email[0]!.rules[0]!.rule).toBe('personal-data');
  });

  it('confirm findings carry their attestation into their card (any rule, e.g. a possible pupil name)', () => {
    const finding = {
      rule: 'possible-pupil-name',
      severity: 'confirm',
      source: 'text',
      match: 'May',
      start: 0,
      end: 3,
      message: "'May' may be a pupil's name (Year 2). Only first names of pupils with consent may be used.",
      hint: 'If May is a pupil here, leave the name out.',
      attestation: "'May' is not a pupil here",
    } as unknown as Finding;
    const [group] = groupFindings([finding], { text: 'May was lovely' });
    expect(group).toMatchObject({ severity: 'confirm', match: 'May', attestations: ["'May' is not a pupil here"] });
    expect(group!.rules[0]!.name).toBe('may be a pupil’s name');
  });

  it('image findings are grouped within their image', () => {
    const { findings } = check({ text: 'Certificates', images: [{ text: 'Awarded to Tamsin Okonkwo-Reyes' }, { text: 'Tamsin Okonkwo-Reyes' }] }, compiled);
    const groups = groupFindings(findings).filter((g) => g.source === 'image');
    expect(groups.map((g) => g.image).sort()).toEqual([0, 1]);
  });

  it('one line of why: the first sentence, not cut inside brackets or quotes', () => {
    expect(firstSentence('Names must not be used (school policy: e.g. this. that). More here.')).toBe('Names must not be used (school policy: e.g. this. that).');
    expect(firstSentence('This looks like a phone number ("01632 960123."). Remove it.')).toBe('This looks like a phone number ("01632 960123.").');
  });
});
