/**
 * What SafePost holds on this laptop, for the options page's "Data on this
 * laptop" and a DPO's subject-access answer: every storage.local key it
 * writes, with counts and sizes, and the image findings the reader keeps in
 * memory. Pure apart from the message schemas: the options page reads
 * storage and asks the background (entrypoints/background/data.ts).
 */
import { z } from 'zod';
import { ProfileSchema, type Profile, type Pupil } from '../../rules';
import { AUDIT_KEY, parseAuditLog, summariseAudit, type AuditSummary } from './audit';
import { REMINDERS_KEY } from './reminders';
import { MANAGED_LAST_GOOD_KEY, PROFILE_KEY } from './store';
import { toManagedProfile } from './managed';

/** Every storage.local key SafePost writes. "Erase all SafePost data" clears the whole area, so a key missed here is still erased. */
export const STORED_KEYS = [PROFILE_KEY, MANAGED_LAST_GOOD_KEY, AUDIT_KEY, REMINDERS_KEY] as const;

export const HELD_IMAGES_REQUEST = 'safepost:held-images';
export const FORGET_IMAGES_REQUEST = 'safepost:forget-images';
export const HeldImagesRequestSchema = z.strictObject({ type: z.literal(HELD_IMAGES_REQUEST) });
export const ForgetImagesRequestSchema = z.strictObject({ type: z.literal(FORGET_IMAGES_REQUEST) });
export const HeldImagesReplySchema = z.strictObject({ readerRunning: z.boolean() });
export type HeldImagesReply = z.infer<typeof HeldImagesReplySchema>;

export interface HeldData {
  /** The laptop's own profile (options page or import). */
  profile: { present: boolean; bytes: number; settingsFields: number; pupils: number; staff: number; updatedAt?: string };
  /** This laptop's copy of the last good school policy (kept so a broken update does not leave it unprotected). */
  schoolPolicyCopy: { present: boolean; bytes: number; pupils: number; staff: number; receivedAt?: string };
  audit: AuditSummary & { bytes: number };
  reminders: { present: boolean; bytes: number };
  /** Keys in storage.local SafePost does not know (an older version's): erased with everything else. */
  otherKeys: string[];
  totalBytes: number;
}

/** Bytes of a stored value as JSON in UTF-8: what the browser keeps, near enough for a DPO. */
export function storedBytes(value: unknown): number {
  if (value === undefined) return 0;
  try {
    return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
  } catch {
    return 0;
  }
}

/** Summarises storage.local as read (`storage.local.get(null)`); never throws on damaged values. */
export function describeHeldData(stored: Record<string, unknown>): HeldData {
  const rawProfile = stored[PROFILE_KEY];
  const parsedProfile = ProfileSchema.safeParse(rawProfile);
  const profile: Profile | undefined = parsedProfile.success ? parsedProfile.data : undefined;
  const rawCopy = stored[MANAGED_LAST_GOOD_KEY] as { policy?: unknown; receivedAt?: unknown } | undefined;
  const copy = rawCopy && typeof rawCopy === 'object' ? toManagedProfile(rawCopy.policy).profile : undefined;
  const audit = summariseAudit(parseAuditLog(stored[AUDIT_KEY]));
  const known = new Set<string>(STORED_KEYS);
  return {
    profile: {
      present: rawProfile !== undefined,
      bytes: storedBytes(rawProfile),
      settingsFields: profile ? Object.keys(profile.settings).length : 0,
      pupils: profile?.pupils.length ?? 0,
      staff: profile?.staff.length ?? 0,
      ...(profile?.updatedAt ? { updatedAt: profile.updatedAt } : {}),
    },
    schoolPolicyCopy: {
      present: rawCopy !== undefined,
      bytes: storedBytes(rawCopy),
      pupils: copy?.pupils?.length ?? 0,
      staff: copy?.staff?.length ?? 0,
      ...(typeof rawCopy?.receivedAt === 'string' ? { receivedAt: rawCopy.receivedAt } : {}),
    },
    audit: { ...audit, bytes: storedBytes(stored[AUDIT_KEY]) },
    reminders: { present: stored[REMINDERS_KEY] !== undefined, bytes: storedBytes(stored[REMINDERS_KEY]) },
    otherKeys: Object.keys(stored).filter((k) => !known.has(k)).sort(),
    totalBytes: Object.values(stored).reduce<number>((sum, v) => sum + storedBytes(v), 0),
  };
}

/** "1.2 KB": sizes as an admin reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Pupils whose name holds the search (forename, preferred name or surname), for "Erase one pupil". */
export function findPupils(pupils: readonly Pupil[], search: string): Pupil[] {
  const words = search.trim().toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return pupils.filter((p) => {
    const name = [p.forename, p.preferred ?? '', p.surname].join(' ').toLocaleLowerCase('en-GB');
    return words.every((w) => name.includes(w));
  });
}
