/**
 * Rule ids and severities: a leaf module (imports nothing) so that the
 * settings schema, the name indexes and the engine's types can all use them
 * without importing each other (types → roster-index → schema → types was a
 * circle).
 */
export type Severity = 'block' | 'confirm' | 'warn' | 'off';
export type ActiveSeverity = Exclude<Severity, 'off'>;
export type Verdict = 'block' | 'confirm' | 'warn' | 'ok';

/**
 * Fixed by ../shared/RULES.md. Never rename. In the order of its rules table.
 */
export const RULE_IDS = [
  'pupil-full-name',
  'pupil-name',
  'identifiable-name',
  'name-with-photo',
  'photo-consent',
  'targeted-comment',
  'outside-hours',
  'reply',
  'direct-message',
  'text-speak',
  'offensive-language',
  'negative-tone',
  'staff-opinion',
  'personal-data',
  'safeguarding-secret',
  'sensitive-detail',
  'school-account',
  'copyright',
  'possible-pupil-name',
  'uncovered-face',
  'group-photos-only',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
