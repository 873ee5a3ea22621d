import { describe, expect, it } from 'vitest';
import { compileProfile } from '../../../rules/engine';
import { describeDays, isInsideHours, localTime } from '../../../rules/outside-hours';
import { ruleTester, runRule } from './rule-tester';
import type { Settings } from '../../../rules/profile/schema';

const LONDON: Settings = {
  hours: { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], start: '08:00', end: '18:00', timezone: 'Europe/London' },
};

const text = 'Hockey team won 3-1!';
const at = (iso: string) => new Date(iso);

// 2026-03-02 is a Monday (GMT, UTC+0); 2026-06-10 is a Wednesday (BST, UTC+1).
ruleTester('outside-hours', { settings: LONDON }, {
  valid: [
    { name: '08:00 exactly, winter', text, at: at('2026-03-02T08:00:00Z') },
    { name: '17:59, winter', text, at: at('2026-03-02T17:59:00Z') },
    { name: 'midday Friday', text, at: at('2026-03-06T12:00:00+00:00') },
    { name: '08:30 London given as 07:30 UTC in June', text, at: at('2026-06-10T07:30:00+00:00') },
    { name: '17:59 London given as 16:59 UTC in June', text, at: at('2026-06-10T16:59:00Z') },
    { name: 'first Monday of BST, 08:30 London', text, at: at('2026-03-30T07:30:00Z') },
    { name: 'a time given in another offset', text, at: at('2026-03-02T09:15:00-05:00') },
  ],
  invalid: [
    { name: '07:59, winter', text, at: at('2026-03-02T07:59:00Z'), errors: [{ match: 'Mon 07:59', severity: 'confirm', source: 'text' }] },
    { name: '18:00 exactly (end is exclusive)', text, at: at('2026-03-02T18:00:00Z'), errors: [{ match: 'Mon 18:00' }] },
    { name: 'late evening', text, at: at('2026-03-04T21:45:00+00:00'), errors: [{ match: 'Wed 21:45' }] },
    { name: 'Saturday midday', text, at: at('2026-03-07T12:00:00Z'), errors: [{ match: 'Sat 12:00', message: 'on Saturday' }] },
    { name: 'Sunday morning', text, at: at('2026-03-08T10:00:00Z'), errors: [{ match: 'Sun 10:00' }] },
    { name: '17:00 UTC in June is 18:00 London', text, at: at('2026-06-10T17:00:00Z'), errors: [{ match: 'Wed 18:00' }] },
    { name: '07:30+01:00 in June is 07:30 London', text, at: at('2026-06-10T07:30:00+01:00'), errors: [{ match: 'Wed 07:30' }] },
    { name: 'just after midnight London, still Friday in UTC', text, at: at('2026-06-12T23:30:00Z'), errors: [{ match: 'Sat 00:30' }] },
  ],
});

function findingsAt(iso: string, settings: Settings = LONDON) {
  return runRule('outside-hours', compileProfile({ settings }), { text, at: new Date(iso) });
}

