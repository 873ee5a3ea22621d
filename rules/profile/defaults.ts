import { RULE_IDS, type RuleId, type Severity } from '../rule-ids';
import type { ResolvedSettings, Settings } from './schema';
import { ALL_RULES } from '../registry';

/** The "default" column of RULES.md, read off each rule's meta. */
export function defaultSeverities(): Record<RuleId, Severity> {
  const out = {} as Record<RuleId, Severity>;
  for (const rule of ALL_RULES) out[rule.id] = rule.meta.defaultSeverity;
  for (const id of RULE_IDS) if (!(id in out)) throw new Error(`rule ${id} is not registered`);
  return out;
}

/** Built-in profile: works before any admin set-up. */
export const DEFAULT_SETTINGS: Omit<ResolvedSettings, 'rules'> = {
  school: 'Your school',
  accounts: [],
  naming: 'first-name-only',
  hours: { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], start: '08:00', end: '18:00', timezone: 'Europe/London' },
  unreadableImage: 'block',
  // A half term and a bit: enough to see a pattern for governors, short enough to hold little.
  auditRetentionDays: 90,
};

/** Fill every missing field of a (validated) settings file from the default profile. */
export function resolveSettings(settings: Settings = {}): ResolvedSettings {
  return {
    school: settings.school ?? DEFAULT_SETTINGS.school,
    accounts: settings.accounts ?? [...DEFAULT_SETTINGS.accounts],
    naming: settings.naming ?? DEFAULT_SETTINGS.naming,
    hours: settings.hours ?? { ...DEFAULT_SETTINGS.hours, days: [...DEFAULT_SETTINGS.hours.days] },
    rules: { ...defaultSeverities(), ...settings.rules },
    unreadableImage: settings.unreadableImage ?? DEFAULT_SETTINGS.unreadableImage,
    auditRetentionDays: settings.auditRetentionDays ?? DEFAULT_SETTINGS.auditRetentionDays,
    // No default: without the setting the laptop's roster is kept until replaced.
    ...(settings.rosterRetentionDays !== undefined ? { rosterRetentionDays: settings.rosterRetentionDays } : {}),
  };
}
