/** `safepost validate`: load a profile's files and report what is in them and what is wrong. */
import { parseArgs } from 'node:util';
import { compileProfile } from '../../rules/engine';
import { loadProfileFiles, PROFILE_OPTIONS } from './profile';
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
  const profile = loadProfileFiles(values);
  const compiled = compileProfile(profile);
  const { settings } = compiled;
  const groups = new Set(profile.pupils.map((p) => p.group).filter(Boolean));
  const noPhoto = profile.pupils.filter((p) => !p.photoConsent).length;
  const noName = profile.pupils.filter((p) => !p.nameConsent).length;
  const overrides = Object.entries(profile.settings.rules ?? {}).map(([id, severity]) => `${id}=${severity}`);

  const out = [
    `settings: ${values.settings ?? '(default profile)'}`,
    `  school:   ${settings.school}`,
    `  accounts: ${settings.accounts.join(', ') || '(none: school-account cannot decide)'}`,
    `  naming:   ${settings.naming}`,
    `  hours:    ${settings.hours.days.join(' ')} ${settings.hours.start}–${settings.hours.end} ${settings.hours.timezone}`,
    `  rules:    ${overrides.length ? overrides.join(', ') : 'default severities'}`,
    `roster: ${values.roster ?? '(none)'}`,
    `  ${plural(profile.pupils.length, 'pupil')} in ${plural(groups.size, 'group')}`,
    `  ${noPhoto} without photo consent, ${noName} without name consent`,
    `staff: ${values.staff ?? '(none)'}`,
    `  ${plural(profile.staff.length, 'member')} of staff`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  if (profile.rowProblems.length > 0) {
    process.stderr.write(`${plural(profile.rowProblems.length, 'bad row')} (not loaded):\n`);
    for (const problem of profile.rowProblems) process.stderr.write(`  ${problem}\n`);
    return EXIT.badInput;
  }
  process.stdout.write('OK: no problems found\n');
  return EXIT.ok;
}
