/**
 * The folder layout is the architecture (docs/architecture.md "Architecture"): tests sit in
 * the tier that runs them, mirroring the source folder they test, and
 * scripts/ keeps the CLI, build helpers, benches and test runner apart. A test
 * file outside a tier would silently never run.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO } from '../paths';

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);

describe('repository layout', () => {
  it('every test file lies in a tier: tests/unit, tests/dom, tests/build or tests/e2e', () => {
    const tests = tracked.filter((f) => /\.test\.tsx?$/.test(f));
    expect(tests.length).toBeGreaterThan(50);
    const stray = tests.filter((f) => !/^tests\/(unit|dom|build)\/.+\.test\.tsx?$/.test(f) && !/^tests\/e2e\/.+\.e2e\.test\.ts$/.test(f));
    expect(stray).toEqual([]);
  });

  it('unit tests mirror a source folder (rules/, components/, scripts/, entrypoints/)', () => {
    const unit = tracked.filter((f) => /^tests\/unit\/.+\/.+\.test\.tsx?$/.test(f));
    const unmirrored = unit.filter((f) => !/^tests\/unit\/(rules|components|scripts|entrypoints)\//.test(f));
    expect(unmirrored).toEqual([]);
  });

  it('scripts/ has no loose files: each script lives in the folder of its role', () => {
    const loose = tracked.filter((f) => /^scripts\/[^/]+$/.test(f));
    expect(loose).toEqual([]);
  });
});
