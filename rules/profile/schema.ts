/**
 * zod schemas for the settings file (../shared/RULES.md), roster rows, staff
 * rows and the whole profile. Every error names the field and the bad value.
 */
import { z } from 'zod';
import { RULE_IDS, type RuleId, type Severity } from '../rule-ids';
import { SETTINGS_ACCOUNT_HANDLE, type AccountHandleFormat } from './account-handle';

export const SEVERITIES = ['block', 'confirm', 'warn', 'off'] as const;
/** Audit retention bounds: a day at least (today's counts), two school years at most. */
export const AUDIT_RETENTION_MIN_DAYS = 1;
export const AUDIT_RETENTION_MAX_DAYS = 730;
/** Roster retention bounds: the same as the audit log's. */
export const ROSTER_RETENTION_MIN_DAYS = AUDIT_RETENTION_MIN_DAYS;
export const ROSTER_RETENTION_MAX_DAYS = AUDIT_RETENTION_MAX_DAYS;

/** A retention period in whole days, bounded so a typo cannot keep data for ever. */
const retentionDays = () =>
  z
    .number()
    .int()
    .min(AUDIT_RETENTION_MIN_DAYS, { message: `must be at least ${AUDIT_RETENTION_MIN_DAYS} day` })
    .max(AUDIT_RETENTION_MAX_DAYS, { message: `must be at most ${AUDIT_RETENTION_MAX_DAYS} days (two school years)` })
    .optional();
export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Day = (typeof DAYS)[number];

const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a 24-hour time "HH:MM"' });

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const HoursSchema = z
  .object({
    days: z.array(z.enum(DAYS)),
    start: hhmm,
    end: hhmm,
    timezone: z.string().refine(isTimeZone, { message: 'is not an IANA time zone such as "Europe/London"' }),
  })
  .strict();

/** One account handle in the site's format (given as data: rules/ knows no site), stored with its prefix. */
export function accountHandleSchema(format: AccountHandleFormat) {
  return z
    .string()
    .trim()
    .regex(format.pattern, { message: `must be an ${format.site} handle such as "${format.example}"` })
    .transform((h) => (h.startsWith(format.prefix) ? h : `${format.prefix}${h}`));
}

/**
 * `rules` in the settings file: rule id → severity. Checked by hand so that an
 * unknown id and a bad severity are both reported, each naming its rule. The
 * ids are read off the input itself: a record schema drops a "__proto__" key
 * without a word, and an id nobody checked must not pass as valid.
 */
export const RuleSeveritiesSchema = z
  .unknown()
  .superRefine((rules, ctx) => {
    if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return; // the record below says "must be an object"
    for (const [id, severity] of Object.entries(rules)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) {
        ctx.addIssue({ code: 'custom', path: [id], message: 'unknown rule id' });
      } else if (!(SEVERITIES as readonly unknown[]).includes(severity)) {
        ctx.addIssue({ code: 'custom', path: [id], message: `must be one of ${SEVERITIES.join(', ')}` });
      }
    }
  })
  .pipe(z.record(z.string(), z.unknown())) as unknown as z.ZodType<Partial<Record<RuleId, Severity>>>;

/**
 * The settings file: every field optional; missing fields take the default
 * profile's values. `accounts` are validated in the handle format given (a
 * site adapter's `account.handle`); SettingsSchema uses the settings
 * contract's own (RULES.md).
 */
export function settingsSchemaFor(handle: AccountHandleFormat) {
  return z
    .object({
      school: z.string().trim().min(1).max(200).optional(),
      accounts: z.array(accountHandleSchema(handle)).optional(),
      naming: z.enum(['none', 'first-name-only']).optional(),
      hours: HoursSchema.optional(),
      rules: RuleSeveritiesSchema.optional(),
      /**
       * What an image that cannot be read (OCR failed or timed out) does to the
       * send. Not in RULES.md's example; the project's own addition.
       */
      unreadableImage: z.enum(['block', 'confirm']).optional(),
      /**
       * Days of audit counts kept on the laptop (default 90). Not in RULES.md's
       * example; optional like every field there, so settings files written
       * before it still load. Bounded so a typo cannot keep counts for ever.
       */
      auditRetentionDays: retentionDays(),
      /**
       * Days the roster and staff list saved on this laptop are kept after
       * they were last imported or saved; then they are erased (settings
       * stay). Absent: kept until replaced. A roster the managed policy
       * supplies is the school's and is never erased by it. Optional, like
       * auditRetentionDays.
       */
      rosterRetentionDays: retentionDays(),
    })
    .strict();
}
export const SettingsSchema = settingsSchemaFor(SETTINGS_ACCOUNT_HANDLE);
export type Settings = z.infer<typeof SettingsSchema>;

