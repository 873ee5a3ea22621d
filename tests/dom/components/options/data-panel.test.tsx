// @vitest-environment happy-dom
/**
 * "Data on this laptop" against a fake browser storage: what it lists, and
 * each control (erase one pupil, erase all pupil data, erase everything,
 * the managed profile's split between what the laptop and the admin can
 * erase), and roster retention: the page's line and the Settings control. The e2e test (tests/e2e/data-controls.e2e.test.ts) runs the same
 * controls in Chromium with the guard.
 */
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, test, vi } from 'vitest';

const local = new Map<string, unknown>();
let managed: Record<string, unknown> = {};
const listeners = new Set<(changes: Record<string, unknown>, area: string) => void>();
const sent: unknown[] = [];
let readerRunning = true;

function changed(keys: string[]): void {
  const changes = Object.fromEntries(keys.map((k) => [k, {}]));
  for (const l of listeners) l(changes, 'local');
}

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: async (message: { type: string }) => {
        sent.push(message);
        if (message.type === 'safepost:held-images') return { readerRunning };
        if (message.type === 'safepost:forget-images') readerRunning = false;
        return { ok: true };
      },
    },
    storage: {
      local: {
        get: async (keys: string | string[] | null) => {
          const wanted = keys === null ? [...local.keys()] : typeof keys === 'string' ? [keys] : keys;
          return Object.fromEntries(wanted.filter((k) => local.has(k)).map((k) => [k, structuredClone(local.get(k))]));
        },
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) local.set(k, structuredClone(v));
          changed(Object.keys(items));
        },
        remove: async (keys: string | string[]) => {
          const list = typeof keys === 'string' ? [keys] : keys;
          for (const k of list) local.delete(k);
          changed(list);
        },
        clear: async () => {
          const keys = [...local.keys()];
          local.clear();
          changed(keys);
        },
      },
      managed: { get: async () => managed },
      onChanged: { addListener: (l: never) => listeners.add(l), removeListener: (l: never) => listeners.delete(l) },
    },
  },
}));

const { DataPanel } = await import('../../../../components/options/DataPanel');
const { SettingsPanel } = await import('../../../../components/options/SettingsPanel');
const { RosterPanel } = await import('../../../../components/options/RosterPanel');
const { formatDate } = await import('../../../../components/ui/bits');
const { loadProfileState, PROFILE_KEY, MANAGED_LAST_GOOD_KEY } = await import('../../../../components/profile/store');
const { fieldManifest } = await import('../../../../components/profile/managed');
const { AUDIT_KEY } = await import('../../../../components/profile/audit');
const { REMINDERS_KEY } = await import('../../../../components/profile/reminders');
const { formatBytes } = await import('../../../../components/profile/held-data');
const { mount, unmount } = await import('../../../fixtures/dom');

const PUPILS = [
  { forename: 'Wilhelmina', surname: 'Quarrington', group: 'Year 3', photoConsent: true, nameConsent: true },
  { forename: 'Bartholomew', surname: 'Eastcote', preferred: 'Barty', group: 'Year 5', photoConsent: false, nameConsent: true },
  { forename: 'Wilhelmina', surname: 'Pembury', group: 'Year 6', photoConsent: true, nameConsent: false },
];
const STAFF = [{ title: 'Ms', forename: 'Rosalind', surname: 'Thackeray' }];
const AUDIT = { '2026-11-20': { reply: { warning: 2 } }, '2026-11-23': { 'pupil-full-name': { block: 1, override: 0 } } };

function seedLocal(): void {
  local.set(PROFILE_KEY, { version: 1, settings: { school: 'Fernhollow Primary', auditRetentionDays: 120 }, pupils: PUPILS, staff: STAFF, updatedAt: '2026-11-01T09:00:00.000Z' });
  local.set(AUDIT_KEY, AUDIT);
  local.set(REMINDERS_KEY, { passwordChangedAt: '2026-09-02' });
}

