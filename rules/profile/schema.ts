/**
 * zod schemas for the settings file (../shared/RULES.md), roster rows, staff
 * rows and the whole profile. Every error names the field and the bad value.
 */
import { z } from 'zod';
import { RULE_IDS, type RuleId, type Severity } from '../types';

export const SEVERITIES = ['block', 'confirm', 'warn', 'off'] as const;
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

const handle = z
  .string()
  .trim()
  .regex(/^@?[A-Za-z0-9_]{1,15}$/, { message: 'must be an X handle such as "@OakfieldPrimary"' })
  .transform((h) => (h.startsWith('@') ? h : `@${h}`));

export const RuleSeveritiesSchema = z
  .record(z.string(), z.enum(SEVERITIES))
  .superRefine((rules, ctx) => {
    for (const id of Object.keys(rules)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) {
        ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule id "${id}"` });
      }
    }
  }) as unknown as z.ZodType<Partial<Record<RuleId, Severity>>>;

/** The settings file: every field optional; missing fields take the default profile's values. */
export const SettingsSchema = z
  .object({
    school: z.string().trim().min(1).max(200).optional(),
    accounts: z.array(handle).optional(),
    naming: z.enum(['none', 'first-name-only']).optional(),
    hours: HoursSchema.optional(),
    rules: RuleSeveritiesSchema.optional(),
    /**
     * What an image that cannot be read (OCR failed or timed out) does to the
     * send. Not in RULES.md's example; the project's own addition.
     */
    unreadableImage: z.enum(['block', 'confirm']).optional(),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export interface ResolvedSettings {
  school: string;
  accounts: string[];
  naming: 'none' | 'first-name-only';
  hours: z.infer<typeof HoursSchema>;
  rules: Record<RuleId, Severity>;
  unreadableImage: 'block' | 'confirm';
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

/** The whole profile: what the options page exports/imports and storage holds. */
export const ProfileSchema = z
  .object({
    version: z.literal(1).default(1),
    settings: SettingsSchema.default({}),
    pupils: z.array(PupilSchema).default([]),
    staff: z.array(StaffSchema).default([]),
    updatedAt: z.string().optional(),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;

/** "hours.start: must be a 24-hour time "HH:MM" (got "8am")" — one line per issue. */
export function formatZodError(error: z.ZodError, input?: unknown): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    let got = '';
    if (input !== undefined) {
      let v: unknown = input;
      for (const key of issue.path) {
        if (v && typeof v === 'object') v = (v as Record<PropertyKey, unknown>)[key as PropertyKey];
        else v = undefined;
      }
      if (v !== undefined && typeof v !== 'object') got = ` (got ${JSON.stringify(v)})`;
      else if (issue.code === 'unrecognized_keys') got = '';
    }
    return `${path || '(root)'}: ${issue.message}${got}`;
  });
}
