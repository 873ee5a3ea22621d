/**
 * The options page in real Chromium: a 1,000-row roster import with three
 * bad rows (preview names them by line; the rest load), and "Try a draft"
 * showing exactly the CLI's findings for the same profile and draft.
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXTENSION_DIR, REPO, launchWithExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
let extensionDir: string;
let work: string;

beforeAll(async () => {
  extensionDir = mkdtempSync(join(tmpdir(), 'safepost-options-ext-'));
  work = mkdtempSync(join(tmpdir(), 'safepost-options-'));
  mkdirSync('/tmp/safepost', { recursive: true });
  execSync(`flock /tmp/safepost/build.lock cp -r ${EXTENSION_DIR}/. ${extensionDir}/`);
  session = await launchWithExtension({ extensionDir });
});

afterAll(async () => {
  await session?.close();
  for (const dir of [extensionDir, work]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const FORENAMES = ['Aurelia', 'Benedikt', 'Calloway', 'Dervla', 'Ezekiel', 'Fenella', 'Gulliver', 'Honora', 'Ignatius', 'Jessamy'];
const SURNAMES = ['Ashdown', 'Brackwater', 'Copperfield', 'Dunmore', 'Elsworth', 'Fairclough', 'Gadsby', 'Hollins', 'Inchbald', 'Jellicoe'];

/** 1,000 data rows; lines 101, 502 and 900 (1-based, header is line 1) are bad. */
function rosterCsv(): { text: string; badLines: number[] } {
  const lines = ['Forename,Surname,Preferred Forename,Group,Photo Consent,Name Consent'];
  for (let i = 0; i < 1000; i++) {
    const line = i + 2;
    const forename = `${FORENAMES[i % 10]}${String.fromCharCode(97 + Math.floor(i / 10) % 26)}`;
    const surname = `${SURNAMES[Math.floor(i / 100) % 10]}`;
    const group = `Year ${(i % 6) + 1}`;
    if (line === 101) lines.push(`,${surname},,${group},Y,Y`); // no forename
    else if (line === 502) lines.push(`${forename},${surname},,${group},perhaps,Y`); // bad consent
    else if (line === 900) lines.push(`${forename},${surname},${group}`); // too few fields
    else lines.push(`${forename},${surname},,${group},${i % 3 ? 'Y' : 'N'},${i % 4 ? 'Yes' : 'No'}`);
  }
  return { text: `${lines.join('\r\n')}\r\n`, badLines: [101, 502, 900] };
}

test('importing a 1,000-row roster previews the three bad rows by line and loads the rest', async () => {
  const { text, badLines } = rosterCsv();
  const page = await session.openExtensionPage('options.html#pupils');
  await page.waitForSelector('[data-panel="pupils"]');
  await page.setInputFiles('#roster-file', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.waitForSelector('[data-testid="import-preview"]');
  await expect(page.textContent('[data-testid="preview-rows"]')).resolves.toBe('997');
  await expect(page.textContent('[data-testid="preview-errors"]')).resolves.toBe('3');
  const lines = await page.locator('[data-testid="preview-error-table"] tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-line'))));
  expect(lines).toEqual(badLines);
  // Nothing replaced before confirming.
  await expect(page.textContent('[data-panel="pupils"] h2 + p, [data-panel="pupils"] p')).resolves.toMatch(/^0 pupils/);

  await page.click('[data-testid="confirm-import"]');
  await page.waitForSelector('[data-testid="import-preview"]', { state: 'detached' });
  await page.waitForFunction(() => document.querySelector('[data-testid="pupil-count"]')?.textContent === '997 shown');
  // Paginated: one page of rows in the DOM, not 997.
  expect(await page.locator('[data-testid="pupil-table"] tbody tr').count()).toBe(50);
  await page.selectOption('select[aria-label="Filter by group"]', 'Year 2');
  await expect(page.textContent('[data-testid="pupil-count"]')).resolves.toMatch(/^16\d shown$/);
  await page.fill('input[aria-label="Search pupils"]', 'Benedikta');
  await page.waitForFunction(() => /^\d+ shown$/.test(document.querySelector('[data-testid="pupil-count"]')?.textContent ?? ''));
  const names = await page.locator('[data-testid="pupil-table"] tbody tr td:first-child').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((n) => n === 'Benedikta')).toBe(true);
  await page.close();
});

const PROFILE = {
  settings: {
    school: 'Larkspur Junior School',
    accounts: ['@LarkspurJunior'],
    naming: 'first-name-only' as const,
    hours: { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], start: '08:00', end: '18:00', timezone: 'Europe/London' },
    rules: { reply: 'block' as const },
  },
  roster: [
    'Forename,Surname,Preferred Forename,Group,Photo Consent,Name Consent',
    'Philippa,Thorncastle,Pippa,Year 4,Y,N',
    'Leopold,Waverley,,Year 6,N,Y',
    'Marguerite,Ashbourne,,Year 2,Y,Y',
  ].join('\n'),
  staff: 'Title,Forename,Surname\nMr,Desmond,Hawthorpe\n',
};

