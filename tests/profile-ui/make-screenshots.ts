/**
 * Screenshots of the popup and options page for the README
 * (assets/screenshots/), taken from the built extension in real Chromium with
 * an invented demo school. Run: npx tsx tests/profile-ui/make-screenshots.ts
 * (SAFEPOST_EXTENSION_DIR=<dir> to use a private copy of the build). The
 * popup is shown for an x.com tab (the X stand-in of the e2e tests) with the
 * guard watching its compose box.
 */
import { join } from 'node:path';
import { launchWithExtension, REPO } from '../e2e/harness';
import { openX, serveX } from '../e2e/fixtures/x-server';

const OUT = join(REPO, 'assets/screenshots');
const FORENAMES = ['Aurelia', 'Benedikt', 'Calloway', 'Dervla', 'Ezekiel', 'Fenella', 'Gulliver', 'Honora', 'Ignatius', 'Jessamy', 'Kester', 'Linnea'];
const SURNAMES = ['Ashdown', 'Brackwater', 'Copperfield', 'Dunmore', 'Elsworth', 'Fairclough', 'Gadsby', 'Hollins', 'Inchbald', 'Jellicoe', 'Kingsley', 'Lockwood', 'Merriman', 'Northcott', 'Ormerod', 'Pickering', 'Quarrie', 'Rushworth'];
const NICKNAMES: Record<string, string> = { Benedikt: 'Ben', Calloway: 'Cal', Fenella: 'Nell', Honora: 'Nora', Ignatius: 'Iggy', Jessamy: 'Jess' };

// Every forename/surname pair once: no accidental namesakes in the demo.
const pupils = Array.from({ length: 214 }, (_, i) => ({
  forename: FORENAMES[i % FORENAMES.length]!,
  surname: SURNAMES[Math.floor(i / FORENAMES.length) % SURNAMES.length]!,
  ...(i % 3 === 0 && NICKNAMES[FORENAMES[i % FORENAMES.length]!] ? { preferred: NICKNAMES[FORENAMES[i % FORENAMES.length]!] } : {}),
  group: `Year ${(i % 6) + 1}`,
  photoConsent: i % 5 !== 0,
  nameConsent: i % 4 !== 0,
}));
pupils.sort((a, b) => a.group.localeCompare(b.group) || a.surname.localeCompare(b.surname));

const profile = {
  version: 1,
  settings: {
    school: 'Larkspur Junior School',
    accounts: ['@LarkspurJunior', '@LarkspurYear6'],
    naming: 'first-name-only',
    hours: { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], start: '08:00', end: '18:00', timezone: 'Europe/London' },
    rules: { reply: 'block', 'identifiable-name': 'warn' },
  },
  pupils,
  staff: [
    { title: 'Mrs', forename: 'Claire', surname: 'Hawthorpe' },
    { title: 'Mr', forename: 'Desmond', surname: 'Ashcombe' },
  ],
  updatedAt: new Date().toISOString(),
};

function today(offset = 0): string {
  const d = new Date(Date.now() - offset * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const audit = {
  [today()]: { 'pupil-full-name': { block: 2 }, 'text-speak': { warning: 3, override: 1 }, 'photo-consent': { attestation: 4 } },
  [today(1)]: { 'pupil-name': { block: 1 }, 'negative-tone': { warning: 2 }, 'outside-hours': { attestation: 1 } },
  [today(2)]: { 'personal-data': { block: 1 }, 'photo-consent': { attestation: 3 } },
};

const extensionDir = process.env.SAFEPOST_EXTENSION_DIR;
const session = await launchWithExtension({ fixtures: serveX, ...(extensionDir ? { extensionDir } : {}) });
try {
  const [worker] = session.context.serviceWorkers();
  await worker!.evaluate(
    ([p, a]) => (globalThis as any).chrome.storage.local.set({ profile: p, audit: a, reminders: { passwordChangedAt: '2026-09-02' } }),
    [profile, audit] as const,
  );

  const shot = async (path: string, file: string, width: number, height: number, prepare?: (page: import('playwright-core').Page) => Promise<void>) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    await page.waitForSelector('[data-testid="school-name"], [data-testid="popup-profile"]', { timeout: 30_000 });
    await prepare?.(page);
    await page.waitForTimeout(300);
    if (path.startsWith('popup')) await page.locator('.popup').screenshot({ path: join(OUT, file) });
    else await page.screenshot({ path: join(OUT, file) });
    await page.close();
  };

  // The popup asks the active tab: open it beside an x.com tab, bring X to the front, let the popup ask again.
  const x = await openX(session, '/home');
  await shot('popup.html', 'popup.png', 360, 600, async (page) => {
    await x.bringToFront();
    await page.reload();
    await page.locator('[data-testid="guard-status"]', { hasText: 'Checking posts on this tab' }).waitFor({ timeout: 15_000 });
  });
  await x.close();
  await shot('options.html#settings', 'options-settings.png', 1280, 900);
  await shot('options.html#pupils', 'options-pupils.png', 1280, 900);
  await shot('options.html#draft', 'options-draft.png', 1280, 900, async (page) => {
    await page.fill('input[aria-label="Send time"]', '2026-03-04T10:30');
    await page.fill('[data-testid="draft-text"]', 'Brilliant poetry from Aurelia Ashdown in Year 4 today! Thx to everyone who came, it was gr8');
    await page.locator('[data-testid="draft-text"]').blur();
  });
  await shot('options.html#audit', 'options-audit.png', 1280, 760);
  process.stdout.write(`screenshots written to ${OUT}\n`);
} finally {
  await session.close();
}
