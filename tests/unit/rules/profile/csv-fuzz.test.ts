/**
 * The roster and staff importers against a reference model. Rosters are built
 * from known-good and known-bad rows at known positions, written out as CSV
 * with proper quoting (quoted fields may hold commas, quotes and line breaks,
 * so physical lines shift). The importer must load exactly the good rows and
 * report exactly the bad rows' physical lines. Arbitrary text must never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePupilCsv, parseStaffCsv } from '../../../../rules/profile/csv';
import { PupilSchema, StaffSchema, type Pupil, type Staff } from '../../../../rules/profile/schema';

// SAFEPOST_FC_RUNS=5000 for a long bug hunt.
const RUNS = Number(process.env.SAFEPOST_FC_RUNS) || 150;
const TIME_LIMIT = 30_000 + RUNS * 40;

// ---- the reference model ---------------------------------------------------

const CONSENT_MODEL: Record<string, boolean> = { y: true, yes: true, true: true, '1': true, n: false, no: false, false: false, '0': false, '': false };
const consentOf = (v: string): boolean | undefined => CONSENT_MODEL[v.trim().toLowerCase()];

/** Physical line breaks as an editor counts them: CRLF, CR and LF are one each. */
function breaksIn(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') n++;
    else if (c === '\r' && text[i + 1] !== '\n') n++;
  }
  return n;
}

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled; others quoted at random. */
function field(value: string, forceQuote: boolean): string {
  return forceQuote || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// ---- generators --------------------------------------------------------------

/** Cell text with everything CSV finds awkward. */
const AWKWARD = ['"', ',', '\n', '\r\n', '\r', '""', '\uFEFF', '\u0000', ' ', '\t', "'", '\uD83D\uDE00', '\uD83D', 'é', '\u200B', ';'];
const cellText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 6 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 5000 }).map((n) => 'x'.repeat(n)) }, // very long line
);
const nonBlank = cellText.filter((v) => v.trim() !== '');
const blank = fc.constantFrom('', ' ', '\t', '\uFEFF', ' \u00A0 ');

const consentSpelling = fc
  .tuple(fc.constantFrom('Y', 'N', 'yes', 'No', 'TRUE', 'false', '1', '0', ''), fc.constantFrom('', ' '), fc.boolean())
  .map(([v, pad, upper]) => `${pad}${upper ? v.toUpperCase() : v}${pad}`);
const badConsent = fc.oneof(fc.constantFrom('maybe', 'Yess', '2', 'N/A', '"Y"', 'y e s'), cellText).filter((v) => consentOf(v) === undefined);

interface PupilCells {
  forename: string;
  surname: string;
  preferred: string;
  group: string;
  photo: string;
  name: string;
}

const goodPupil: fc.Arbitrary<PupilCells> = fc.record({
  forename: nonBlank,
  surname: nonBlank,
  preferred: fc.oneof(blank, cellText),
  group: fc.oneof(blank, cellText),
  photo: consentSpelling,
  name: consentSpelling,
});

type RowSpec =
  | { kind: 'good'; cells: PupilCells }
  | { kind: 'bad'; cells: PupilCells }
  | { kind: 'ragged'; cells: string[] }
  | { kind: 'blank'; text: string };

