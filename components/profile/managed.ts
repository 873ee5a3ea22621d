/**
 * The managed policy: what a school or trust deploys through Chrome/Edge
 * policy (Linux JSON, Windows registry, Google Admin console) or Firefox
 * policies.json, read through `browser.storage.managed`.
 *
 * Shape (mirrored by assets/managed-schema.json, which Chrome enforces):
 *   { policyName?, settings?: {school, accounts, naming, hours, rules, unreadableImage, auditRetentionDays, rosterRetentionDays},
 *     pupils?: [...] | pupilsCsv?: "…", staff?: [...] | staffCsv?: "…",
 *     expectedFields?: {"settings.school": 1, "pupils": 1200, …} }
 *
 * Every field present is locked on the laptop ("set by your school").
 *
 * Chrome silently drops values that do not fit the schema. The policy
 * generator (scripts/cli/policy.ts) therefore writes `expectedFields`: every
 * field path it set, with its item count. Comparing that manifest with what
 * arrives shows exactly what was dropped. Pure TypeScript: no browser.* here.
 */
import { z } from 'zod';
import {
  PupilSchema,
  SettingsSchema,
  StaffSchema,
  formatZodError,
  type Profile,
  type Pupil,
  type Settings,
  type Staff,
} from '../../rules/profile/schema';
import { parsePupilCsv, parseStaffCsv } from '../../rules/profile/csv';

export const ManagedPolicySchema = z
  .object({
    policyName: z.string().optional(),
    settings: SettingsSchema.optional(),
    pupils: z.array(PupilSchema).optional(),
    pupilsCsv: z.string().optional(),
    staff: z.array(StaffSchema).optional(),
    staffCsv: z.string().optional(),
    expectedFields: z.record(z.string(), z.number().int()).optional(),
  })
  .strict();
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

/** The managed policy after validation and CSV parsing: ready to merge over the local profile. */
export interface ManagedProfile {
  policyName?: string;
  settings: Settings;
  pupils?: Pupil[];
  staff?: Staff[];
}

export type ManagedStatus =
  /** No managed policy (none deployed, or the browser has no managed storage). */
  | 'none'
  /** The policy arrived whole and valid, and is in force. */
  | 'applied'
  /** The policy is invalid or incomplete; the last good one stays in force. */
  | 'last-good'
  /** The policy is invalid and there is no earlier good one: the local profile stays in force. */
  | 'rejected'
  /** Chrome dropped values and there is no earlier good policy: what arrived is in force, flagged. */
  | 'partial';

export interface ManagedEvaluation {
  status: ManagedStatus;
  /** The managed profile in force, if any. */
  managed?: ManagedProfile;
  /** Field paths the generator wrote that did not arrive (Chrome dropped them). */
  dropped: string[];
  /** Validation problems, each naming the field. */
  errors: string[];
  /** Informational notes (e.g. "no expectedFields: cannot detect dropped values"). */
  notes: string[];
  /** A newly valid policy the caller should store as the last good one. */
  newLastGood?: ManagedPolicy;
}

/** What storage.local keeps so an invalid policy update does not leave the laptop unprotected. */
export interface LastGoodManaged {
  policy: ManagedPolicy;
  receivedAt: string;
}

const MANIFEST_KEY = 'expectedFields';

/**
 * Every leaf field path of a policy with its count: 1 for a scalar, the
 * length for an array (Chrome may drop single invalid list items).
 */
export function fieldManifest(policy: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) out[path] = value.length;
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    } else if (value !== undefined) out[path] = 1;
  };
  for (const [key, value] of Object.entries(policy)) if (key !== MANIFEST_KEY) walk(value, key);
  return out;
}

/** Fields the manifest promises that did not arrive, or arrived with fewer items. */
export function detectDropped(received: Record<string, unknown>): { dropped: string[]; checked: boolean } {
  const expected = received[MANIFEST_KEY];
  if (!expected || typeof expected !== 'object') return { dropped: [], checked: false };
  const actual = fieldManifest(received);
  const dropped: string[] = [];
  for (const [path, count] of Object.entries(expected as Record<string, unknown>)) {
    const got = actual[path];
    if (got === undefined) dropped.push(path);
    else if (typeof count === 'number' && got < count) dropped.push(`${path} (${count - got} of ${count} items)`);
  }
  return { dropped, checked: true };
}

/** JSON with object keys sorted: Chrome hands policy objects back in its own key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * No policy: nothing, or an empty object (what storage.managed holds when none
 * is deployed). Anything else is a policy, and if it is not an object it is an
 * invalid one: it must not count as "no policy" and drop the last good one.
 */
function isEmpty(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  return typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0;
}