describe('outside-hours: wording and severity', () => {
  it('speaks in the policy words and carries the attestation', () => {
    const [finding] = findingsAt('2026-03-07T12:00:00Z');
    expect(finding!.message).toBe(
      'It is 12:00 on Saturday. The school account only tweets Monday to Friday, 08:00–18:00; outside these hours tweets are only for school events (matches, trips, performances) or urgent school news such as a closure.',
    );
    expect(finding!.hint).toMatch(/Monday to Friday after 08:00/);
    expect(finding!.attestation).toBe('This is a school event or urgent news');
  });

  it.each<[string, Settings['hours'], RegExp, RegExp]>([
    ['weekdays', LONDON.hours, /^Schedule the post for Monday to Friday after 08:00/, /only tweets Monday to Friday, 08:00–18:00/],
    ['no posting days', { ...LONDON.hours!, days: [] }, /^Tick the box if this is a school event or urgent news; your school's posting hours allow nothing else\.$/, /^Your school has set no posting days, so 12:00 on Saturday is outside its posting hours\./],
  ])('the hint and message fit the posting days: %s', (_name, hours, hint, message) => {
    const [finding] = findingsAt('2026-03-07T12:00:00Z', { hours });
    expect(finding!.hint).toMatch(hint);
    expect(finding!.message).toMatch(message);
    // "Schedule the post for no days after 08:00" must never be shown.
    expect(finding!.hint).not.toMatch(/no days/);
  });

  it('follows the profile severity', () => {
    const findings = findingsAt('2026-03-07T12:00:00Z', { ...LONDON, rules: { 'outside-hours': 'block' } });
    expect(findings[0]!.severity).toBe('block');
    expect(findings[0]!.attestation).toBeUndefined();
  });
});

describe('outside-hours: other profiles', () => {
  it('reads the school time zone, not the machine one', () => {
    const sydney: Settings = { hours: { ...LONDON.hours!, timezone: 'Australia/Sydney' } };
    // 22:00 UTC Sunday = 09:00 Monday in Sydney (AEDT, UTC+11).
    expect(findingsAt('2026-03-01T22:00:00Z', sydney)).toEqual([]);
    expect(findingsAt('2026-03-02T09:00:00Z', sydney)).toHaveLength(1);
  });

  it('uses the configured days and times', () => {
    const weekend: Settings = { hours: { days: ['Sat'], start: '09:30', end: '12:00', timezone: 'Europe/London' } };
    expect(findingsAt('2026-03-07T09:30:00Z', weekend)).toEqual([]);
    expect(findingsAt('2026-03-07T09:29:00Z', weekend)).toHaveLength(1);
    expect(findingsAt('2026-03-02T10:00:00Z', weekend)).toHaveLength(1);
  });

  it('uses the default profile hours when settings give none', () => {
    expect(findingsAt('2026-03-07T12:00:00Z', {})).toHaveLength(1);
    expect(findingsAt('2026-03-02T12:00:00Z', {})).toEqual([]);
  });

  it('does not run when off', () => {
    expect(findingsAt('2026-03-07T12:00:00Z', { ...LONDON, rules: { 'outside-hours': 'off' } })).toEqual([]);
  });
});

describe('helpers', () => {
  it.each<[Parameters<typeof describeDays>[0], string]>([
    [['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], 'Monday to Friday'],
    [['Fri', 'Mon'], 'Monday, Friday'],
    [['Sat', 'Sun'], 'Saturday, Sunday'],
    [[], 'no days'],
  ])('describeDays(%j) = %s', (days, text) => {
    expect(describeDays(days)).toBe(text);
  });

  it('a window whose end is before its start runs past midnight', () => {
    const night = { days: ['Mon'] as const, start: '22:00', end: '02:00' };
    expect(isInsideHours('Mon', 23 * 60, { ...night, days: [...night.days] })).toBe(true);
    expect(isInsideHours('Mon', 60, { ...night, days: [...night.days] })).toBe(true);
    expect(isInsideHours('Mon', 12 * 60, { ...night, days: [...night.days] })).toBe(false);
  });
});

describe('localTime (the last answer is kept for the rest of its UTC second)', () => {
  it('answers each zone for itself within one second', () => {
    const at = new Date('2026-03-04T23:59:59.200Z');
    expect(localTime(at, 'Europe/London')).toEqual({ day: 'Wed', minutes: 23 * 60 + 59 });
    expect(localTime(new Date('2026-03-04T23:59:59.900Z'), 'Asia/Kolkata')).toEqual({ day: 'Thu', minutes: 5 * 60 + 29 });
    expect(localTime(new Date('2026-03-04T23:59:59.950Z'), 'Europe/London')).toEqual({ day: 'Wed', minutes: 23 * 60 + 59 });
  });

  it('reads the clock again in the next second, across midnight', () => {
    expect(localTime(new Date('2026-03-04T23:59:59.999Z'), 'Europe/London')).toEqual({ day: 'Wed', minutes: 23 * 60 + 59 });
    expect(localTime(new Date('2026-03-05T00:00:00.000Z'), 'Europe/London')).toEqual({ day: 'Thu', minutes: 0 });
  });

  it('keeps answers apart from what a caller does with one', () => {
    const first = localTime(new Date('2026-03-04T10:00:00.100Z'), 'Europe/London');
    first.minutes = -1;
    expect(localTime(new Date('2026-03-04T10:00:00.500Z'), 'Europe/London')).toEqual({ day: 'Wed', minutes: 600 });
  });
});