const DRAFTS = [
  'Brilliant poetry from Philippa Thorncastle in Year 4 today!',
  'Pippa and Leopold loved the museum trip, gr8 day lol',
  'Ring the office on 01632 960123 or email office@larkspur.sch.uk',
  'Mr Hawthorpe was useless at the meeting, what a disaster',
  'The Year 6 gate code is 4471 for tomorrow',
];

test('"Try a draft" shows the same findings as the CLI for the same profile and draft', async () => {
  writeFileSync(join(work, 'settings.json'), JSON.stringify(PROFILE.settings));
  writeFileSync(join(work, 'roster.csv'), PROFILE.roster);
  writeFileSync(join(work, 'staff.csv'), PROFILE.staff);
  const page = await session.openExtensionPage('options.html#data');
  // Load the same profile through the options page's own import (ProfileSchema JSON).
  const { parsePupilCsv, parseStaffCsv } = await import('../../rules/profile/csv');
  const profile = { version: 1, settings: PROFILE.settings, pupils: parsePupilCsv(PROFILE.roster).rows, staff: parseStaffCsv(PROFILE.staff).rows };
  await page.setInputFiles('#profile-file', { name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(profile)) });
  await page.click('text=Replace profile');
  await page.waitForFunction(() => document.querySelector('[data-testid="school-name"]')?.textContent === 'Larkspur Junior School');

  await page.goto(`chrome-extension://${session.extensionId}/options.html#draft`);
  await page.waitForSelector('[data-testid="draft-text"]');
  // A fixed send time inside school hours, the same instant for both.
  const local = '2026-03-04T10:30';
  const iso = new Date(local).toISOString();
  await page.fill('input[aria-label="Send time"]', local);

  let withFindings = 0;
  for (const text of DRAFTS) {
    const cli = JSON.parse(
      execFileSync('npx', ['tsx', 'scripts/cli/main.ts', 'check', '--settings', join(work, 'settings.json'), '--roster', join(work, 'roster.csv'), '--staff', join(work, 'staff.csv'), '--text', text, '--at', iso, '--json'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    ) as { verdict: string; findings: Array<{ rule: string; match: string; start?: number; end?: number }> };
    await page.fill('[data-testid="draft-text"]', text);
    // The result has re-rendered for this text (Preact renders asynchronously).
    await page.waitForFunction((t) => document.querySelector('[data-testid="draft-result"]')?.getAttribute('data-checked-text') === t, text);
    if (cli.findings.length) withFindings++;
    const shown = await page.locator('[data-finding]').evaluateAll((els) => els.map((e) => JSON.parse(e.getAttribute('data-finding')!)));
    const key = (f: { rule: string; match: string; start?: number; end?: number }) => `${f.rule}|${f.match}|${f.start}|${f.end}`;
    expect(shown.map(key).sort(), text).toEqual(cli.findings.map(key).sort());
    await expect(page.getAttribute('[data-testid="draft-result"]', 'data-verdict')).resolves.toBe(cli.verdict);
  }
  // The comparison means something only if the drafts do trip rules.
  expect(withFindings).toBeGreaterThanOrEqual(4);
  await page.close();
}, 180_000);

test('audit events sent as runtime messages are counted by the background and shown per rule and day', async () => {
  const page = await session.openExtensionPage('options.html#audit');
  await page.waitForSelector('[data-panel="audit"]');
  const reply = await page.evaluate(async () => {
    const send = (m: unknown) => (globalThis as any).chrome.runtime.sendMessage(m);
    await Promise.all([
      send({ type: 'audit', rule: 'pupil-full-name', severity: 'block', event: 'block' }),
      send({ type: 'audit', rule: 'pupil-full-name', severity: 'block', event: 'block' }),
      send({ type: 'audit', rule: 'text-speak', severity: 'warn', event: 'warning' }),
    ]);
    // Text is refused: the log holds counts only.
    return send({ type: 'audit', rule: 'text-speak', severity: 'warn', event: 'warning', text: 'Well done Philippa' });
  });
  expect(reply).toEqual({ ok: false });
  await page.waitForSelector('[data-testid="audit-table"]');
  const rows = await page.locator('[data-testid="audit-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  expect(rows.map((r) => r.slice(1))).toEqual([
    ['pupil-full-name', '0', '2', '0', '0'],
    ['text-speak', '1', '0', '0', '0'],
  ]);
  const stored = await page.evaluate(() => (globalThis as any).chrome.storage.local.get('audit'));
  expect(JSON.stringify(stored)).not.toContain('Philippa');
  await page.close();
});