/** Validate a policy and parse its CSV fields. Errors name the field (and CSV line). */
export function toManagedProfile(raw: unknown): { profile?: ManagedProfile; policy?: ManagedPolicy; errors: string[] } {
  const parsed = ManagedPolicySchema.safeParse(raw);
  if (!parsed.success) return { errors: formatZodError(parsed.error, raw) };
  const policy = parsed.data;
  const errors: string[] = [];
  let pupils = policy.pupils;
  if (policy.pupilsCsv !== undefined) {
    const csv = parsePupilCsv(policy.pupilsCsv);
    for (const e of csv.errors) errors.push(`pupilsCsv line ${e.line}: ${e.message}`);
    pupils = [...(pupils ?? []), ...csv.rows];
  }
  let staff = policy.staff;
  if (policy.staffCsv !== undefined) {
    const csv = parseStaffCsv(policy.staffCsv);
    for (const e of csv.errors) errors.push(`staffCsv line ${e.line}: ${e.message}`);
    staff = [...(staff ?? []), ...csv.rows];
  }
  if (errors.length) return { errors };
  const profile: ManagedProfile = { settings: policy.settings ?? {} };
  if (policy.policyName) profile.policyName = policy.policyName;
  if (pupils) profile.pupils = pupils;
  if (staff) profile.staff = staff;
  return { profile, policy, errors: [] };
}

/**
 * Decide which managed profile is in force: the one that arrived if it is
 * whole and valid; otherwise the last good one (storage.local), and say so.
 */
export function evaluateManaged(raw: unknown, lastGood?: LastGoodManaged): ManagedEvaluation {
  if (isEmpty(raw)) return { status: 'none', dropped: [], errors: [], notes: [] };
  const received = raw as Record<string, unknown>;
  const { dropped, checked } = detectDropped(received);
  const notes = checked
    ? []
    : ['The policy has no expectedFields list, so SafePost cannot tell whether the browser dropped values that did not fit its schema. Generate policies with "safepost policy".'];
  const { profile, policy, errors } = toManagedProfile(received);
  const fallback = lastGood ? toManagedProfile(lastGood.policy).profile : undefined;
  // lastGood comes from storage.local as is: a damaged record must not throw here.
  const since = typeof lastGood?.receivedAt === 'string' ? ` (received ${lastGood.receivedAt.slice(0, 10)})` : '';

  if (profile && dropped.length === 0) {
    const same = lastGood && canonicalJson(lastGood.policy) === canonicalJson(policy);
    return { status: 'applied', managed: profile, dropped, errors, notes, ...(same ? {} : { newLastGood: policy }) };
  }
  if (fallback) {
    notes.push(`The last good school policy${since} stays in force until this is fixed.`);
    return { status: 'last-good', managed: fallback, dropped, errors, notes };
  }
  if (profile) {
    notes.push('No earlier school policy is known, so the values that did arrive are in force.');
    return { status: 'partial', managed: profile, dropped, errors, notes };
  }
  notes.push("No earlier school policy is known, so this laptop's own profile stays in force.");
  return { status: 'rejected', dropped, errors, notes };
}

/**
 * Managed values override local ones, field by field (a rule severity at a
 * time); a managed roster or staff list replaces the local one. Returns the
 * merged profile and the locked field paths ("settings.school",
 * "settings.rules.reply", "pupils", …).
 */
/** The settings a managed policy overrides (and locks) one whole field at a time; `rules` is merged rule by rule. */
export const WHOLE_SETTINGS_KEYS = ['school', 'accounts', 'naming', 'hours', 'unreadableImage', 'auditRetentionDays', 'rosterRetentionDays'] as const;

export function mergeManaged(local: Profile | undefined, managed: ManagedProfile | undefined): { profile: Profile; locked: string[] } {
  const base: Profile = local ?? { version: 1, settings: {}, pupils: [], staff: [] };
  if (!managed) return { profile: base, locked: [] };
  const locked: string[] = [];
  const settings: Settings = { ...base.settings };
  const m = managed.settings;
  for (const key of WHOLE_SETTINGS_KEYS) {
    if (m[key] !== undefined) {
      (settings as Record<string, unknown>)[key] = m[key];
      locked.push(`settings.${key}`);
    }
  }
  if (m.rules) {
    settings.rules = { ...base.settings.rules, ...m.rules };
    for (const id of Object.keys(m.rules)) locked.push(`settings.rules.${id}`);
  }
  const profile: Profile = { ...base, settings };
  if (managed.pupils) {
    profile.pupils = managed.pupils;
    locked.push('pupils');
  }
  if (managed.staff) {
    profile.staff = managed.staff;
    locked.push('staff');
  }
  return { profile, locked };
}

export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((l) => l === path || path.startsWith(`${l}.`));
}
