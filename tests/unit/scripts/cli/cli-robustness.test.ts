/**
 * The admin CLI on bad input: malformed drafts lines, files that are not
 * UTF-8 or not text at all, settings of the wrong types, images that are
 * empty, truncated, not images, missing or directories. Exit 2 names the
 * file, line and field; exit 3 still emits every draft; never a stack trace,
 * never exit 1 (that is for a crashed rule). Each spawn costs ~1 s, so the
 * cases share runs.
 */
import { REPO } from '../../../paths';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeUtf8, InputError, parseDraftsJsonl } from '../../../../scripts/cli/inputs';
import { recognizeBuffer, terminateImageReader } from '../../../../scripts/cli/ocr-node';

const repo = REPO;
let dir = '';
const file = (name: string) => join(dir, name);

function cli(...args: string[]) {
  const run = spawnSync(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'scripts/cli/main.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: 90_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A JavaScript stack frame: the CLI must explain, not crash. */
const STACK = /^\s+at .+[(:]\d+/m;

let png: Buffer = Buffer.alloc(0);
let jpeg: Buffer = Buffer.alloc(0);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'safepost-cli-robust-'));
  png = await sharp({ create: { width: 400, height: 200, channels: 3, background: 'white' } }).png().toBuffer();
  jpeg = await sharp({ create: { width: 800, height: 400, channels: 3, background: { r: 200, g: 10, b: 10 } } }).jpeg().toBuffer();
  mkdirSync(file('img'));
  mkdirSync(file('img/a-directory.png'));
  writeFileSync(file('img/zero.png'), '');
  writeFileSync(file('img/text.png'), 'this is a text file, not a picture\n');
  writeFileSync(file('img/truncated.png'), png.subarray(0, Math.floor(png.length * 0.6)));
  writeFileSync(file('img/truncated.jpg'), jpeg.subarray(0, Math.floor(jpeg.length * 0.5)));
  writeFileSync(file('img/header-only.png'), png.subarray(0, 40));
  writeFileSync(
    file('malformed.jsonl'),
    [
      '{"id":"fine","text":"All good"}',
      'not json at all',
      '[1, 2]',
      '{"id":"no-text"}',
      '{"id":"num-text","text":5}',
      '{"id":"img-str","text":"x","images":"a.png"}',
      '{"id":"img-item","text":"x","images":["a.png", 7]}',
      '{"id":"bad-at","text":"x","at":"yesterday"}',
      'null',
      '"just a string"',
    ].join('\n'),
  );
  writeFileSync(file('latin1.jsonl'), Buffer.from('{"id":"a","text":"fine"}\n{"id":"b","text":"Zo\xeb"}\n', 'latin1'));
  writeFileSync(file('binary.csv'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0xff, 0xfe, 10, 0x89, 0x50, 0x4e, 0x47, 0, 0xc3, 10]));
  writeFileSync(file('wrong-types.json'), JSON.stringify({ school: 5, accounts: '@x', naming: true, hours: [], rules: ['reply'] }));
  const images = ['img/zero.png', 'img/text.png', 'img/missing.png', 'img/a-directory.png', 'img/truncated.png', 'img/truncated.jpg', 'img/header-only.png'];
  writeFileSync(
    file('images.jsonl'),
    images.map((image, i) => JSON.stringify({ id: `d${i}`, text: `Sports day ${i}: call 07700 900123`, images: [image], at: '2026-03-04T10:00:00Z' })).join('\n') + '\n',
  );
});

afterAll(async () => {
  await terminateImageReader();
});

