import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { buildPolicyFiles, buildManagedPolicy, encodeReg, regPolicyLines, runPolicy } from '../../../../scripts/cli/policy';
import { extensionIdFromKey, extensionIds, readManifestKey } from '../../../../scripts/cli/extension-id';
import { detectDropped, evaluateManaged, ManagedPolicySchema } from '../../../../components/profile/managed';
import type { Pupil } from '../../../../rules';

const ids = { chrome: 'abcdefghijklmnopabcdefghijklmnop', firefox: 'safepost@example.org' };
const pupils: Pupil[] = [
  { forename: 'Zoë', surname: "O'Neill", group: 'Year 4', photoConsent: true, nameConsent: false },
  { forename: 'Amir', surname: 'Khan', preferred: 'Ami', group: 'Year 5', photoConsent: false, nameConsent: true },
];
const input = {
  settings: { school: 'Oakfield "Primary"', accounts: ['@OakfieldPrimary'], naming: 'none' as const, rules: { reply: 'block' as const } },
  pupils,
  staff: [{ title: 'Mrs', forename: 'Claire', surname: 'Magill' }],
  name: 'Oak Trust',
  ids,
};
const files = new Map(buildPolicyFiles(input).map((f) => [f.path, f.contents]));
const text = (path: string) => {
  const c = files.get(path);
  if (c === undefined) throw new Error(`no ${path}`);
  return typeof c === 'string' ? c : c.toString('utf16le').replace(/^\uFEFF/, '');
};

describe('extension id', () => {
  test('is sha256 of the DER key, first 32 hex digits mapped to a-p (checked against coreutils)', () => {
    const key = readManifestKey();
    const viaShell = execSync(`printf '%s' '${key}' | base64 -d | sha256sum | head -c 32 | tr '0-9a-f' 'a-p'`).toString();
    expect(extensionIdFromKey(key)).toBe(viaShell);
    expect(extensionIds().chrome).toMatch(/^[a-p]{32}$/);
    expect(extensionIds().firefox).toBe('safepost@safepost.school');
  });
});

