/**
 * The admin CLI end to end: real process, real files in a temp directory.
 * Each run starts node + tsx (~1 s), so cases are grouped per run.
 */
import { REPO } from '../../../paths';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDraftsJsonl, InputError } from '../../../../scripts/cli/inputs';
import { jsonLine } from '../../../../scripts/cli/report';

const repo = REPO;
let dir = '';

function cli(...args: string[]) {
  // The temp directory cannot resolve 'tsx' itself: run the repo's tsx binary.
  const run = spawnSync(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'scripts/cli/main.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'safepost-cli-'));
  writeFileSync(
    file('settings.json'),
    JSON.stringify({ school: 'Larkspur Primary School', accounts: ['@LarkspurPri'], rules: { reply: 'block' } }),
  );
  writeFileSync(
    file('pupils.csv'),
    'Forename,Surname,Preferred Forename,Group,Photo Consent,Name Consent\r\nPerpetua,Vandersloot,,Thistle Class,Y,Y\r\nQuill,Abernethy,,Thistle Class,sometimes,Y\r\n',
  );
  writeFileSync(file('staff.csv'), 'Title,Forename,Surname\nMrs,Honoria,Blackwood\n');
  writeFileSync(
    file('drafts.jsonl'),
    [
      { id: 'weekday', text: 'Thistle Class enjoyed the nature walk.', at: '2026-03-04T10:00:00+00:00' },
      { id: 'saturday', text: 'Match report coming soon', at: '2026-03-07T11:00:00+00:00', expect: { verdict: 'confirm' } },
      { id: 'reply', text: 'Yes, 9am start.', at: '2026-03-04T10:00:00Z', reply: true },
      { id: 'personal', text: 'Thistle Class were wonderful today', at: '2026-03-04T10:00:00Z', account: '@honoria_b' },
    ]
      .map((d) => JSON.stringify(d))
      .join('\n') + '\n',
  );
  writeFileSync(file('bad-drafts.jsonl'), '{"id":"a","text":"fine"}\n{"id":"b","text":"x","at":"next Tuesday"}\n{oops\n');
  writeFileSync(file('bad-settings.json'), '{"naming": "surnames", "rules": {"made-up-rule": "warn"}}');
  writeFileSync(file('with-image.jsonl'), '{"id":"pic","text":"Sports day!","images":["img/missing.png"],"at":"2026-03-04T10:00:00Z"}\n');
});

describe('check --json', () => {
  it('prints only RULES.md JSON lines, in input order, and warns about bad CSV rows on stderr', () => {
    const run = cli('check', '--settings', 'settings.json', '--roster', 'pupils.csv', '--staff', 'staff.csv', '--drafts', 'drafts.jsonl', '--json');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const results = lines.map((l) => JSON.parse(l) as { id: string; verdict: string; findings: Array<Record<string, unknown>> });
    expect(results.map((r) => r.id)).toEqual(['weekday', 'saturday', 'reply', 'personal']);
    for (const r of results) {
      expect(Object.keys(r)).toEqual(['id', 'verdict', 'findings']);
      for (const f of r.findings) {
        for (const key of Object.keys(f)) expect(['rule', 'severity', 'source', 'image', 'match', 'start', 'end']).toContain(key);
      }
    }
    expect(results[1]).toEqual({
      id: 'saturday',
      verdict: 'confirm',
      findings: [{ rule: 'outside-hours', severity: 'confirm', source: 'text', match: 'Sat 11:00' }],
    });
    expect(results[2]!.verdict).toBe('block'); // reply is "block" in these settings
    expect(results[3]!.findings).toContainEqual({ rule: 'school-account', severity: 'warn', source: 'text', match: 'Thistle Class', start: 0, end: 13 });
    expect(run.stderr).toMatch(/pupils\.csv line 3: Photo Consent .*\(got "sometimes"\)/);
  });

  it('reports an unreadable image, still emits the draft, exits 3', () => {
    const run = cli('check', '--settings', 'settings.json', '--drafts', 'with-image.jsonl', '--json');
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ id: 'pic' });
    expect(run.stderr).toMatch(/draft pic: image 0 \(img\/missing\.png\) could not be read/);
  });
});

