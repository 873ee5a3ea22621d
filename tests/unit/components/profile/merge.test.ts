import { describe, expect, test } from 'vitest';
import {
  detectDropped,
  evaluateManaged,
  fieldManifest,
  isLocked,
  mergeManaged,
  type LastGoodManaged,
} from '../../../../components/profile/managed';
import { compileProfile, type Profile } from '../../../../rules';

const local: Profile = {
  version: 1,
  settings: { school: 'Laptop School', naming: 'first-name-only', rules: { reply: 'warn', 'text-speak': 'off' } },
  pupils: [{ forename: 'Local', surname: 'Pupil', group: 'Year 1', photoConsent: true, nameConsent: true }],
  staff: [],
};

const policy = {
  policyName: 'Oak Trust',
  settings: { school: 'Oakfield Primary', rules: { reply: 'block' } },
  pupils: [
    { forename: 'Ada', surname: 'Moss', group: 'Year 4', photoConsent: true, nameConsent: false },
    { forename: 'Ben', surname: 'Ray', group: 'Year 4', photoConsent: false, nameConsent: true },
  ],
};
const withManifest = { ...policy, expectedFields: fieldManifest(policy) };

describe('fieldManifest / detectDropped', () => {
  test('lists leaf paths with counts, arrays by length', () => {
    expect(fieldManifest(policy)).toEqual({
      policyName: 1,
      'settings.school': 1,
      'settings.rules.reply': 1,
      pupils: 2,
    });
  });

  test('reports a field Chrome dropped and list items that vanished', () => {
    const received = structuredClone(withManifest) as Record<string, any>;
    delete received.settings.school;
    received.pupils.pop();
    expect(detectDropped(received)).toEqual({ dropped: ['settings.school', 'pupils (1 of 2 items)'], checked: true });
  });

  test('nothing dropped when everything arrived; unchecked without a manifest', () => {
    expect(detectDropped(withManifest)).toEqual({ dropped: [], checked: true });
    expect(detectDropped(policy)).toEqual({ dropped: [], checked: false });
  });
});

describe('mergeManaged', () => {
  test('managed values override local ones field by field and are locked', () => {
    const managed = evaluateManaged(withManifest).managed!;
    const { profile, locked } = mergeManaged(local, managed);
    expect(profile.settings.school).toBe('Oakfield Primary');
    expect(profile.settings.naming).toBe('first-name-only'); // local value kept
    expect(profile.settings.rules).toEqual({ reply: 'block', 'text-speak': 'off' });
    expect(profile.pupils.map((p) => p.forename)).toEqual(['Ada', 'Ben']);
    expect(profile.staff).toEqual([]);
    expect(locked.sort()).toEqual(['pupils', 'settings.rules.reply', 'settings.school']);
    expect(isLocked(locked, 'settings.rules.reply')).toBe(true);
    expect(isLocked(locked, 'settings.rules.text-speak')).toBe(false);
    expect(isLocked(locked, 'staff')).toBe(false);
  });

  test.each<['auditRetentionDays' | 'rosterRetentionDays', string, unknown, number, boolean]>([
    ['auditRetentionDays', 'the school sets it: locked, in force', 30, 30, true],
    ['auditRetentionDays', 'the school leaves it: the laptop\'s own value', undefined, 120, false],
    ['rosterRetentionDays', 'the school sets it: locked, in force', 30, 30, true],
    ['rosterRetentionDays', 'the school leaves it: the laptop\'s own value', undefined, 120, false],
  ])('%s: %s', (key, _name, managedDays, days, locked) => {
    const withDays: Profile = { ...local, settings: { ...local.settings, [key]: 120 } };
    const settings = managedDays === undefined ? {} : { [key]: managedDays as number };
    const { profile, locked: paths } = mergeManaged(withDays, { settings });
    expect(compileProfile(profile).settings[key]).toBe(days);
    expect(isLocked(paths, `settings.${key}`)).toBe(locked);
  });

  test.each(['auditRetentionDays', 'rosterRetentionDays'])('an out-of-range %s in the policy is named, and the last good policy stays', (key) => {
    const evaluation = evaluateManaged({ settings: { [key]: 5000 } });
    expect(evaluation.errors).toEqual([`settings.${key}: must be at most 730 days (two school years) (got 5000)`]);
  });

  test('the merged profile drives the engine', () => {
    const { profile } = mergeManaged(local, evaluateManaged(withManifest).managed);
    expect(compileProfile(profile).settings.rules.reply).toBe('block');
  });

  test('no managed policy: the local profile as it is, nothing locked', () => {
    expect(mergeManaged(local, undefined)).toEqual({ profile: local, locked: [] });
  });
});

