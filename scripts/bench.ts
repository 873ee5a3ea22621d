/**
 * `npm run bench`: runs every scripts/bench-*.ts in turn (engine, keystroke,
 * OCR… whichever exist) and prints their tables. `npm run bench -- engine`
 * runs only the benches whose name contains "engine".
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
// scripts/bench-*.ts and scripts/bench/bench-*.ts (the new home of benchmarks).
const benches = [...readdirSync(here), ...readdirSync(join(here, 'bench')).map((f) => `bench/${f}`)]
  .filter((f) => /^(?:bench\/)?bench-.+\.ts$/.test(f))
  .filter((f) => filters.length === 0 || filters.some((word) => f.includes(word)))
  .sort();

if (benches.length === 0) {
  console.error(`no scripts/bench-*.ts${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(2);
}

let failed = 0;
for (const bench of benches) {
  console.log(`\n### ${bench}\n`);
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(here, bench)],
    { stdio: 'inherit' },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    failed++;
    console.error(`${bench} failed (exit ${run.status ?? run.signal}) after ${seconds} s`);
  } else {
    console.log(`(${bench}: ${seconds} s)`);
  }
}
process.exit(failed > 0 ? 1 : 0);