describe('bad input: exit 2, file, line and field named, no stack trace', () => {
  it.each<[string, string[], RegExp[]]>([
    [
      'malformed drafts lines (every one listed)',
      ['check', '--drafts', 'malformed.jsonl', '--json'],
      [
        /malformed\.jsonl line 2: not valid JSON/,
        /line 3: must be a JSON object .*\(got \[1,2\]\)/,
        /line 4: text: is required/,
        /line 5: text: .*string.*\(got 5\)/,
        /line 6: images: .*array.*\(got "a\.png"\)/,
        /line 7: images\[1\]: .*string.*\(got 7\)/,
        /line 8: at: not an ISO 8601 date .*"yesterday"/,
        /line 9: must be a JSON object .*\(got null\)/,
        /line 10: must be a JSON object .*\(got "just a string"\)/,
      ],
    ],
    ['drafts file that is not UTF-8', ['check', '--drafts', 'latin1.jsonl', '--json'], [/latin1\.jsonl line 2: not UTF-8 text/, /save the drafts file as UTF-8/]],
    ['binary file as --roster', ['check', '--roster', 'binary.csv', '--text', 'hi', '--json'], [/binary\.csv line 1: not UTF-8 text/, /binary\.csv line 2: not UTF-8 text/, /CSV UTF-8/]],
    [
      'settings of the wrong types',
      ['check', '--settings', 'wrong-types.json', '--text', 'hi'],
      [/school: must be text \(got 5\)/, /accounts: must be a list \(got "@x"\)/, /naming: must be one of none, first-name-only \(got true\)/, /hours: must be an object/, /rules: must be an object/],
    ],
    ['a directory as --drafts', ['check', '--drafts', 'img', '--json'], [/img: cannot read the drafts file \(EISDIR\)/]],
  ])('%s', (_name, args, messages) => {
    const run = cli(...args);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    for (const message of messages) expect(run.stderr).toMatch(message);
  });
});

describe('unreadable images: exit 3, every draft still emitted with its text findings', () => {
  it('zero-byte, text-as-png, missing, directory, truncated PNG/JPEG, header-only PNG', () => {
    const run = cli('check', '--drafts', 'images.jsonl', '--json');
    expect(run.stderr).not.toMatch(STACK);
    expect(run.code).toBe(3);
    const results = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; verdict: string; findings: Array<{ rule: string }> });
    expect(results.map((r) => r.id)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6']);
    for (const r of results) {
      expect(r.verdict).toBe('block');
      expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['personal-data', 'photo-consent']));
    }
    for (const [i, name] of ['zero.png', 'text.png', 'missing.png', 'a-directory.png', 'truncated.png', 'truncated.jpg', 'header-only.png'].entries()) {
      expect(run.stderr).toMatch(new RegExp(`draft d${i}: image 0 \\(img/${name.replace('.', '\\.')}\\) could not be read`));
    }
    expect(run.stderr).toMatch(/7 images could not be read \(exit 3\)/);
  });
});

describe('in process: regressions of fixes', () => {
  it.each<[string, string, RegExp]>([
    // Was silently decoded with U+FFFD in place of the bad bytes.
    ['Latin-1 byte mid-file', 'ok\nZo\xeb\n', /^d\.csv line 2: not UTF-8 text$/],
    ['CR-only line ends count lines', 'ok\rok\r\xff\r', /^d\.csv line 3: not UTF-8 text$/],
    ['lone continuation byte', '\x80', /^d\.csv line 1: not UTF-8 text$/],
  ])('decodeUtf8 refuses %s, naming the line', (_name, latin1, first) => {
    expect(() => decodeUtf8(Buffer.from(latin1, 'latin1'), 'd.csv', 'roster')).toThrow(InputError);
    try {
      decodeUtf8(Buffer.from(latin1, 'latin1'), 'd.csv', 'roster');
    } catch (error) {
      expect((error as InputError).problems[0]).toMatch(first);
    }
  });

  it('decodeUtf8 keeps valid text exactly, BOM included', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFZoë 😀\r\n', 'utf8'), 'x', 'roster')).toBe('\uFEFFZoë 😀\r\n');
  });

  it.each([
    ['[1,2]', /line 1: must be a JSON object/],
    ['null', /line 1: must be a JSON object .*\(got null\)/],
    ['{"id":"a","text":"x","images":["a.png",3]}', /line 1: images\[1\]: .*\(got 3\)/],
  ])('parseDraftsJsonl rejects %s with the line and the value at the field', (text, message) => {
    expect(() => parseDraftsJsonl(text, 'd.jsonl')).toThrow(message);
  });

  // tesseract.js rethrew a rejected job inside its worker's message listener:
  // a truncated image killed the whole process instead of rejecting one call.
  it.each([
    ['truncated PNG', () => png.subarray(0, Math.floor(png.length * 0.6))],
    ['text bytes', () => Buffer.from('not an image')],
  ])('recognizeBuffer rejects %s instead of crashing the process', async (_name, bytes) => {
    await expect(recognizeBuffer(bytes())).rejects.toThrow(/OCR failed/);
  }, 60_000);
});