/** Lets pending storage reads and Preact renders settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function render(): Promise<HTMLElement> {
  const el = mount(<DataPanel state={await loadProfileState()} />);
  await settle();
  return el;
}

/** The panel re-rendered with the state a storage change produces (App does this through useProfileState). */
async function rerender(el: HTMLElement): Promise<HTMLElement> {
  unmount(el);
  return render();
}

const row = (el: HTMLElement, what: string) => el.querySelector(`[data-held="${what}"] td`)?.textContent ?? '';
const click = async (el: Element | null) => {
  await act(async () => (el as HTMLElement).click());
  await settle();
};
async function type(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

beforeEach(() => {
  local.clear();
  managed = {};
  sent.length = 0;
  readerRunning = true;
  seedLocal();
});

describe('what SafePost holds', () => {
  test.each<[string, RegExp]>([
    ['profile', /^2 settings saved here, changed 1 Nov 2026/],
    ['roster', /^3 pupils saved here/],
    ['staff', /^1 member of staff saved here/],
    ['policy-copy', /^none$/],
    ['audit', /^3 events on 2 days, 2026-11-20 to 2026-11-23 \(counts per rule and day only; kept 120 days\)$/],
    ['reminders', /last changed/],
    ['images', /recently attached images, in memory only/],
  ])('%s', async (what, holds) => {
    expect(row(await render(), what)).toMatch(holds);
  });

  test('the total is the sum of what is stored, in bytes', async () => {
    const el = await render();
    const bytes = [...local.values()].reduce<number>((n, v) => n + new TextEncoder().encode(JSON.stringify(v)).length, 0);
    expect(bytes).toBeGreaterThan(100);
    expect(el.querySelector('[data-testid="held-total"]')?.textContent).toBe(formatBytes(bytes));
  });

  test('damaged storage is listed, not a crash', async () => {
    local.set(PROFILE_KEY, { version: 1, pupils: 'not a list' });
    local.set(AUDIT_KEY, 'garbage');
    local.set('oldKey', 1);
    const el = await render();
    expect(row(el, 'roster')).toMatch(/^0 pupils/);
    expect(row(el, 'audit')).toMatch(/^no events/);
    expect(row(el, 'other')).toMatch(/oldKey/);
  });
});

describe('export and import', () => {
  test('Export profile downloads this laptop\'s own profile as JSON', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const el = await render();
    await click(el.querySelector('[data-testid="export-profile"]'));
    createObjectURL.mockRestore();
    expect(blobs).toHaveLength(1);
    const exported = JSON.parse(await blobs[0]!.text());
    expect(exported.pupils.map((p: { surname: string }) => p.surname)).toEqual(['Quarrington', 'Eastcote', 'Pembury']);
    expect(exported.settings.school).toBe('Fernhollow Primary');
  });

  test('an import that is not a profile is refused, naming the field, and nothing is replaced', async () => {
    const el = await render();
    const input = el.querySelector('[data-testid="profile-file"]') as HTMLInputElement;
    const file = new File([JSON.stringify({ version: 1, pupils: [{ forename: 'Ada' }] })], 'bad.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(el.textContent).toMatch(/bad\.json was not imported/);
    expect(el.textContent).toMatch(/pupils\[0\]\.surname/);
    expect((local.get(PROFILE_KEY) as { pupils: unknown[] }).pupils).toHaveLength(3);
  });
});

describe('erase one pupil', () => {
  test('finds every matching pupil; erasing one keeps the namesake and forgets image findings', async () => {
    const el = await render();
    await type(el.querySelector('[data-testid="erase-pupil-search"]') as HTMLInputElement, 'wilhelmina');
    const matches = [...el.querySelectorAll('[data-match="local"]')].map((li) => li.querySelector('span')?.textContent);
    expect(matches).toEqual(['Wilhelmina Quarrington, Year 3', 'Wilhelmina Pembury, Year 6']);
    await click(el.querySelectorAll('[data-testid="erase-pupil-choose"]')[1]!);
    // Nothing erased before the confirmation.
    expect((local.get(PROFILE_KEY) as { pupils: unknown[] }).pupils).toHaveLength(3);
    await click(el.querySelector('[data-testid="erase-pupil-confirm"]'));
    const left = (local.get(PROFILE_KEY) as { pupils: { surname: string }[] }).pupils.map((p) => p.surname);
    expect(left).toEqual(['Quarrington', 'Eastcote']);
    expect(sent).toContainEqual({ type: 'safepost:forget-images' });
    expect(el.querySelector('[data-testid="data-done"]')?.textContent).toMatch(/Wilhelmina Pembury, Year 6 erased from this computer \(1 record\)/);
    // The staff list, settings and audit are untouched.
    expect(local.get(AUDIT_KEY)).toEqual(AUDIT);
  });

  test.each<[string, string, number]>([
    ['a preferred name', 'barty', 1],
    ['forename and surname', 'Wilhelmina Quar', 1],
    ['no one', 'Zebedee', 0],
  ])('search by %s', async (_name, search, count) => {
    const el = await render();
    await type(el.querySelector('[data-testid="erase-pupil-search"]') as HTMLInputElement, search);
    expect(el.querySelectorAll('[data-match="local"]')).toHaveLength(count);
    if (count === 0) expect(el.querySelector('[data-testid="erase-pupil-matches"]')?.textContent).toMatch(/No pupil on this computer matches/);
  });

  test('cancel erases nothing', async () => {
    const el = await render();
    await type(el.querySelector('[data-testid="erase-pupil-search"]') as HTMLInputElement, 'Eastcote');
    await click(el.querySelector('[data-testid="erase-pupil-choose"]'));
    await click([...el.querySelectorAll('[data-testid="erase-pupil"] button')].find((b) => b.textContent === 'Cancel')!);
    expect((local.get(PROFILE_KEY) as { pupils: unknown[] }).pupils).toHaveLength(3);
  });
});

describe('erase all pupil data', () => {
  test('empties the roster and the policy copy, keeps settings, staff and audit', async () => {
    local.set(MANAGED_LAST_GOOD_KEY, { policy: { pupils: PUPILS }, receivedAt: '2026-11-02T08:00:00.000Z' });
    const el = await render();
    expect(row(el, 'policy-copy')).toMatch(/^3 pupils, 0 members of staff, received 2 Nov 2026/);
    await click(el.querySelector('[data-testid="erase"]'));
    await click(el.querySelector('[data-testid="erase-confirm"]'));
    const profile = local.get(PROFILE_KEY) as { pupils: unknown[]; staff: unknown[]; settings: { school: string } };
    expect(profile.pupils).toEqual([]);
    expect(profile.staff).toEqual(STAFF);
    expect(profile.settings.school).toBe('Fernhollow Primary');
    expect(local.has(MANAGED_LAST_GOOD_KEY)).toBe(false);
    expect(local.get(AUDIT_KEY)).toEqual(AUDIT);
    expect(sent).toContainEqual({ type: 'safepost:forget-images' });
  });
});

describe('erase all SafePost data', () => {
  test('needs the confirmation ticked, then leaves nothing stored and the built-in default in force', async () => {
    const el = await render();
    await click(el.querySelector('[data-testid="erase-all"]'));
    const confirm = el.querySelector('[data-testid="erase-all-confirm"]') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await click(confirm);
    expect(local.size).toBe(3);
    await click(el.querySelector('[data-testid="erase-all-understood"]'));
    await click(el.querySelector('[data-testid="erase-all-confirm"]'));
    expect(local.size).toBe(0);
    expect(sent).toContainEqual({ type: 'safepost:forget-images' });
    expect((await loadProfileState()).source).toBe('default');
    const after = await rerender(el);
    expect(row(after, 'roster')).toMatch(/^0 pupils/);
    expect(row(after, 'audit')).toMatch(/^no events \(counts per rule and day only; kept 90 days\)/);
    expect(row(after, 'images')).toMatch(/^none: the image reader is not running/);
  });
});

describe('a managed profile', () => {
  const policy = { policyName: 'Fernhollow Trust', settings: { auditRetentionDays: 30 }, pupils: [PUPILS[0]!], staff: STAFF };

  beforeEach(() => {
    managed = { ...policy, expectedFields: fieldManifest(policy) };
  });

  test('says what only the admin can change, and what can be erased here', async () => {
    const el = await render();
    const text = el.querySelector('[data-testid="managed-data"]')?.textContent ?? '';
    expect(text).toMatch(/the pupil roster \(1 pupil\), the staff list \(1 member\), 1 setting/);
    expect(text).toMatch(/cannot be erased on this computer/);
    expect(text).toMatch(/What you can erase here/);
    expect(row(el, 'audit')).toMatch(/kept 30 days/);
    expect(row(el, 'roster')).toMatch(/1 pupil from your school's policy/);
  });

  test('a pupil in the policy roster is shown with no erase button, the laptop\'s own copy with one', async () => {
    const el = await render();
    await type(el.querySelector('[data-testid="erase-pupil-search"]') as HTMLInputElement, 'Quarrington');
    expect(el.querySelectorAll('[data-match="local"] [data-testid="erase-pupil-choose"]')).toHaveLength(1);
    const fromPolicy = el.querySelector('[data-match="managed"]');
    expect(fromPolicy?.textContent).toMatch(/in your school's policy\. Only your IT admin can remove this pupil/);
    expect(fromPolicy?.querySelector('button')).toBeNull();
  });

  test('without a policy there is no "Set by your school" section', async () => {
    managed = {};
    expect((await render()).querySelector('[data-testid="managed-data"]')).toBeNull();
  });
});

describe('roster retention (settings.rosterRetentionDays)', () => {
  const DAY = 86_400_000;
  const seedRoster = (settings: Record<string, unknown>, rosterSavedAt?: string) =>
    local.set(PROFILE_KEY, { version: 1, settings: { school: 'Fernhollow Primary', ...settings }, pupils: PUPILS, staff: STAFF, ...(rosterSavedAt ? { rosterSavedAt } : {}) });
  const line = (el: HTMLElement) => el.querySelector('[data-testid="roster-retention"]')?.textContent ?? '';

  test("Data on this laptop: the roster's age and the date it will be erased", async () => {
    const saved = new Date(Date.now() - 10 * DAY).toISOString();
    seedRoster({ rosterRetentionDays: 30 }, saved);
    const el = await render();
    expect(line(el)).toContain(`Imported or saved ${formatDate(saved)} (10 days ago)`);
    expect(line(el)).toContain(`will be erased on ${formatDate(new Date(Date.parse(saved) + 30 * DAY).toISOString())} (30 days after it was saved)`);
  });

  test('without the setting the roster is kept until replaced, and loading writes nothing', async () => {
    seedRoster({});
    const el = await render();
    expect(line(el)).toMatch(/^Date saved not yet recorded; kept until it is replaced \(no retention period set\)\./);
    // Every tab loads the profile: a load that wrote would race with saves and erasures elsewhere.
    expect((local.get(PROFILE_KEY) as { rosterSavedAt?: string }).rosterSavedAt).toBeUndefined();
  });

  test('with the setting, a roster with no date of its own counts from the profile\'s last save', async () => {
    const updatedAt = new Date(Date.now() - 5 * DAY).toISOString();
    local.set(PROFILE_KEY, { version: 1, settings: { school: 'Fernhollow Primary', rosterRetentionDays: 30 }, pupils: PUPILS, staff: STAFF, updatedAt });
    const el = await render();
    expect(line(el)).toContain(`Imported or saved ${formatDate(updatedAt)} (5 days ago)`);
    expect((local.get(PROFILE_KEY) as { rosterSavedAt?: string }).rosterSavedAt).toBeUndefined();
  });

  test('with the setting, a roster with no date at all is dated on first load, never erased for it', async () => {
    seedRoster({ rosterRetentionDays: 30 });
    const el = await render();
    expect(line(el)).toMatch(/\(today\); will be erased on /);
    expect((local.get(PROFILE_KEY) as { rosterSavedAt?: string }).rosterSavedAt).toEqual(expect.any(String));
  });

  test('an expired roster is erased on load, settings stay, and the page says to ask the IT admin', async () => {
    seedRoster({ rosterRetentionDays: 30, auditRetentionDays: 120 }, new Date(Date.now() - 31 * DAY).toISOString());
    const el = await render();
    expect(row(el, 'roster')).toMatch(/^0 pupils saved here/);
    expect(row(el, 'staff')).toMatch(/^0 members of staff saved here/);
    expect(line(el)).toMatch(/^The roster saved here was erased on .*: it was older than the 30 days your school keeps it\. Ask your IT admin for a new roster\.$/);
    expect(row(el, 'audit')).toMatch(/kept 120 days/);
    const pupils = mount(<RosterPanel state={await loadProfileState()} />);
    await settle();
    expect(pupils.textContent).toMatch(/The roster expired\.The pupils and staff saved on this computer were erased on .*Ask your IT admin for one\./);
  });

  test("a roster from the school's policy is not affected, and the page says so", async () => {
    const policy = { policyName: 'Fernhollow Trust', settings: { rosterRetentionDays: 1 }, pupils: [PUPILS[0]!] };
    managed = { ...policy, expectedFields: fieldManifest(policy) };
    seedRoster({}, new Date(Date.now() - 2 * DAY).toISOString());
    const el = await render();
    expect(row(el, 'roster')).toMatch(/1 pupil from your school's policy/);
    expect(line(el)).toContain("The roster from your school's policy is not affected: only your IT admin can change it.");
  });

  describe('the Settings control', () => {
    async function renderSettings(): Promise<HTMLElement> {
      const el = mount(<SettingsPanel state={await loadProfileState()} />);
      await settle();
      return el;
    }
    const input = (el: HTMLElement) => el.querySelector('#roster-retention') as HTMLInputElement;

    test('empty by default; a value typed and saved is stored; the help says the school roster is not erased', async () => {
      const el = await renderSettings();
      expect(input(el).value).toBe('');
      expect(el.querySelector('label[for="roster-retention"]')?.textContent).toBe('Erase the roster saved here after');
      expect(el.querySelector('[data-testid="roster-retention-help"]')?.textContent).toMatch(/supplies is the school's: it is not erased here/);
      await type(input(el), '365');
      await click(el.querySelector('[data-testid="save-settings"]'));
      expect((local.get(PROFILE_KEY) as { settings: Record<string, unknown> }).settings.rosterRetentionDays).toBe(365);
    });

    test('a value out of range is not saved and the error names the field', async () => {
      const el = await renderSettings();
      await type(input(el), '0');
      await click(el.querySelector('[data-testid="save-settings"]'));
      expect(el.textContent).toContain('rosterRetentionDays: must be at least 1 day (got 0)');
      expect((local.get(PROFILE_KEY) as { settings: Record<string, unknown> }).settings).not.toHaveProperty('rosterRetentionDays');
    });

    test('set by the school: shown and locked', async () => {
      const policy = { settings: { rosterRetentionDays: 200 } };
      managed = { ...policy, expectedFields: fieldManifest(policy) };
      const el = await renderSettings();
      expect(input(el).value).toBe('200');
      expect(input(el).disabled).toBe(true);
    });
  });
});
