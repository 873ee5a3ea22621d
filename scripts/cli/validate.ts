/** `safepost validate`: load a profile's files and report what is in them and what is wrong. */
import { parseArgs } from 'node:util';
import { compileProfile } from '../../rules/engine';
import { loadProfileFiles, PROFILE_OPTIONS } from './profile';
import { InputError } from './inputs';
import type { Settings } from '../../rules/profile/schema';
import { EXIT } from './exit';

export const VALIDATE_HELP = `Usage: npm run -s safepost -- validate [--settings FILE] [--roster FILE] [--staff FILE]

Loads a school profile the way the extension would and reports what it holds:
pupils, groups, pupils without photo or name consent, staff, accounts, hours
and rule severities that differ from the default profile. Every bad settings
value and every bad CSV row is listed with its file, line and field.

Exit codes: 0 everything loaded; 2 something was bad (listed on stderr).`;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function runValidate(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: PROFILE_OPTIONS,
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${VALIDATE_HELP}\n`);
    return EXIT.ok;
  }
  // Every file is read even when an earlier one is bad, so one run lists every problem.
  const fatal: string[] = [];
  const attempt = <T>(load: () => T, fallback: T): T => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      fatal.push(...error.problems);
      return fallback;
    }
  };
  const settingsFile = attempt<Settings | undefined>(() => loadProfileFiles({ settings: values.settings }).settings, undefined);
  const roster = attempt(() => loadProfileFiles({ roster: values.roster }), undefined);
  const staff = attempt(() => loadProfileFiles({ staff: values.staff }), undefined);
  const profile = {
    settings: settingsFile ?? {},
    pupils: roster?.pupils ?? [],
    staff: staff?.staff ?? [],
    rowProblems: [...fatal, ...(roster?.rowProblems ?? []), ...(staff?.rowProblems ?? [])],
  };
  const compiled = compileProfile(profile);
  const { settings } = compiled;
  const groups = new Set(profile.pupils.map((p) => p.group).filter(Boolean));
  const noPhoto = profile.pupils.filter((p) => !p.photoConsent).length;
  const noName = profile.pupils.filter((p) => !p.nameConsent).length;
  const overrides = Object.entries(profile.settings.rules ?? {}).map(([id, severity]) => `${id}=${severity}`);

  const out = [
    `settings: ${values.settings ?? '(default profile)'}${settingsFile ? '' : ' (not loaded: default profile shown)'}`,
    `  school:   ${settings.school}`,
    `  accounts: ${settings.accounts.join(', ') || '(none: school-account cannot decide)'}`,
    `  naming:   ${settings.naming}`,
    `  hours:    ${settings.hours.days.join(' ')} ${settings.hours.start}–${settings.hours.end} ${settings.hours.timezone}`,
    `  rules:    ${overrides.length ? overrides.join(', ') : 'default severities'}`,
    // What a DPO asks first: how long each laptop keeps the audit counts.
    `  audit:    kept ${plural(settings.auditRetentionDays, 'day')} on each laptop`,
    `  roster:   ${settings.rosterRetentionDays === undefined ? 'a roster saved on a laptop is kept until replaced' : `a roster saved on a laptop is erased ${plural(settings.rosterRetentionDays, 'day')} after it was imported or saved`}`,
    `roster: ${values.roster ?? '(none)'}${values.roster && !roster ? ' (not loaded)' : ''}`,
    `  ${plural(profile.pupils.length, 'pupil')} in ${plural(groups.size, 'group')}`,
    `  ${noPhoto} without photo consent, ${noName} without name consent`,
    `staff: ${values.staff ?? '(none)'}${values.staff && !staff ? ' (not loaded)' : ''}`,
    `  ${plural(profile.staff.length, 'member')} of staff`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  if (profile.rowProblems.length > 0) {
    process.stderr.write(`${plural(profile.rowProblems.length, 'problem')} (bad rows are not loaded):\n`);
    for (const problem of profile.rowProblems) process.stderr.write(`  ${problem}\n`);
    return EXIT.badInput;
  }
  process.stdout.write('OK: no problems found\n');
  return EXIT.ok;
}