const rowSpec: fc.Arbitrary<RowSpec> = fc.oneof(
  { weight: 6, arbitrary: goodPupil.map((cells) => ({ kind: 'good' as const, cells })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(goodPupil, badConsent, fc.constantFrom('photo', 'name') as fc.Arbitrary<'photo' | 'name'>)
      .map(([cells, bad, key]) => ({ kind: 'bad' as const, cells: { ...cells, [key]: bad } })),
  },
  { weight: 1, arbitrary: fc.tuple(goodPupil, blank).map(([cells, b]) => ({ kind: 'bad' as const, cells: { ...cells, forename: b } })) },
  { weight: 1, arbitrary: fc.tuple(goodPupil, blank).map(([cells, b]) => ({ kind: 'bad' as const, cells: { ...cells, surname: b } })) },
  {
    // Too few or too many fields, at least one not blank (an all-blank line is a blank line).
    weight: 1,
    arbitrary: fc
      .tuple(nonBlank, fc.array(fc.oneof(blank, cellText), { maxLength: 9 }))
      .filter(([, rest]) => rest.length + 1 !== 6)
      .map(([first, rest]) => ({ kind: 'ragged' as const, cells: [first, ...rest] })),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', ',,,,,', ' , , ,,,', '\t').map((text) => ({ kind: 'blank' as const, text })) },
);

const PUPIL_KEYS = ['forename', 'surname', 'preferred', 'group', 'photo', 'name'] as const;
const HEADER_SPELLINGS: Record<(typeof PUPIL_KEYS)[number], string[]> = {
  forename: ['Forename', 'First Name', 'legal forename', 'FIRSTNAME'],
  surname: ['Surname', 'Last Name', 'Legal Surname', 'family_name'],
  preferred: ['Preferred Forename', 'Preferred Name', 'known-as'],
  group: ['Group', 'Class', 'Reg Group', 'Year'],
  photo: ['Photo Consent', 'photo_consent', 'PHOTO PERMISSION'],
  name: ['Name Consent', 'name permission'],
};

const rosterFile = fc.record({
  order: fc.shuffledSubarray([...PUPIL_KEYS], { minLength: 6, maxLength: 6 }),
  spelling: fc.array(fc.nat(3), { minLength: 6, maxLength: 6 }),
  extraColumn: fc.boolean(), // an unknown column (UPN), ignored by the importer
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  finalEol: fc.boolean(),
  quoteAll: fc.boolean(),
  rows: fc.array(rowSpec, { maxLength: 14 }),
});

interface Built {
  csv: string;
  expectedRows: Pupil[];
  badLines: number[];
}

type RosterSpec = typeof rosterFile extends fc.Arbitrary<infer T> ? T : never;

function buildRoster(spec: RosterSpec): Built {
  const keys = spec.order;
  const headerCells = keys.map((k, i) => {
    const options = HEADER_SPELLINGS[k];
    return options[spec.spelling[i]! % options.length]!;
  });
  if (spec.extraColumn) headerCells.splice(1, 0, 'UPN');
  const width = headerCells.length;
  const lines: string[] = [headerCells.map((h) => field(h, spec.quoteAll)).join(',')];
  let text = (spec.bom ? '\uFEFF' : '') + lines[0];
  const expectedRows: Pupil[] = [];
  const badLines: number[] = [];
  for (const row of spec.rows) {
    text += spec.eol;
    const line = 1 + breaksIn(text);
    if (row.kind === 'blank') {
      text += row.text.split(',').slice(0, width).join(',');
      continue;
    }
    let cells: string[];
    if (row.kind === 'ragged') {
      cells = row.cells.length === width ? [...row.cells, 'extra'] : row.cells;
      badLines.push(line);
    } else {
      cells = keys.map((k) => row.cells[k]);
      if (spec.extraColumn) cells.splice(1, 0, 'A123');
      if (row.kind === 'bad') badLines.push(line);
      else {
        const preferred = row.cells.preferred.trim();
        expectedRows.push({
          forename: row.cells.forename.trim(),
          surname: row.cells.surname.trim(),
          ...(preferred ? { preferred } : {}),
          group: row.cells.group.trim(),
          photoConsent: consentOf(row.cells.photo)!,
          nameConsent: consentOf(row.cells.name)!,
        });
      }
    }
    text += cells.map((c) => field(c, spec.quoteAll)).join(',');
  }
  if (spec.finalEol) text += spec.eol;
  return { csv: text, expectedRows, badLines };
}

// ---- properties ---------------------------------------------------------------

describe('parsePupilCsv against the reference model', () => {
  it(
    'loads exactly the good rows and reports exactly the bad rows by physical line',
    () => {
      fc.assert(
        fc.property(rosterFile, (spec) => {
          const { csv, expectedRows, badLines } = buildRoster(spec);
          const result = parsePupilCsv(csv);
          expect(result.rows).toEqual(expectedRows);
          expect([...new Set(result.errors.map((e) => e.line))]).toEqual(badLines);
          for (const e of result.errors) expect(e.field).not.toBe('');
        }),
        { numRuns: RUNS },
      );
    },
    TIME_LIMIT,
  );
});

const staffRow = fc.oneof(
  { weight: 5, arbitrary: fc.record({ title: fc.oneof(blank, cellText), forename: fc.oneof(blank, cellText), surname: nonBlank }).map((c) => ({ good: true, c })) },
  { weight: 1, arbitrary: fc.record({ title: nonBlank, forename: fc.oneof(blank, cellText), surname: blank }).map((c) => ({ good: false, c })) },
);

describe('parseStaffCsv against the reference model', () => {
  it(
    'loads exactly the good rows and reports the rows without a surname',
    () => {
      fc.assert(
        fc.property(fc.array(staffRow, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (rows, eol, bom) => {
          let text = `${bom ? '\uFEFF' : ''}Title,Forename,Surname`;
          const expected: Staff[] = [];
          const bad: number[] = [];
          for (const { good, c } of rows) {
            text += eol;
            const line = 1 + breaksIn(text);
            text += [c.title, c.forename, c.surname].map((v) => field(v, false)).join(',');
            if (good) expected.push({ title: c.title.trim(), forename: c.forename.trim(), surname: c.surname.trim() });
            else bad.push(line);
          }
          const result = parseStaffCsv(text);
          expect(result.rows).toEqual(expected);
          expect([...new Set(result.errors.map((e) => e.line))]).toEqual(bad);
        }),
        { numRuns: RUNS },
      );
    },
    TIME_LIMIT,
  );
});

/** Arbitrary text, including CSV-shaped junk: never throws; whatever loads is valid; errors name a line and field. */
const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(fc.oneof(fc.constantFrom('"', ',', '\n', '\r', '\r\n', '\uFEFF', '\u0000', 'Forename', 'Surname', 'Title', 'Y', 'N', ' '), fc.string({ maxLength: 5 })), {
      maxLength: 80,
    })
    .map((p) => p.join('')),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 8 }).map((cells) => `Forename,Surname,Forename,Surname\n${cells.join(',')}`),
);

