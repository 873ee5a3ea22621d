/**
 * `safepost policy --settings … --roster … --staff … --out DIR`: writes the
 * managed policy for every way a school or trust deploys browser policy:
 * Linux JSON (Chrome, Chromium, Edge), Windows .reg (Chrome, Edge), the
 * Google Admin console's extension-policy JSON and Firefox policies.json,
 * plus force-install and hardening policies and a README for the admin.
 *
 * The policy carries `expectedFields` so the extension can show values a
 * browser dropped for not fitting assets/managed-schema.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fieldManifest, ManagedPolicySchema, type ManagedPolicy } from '../../components/profile/managed';
import type { Pupil, Settings, Staff } from '../../rules/profile/schema';
import { extensionIds } from './extension-id';
import { InputError, loadRosterFile, loadSettingsFile, loadStaffFile } from './inputs';
import { EXIT } from './exit';

export const POLICY_HELP = `Usage: npm run -s safepost -- policy --settings FILE [--roster FILE] [--staff FILE] --out DIR [options]

Writes the school's managed policy for Chrome, Edge and Firefox (Linux, Windows,
Google Admin console) into DIR, with a README for the admin.

Options:
  --settings FILE      settings JSON (RULES.md "Settings file")
  --roster FILE        pupils CSV; the roster is locked on every laptop
  --staff FILE         staff CSV (Title,Forename,Surname)
  --out DIR            output directory (created)
  --name TEXT          a label for this policy shown to staff ("Oak Trust, autumn 2026")
  --update-url URL     Chrome/Edge update URL for force-install (default: Chrome Web Store)
  --install-url URL    Firefox .xpi URL for force-install (default: a placeholder to replace)
  --skip-bad-rows      write the policy without the CSV rows that have errors (default: refuse)`;

export const CHROME_WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const FIREFOX_INSTALL_URL_PLACEHOLDER = 'https://YOUR-SERVER.example/safepost/safepost.xpi';

export interface PolicyInput {
  settings: Settings;
  pupils?: Pupil[];
  staff?: Staff[];
  name?: string;
  updateUrl?: string;
  installUrl?: string;
  ids?: { chrome: string; firefox: string };
}

/** The managed policy object itself (what storage.managed will hold). */
export function buildManagedPolicy(input: PolicyInput): ManagedPolicy {
  const policy: Record<string, unknown> = {};
  if (input.name) policy.policyName = input.name;
  policy.settings = input.settings;
  if (input.pupils) policy.pupils = input.pupils.map(cleanPupil);
  if (input.staff) policy.staff = input.staff;
  policy.expectedFields = fieldManifest(policy);
  return ManagedPolicySchema.parse(policy);
}

function cleanPupil(p: Pupil): Pupil {
  const out: Pupil = { forename: p.forename, surname: p.surname, group: p.group, photoConsent: p.photoConsent, nameConsent: p.nameConsent };
  if (p.preferred) out.preferred = p.preferred;
  return out;
}

// ---------------------------------------------------------------- Windows .reg

function regString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function regValue(value: unknown): string {
  if (typeof value === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return `dword:${value.toString(16).padStart(8, '0')}`;
  if (typeof value === 'string') {
    if (/[\r\n]/.test(value)) throw new Error('a .reg string value cannot hold a line break');
    return regString(value);
  }
  throw new Error(`cannot write ${JSON.stringify(value)} to the registry`);
}

/**
 * Chrome's registry layout for extension policy: a dictionary is a key, a
 * list is a key whose entries are named 1, 2, 3… (values for scalars,
 * subkeys for dictionaries).
 */
function regTree(key: string, value: Record<string, unknown> | unknown[], out: string[]): void {
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i + 1), v]) : Object.entries(value);
  const scalars = entries.filter(([, v]) => v === null || typeof v !== 'object');
  const nested = entries.filter(([, v]) => v !== null && typeof v === 'object');
  out.push('', `[${key}]`);
  for (const [name, v] of scalars) out.push(`${regString(name)}=${regValue(v)}`);
  for (const [name, v] of nested) regTree(`${key}\\${name}`, v as Record<string, unknown>, out);
}

/** A .reg file: UTF-16LE with BOM and CRLF, as regedit writes them (names may have accents). */
export function encodeReg(lines: string[]): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf16le')]);
}

export function regPolicyLines(root: string, id: string, policy: ManagedPolicy): string[] {
  const key = `${root}\\3rdparty\\extensions\\${id}\\policy`;
  // Remove the previous deployment first: a shorter roster must not leave old pupils behind.
  const out = ['Windows Registry Editor Version 5.00', '', `[-${key}]`];
  regTree(key, policy as Record<string, unknown>, out);
  return out;
}

