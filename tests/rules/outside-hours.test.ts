import { describe, expect, it } from 'vitest';
import { check, compileProfile } from '../../rules/engine';
import { outsideHours, describeDays, isInsideHours } from '../../rules/outside-hours';
import type { Settings } from '../../rules/profile/schema';

const LONDON: Settings = {
  hours: { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], start: '08:00', end: '18:00', timezone: 'Europe/London' },
};

function findingsAt(at: string, settings: Settings = LONDON) {
  return check({ text: 'Hockey team won 3-1!', at: new Date(at) }, compileProfile({ settings }), [outsideHours]).findings;
}

// 2026-03-02 is a Monday (GMT, UTC+0); 2026-06-10 is a Wednesday (BST, UTC+1).
describe('outside-hours: inside posting hours (no finding)', () => {
  it.each([
    ['08:00 exactly, winter', '2026-03-02T08:00:00Z'],
    ['17:59, winter', '2026-03-02T17:59:00Z'],
    ['midday Friday', '2026-03-06T12:00:00+00:00'],
    ['08:30 London given as 07:30 UTC in June', '2026-06-10T07:30:00+00:00'],
    ['17:59 London given as 16:59 UTC in June', '2026-06-10T16:59:00Z'],
    ['first Monday of BST, 08:30 London', '2026-03-30T07:30:00Z'],
    ['a time given in another offset', '2026-03-02T09:15:00-05:00'],
  ])('%s', (_name, at) => {
    expect(findingsAt(at)).toEqual([]);
  });
});

describe('outside-hours: outside posting hours', () => {
  it.each([
    ['07:59, winter', '2026-03-02T07:59:00Z', 'Mon 07:59'],
    ['18:00 exactly (end is exclusive)', '2026-03-02T18:00:00Z', 'Mon 18:00'],
    ['late evening', '2026-03-04T21:45:00+00:00', 'Wed 21:45'],
    ['Saturday midday', '2026-03-07T12:00:00Z', 'Sat 12:00'],
    ['Sunday morning', '2026-03-08T10:00:00Z', 'Sun 10:00'],
    ['17:00 UTC in June is 18:00 London', '2026-06-10T17:00:00Z', 'Wed 18:00'],
    ['07:30+01:00 in June is 07:30 London', '2026-06-10T07:30:00+01:00', 'Wed 07:30'],
    ['just after midnight London, still Friday in UTC', '2026-06-12T23:30:00Z', 'Sat 00:30'],
  ])('%s', (_name, at, match) => {
    const findings = findingsAt(at);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'outside-hours', severity: 'confirm', source: 'text', match });
    expect(findings[0]!.start).toBeUndefined();
  });

  it('speaks in the policy words and carries the attestation', () => {
    const [finding] = findingsAt('2026-03-07T12:00:00Z');
    expect(finding!.message).toBe(
      'It is 12:00 on Saturday. The school account only tweets Monday to Friday, 08:00–18:00; outside these hours tweets are only for school events (matches, trips, performances) or urgent school news such as a closure.',
    );
    expect(finding!.hint).toMatch(/Monday to Friday after 08:00/);
    expect(finding!.attestation).toBe('This is a school event or urgent news');
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
