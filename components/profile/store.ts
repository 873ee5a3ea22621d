/**
 * The profile in force, as the extension's pages and content scripts read it.
 * Pupil data lives only in browser.storage.local (never sync: names must not
 * travel to other browsers).
 *
 * Layers: the built-in default, then the laptop's own profile (storage.local,
 * edited on the options page), then the school's managed policy
 * (storage.managed), which overrides field by field and locks what it sets.
 * An invalid managed policy keeps the last good one in force (kept in
 * storage.local under MANAGED_LAST_GOOD_KEY).
 */
import { browser } from 'wxt/browser';
import {
  applyRosterRetention,
  compileProfile,
  ProfileSchema,
  formatZodError,
  stampRosterSave,
  type CompiledProfile,
  type Profile,
  type Pupil,
} from '../../rules';
import { evaluateManaged, mergeManaged, type LastGoodManaged, type ManagedStatus } from './managed';

export const PROFILE_KEY = 'profile';
export const MANAGED_LAST_GOOD_KEY = 'managedLastGood';

export type ProfileSource = 'default' | 'local' | 'managed';

export interface ProfileState {
  compiled: CompiledProfile;
  source: ProfileSource;
  /** Problems found while loading (bad stored profile, dropped managed values…). */
  problems: string[];
  updatedAt?: string;
  /** The merged profile (uncompiled), for the options page and exports. */
  profile: Profile;
  /** The laptop's own profile, before the managed policy is laid over it. */
  localProfile?: Profile;
  /** Field paths the managed policy sets: shown locked ("set by your school"). */
  locked: string[];
  /**
   * When settings.rosterRetentionDays erased the roster saved on this laptop
   * (ISO), while no roster has replaced it (none saved here, none from the
   * school's policy): the guard says so instead of looking configured.
   */
  rosterExpiredAt?: string;
  managed: {
    status: ManagedStatus;
    policyName?: string;
    dropped: string[];
    errors: string[];
    notes: string[];
  };
}

export function parseStoredProfile(raw: unknown): { profile?: Profile; problems: string[] } {
  if (raw === undefined || raw === null) return { problems: [] };
  const parsed = ProfileSchema.safeParse(raw);
  if (parsed.success) return { profile: parsed.data, problems: [] };
  return { problems: formatZodError(parsed.error, raw).map((p) => `stored profile: ${p}`) };
}

/**
 * storage.managed rejects when the browser has no managed storage for the
 * extension (no schema, Firefox without policies.json, Safari…): treat that
 * as "no policy", like uBlock Origin Lite does.
 */