function regInstallLines(root: string, id: string, updateUrl: string, incognitoPolicy: string): string[] {
  const out = ['Windows Registry Editor Version 5.00'];
  out.push('', `; Force-install SafePost. If ExtensionInstallForcelist already has entries, renumber "1" to the next free number.`);
  out.push(`[${root}\\ExtensionInstallForcelist]`, `"1"=${regString(`${id};${updateUrl}`)}`);
  out.push('', '; Hardening: no private windows (extensions do not run there), no developer tools on X.');
  out.push(`[${root}]`, `"${incognitoPolicy}"=dword:00000001`, '"DeveloperToolsAvailability"=dword:00000000', '"BrowserGuestModeEnabled"=dword:00000000');
  out.push('', `[${root}\\DeveloperToolsAvailabilityBlocklist]`, '"1"="x.com"', '"2"="twitter.com"');
  return out;
}

// ---------------------------------------------------------------- files

const CHROME_REG = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome';
const EDGE_REG = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge';

export interface PolicyFile {
  path: string;
  contents: string | Buffer;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function chromiumInstall(id: string, updateUrl: string, incognito: 'IncognitoModeAvailability' | 'InPrivateModeAvailability') {
  return {
    ExtensionSettings: {
      [id]: { installation_mode: 'force_installed', update_url: updateUrl, toolbar_pin: 'force_pinned' },
    },
    [incognito]: 1,
    BrowserGuestModeEnabled: false,
    DeveloperToolsAvailability: 0,
    DeveloperToolsAvailabilityBlocklist: ['x.com', 'twitter.com'],
  };
}

export function buildPolicyFiles(input: PolicyInput): PolicyFile[] {
  const ids = input.ids ?? extensionIds();
  const policy = buildManagedPolicy(input);
  const updateUrl = input.updateUrl ?? CHROME_WEB_STORE_UPDATE_URL;
  const installUrl = input.installUrl ?? FIREFOX_INSTALL_URL_PLACEHOLDER;
  const thirdParty = { '3rdparty': { extensions: { [ids.chrome]: policy } } };
  const files: PolicyFile[] = [
    { path: 'linux/safepost-policy.json', contents: json(thirdParty) },
    { path: 'linux/chrome/safepost-install.json', contents: json(chromiumInstall(ids.chrome, updateUrl, 'IncognitoModeAvailability')) },
    { path: 'linux/edge/safepost-install.json', contents: json(chromiumInstall(ids.chrome, updateUrl, 'InPrivateModeAvailability')) },
    { path: 'windows/safepost-chrome-policy.reg', contents: encodeReg(regPolicyLines(CHROME_REG, ids.chrome, policy)) },
    { path: 'windows/safepost-edge-policy.reg', contents: encodeReg(regPolicyLines(EDGE_REG, ids.chrome, policy)) },
    { path: 'windows/safepost-chrome-install.reg', contents: encodeReg(regInstallLines(CHROME_REG, ids.chrome, updateUrl, 'IncognitoModeAvailability')) },
    { path: 'windows/safepost-edge-install.reg', contents: encodeReg(regInstallLines(EDGE_REG, ids.chrome, updateUrl, 'InPrivateModeAvailability')) },
    // Admin console → Apps & extensions → SafePost → "Policy for extensions": {"Name": {"Value": …}}.
    { path: 'google-admin/safepost-policy.json', contents: json(Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, { Value: v }]))) },
    {
      path: 'firefox/policies.json',
      contents: json({
        policies: {
          '3rdparty': { Extensions: { [ids.firefox]: policy } },
          ExtensionSettings: { [ids.firefox]: { installation_mode: 'force_installed', install_url: installUrl } },
          DisablePrivateBrowsing: true,
        },
      }),
    },
    { path: 'README.md', contents: adminReadme(ids, policy, updateUrl, installUrl) },
  ];
  return files;
}

