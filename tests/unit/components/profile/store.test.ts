/**
 * loadProfileState against a fake `browser`: the quick load answers from the
 * last good school policy without waiting for storage.managed (whose first
 * read after a browser start takes seconds in Chromium); the full load reads
 * storage.managed and records a new last good policy.
 */
import { beforeEach, expect, test, vi } from 'vitest';

const local = new Map<string, unknown>();
let managed: () => Promise<Record<string, unknown>> = async () => ({});

vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => local.has(k)).map((k) => [k, local.get(k)])),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) local.set(k, v);
        },
      },
      managed: { get: () => managed() },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
  },
}));

const { loadProfileState, MANAGED_LAST_GOOD_KEY, PROFILE_KEY } = await import('../../../../components/profile/store');
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
