/**
 * Arbitrary values into the settings schema, the profile schema and the
 * managed-policy evaluation: nothing throws, every rejection names the field
 * path, and a bad managed policy keeps the last good one in force.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSettings, parseSettingsJson } from '../../../../rules/profile/settings';
import { ProfileSchema, formatZodError, type Profile, type Settings } from '../../../../rules/profile/schema';
import { RULE_IDS } from '../../../../rules/types';
import { evaluateManaged, mergeManaged, toManagedProfile, WHOLE_SETTINGS_KEYS, type LastGoodManaged, type ManagedPolicy } from '../../../../components/profile/managed';

const RUNS = Number(process.env.SAFEPOST_FC_RUNS) || 200;
const TIME_LIMIT = 30_000 + RUNS * 40;

/** Everything JavaScript can hand over, not only JSON. */
const anything = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withBigInt: true,
  withDate: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
  withObjectString: true,
  maxDepth: 4,
});
/** What storage and JSON files actually hold. */
const json = fc.jsonValue({ maxDepth: 4 });

/** "path: message": every problem line names a field (or the root). */
const PROBLEM = /^(\(root\)|\S.*?): \S/;

// ---- near-valid values, then one field broken -------------------------------

const validSettings: fc.Arbitrary<Settings> = fc.record(
  {
    school: fc.constantFrom('Harcourt Primary School', 'St Ives Infants'),
    accounts: fc.array(fc.constantFrom('@HarcourtPri', 'HarcourtY6', '@a_b_c'), { maxLength: 3 }),
    naming: fc.constantFrom('none', 'first-name-only'),
    hours: fc.record({
      days: fc.subarray(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const),
      start: fc.constantFrom('07:30', '08:00'),
      end: fc.constantFrom('18:00', '23:59'),
      timezone: fc.constantFrom('Europe/London', 'UTC', 'America/New_York'),
    }),
    rules: fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom('block', 'confirm', 'warn', 'off')),
    unreadableImage: fc.constantFrom('block', 'confirm'),
    auditRetentionDays: fc.integer({ min: 1, max: 730 }),
    rosterRetentionDays: fc.integer({ min: 1, max: 730 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Settings>;

/** [field path, how to break it]. */
const BREAKAGES: Array<[string, (s: Record<string, unknown>) => void]> = [
  ['school', (s) => (s.school = 42)],
  ['school', (s) => (s.school = '   ')],
  ['school', (s) => (s.school = 'x'.repeat(201))],
  ['accounts', (s) => (s.accounts = '@HarcourtPri')],
  ['accounts[0]', (s) => (s.accounts = ['not a handle!'])],
  ['accounts[1]', (s) => (s.accounts = ['@ok', null])],
  ['naming', (s) => (s.naming = 'surnames')],
  ['hours', (s) => (s.hours = 'school hours')],
  ['hours.start', (s) => (s.hours = { days: [], start: '8am', end: '18:00', timezone: 'UTC' })],
  ['hours.days[0]', (s) => (s.hours = { days: ['Monday'], start: '08:00', end: '18:00', timezone: 'UTC' })],
  ['hours.timezone', (s) => (s.hours = { days: [], start: '08:00', end: '18:00', timezone: 'Mars/Olympus' })],
  ['hours.timezone', (s) => (s.hours = { days: [], start: '08:00', end: '18:00' })],
  ['hours.lunch', (s) => (s.hours = { days: [], start: '08:00', end: '18:00', timezone: 'UTC', lunch: '12:00' })],
  ['rules', (s) => (s.rules = ['reply'])],
  ['rules.reply', (s) => (s.rules = { reply: 'stop' })],
  ['rules.reply', (s) => (s.rules = { reply: null })],
  ['rules.made-up-rule', (s) => (s.rules = { 'made-up-rule': 'warn' })],
  ['rules.__proto__', (s) => (s.rules = JSON.parse('{"__proto__": "warn"}') as unknown)],
  ['rules.toString', (s) => (s.rules = { toString: 'warn' })],
  ['unreadableImage', (s) => (s.unreadableImage = 'warn')],
  ['auditRetentionDays', (s) => (s.auditRetentionDays = 0)],
  ['auditRetentionDays', (s) => (s.auditRetentionDays = '90')],
  ['auditRetentionDays', (s) => (s.auditRetentionDays = 90.5)],
  ['rosterRetentionDays', (s) => (s.rosterRetentionDays = 0)],
  ['rosterRetentionDays', (s) => (s.rosterRetentionDays = '365')],
  ['rosterRetentionDays', (s) => (s.rosterRetentionDays = 731)],
  ['colour', (s) => (s.colour = 'blue')],
];

describe('settings: arbitrary values', () => {
  it(
    'parseSettings never throws; a rejection lists problems that each name a field',
    () => {
      fc.assert(
        fc.property(fc.oneof(anything, json, fc.record({ rules: anything, hours: anything, accounts: anything })), (value) => {
          const result = parseSettings(value);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const e of result.errors) expect(e).toMatch(PROBLEM);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIME_LIMIT,
  );

  it('parseSettingsJson never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), json.map((v) => JSON.stringify(v))), (text) => {
        const result = parseSettingsJson(text);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it(
    'a valid file with one field broken is rejected naming exactly that field',
    () => {
      fc.assert(
        fc.property(validSettings, fc.constantFrom(...BREAKAGES), (settings, [path, breakIt]) => {
          expect(parseSettings(settings).ok).toBe(true);
          const broken: Record<string, unknown> = structuredClone(settings);
          breakIt(broken);
          const result = parseSettings(broken);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.errors.some((e) => e.startsWith(`${path}: `)), `${path} in ${JSON.stringify(result.errors)}`).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    TIME_LIMIT,
  );
});

// ---- the whole profile ------------------------------------------------------------

const pupil = fc.record({
  forename: fc.constantFrom('Isla', 'Bo'),
  surname: fc.constantFrom('Marr', 'Quint'),
  group: fc.constantFrom('Year 3', ''),
  photoConsent: fc.boolean(),
  nameConsent: fc.boolean(),
});
const validProfile: fc.Arbitrary<Profile> = fc.record({
  version: fc.constant(1 as const),
  settings: validSettings,
  pupils: fc.array(pupil, { minLength: 1, maxLength: 4 }),
  staff: fc.array(fc.record({ title: fc.constant('Mr'), forename: fc.constant('Ned'), surname: fc.constant('Pike') }), { maxLength: 2 }),
});

describe('ProfileSchema: arbitrary values', () => {
  it(
    'never throws; every problem names a field',
    () => {
      fc.assert(
        fc.property(fc.oneof(anything, json, fc.record({ settings: anything, pupils: fc.array(anything, { maxLength: 3 }) })), (value) => {
          const parsed = ProfileSchema.safeParse(value);
          if (!parsed.success) for (const line of formatZodError(parsed.error, value)) expect(line).toMatch(PROBLEM);
        }),
        { numRuns: RUNS },
      );
    },
    TIME_LIMIT,
  );

  it.each<[string, (p: Record<string, unknown> & { pupils: Array<Record<string, unknown>> }) => void]>([
    ['pupils[0].photoConsent', (p) => (p.pupils[0]!.photoConsent = 'Y')],
    ['pupils[0].forename', (p) => (p.pupils[0]!.forename = ' ')],
    ['pupils[0].age', (p) => (p.pupils[0]!.age = 9)],
    ['settings.rules.reply', (p) => ((p.settings as Settings).rules = { reply: 'stop' as never })],
    ['version', (p) => (p.version = 2)],
    ['staff', (p) => (p.staff = {})],
  ])('a valid profile with %s broken names it', (path, breakIt) => {
    fc.assert(
      fc.property(validProfile, (profile) => {
        const broken = structuredClone(profile) as unknown as Record<string, unknown> & { pupils: Array<Record<string, unknown>> };
        breakIt(broken);
        const parsed = ProfileSchema.safeParse(broken);
        expect(parsed.success).toBe(false);
        if (parsed.success) return;
        expect(formatZodError(parsed.error, broken).some((l) => l.startsWith(`${path}: `))).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});

// ---- the managed policy --------------------------------------------------------------

const validPolicy: fc.Arbitrary<ManagedPolicy> = fc.record(
  { policyName: fc.constantFrom('Oak Trust', 'Ash Trust'), settings: validSettings, pupils: fc.array(pupil, { maxLength: 3 }) },
  { requiredKeys: ['settings'] },
) as fc.Arbitrary<ManagedPolicy>;

/** Garbage a policy can arrive as: anything, or a policy with any field replaced by anything. */
const garbagePolicy = fc.oneof(
  anything,
  json,
  fc.tuple(validPolicy, fc.constantFrom('policyName', 'settings', 'pupils', 'pupilsCsv', 'staff', 'staffCsv', 'expectedFields', 'nonsense'), anything).map(
    ([policy, key, value]) => ({ ...policy, [key]: value }),
  ),
);

const lastGood: fc.Arbitrary<LastGoodManaged> = validPolicy.map((policy) => ({ policy, receivedAt: '2026-09-01T08:00:00.000Z' }));

describe('managed policy: arbitrary values', () => {
  it(
    'evaluateManaged never throws; an invalid policy keeps the last good one in force',
    () => {
      fc.assert(
        fc.property(garbagePolicy, fc.option(lastGood, { nil: undefined }), (raw, good) => {
          const evaluation = evaluateManaged(raw, good);
          for (const e of evaluation.errors) expect(e).toMatch(PROBLEM);
          const valid = toManagedProfile(raw).profile !== undefined;
          const nothing = raw === undefined || raw === null || (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0);
          expect(evaluation.status === 'none').toBe(nothing);
          if (!valid && !nothing) {
            expect(evaluation.errors.length).toBeGreaterThan(0);
            if (good) {
              expect(evaluation.status).toBe('last-good');
              expect(evaluation.managed).toEqual(toManagedProfile(good.policy).profile);
            } else {
              expect(evaluation.status).toBe('rejected');
              expect(evaluation.managed).toBeUndefined();
            }
            expect(evaluation.newLastGood).toBeUndefined();
          }
          // Whatever is in force merges over any local profile without throwing.
          const { profile, locked } = mergeManaged(undefined, evaluation.managed);
          expect(ProfileSchema.safeParse(profile).success).toBe(true);
          for (const path of locked) expect(path).toMatch(/^(settings\.|pupils$|staff$)/);
        }),
        { numRuns: RUNS },
      );
    },
    TIME_LIMIT,
  );

  it(
    'mergeManaged: managed values win field by field, the rest stays local',
    () => {
      fc.assert(
        fc.property(validProfile, validPolicy, (local, policy) => {
          const managed = toManagedProfile(policy).profile!;
          const { profile, locked } = mergeManaged(local, managed);
          expect(ProfileSchema.safeParse(profile).success).toBe(true);
          for (const key of WHOLE_SETTINGS_KEYS) {
            const want = managed.settings[key] !== undefined ? managed.settings[key] : local.settings[key];
            expect(profile.settings[key]).toEqual(want);
            expect(locked.includes(`settings.${key}`)).toBe(managed.settings[key] !== undefined);
          }
          expect(profile.settings.rules).toEqual(
            managed.settings.rules || local.settings.rules ? { ...local.settings.rules, ...managed.settings.rules } : undefined,
          );
          expect(profile.pupils).toEqual(managed.pupils ?? local.pupils);
          expect(profile.staff).toEqual(local.staff);
        }),
        { numRuns: RUNS },
      );
    },
    TIME_LIMIT,
  );
});

describe('settings: regressions found by the properties', () => {
  it.each<[string, unknown, string]>([
    // formatZodError threw "Do not know how to serialize a BigInt".
    ['a BigInt school', { school: 10n }, 'school: must be text (got 10)'],
    // zod's record dropped the key silently, so an unknown rule id passed as valid.
    ['a "__proto__" rule id', JSON.parse('{"rules": {"__proto__": "warn"}}'), 'rules.__proto__: unknown rule id'],
    // An empty key printed as ": unknown field", naming nothing.
    ['an empty key', { '': 1 }, '[""]: unknown field'],
    ['a key with a dot', { rules: { 'reply.x': 'warn' } }, 'rules["reply.x"]: unknown rule id'],
  ])('%s', (_name, value, problem) => {
    const result = parseSettings(value);
    expect(result).toEqual({ ok: false, errors: [problem] });
  });
});

describe('managed policy: regressions', () => {
  const good: LastGoodManaged = { policy: { settings: { school: 'Oak Primary', naming: 'none' } }, receivedAt: '2026-09-01T08:00:00.000Z' };
  it.each<[string, unknown]>([
    ['settings replaced by a string', { settings: 'none' }],
    ['a rule with a bad severity', { settings: { rules: { reply: 'stop' } } }],
    ['pupils as an object', { pupils: { forename: 'Ida' } }],
    ['a CSV roster with a bad row', { pupilsCsv: 'Forename,Surname,Photo Consent\nIda,Moor,perhaps\n' }],
    // Found by the properties: a non-object counted as "no policy" and dropped the last good one.
    ['a number', 42],
    ['a string', 'settings'],
    ['false', false],
    ['an empty list', []],
  ])('%s keeps the last good policy', (_name, raw) => {
    const evaluation = evaluateManaged(raw, good);
    expect(evaluation.status).toBe('last-good');
    // A damaged stored record (receivedAt not text) threw on .slice().
    expect(evaluateManaged(raw, { ...good, receivedAt: 20260901 as unknown as string }).status).toBe('last-good');
    expect(evaluation.managed?.settings).toEqual({ school: 'Oak Primary', naming: 'none' });
    expect(evaluation.errors.length).toBeGreaterThan(0);
  });
});