describe('check: readable report', () => {
  it('shows verdict, the match in brackets (not a TTY), message and fix', () => {
    const run = cli('check', '--settings', 'settings.json', '--roster', 'pupils.csv', '--text', 'Thistle Class were wonderful today', '--account', '@honoria_b', '--at', '2026-03-04T10:00:00Z');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^text {2}CHECK \(warn\)/m);
    expect(run.stdout).toMatch(/^  Compose box: Pressing Post sends it; the warnings are shown/m);
    expect(run.stdout).toContain('[Thistle Class] were wonderful today');
    expect(run.stdout).toContain('@honoria_b is not a school account.');
    expect(run.stdout).toMatch(/Fix: Post this from @LarkspurPri/);
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });
});

describe('bad input exits 2 and names file, line and field', () => {
  it.each<[string, string[], RegExp[]]>([
    ['bad drafts lines', ['check', '--drafts', 'bad-drafts.jsonl', '--json'], [/bad-drafts\.jsonl line 2: at: not an ISO 8601 date .*"next Tuesday"/, /bad-drafts\.jsonl line 3: not valid JSON/]],
    ['bad settings', ['check', '--settings', 'bad-settings.json', '--text', 'hi'], [/naming: must be one of none, first-name-only \(got "surnames"\)/, /rules\.made-up-rule: unknown rule id/]],
    ['missing file', ['check', '--roster', 'nope.csv', '--text', 'hi'], [/nope\.csv: cannot read the roster file/]],
    ['no drafts', ['check', '--settings', 'settings.json'], [/exactly one of --drafts FILE or --text TEXT/]],
    ['unknown option', ['check', '--txt', 'hi'], [/Unknown option '--txt'/]],
    ['validate with a bad CSV row', ['validate', '--roster', 'pupils.csv'], [/1 problem/, /pupils\.csv line 3: Photo Consent/]],
    ['validate lists problems in every file', ['validate', '--settings', 'bad-settings.json', '--roster', 'pupils.csv'], [/3 problems/, /naming: must be one of/, /pupils\.csv line 3/]],
  ])('%s', (_name, args, messages) => {
    const run = cli(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toMatch(/^\{/m);
    for (const message of messages) expect(run.stderr).toMatch(message);
  });
});

describe('validate and help', () => {
  it('validate reports counts', () => {
    const run = cli('validate', '--settings', 'settings.json', '--staff', 'staff.csv');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('school:   Larkspur Primary School');
    expect(run.stdout).toContain('1 member of staff');
    expect(run.stdout).toContain('rules:    reply=block');
    expect(run.stdout).toContain('audit:    kept 90 days on each laptop');
    expect(run.stdout).toContain('roster:   a roster saved on a laptop is kept until replaced');
  });

  it.each([['check'], ['validate']])('%s --help', (command) => {
    const run = cli(command, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Usage: npm run -s safepost -- ${command}`));
  });
});

describe('drafts JSONL and JSON output (in process)', () => {
  it('resolves images against the JSONL file and ignores expect', () => {
    const drafts = parseDraftsJsonl('{"id":7,"text":"x","images":["a/b.png"],"expect":{"verdict":"ok"},"dm":true}\n\n', '/data/set/drafts.jsonl');
    expect(drafts).toEqual([
      { id: '7', text: 'x', images: ['/data/set/a/b.png'], imageNames: ['a/b.png'], at: undefined, reply: undefined, dm: true, account: undefined, line: 1 },
    ]);
  });

  it.each([
    ['{"text":"no id"}', /line 1: id: is required/],
    ['{"id":"a","text":5}', /line 1: text: expected string/],
    ['{"id":"a","text":"x","reply":"yes"}', /line 1: reply: expected boolean/],
    ['{"id":"a","text":"x"}\n{"id":"a","text":"y"}', /line 2: id: "a" is already used on line 1/],
    ['{"id":"a","text":"x","at":"2026-13-45T99:00"}', /line 1: at: not an ISO 8601 date/],
  ])('rejects %j', (text, message) => {
    expect(() => parseDraftsJsonl(text, 'd.jsonl')).toThrow(InputError);
    expect(() => parseDraftsJsonl(text, 'd.jsonl')).toThrow(message);
  });

  it('jsonLine keeps image findings without offsets and drops message/hint', () => {
    const line = jsonLine('x', {
      verdict: 'warn',
      findings: [{ rule: 'copyright', severity: 'warn', source: 'image', image: 2, match: '© Getty', message: 'm', hint: 'h' }],
    });
    expect(line).toBe('{"id":"x","verdict":"warn","findings":[{"rule":"copyright","severity":"warn","source":"image","image":2,"match":"© Getty"}]}');
  });
});
