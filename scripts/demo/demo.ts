/**
 * npm run demo: SafePost at work without an X account. Opens Chromium
 * (/usr/bin/chromium, or CHROMIUM_PATH) with the built extension on a
 * stand-in for x.com that lives on this laptop (the e2e fixture: real
 * Draft.js editors in X's layout; https://x.com/... is answered locally by
 * request routing, nothing goes to the internet), with a made-up demo school
 * loaded as the profile.
 *
 *   npm run demo                                  a window to try it in (close it to finish)
 *   npm run demo -- --headless --screenshot DIR   no window: screenshots of each state into DIR
 *
 * Builds the extension first when .output/chrome-mv3 is missing or older
 * than the sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, CHROMIUM, EXTENSION_DIR, REPO } from '../../tests/e2e/harness';
import { serveX, setProfile } from '../../tests/e2e/fixtures/x-server';
import { DEMO_PROFILE, DEMO_SCHOOL } from './demo-profile';
import { takeScreenshots } from './shots';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const shotIndex = args.indexOf('--screenshot');
const shotDir = shotIndex >= 0 ? args[shotIndex + 1] : undefined;
if (args.includes('--help') || (shotIndex >= 0 && !shotDir)) {
  console.log('usage: npm run demo [-- --headless --screenshot DIR]');
  process.exit(shotIndex >= 0 && !shotDir ? 2 : 0);
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfNeeded(): void {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const sources = Math.max(...['components', 'entrypoints', 'rules', 'wxt.config.ts'].map((p) => join(REPO, p)).filter(existsSync).map((p) => (statSync(p).isDirectory() ? newestSource(p) : statSync(p).mtimeMs)));
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= sources) return;
  console.log('Building the extension first (npx wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed: see above.');
    process.exit(1);
  }
}

if (headless && !shotDir) {
  console.error('--headless shows nothing by itself: add --screenshot DIR to save what SafePost shows.');
  process.exit(2);
}

// The build comes first: on a machine with no screen or no Chromium the
// quick start's first command still leaves an extension to load unpacked.
buildIfNeeded();
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    `Built ${EXTENSION_DIR} (load it unpacked: see the README).\n` +
      'npm run demo opens Chromium on a screen, and this session has none (no DISPLAY or WAYLAND_DISPLAY).\n' +
      'Run it from a desktop session, or take screenshots instead:\n' +
      '  npm run demo -- --headless --screenshot ./demo-shots',
  );
  process.exit(0);
}
if (!existsSync(CHROMIUM)) {
  console.log(`Built ${EXTENSION_DIR}. No Chromium at ${CHROMIUM} to open it in: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(0);
}

const session = await launchWithExtension({ fixtures: serveX, headless });
try {
  await setProfile(session, DEMO_PROFILE);
  if (shotDir) {
    const dir = resolve(shotDir);
    mkdirSync(dir, { recursive: true });
    await takeScreenshots(session, dir);
    console.log(`Screenshots saved in ${dir}`);
  } else {
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    await page.goto('https://x.com/home?demo=1');
    console.log(
      `SafePost demo: ${DEMO_SCHOOL}, ${DEMO_PROFILE.pupils.length} made-up pupils.\n` +
        'Type in the "What\'s happening?" box (the sidebar suggests drafts to try), press Post, or open the pop-up with the\n' +
        'side bar\'s Post button. Nothing leaves this laptop: x.com is answered locally. Close the window to finish.',
    );
    await new Promise<void>((done) => {
      session.context.on('close', () => done());
      process.once('SIGINT', () => done());
    });
  }
} finally {
  await session.close().catch(() => undefined);
}