describe('importers on arbitrary text', () => {
  it(
    'never throw; loaded rows pass the schema; every error has a line within the file and a field',
    () => {
      fc.assert(
        fc.property(junk, (text) => {
          const lines = 1 + breaksIn(text);
          for (const [parse, schema] of [
            [parsePupilCsv, PupilSchema],
            [parseStaffCsv, StaffSchema],
          ] as const) {
            const result = parse(text);
            for (const row of result.rows) expect(schema.safeParse(row).success).toBe(true);
            for (const e of result.errors) {
              expect(e.line).toBeGreaterThanOrEqual(1);
              expect(e.line).toBeLessThanOrEqual(lines);
              expect(e.field).not.toBe('');
            }
          }
        }),
        { numRuns: RUNS * 2 },
      );
    },
    TIME_LIMIT,
  );
});

describe('importers: edge-case files', () => {
  const HEADER = 'Forename,Surname,Preferred Forename,Group,Photo Consent,Name Consent';
  it.each<[string, string, { rows: number; errorLines: number[] }]>([
    ['empty file', '', { rows: 0, errorLines: [1] }],
    ['only blank lines (CR only)', '\r\r  \r', { rows: 0, errorLines: [1] }],
    ['header only', HEADER, { rows: 0, errorLines: [] }],
    ['header only, BOM and CRLF', `\uFEFF${HEADER}\r\n`, { rows: 0, errorLines: [] }],
    ['CR-only line ends', `${HEADER}\rAda,Lune,,1L,Y,Y\rBo,,,1L,Y,Y\rCy,Moor,,1L,N,N\r`, { rows: 2, errorLines: [3] }],
    ['duplicated header: the first column of a name is read', `Forename,Surname,Forename\nAda,Lune,Zed\n`, { rows: 1, errorLines: [] }],
    ['NUL inside a cell', `${HEADER}\nA\u0000da,Lune,,1L,Y,Y\n`, { rows: 1, errorLines: [] }],
    ['BOM inside a cell is whitespace', `${HEADER}\n\uFEFF,Lune,,1L,Y,Y\nAda,Lune,,1L,Y,Y\n`, { rows: 1, errorLines: [2] }],
    ['a 100,000-character line', `${HEADER}\n${'A'.repeat(100_000)},Lune,,1L,Y,Y\n`, { rows: 1, errorLines: [] }],
  ])('%s', (_name, csv, want) => {
    const result = parsePupilCsv(csv);
    expect(result.rows).toHaveLength(want.rows);
    expect(result.errors.map((e) => e.line)).toEqual(want.errorLines);
  });
});