export async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    const area = browser.storage?.managed;
    if (!area) return {};
    return ((await area.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export interface LoadOptions {
  /**
   * "last-good": do not wait for storage.managed — Chromium's first read of
   * it after a browser start can take seconds — and lay the last good school
   * policy this laptop received over its own profile instead. For a first,
   * quick answer; the caller follows it with a full load.
   */
  managed?: 'read' | 'last-good';
}

/**
 * The last profile compiled, by its content. A page loads the profile twice
 * as it starts (the quick answer from the last good policy, then the full
 * read of storage.managed), and both are the same profile on every start but
 * the first after a policy change: the roster and staff indexes of 2,000
 * pupils are built once, and the check cache (keyed by the compiled profile)
 * stays warm across the two.
 */
let lastCompiled: { key: string; compiled: CompiledProfile } | undefined;

function compiledOnce(profile: Profile): CompiledProfile {
  const key = JSON.stringify(profile);
  if (lastCompiled?.key !== key) lastCompiled = { key, compiled: compileProfile(profile) };
  return lastCompiled.compiled;
}

export async function loadProfileState(options: LoadOptions = {}): Promise<ProfileState> {
  const quick = options.managed === 'last-good';
  const [stored, managedRaw] = await Promise.all([
    browser.storage.local.get([PROFILE_KEY, MANAGED_LAST_GOOD_KEY]),
    quick ? undefined : readManagedStorage(),
  ]);
  const parsedLocal = parseStoredProfile(stored[PROFILE_KEY]);
  const problems = parsedLocal.problems;
  let localProfile = parsedLocal.profile;
  const lastGood = stored[MANAGED_LAST_GOOD_KEY] as LastGoodManaged | undefined;
  const evaluation = quick ? evaluateManaged(lastGood?.policy ?? {}, lastGood) : evaluateManaged(managedRaw, lastGood);
  if (!quick && evaluation.newLastGood) {
    const record: LastGoodManaged = { policy: evaluation.newLastGood, receivedAt: new Date().toISOString() };
    await browser.storage.local.set({ [MANAGED_LAST_GOOD_KEY]: record }).catch(() => undefined);
  }
  for (const d of evaluation.dropped) problems.push(`school policy: the browser dropped ${d} (it did not fit the policy schema)`);
  for (const e of evaluation.errors) problems.push(`school policy: ${e}`);
  if (evaluation.status !== 'applied') for (const n of evaluation.notes) if (evaluation.status !== 'none') problems.push(n);

  if (localProfile) {
    // Roster retention: the days in force (the school's policy may set them) decide for the roster saved here only.
    const days = mergeManaged(localProfile, evaluation.managed).profile.settings.rosterRetentionDays;
    if (applyRosterRetention(localProfile, days, new Date()).changed) localProfile = await persistRosterRetention(days) ?? localProfile;
  }
  const { profile, locked } = mergeManaged(localProfile, evaluation.managed);
  const rosterExpiredAt =
    localProfile?.rosterExpiredAt && profile.pupils.length === 0 && !locked.includes('pupils') ? localProfile.rosterExpiredAt : undefined;
  const source: ProfileSource = evaluation.managed ? 'managed' : localProfile ? 'local' : 'default';
  const updatedAt =
    source === 'managed' ? (lastGood?.receivedAt ?? new Date().toISOString()) : localProfile?.updatedAt;
  return {
    compiled: compiledOnce(profile),
    source,
    problems,
    updatedAt: evaluation.newLastGood ? new Date().toISOString() : updatedAt,
    profile,
    localProfile,
    locked,
    ...(rosterExpiredAt ? { rosterExpiredAt } : {}),
    managed: {
      status: evaluation.status,
      policyName: evaluation.managed?.policyName,
      dropped: evaluation.dropped,
      errors: evaluation.errors,
      notes: evaluation.notes,
    },
  };
}

/**
 * Replace the laptop's own profile (an import): its roster and staff list
 * count as saved now for roster retention, whatever date the file carries.
 */
/**
 * Writes what roster retention does to the stored profile (a first date, or
 * the erasure), worked out again on a fresh read so that a save made since
 * this load read the profile is not overwritten with the older copy.
 * Returns the profile now stored.
 */
async function persistRosterRetention(days: number | undefined): Promise<Profile | undefined> {
  try {
    const fresh = parseStoredProfile((await browser.storage.local.get(PROFILE_KEY))[PROFILE_KEY]).profile;
    if (!fresh) return undefined;
    const kept = applyRosterRetention(fresh, days, new Date());
    if (kept.changed) await browser.storage.local.set({ [PROFILE_KEY]: kept.profile });
    return kept.profile;
  } catch {
    return undefined;
  }
}

export async function saveLocalProfile(profile: Profile): Promise<void> {
  await writeLocalProfile(stampRosterSave(undefined, profile, new Date()));
}

async function writeLocalProfile(profile: Profile): Promise<void> {
  const valid = ProfileSchema.parse({ ...profile, updatedAt: new Date().toISOString() });
  await browser.storage.local.set({ [PROFILE_KEY]: valid });
}

/** Calls back with the new state whenever the stored profile changes. Returns an unsubscribe. */
export function watchProfileState(onChange: (state: ProfileState) => void): () => void {
  // Reloads are serialised and coalesced: a burst of changes (an import, a
  // policy edit) yields the latest state, never an older one after a newer.
  let running: Promise<void> | undefined;
  let again = false;
  const reload = () => {
    if (running) {
      again = true;
      return;
    }
    running = loadProfileState()
      .then(onChange, () => undefined)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          reload();
        }
      });
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && PROFILE_KEY in changes) || area === 'managed') reload();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const EMPTY_PROFILE: Profile = { version: 1, settings: {}, pupils: [], staff: [] };

/** Read the laptop's own profile, change it, validate and save it. */
export async function updateLocalProfile(change: (profile: Profile) => Profile): Promise<void> {
  const stored = await browser.storage.local.get(PROFILE_KEY);
  const { profile } = parseStoredProfile(stored[PROFILE_KEY]);
  const before = profile ?? structuredClone(EMPTY_PROFILE);
  // A roster or staff list that gained or changed rows counts as saved now (roster retention).
  await writeLocalProfile(stampRosterSave(before, change(structuredClone(before)), new Date()));
}

/**
 * Remove every pupil record this browser holds: the local roster and the
 * stored copy of the last good school policy. A managed roster arrives again
 * from the policy itself; only the school can remove it there.
 */
export async function eraseLocalPupilData(): Promise<void> {
  await updateLocalProfile((p) => ({ ...p, pupils: [] }));
  await browser.storage.local.remove(MANAGED_LAST_GOOD_KEY);
}

/** The same pupil: names and group compared after trimming and case-folding (a re-imported row may differ in case). */
export function samePupil(a: Pupil, b: Pupil): boolean {
  const norm = (s: string | undefined) => (s ?? '').trim().toLocaleLowerCase('en-GB');
  return norm(a.forename) === norm(b.forename) && norm(a.surname) === norm(b.surname) && norm(a.group) === norm(b.group);
}

/**
 * Remove one pupil from the laptop's own roster (every row that is the same
 * pupil: same names and group). The audit log holds no names, so there is
 * no other stored trace; the caller also asks the background to forget the
 * image findings held in memory (the text read from an image may name them).
 * A pupil in the school's managed roster stays there: only the school can
 * remove them from the policy. Returns how many rows were removed.
 */
export async function eraseLocalPupil(pupil: Pupil): Promise<number> {
  let removed = 0;
  await updateLocalProfile((p) => {
    const pupils = p.pupils.filter((q) => !samePupil(q, pupil));
    removed = p.pupils.length - pupils.length;
    return { ...p, pupils };
  });
  return removed;
}

/**
 * Everything SafePost stored on this laptop: profile, roster, staff, the copy
 * of the school policy, the audit log, reminders (the whole of its
 * storage.local, so nothing an older version wrote is left). What the school's
 * managed policy sets is not on the laptop to erase: the browser hands it to
 * SafePost again at once. Afterwards SafePost is as at first start.
 */
export async function eraseAllLocalData(): Promise<void> {
  await browser.storage.local.clear();
}