describe('evaluateManaged', () => {
  const lastGood: LastGoodManaged = { policy: { settings: { school: 'Earlier Policy School' } }, receivedAt: '2026-09-01T08:00:00.000Z' };

  test('empty managed storage means no policy', () => {
    expect(evaluateManaged({}).status).toBe('none');
    expect(evaluateManaged(undefined).status).toBe('none');
  });

  test('a valid, whole policy is applied and becomes the last good one', () => {
    const e = evaluateManaged(withManifest, lastGood);
    expect(e.status).toBe('applied');
    expect(e.newLastGood?.settings?.school).toBe('Oakfield Primary');
  });

  test('an unchanged policy is not re-stored', () => {
    const e = evaluateManaged(withManifest, { policy: evaluateManaged(withManifest).newLastGood!, receivedAt: 'x' });
    expect(e.status).toBe('applied');
    expect(e.newLastGood).toBeUndefined();
  });

  test('the same policy in another key order (as Chrome returns it) is not re-stored', () => {
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverseKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)])) : v;
    const reordered = reverseKeys(withManifest) as Record<string, unknown>;
    const stored = { policy: evaluateManaged(withManifest).newLastGood!, receivedAt: 'x' };
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(stored.policy)[0]);
    expect(evaluateManaged(reordered, stored).newLastGood).toBeUndefined();
  });

  test('an invalid policy keeps the last good one, naming the bad field', () => {
    const bad = { settings: { school: 'X', rules: { reply: 'stop' } } };
    const e = evaluateManaged(bad, lastGood);
    expect(e.status).toBe('last-good');
    expect(e.managed?.settings.school).toBe('Earlier Policy School');
    expect(e.errors).toEqual(['settings.rules.reply: must be one of block, confirm, warn, off (got "stop")']);
    expect(e.notes.join(' ')).toContain('2026-09-01');
  });

  test('an invalid policy with no earlier one leaves the local profile in force', () => {
    const e = evaluateManaged({ settings: { naming: 'initials' } });
    expect(e.status).toBe('rejected');
    expect(e.managed).toBeUndefined();
    expect(e.errors[0]).toMatch(/^settings\.naming: must be one of none, first-name-only/);
  });

  test('dropped values keep the last good policy; without one the remainder applies, flagged', () => {
    const received = structuredClone(withManifest) as Record<string, any>;
    delete received.settings.rules;
    expect(evaluateManaged(received, lastGood).status).toBe('last-good');
    const partial = evaluateManaged(received);
    expect(partial.status).toBe('partial');
    expect(partial.dropped).toEqual(['settings.rules.reply']);
    expect(partial.managed?.settings.school).toBe('Oakfield Primary');
  });

  test('a CSV roster in the policy loads, and a bad row is reported with its line', () => {
    const ok = evaluateManaged({ pupilsCsv: 'Forename,Surname,Group,Photo Consent,Name Consent\nAda,Moss,Year 4,Y,N\n' });
    expect(ok.managed?.pupils).toEqual([{ forename: 'Ada', surname: 'Moss', group: 'Year 4', photoConsent: true, nameConsent: false }]);
    const bad = evaluateManaged({ pupilsCsv: 'Forename,Surname,Photo Consent\nAda,Moss,Y\nBen,Ray,maybe\n' });
    expect(bad.status).toBe('rejected');
    expect(bad.errors[0]).toMatch(/^pupilsCsv line 3: /);
  });

  test('unknown top-level fields (Firefox passes them through) are named', () => {
    const e = evaluateManaged({ setings: { school: 'Typo' } });
    expect(e.errors).toEqual(['setings: unknown field']);
  });
});