describe('policy generator', () => {
  test('writes every deployment file', () => {
    expect([...files.keys()].sort()).toEqual([
      'README.md',
      'firefox/policies.json',
      'google-admin/safepost-policy.json',
      'linux/chrome/safepost-install.json',
      'linux/edge/safepost-install.json',
      'linux/safepost-policy.json',
      'windows/safepost-chrome-install.reg',
      'windows/safepost-chrome-policy.reg',
      'windows/safepost-edge-install.reg',
      'windows/safepost-edge-policy.reg',
    ]);
  });

  test('Linux JSON puts a valid, complete policy under 3rdparty.extensions.<id>', () => {
    const linux = JSON.parse(text('linux/safepost-policy.json'));
    const policy = linux['3rdparty'].extensions[ids.chrome];
    expect(ManagedPolicySchema.parse(policy)).toEqual(policy);
    expect(detectDropped(policy)).toEqual({ dropped: [], checked: true });
    const evaluated = evaluateManaged(policy);
    expect(evaluated.status).toBe('applied');
    expect(evaluated.managed?.pupils).toEqual(pupils);
  });

  test('Firefox policies.json uses 3rdparty.Extensions.<gecko id> and force-installs', () => {
    const ff = JSON.parse(text('firefox/policies.json')).policies;
    expect(ff['3rdparty'].Extensions[ids.firefox].settings.school).toBe('Oakfield "Primary"');
    expect(ff.ExtensionSettings[ids.firefox]).toMatchObject({ installation_mode: 'force_installed' });
    expect(ff.ExtensionSettings[ids.firefox].install_url).toMatch(/^https:\/\//);
  });

  test('Google Admin console JSON wraps each policy in {"Value": …}', () => {
    const admin = JSON.parse(text('google-admin/safepost-policy.json'));
    expect(admin.settings.Value.school).toBe('Oakfield "Primary"');
    expect(admin.pupils.Value).toHaveLength(2);
  });

  test('install files force-install by id and harden the browser', () => {
    const chrome = JSON.parse(text('linux/chrome/safepost-install.json'));
    expect(chrome.ExtensionSettings[ids.chrome].installation_mode).toBe('force_installed');
    expect(chrome.IncognitoModeAvailability).toBe(1);
    expect(chrome.DeveloperToolsAvailabilityBlocklist).toEqual(['x.com', 'twitter.com']);
    expect(JSON.parse(text('linux/edge/safepost-install.json')).InPrivateModeAvailability).toBe(1);
    expect(text('windows/safepost-chrome-install.reg')).toContain(`"1"="${ids.chrome};https://clients2.google.com/service/update2/crx"`);
  });

  test('.reg files are UTF-16LE with BOM, CRLF, and parse back to the same policy', () => {
    const raw = files.get('windows/safepost-chrome-policy.reg') as Buffer;
    expect([...raw.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const reg = text('windows/safepost-chrome-policy.reg');
    expect(reg.split('\r\n')[0]).toBe('Windows Registry Editor Version 5.00');
    expect(reg).not.toMatch(/[^\r]\n/);
    const root = `HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ids.chrome}\\policy`;
    expect(reg).toContain(`[-${root}]`);
    expect(parseRegToPolicy(reg, root)).toEqual(buildManagedPolicy(input));
    expect(text('windows/safepost-edge-policy.reg')).toContain('Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\');
  });

  test('a .reg string cannot carry a line break', () => {
    expect(() => encodeReg(regPolicyLines('HKEY_LOCAL_MACHINE\\X', 'id', { pupilsCsv: 'a\nb' }))).toThrow(/line break/);
  });

  test('the admin README names the extension id and every deployment path', () => {
    const readme = text('README.md');
    for (const s of [ids.chrome, ids.firefox, '/etc/opt/chrome/policies/managed', '/etc/chromium/policies/managed', '/etc/opt/edge/policies/managed', 'Policy for extensions']) {
      expect(readme).toContain(s);
    }
  });
});

/**
 * A strict reader of the .reg subset the generator writes, rebuilding the
 * value the way Chrome's registry loader does (keys named 1..n are lists).
 */
function parseRegToPolicy(reg: string, root: string): unknown {
  const tree: Record<string, unknown> = {};
  let current: Record<string, unknown> | undefined;
  for (const line of reg.split('\r\n').slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const header = /^\[(-?)(.+)\]$/.exec(line);
    if (header) {
      if (header[1]) { current = undefined; continue; }
      const path = header[2]!;
      if (path !== root && !path.startsWith(`${root}\\`)) throw new Error(`key outside the policy: ${path}`);
      current = tree;
      for (const part of path.slice(root.length).split('\\').filter(Boolean)) current = (current[part] ??= {}) as Record<string, unknown>;
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`bad .reg line: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current[unescape(value[1]!)] = value[2] !== undefined ? unescape(value[2]) : parseInt(value[3]!, 16);
  }
  const booleans = new Set(['photoConsent', 'nameConsent']);
  const fix = (node: unknown, key = ''): unknown => {
    if (!node || typeof node !== 'object') return booleans.has(key) ? node === 1 : node;
    const entries = Object.entries(node as Record<string, unknown>);
    if (entries.length && entries.every(([k], i) => k === String(i + 1))) return entries.map(([, v]) => fix(v));
    return Object.fromEntries(entries.map(([k, v]) => [k, fix(v, k)]));
  };
  return fix(tree);
}

describe('safepost policy (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'safepost-policy-cli-'));
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ school: 'Oakfield', naming: 'none' }));
  writeFileSync(join(dir, 'roster.csv'), 'Forename,Surname,Group,Photo Consent,Name Consent\nAda,Moss,Year 4,Y,N\nBen,Ray,Year 4,maybe,N\n');

  test('bad roster rows stop the generator, each named by file and line', async () => {
    const out = join(dir, 'refused');
    await expect(runPolicy(['--settings', join(dir, 'settings.json'), '--roster', join(dir, 'roster.csv'), '--out', out])).rejects.toMatchObject({
      problems: [expect.stringMatching(/roster\.csv line 3: Photo Consent/), expect.stringMatching(/no policy written/)],
    });
    expect(existsSync(out)).toBe(false);
  });

  test('--skip-bad-rows writes the policy without them', async () => {
    const out = join(dir, 'written');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await expect(runPolicy(['--settings', join(dir, 'settings.json'), '--roster', join(dir, 'roster.csv'), '--out', out, '--skip-bad-rows'])).resolves.toBe(0);
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
    }
    const linux = JSON.parse(readFileSync(join(out, 'linux/safepost-policy.json'), 'utf8'));
    const policy = linux['3rdparty'].extensions[extensionIds().chrome];
    expect(policy.pupils.map((p: { forename: string }) => p.forename)).toEqual(['Ada']);
    expect(policy.expectedFields).toMatchObject({ pupils: 1, 'settings.school': 1, 'settings.naming': 1 });
  });
});