export interface ResolvedSettings {
  school: string;
  accounts: string[];
  naming: 'none' | 'first-name-only';
  hours: z.infer<typeof HoursSchema>;
  rules: Record<RuleId, Severity>;
  unreadableImage: 'block' | 'confirm';
  auditRetentionDays: number;
  /** Absent: the laptop's roster is kept until replaced. */
  rosterRetentionDays?: number;
}

export const PupilSchema = z
  .object({
    forename: z.string().trim().min(1, { message: 'is empty' }),
    surname: z.string().trim().min(1, { message: 'is empty' }),
    preferred: z.string().trim().optional(),
    group: z.string().trim().default(''),
    photoConsent: z.boolean(),
    nameConsent: z.boolean(),
  })
  .strict();
export type Pupil = z.infer<typeof PupilSchema>;

export const StaffSchema = z
  .object({
    title: z.string().trim().default(''),
    forename: z.string().trim().default(''),
    surname: z.string().trim().min(1, { message: 'is empty' }),
  })
  .strict();
export type Staff = z.infer<typeof StaffSchema>;

/** The whole profile: what the options page exports/imports and storage holds (accounts in `handle`'s format). */
export function profileSchemaFor(handle: AccountHandleFormat) {
  return z
    .object({
      version: z.literal(1).default(1),
      settings: settingsSchemaFor(handle).default({}),
      pupils: z.array(PupilSchema).default([]),
      staff: z.array(StaffSchema).default([]),
      updatedAt: z.string().optional(),
      /** When the roster or staff list saved here was last imported or saved (ISO): rosterRetentionDays counts from it. */
      rosterSavedAt: z.string().optional(),
      /** When rosterRetentionDays erased the roster and staff saved here (ISO); cleared by the next roster saved. */
      rosterExpiredAt: z.string().optional(),
    })
    .strict();
}
export const ProfileSchema = profileSchemaFor(SETTINGS_ACCOUNT_HANDLE);
export type Profile = z.infer<typeof ProfileSchema>;

/** `hours.days[0]`, `rules.reply`; a key that is empty or holds a dot, bracket or space is quoted: `expectedFields["settings.school"]`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key !== 'string' || !/^[\w$-]+$/.test(key)) out += `[${JSON.stringify(String(key))}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

/** The bad value as the admin would write it; never throws (a BigInt has no JSON). */
function shown(value: unknown): string {
  if (typeof value === 'bigint') return `${value}`;
  return JSON.stringify(value) ?? String(value);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v && typeof v === 'object') v = (v as Record<PropertyKey, unknown>)[key];
    else return undefined;
  }
  return v;
}

const ARTICLE: Record<string, string> = { array: 'a list', object: 'an object', record: 'an object', string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false' };

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      if (value === undefined) return 'is required';
      return `must be ${ARTICLE[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      return issue.message;
    default:
      return issue.message;
  }
}

/**
 * One line per problem, naming the field and the bad value:
 * `rules.reply: must be one of block, confirm, warn, off (got "stop")`,
 * `rules.no-such-rule: unknown rule id`, `hours.start: must be a 24-hour time "HH:MM" (got "8am")`.
 */
export function formatZodError(error: z.ZodError, input?: unknown): string[] {
  const lines: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) lines.push(`${formatPath([...issue.path, key])}: unknown field`);
      continue;
    }
    const path = formatPath(issue.path);
    const value = input === undefined ? undefined : valueAt(input, issue.path);
    const message = describeIssue(issue, value);
    const showValue = value !== undefined && (typeof value !== 'object' || value === null) && !message.startsWith('unknown');
    lines.push(`${path || '(root)'}: ${message}${showValue ? ` (got ${shown(value)})` : ''}`);
  }
  return lines;
}
