/**
 * Roster retention (settings.rosterRetentionDays): the roster and staff list
 * saved on this laptop are erased a set number of days after they were last
 * imported or saved. Settings stay. A roster the school's managed policy
 * supplies is the school's and is never erased here. Pure: the store
 * (components/profile/store.ts) reads and writes storage.
 */
import type { Profile } from './schema';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment the roster saved at `savedAt` is erased, or undefined when it is kept until replaced or the date is unreadable. */
export function rosterEraseDate(savedAt: string | undefined, retentionDays: number | undefined): Date | undefined {
  if (savedAt === undefined || retentionDays === undefined) return undefined;
  const saved = Date.parse(savedAt);
  if (Number.isNaN(saved)) return undefined;
  return new Date(saved + retentionDays * DAY_MS);
}

/**
 * Whether the roster saved at `savedAt` is older than `retentionDays` at
 * `now`. Never on a missing or unreadable date, nor without a setting: an
 * unknown age is not a reason to erase.
 */
export function rosterExpired(savedAt: string | undefined, retentionDays: number | undefined, now: Date): boolean {
  const eraseAt = rosterEraseDate(savedAt, retentionDays);
  return eraseAt !== undefined && now.getTime() >= eraseAt.getTime();
}

/** Whole days since `savedAt` (0 on the day itself); undefined on a missing or unreadable date. */
export function rosterAgeDays(savedAt: string | undefined, now: Date): number | undefined {
  const saved = savedAt === undefined ? Number.NaN : Date.parse(savedAt);
  if (Number.isNaN(saved)) return undefined;
  return Math.max(0, Math.floor((now.getTime() - saved) / DAY_MS));
}

const hasRoster = (p: Profile) => p.pupils.length > 0 || p.staff.length > 0;

/** When the laptop's roster was last saved: its own date, else the profile's last save. */
export function rosterSavedDate(profile: Pick<Profile, 'rosterSavedAt' | 'updatedAt'>): string | undefined {
  return profile.rosterSavedAt ?? profile.updatedAt;
}

/**
 * What loading the laptop's profile does about retention. Every tab loads
 * the profile, so a load writes only when it must: with no retention set,
 * never; a roster with no date of its own counts from the profile's last
 * save (`updatedAt`), and only a profile with neither date is dated now; an
 * expired roster is erased, pupils and staff only, and the erasure dated.
 * `changed`: the profile must be written back.
 */
export function applyRosterRetention(
  local: Profile,
  retentionDays: number | undefined,
  now: Date,
): { profile: Profile; changed: boolean; erased: boolean } {
  if (!hasRoster(local) || retentionDays === undefined) return { profile: local, changed: false, erased: false };
  const savedAt = rosterSavedDate(local);
  if (savedAt === undefined) {
    return { profile: { ...local, rosterSavedAt: now.toISOString() }, changed: true, erased: false };
  }
  if (!rosterExpired(savedAt, retentionDays, now)) return { profile: local, changed: false, erased: false };
  return { profile: { ...local, pupils: [], staff: [], rosterExpiredAt: now.toISOString() }, changed: true, erased: true };
}

/**
 * Dates a save: a roster or staff list that gained or changed rows (an
 * import, an added or edited pupil) counts from now, and no longer shows as
 * expired. Removing rows does not restart the clock for the rest.
 */
export function stampRosterSave(before: Profile | undefined, after: Profile, now: Date): Profile {
  const rows = (p: Profile | undefined) => new Set([...(p?.pupils ?? []), ...(p?.staff ?? [])].map((r) => JSON.stringify(r)));
  const old = rows(before);
  const gained = [...rows(after)].some((r) => !old.has(r));
  if (!gained) return after;
  const { rosterExpiredAt: _gone, ...rest } = after;
  return { ...rest, rosterSavedAt: now.toISOString() };
}