function adminReadme(ids: { chrome: string; firefox: string }, policy: ManagedPolicy, updateUrl: string, installUrl: string): string {
  const counts = `${policy.pupils?.length ?? 0} pupils, ${policy.staff?.length ?? 0} staff`;
  return `# SafePost managed policy${policy.policyName ? `: ${policy.policyName}` : ''}

Generated by \`safepost policy\` for **${policy.settings?.school ?? 'your school'}** (${counts}).
SafePost's extension id is \`${ids.chrome}\` in Chrome and Edge and \`${ids.firefox}\` in Firefox.

These files contain pupil names. Keep them where the MIS export is kept, and
deploy them only to school-managed computers.

Every value in the policy is locked on the laptops: staff see it as "Set by
your school" on SafePost's settings page. Settings the policy leaves out stay
editable on each laptop. Changes reach open browsers within seconds, without
reinstalling.

## Linux (Chrome, Chromium, Edge)

\`\`\`sh
sudo install -D -m 644 linux/safepost-policy.json /etc/opt/chrome/policies/managed/safepost-policy.json   # Google Chrome
sudo install -D -m 644 linux/safepost-policy.json /etc/chromium/policies/managed/safepost-policy.json     # Chromium
sudo install -D -m 644 linux/safepost-policy.json /etc/opt/edge/policies/managed/safepost-policy.json     # Microsoft Edge
\`\`\`

Force-install and hardening (review first): \`linux/chrome/safepost-install.json\`
(Chrome/Chromium, same directories) and \`linux/edge/safepost-install.json\` (Edge).

## Windows (Chrome and Edge)

Import \`windows/safepost-chrome-policy.reg\` and/or \`windows/safepost-edge-policy.reg\`
(\`reg import safepost-chrome-policy.reg\` as administrator, or deploy through Group
Policy Preferences → Registry). Each first deletes SafePost's previous policy key,
so a shorter roster leaves no old pupils behind. The \`*-install.reg\` files
force-install SafePost and add the hardening below: if ExtensionInstallForcelist
already has entries, renumber SafePost's \`"1"\` to the next free number first.

## Google Admin console (managed Chrome / ChromeOS)

Devices → Chrome → Apps & extensions → Users & browsers → add SafePost by id
\`${ids.chrome}\` (or its Web Store listing), set it to **Force install**, then paste
or upload \`google-admin/safepost-policy.json\` under **Policy for extensions**.

## Firefox

Merge \`firefox/policies.json\` into the \`policies.json\` you deploy
(Linux: \`/etc/firefox/policies/policies.json\`; Windows: \`distribution\\policies.json\`
next to firefox.exe, or the GPO templates). Replace the install URL
\`${installUrl}\` with where your signed SafePost .xpi is hosted.

## Force-install and hardening

- Chrome/Edge force-install: \`ExtensionSettings\` (installation_mode
  \`force_installed\`, update URL \`${updateUrl}\`) or \`ExtensionInstallForcelist\`.
  Force-installed extensions cannot be disabled or removed by staff.
- \`IncognitoModeAvailability\` = 1 (Chrome) / \`InPrivateModeAvailability\` = 1 (Edge) /
  \`DisablePrivateBrowsing\` (Firefox): extensions do not run in private windows.
- \`BrowserGuestModeEnabled\` = false: guest windows run without extensions.
- \`DeveloperToolsAvailability\` = 0 (no developer tools on force-installed
  extensions) and \`DeveloperToolsAvailabilityBlocklist\` = x.com, twitter.com: the
  compose box cannot be tampered with from the developer tools.
- Consider also: \`ExtensionInstallBlocklist\` = \`*\` with an allowlist of the
  extensions you approve, and signing staff in only to the managed profile.

## Checking it worked

Open \`chrome://policy\` (or \`edge://policy\`, \`about:policies\`) and reload: SafePost's
policy appears under its id. SafePost's settings page then shows the school's
values as "Set by your school". If the browser dropped a value that did not fit
the policy schema, the settings page names the field (the policy carries a list of
the ${Object.keys(policy.expectedFields ?? {}).length} field paths it set, so nothing is lost silently). A policy
with errors never replaces the last good one: the settings page says which field
to fix.
`;
}

export function writePolicyFiles(outDir: string, files: PolicyFile[]): void {
  for (const file of files) {
    const path = join(outDir, file.path);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, file.contents);
  }
}

/** CLI entry: returns the exit code. */
export async function runPolicy(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      settings: { type: 'string' },
      roster: { type: 'string' },
      staff: { type: 'string' },
      out: { type: 'string' },
      name: { type: 'string' },
      'update-url': { type: 'string' },
      'install-url': { type: 'string' },
      'skip-bad-rows': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${POLICY_HELP}\n`);
    return EXIT.ok;
  }
  const missing = (['settings', 'out'] as const).filter((k) => !values[k]);
  if (missing.length) throw new InputError(missing.map((k) => `policy needs --${k} (see --help)`));

  const settings = loadSettingsFile(values.settings!);
  const roster = values.roster ? loadRosterFile(values.roster) : undefined;
  const staff = values.staff ? loadStaffFile(values.staff) : undefined;
  const rowProblems = [...(roster?.rowProblems ?? []), ...(staff?.rowProblems ?? [])];
  if (rowProblems.length && !values['skip-bad-rows']) {
    throw new InputError([...rowProblems, 'no policy written: fix these rows, or pass --skip-bad-rows to leave them out']);
  }
  for (const p of rowProblems) process.stderr.write(`warning: ${p} (left out)\n`);

  const files = buildPolicyFiles({
    settings,
    pupils: roster?.rows,
    staff: staff?.rows,
    name: values.name,
    updateUrl: values['update-url'],
    installUrl: values['install-url'],
  });
  writePolicyFiles(values.out!, files);
  const ids = extensionIds();
  process.stdout.write(
    `Wrote ${files.length} files to ${values.out} for extension ${ids.chrome} (Firefox ${ids.firefox}): ` +
      `${roster?.rows.length ?? 0} pupils, ${staff?.rows.length ?? 0} staff. See ${join(values.out!, 'README.md')}.\n`,
  );
  return EXIT.ok;
}
