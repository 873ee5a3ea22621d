/**
 * loadProfileState against a fake `browser`: the quick load answers from the
 * last good school policy without waiting for storage.managed (whose first
 * read after a browser start takes seconds in Chromium); the full load reads
 * storage.managed and records a new last good policy.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const local = new Map<string, unknown>();
let managed: () => Promise<Record<string, unknown>> = async () => ({});

vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (keys: string | string[]) => Object.fromEntries([keys].flat().filter((k) => local.has(k)).map((k) => [k, local.get(k)])),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) local.set(k, v);
        },
      },
      managed: { get: () => managed() },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
  },
}));

const { loadProfileState, saveLocalProfile, updateLocalProfile, MANAGED_LAST_GOOD_KEY, PROFILE_KEY } = await import('../../../../components/profile/store');
const { profileLabel } = await import('../../../../components/guard/page/profile-feed');
const { ROSTER_EXPIRED_LABEL } = await import('../../../../components/guard/status');
const { fieldManifest } = await import('../../../../components/profile/managed');

const policy = { policyName: 'Oak Trust', settings: { school: 'Oakfield Primary', naming: 'none' as const } };
const policyWithManifest = { ...policy, expectedFields: fieldManifest(policy) };

beforeEach(() => {
  local.clear();
  local.set(PROFILE_KEY, { version: 1, settings: { school: 'Laptop School' }, pupils: [], staff: [] });
  managed = async () => ({});
});

test('quick load: the last good school policy over the local profile, without reading storage.managed', async () => {
  local.set(MANAGED_LAST_GOOD_KEY, { policy: policyWithManifest, receivedAt: '2026-11-01T08:00:00.000Z' });
  const read = vi.fn(() => new Promise<Record<string, unknown>>(() => {})); // never answers
  managed = read;
  const state = await loadProfileState({ managed: 'last-good' });
  expect(read).not.toHaveBeenCalled();
  expect(state.source).toBe('managed');
  expect(state.compiled.settings.school).toBe('Oakfield Primary');
  expect(state.compiled.settings.naming).toBe('none');
  expect(state.locked).toContain('settings.school');
  expect(state.problems).toEqual([]);
});

test('quick load with no policy ever received: the local profile', async () => {
  const state = await loadProfileState({ managed: 'last-good' });
  expect(state.source).toBe('local');
  expect(state.compiled.settings.school).toBe('Laptop School');
});

test('full load: reads storage.managed, applies it and remembers it as the last good policy', async () => {
  managed = async () => policyWithManifest;
  const state = await loadProfileState();
  expect(state.source).toBe('managed');
  expect(state.compiled.settings.school).toBe('Oakfield Primary');
  expect((local.get(MANAGED_LAST_GOOD_KEY) as { policy: unknown }).policy).toMatchObject(policy);
});

test('full load: storage.managed failing to read counts as no policy', async () => {
  managed = async () => {
    throw new Error('Managed storage manifest key missing');
  };
  const state = await loadProfileState();
  expect(state.source).toBe('local');
  expect(state.problems).toEqual([]);
});

test('the quick and the full load of one profile compile it once; a changed profile is compiled afresh', async () => {
  const quick = await loadProfileState({ managed: 'last-good' });
  const full = await loadProfileState();
  expect(full.compiled).toBe(quick.compiled);
  local.set(PROFILE_KEY, { version: 1, settings: { school: 'Renamed School' }, pupils: [], staff: [] });
  const changed = await loadProfileState();
  expect(changed.compiled).not.toBe(full.compiled);
  expect(changed.compiled.settings.school).toBe('Renamed School');
});

describe('roster retention on load (settings.rosterRetentionDays)', () => {
  const pupil = { forename: 'Amelia', surname: 'Clarke', group: 'Year 4', photoConsent: true, nameConsent: false };
  const staff = { title: 'Mrs', forename: 'Claire', surname: 'Magill' };
  const settings = { school: 'Laptop School', naming: 'none' as const, rosterRetentionDays: 30 };
  const longAgo = '2026-01-01T08:00:00.000Z';
  const stored = () => local.get(PROFILE_KEY) as Record<string, unknown>;

  test.each([['full'], ['quick']] as const)('%s load: an expired roster saved here is erased, settings stay, and the state says so', async (kind) => {
    local.set(PROFILE_KEY, { version: 1, settings, pupils: [pupil], staff: [staff], rosterSavedAt: longAgo });
    const state = await loadProfileState(kind === 'quick' ? { managed: 'last-good' } : {});
    expect(state.compiled.pupils).toEqual([]);
    expect(state.profile.staff).toEqual([]);
    expect(state.compiled.settings.school).toBe('Laptop School');
    expect(state.compiled.settings.naming).toBe('none');
    expect(state.rosterExpiredAt).toEqual(expect.any(String));
    expect(stored()).toMatchObject({ settings, pupils: [], staff: [], rosterSavedAt: longAgo, rosterExpiredAt: state.rosterExpiredAt });
    expect(profileLabel(state)).toBe(`Laptop School profile (on this computer; ${ROSTER_EXPIRED_LABEL})`);
  });

  test('a roster within its period is kept; one with no date is dated now, never erased', async () => {
    const recent = new Date(Date.now() - 2 * 86_400_000).toISOString();
    local.set(PROFILE_KEY, { version: 1, settings, pupils: [pupil], staff: [staff], rosterSavedAt: recent });
    expect((await loadProfileState()).compiled.pupils).toHaveLength(1);
    expect(stored().rosterSavedAt).toBe(recent);

    local.set(PROFILE_KEY, { version: 1, settings, pupils: [pupil], staff: [staff] });
    const state = await loadProfileState();
    expect(state.compiled.pupils).toHaveLength(1);
    expect(state.rosterExpiredAt).toBeUndefined();
    expect(Date.now() - Date.parse(stored().rosterSavedAt as string)).toBeLessThan(60_000);
  });

  test('no setting: an old roster is kept until replaced', async () => {
    local.set(PROFILE_KEY, { version: 1, settings: { school: 'Laptop School' }, pupils: [pupil], staff: [], rosterSavedAt: longAgo });
    expect((await loadProfileState()).compiled.pupils).toHaveLength(1);
  });

  test("a managed roster is never erased, even with the school's own retention set", async () => {
    const school = { policyName: 'Oak Trust', settings: { rosterRetentionDays: 1 }, pupils: [pupil], staff: [staff] };
    managed = async () => ({ ...school, expectedFields: fieldManifest(school) });
    local.set(MANAGED_LAST_GOOD_KEY, { policy: { ...school, expectedFields: fieldManifest(school) }, receivedAt: longAgo });
    local.set(PROFILE_KEY, { version: 1, settings: { school: 'Laptop School' }, pupils: [{ ...pupil, forename: 'Josh' }], staff: [], rosterSavedAt: longAgo });
    const state = await loadProfileState();
    // The school's roster is in force; the laptop's own (hidden under it) follows the school's retention.
    expect(state.compiled.pupils.map((p) => p.forename)).toEqual(['Amelia']);
    expect(state.profile.staff).toEqual([staff]);
    expect(state.rosterExpiredAt).toBeUndefined();
    expect(stored().pupils).toEqual([]);
    expect((local.get(MANAGED_LAST_GOOD_KEY) as { policy: { pupils: unknown[] } }).policy.pupils).toEqual([pupil]);
    expect(profileLabel(state)).not.toContain(ROSTER_EXPIRED_LABEL);
  });

  test('a roster saved after the expiry clears it: the guard is configured again', async () => {
    local.set(PROFILE_KEY, { version: 1, settings, pupils: [pupil], staff: [], rosterSavedAt: longAgo });
    await loadProfileState();
    await updateLocalProfile((p) => ({ ...p, pupils: [pupil] }));
    const state = await loadProfileState();
    expect(state.compiled.pupils).toHaveLength(1);
    expect(state.rosterExpiredAt).toBeUndefined();
    expect(stored().rosterExpiredAt).toBeUndefined();
  });

  test('an import dates the roster now, whatever the file says', async () => {
    await saveLocalProfile({ version: 1, settings, pupils: [pupil], staff: [], rosterSavedAt: longAgo });
    expect(Date.now() - Date.parse(stored().rosterSavedAt as string)).toBeLessThan(60_000);
    expect((await loadProfileState()).compiled.pupils).toHaveLength(1);
  });
});
