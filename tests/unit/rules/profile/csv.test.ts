import { describe, expect, it } from 'vitest';
import { parseConsent, parsePupilCsv, parseStaffCsv } from '../../../../rules/profile/csv';

const HEADER = 'Forename,Surname,Preferred Forename,Group,Photo Consent,Name Consent';

describe('parseConsent', () => {
  it.each([
    ['Y', true], ['y', true], ['Yes', true], ['YES', true], ['TRUE', true], ['true', true], ['1', true], [' Y ', true],
    ['N', false], ['no', false], ['False', false], ['0', false], ['', false], [undefined, false],
  ])('%j → %j', (value, expected) => {
    expect(parseConsent(value)).toBe(expected);
  });

  it.each(['maybe', 'x', '2', 'Yess', 'N/A'])('rejects %j', (value) => {
    expect(parseConsent(value)).toBeUndefined();
  });
});

describe('parsePupilCsv: accepted files', () => {
  const cases: Array<{ name: string; csv: string; rows: Array<Record<string, unknown>> }> = [
    {
      name: 'canonical headers',
      csv: `${HEADER}\nTamsin,Ollerenshaw,,Hazel Class,Y,N\n`,
      rows: [{ forename: 'Tamsin', surname: 'Ollerenshaw', group: 'Hazel Class', photoConsent: true, nameConsent: false }],
    },
    {
      name: 'MIS spellings, any case and spacing',
      csv: 'first name,LAST NAME,Preferred  Name,Reg Group,photo consent,NAME CONSENT\nBartholomew,Quince,Barty,5Q,yes,no\n',
      rows: [{ forename: 'Bartholomew', surname: 'Quince', preferred: 'Barty', group: '5Q', photoConsent: true, nameConsent: false }],
    },
    {
      name: 'legal name headers and Year as group',
      csv: 'Legal Forename,Legal Surname,Year,Photo Consent,Name Consent\nOrla,Fennimore,Year 3,TRUE,FALSE\n',
      rows: [{ forename: 'Orla', surname: 'Fennimore', group: 'Year 3', photoConsent: true, nameConsent: false }],
    },
    {
      name: 'Class and Form headers',
      csv: 'Forename,Surname,Form,Photo Consent,Name Consent\nIdris,Pengelly,6P,1,0\n',
      rows: [{ forename: 'Idris', surname: 'Pengelly', group: '6P', photoConsent: true, nameConsent: false }],
    },
    {
      name: 'UTF-8 BOM, CRLF, accents',
      csv: `\uFEFF${HEADER}\r\nZoë,Wiśniewska,,Rowan Class,Y,Y\r\n`,
      rows: [{ forename: 'Zoë', surname: 'Wiśniewska', group: 'Rowan Class', photoConsent: true, nameConsent: true }],
    },
    {
      name: 'quoted fields with commas and doubled quotes',
      csv: `${HEADER}\n"Mae-Lin","O'Dowd, Jnr","""Minnie""","Class 2, Blue",Y,Y\n`,
      rows: [{ forename: 'Mae-Lin', surname: "O'Dowd, Jnr", preferred: '"Minnie"', group: 'Class 2, Blue', photoConsent: true, nameConsent: true }],
    },
    {
      name: 'missing consent columns mean no consent',
      csv: 'Forename,Surname,Group\nCosmo,Thistlewood,4T\n',
      rows: [{ forename: 'Cosmo', surname: 'Thistlewood', group: '4T', photoConsent: false, nameConsent: false }],
    },
    {
      name: 'empty consent cells mean no consent; trailing whitespace trimmed',
      csv: `${HEADER}\nPip  ,Arkwright   ,  ,Ash Class ,,  \n`,
      rows: [{ forename: 'Pip', surname: 'Arkwright', group: 'Ash Class', photoConsent: false, nameConsent: false }],
    },
    {
      name: 'blank and whitespace-only lines skipped',
      csv: `${HEADER}\n\nAnouk,Braithwaite,,1B,Y,Y\n   \n\nLeif,Strand,,1B,N,Y\n\n`,
      rows: [
        { forename: 'Anouk', surname: 'Braithwaite', group: '1B', photoConsent: true, nameConsent: true },
        { forename: 'Leif', surname: 'Strand', group: '1B', photoConsent: false, nameConsent: true },
      ],
    },
    {
      name: 'columns in another order, unknown columns ignored',
      csv: 'UPN,Name Consent,Surname,Forename,Photo Consent,Class\nA123,Y,Kettleborough,Ines,N,3K\n',
      rows: [{ forename: 'Ines', surname: 'Kettleborough', group: '3K', photoConsent: false, nameConsent: true }],
    },
  ];

  it.each(cases)('$name', ({ csv, rows }) => {
    const result = parsePupilCsv(csv);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual(rows);
  });
});

describe('parsePupilCsv: bad rows are reported with their file line; good rows still load', () => {
  const cases: Array<{ name: string; csv: string; loaded: string[]; errors: Array<{ line: number; field: string; value: string; message?: RegExp }> }> = [
    {
      name: 'unrecognised consent names the column and value',
      csv: `${HEADER}\nAda,Lovelock,,2L,Y,Y\nBram,Stokely,,2L,maybe,Y\nCleo,Dunmore,,2L,Y,Y\n`,
      loaded: ['Ada', 'Cleo'],
      errors: [{ line: 3, field: 'Photo Consent', value: 'maybe', message: /Photo Consent must be Y or N.*got "maybe"/ }],
    },
    {
      name: 'consent error uses the header as the file spells it',
      csv: 'First Name,Last Name,Class,photo consent,Name Consent\nDev,Ranganathan,4R,Y,perhaps\n',
      loaded: [],
      errors: [{ line: 2, field: 'Name Consent', value: 'perhaps' }],
    },
    {
      name: 'missing forename and missing surname',
      csv: `${HEADER}\n,Hollis,,5H,Y,Y\nEmrys,,,5H,Y,Y\nFinn,Okafor,,5H,Y,Y\n`,
      loaded: ['Finn'],
      errors: [
        { line: 2, field: 'Forename', value: '', message: /Forename is empty/ },
        { line: 3, field: 'Surname', value: '', message: /Surname is empty/ },
      ],
    },
    {
      name: 'wrong column count',
      csv: `${HEADER}\nGwen,Ashdown,,6A,Y\nHal,Brixton,,6A,Y,Y,extra\nIvo,Carrow,,6A,N,N\n`,
      loaded: ['Ivo'],
      errors: [
        { line: 2, field: '(row)', value: 'Gwen,Ashdown,,6A,Y', message: /5 fields, the header has 6/ },
        { line: 3, field: '(row)', value: 'Hal,Brixton,,6A,Y,Y,extra', message: /7 fields/ },
      ],
    },
    {
      name: 'line numbers count blank lines, CRLF and quoted newlines',
      csv: `${HEADER}\r\n\r\n"Jem\r\nima",Dove,,R,Y,Y\r\nKit,Elder,,R,nope,Y\r\n\r\n"Lux",Fairley,,"Reception\nClass",Y,Y\r\n,Garside,,R,Y,Y\r\n`,
      loaded: ['Jem\r\nima', 'Lux'],
      errors: [
        { line: 5, field: 'Photo Consent', value: 'nope' },
        { line: 9, field: 'Forename', value: '' },
      ],
    },
    {
      name: 'two bad cells in one row are both reported',
      csv: `${HEADER}\nMilo,Hartigan,,3H,X,Z\n`,
      loaded: [],
      errors: [
        { line: 2, field: 'Photo Consent', value: 'X' },
        { line: 2, field: 'Name Consent', value: 'Z' },
      ],
    },
    {
      name: 'unterminated quote is reported, not loaded as a guess',
      csv: `${HEADER}\nNell,Ingram,,1I,Y,Y\n"Otto,Jarvis,,1I,Y,Y\n`,
      loaded: ['Nell'],
      errors: [{ line: 3, field: '(row)', value: expect.any(String) as unknown as string, message: /quote/i }],
    },
  ];

  it.each(cases)('$name', ({ csv, loaded, errors }) => {
    const result = parsePupilCsv(csv);
    expect(result.rows.map((r) => r.forename)).toEqual(loaded);
    expect(result.errors).toHaveLength(errors.length);
    errors.forEach((want, i) => {
      const got = result.errors[i]!;
      expect({ line: got.line, field: got.field, value: got.value }).toEqual({ line: want.line, field: want.field, value: want.value });
      if (want.message) expect(got.message).toMatch(want.message);
    });
  });
});

describe('parsePupilCsv: header problems', () => {
  it.each([
    ['no surname column', 'Forename,Group,Photo Consent\nQuinn,2Q,Y\n', /Surname/],
    ['no forename column', 'Name,Surname\nRia,Tolland\n', /Forename/],
    ['empty file', '', /empty/],
    ['only blank lines', '\n\r\n  \n', /empty/],
  ])('%s → one clear error and no rows', (_name, csv, message) => {
    const result = parsePupilCsv(csv);
    expect(result.rows).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toMatch(message);
    expect(result.errors[0]!.line).toBe(1);
  });
});

describe('parseStaffCsv', () => {
  it('reads Title,Forename,Surname with CRLF and BOM', () => {
    const result = parseStaffCsv('\uFEFFTitle,Forename,Surname\r\nMrs,Philippa,Quartermaine\r\nMr,Tobias,Underhill\r\n');
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { title: 'Mrs', forename: 'Philippa', surname: 'Quartermaine' },
      { title: 'Mr', forename: 'Tobias', surname: 'Underhill' },
    ]);
  });

  it('accepts MIS spellings and a missing title column', () => {
    const result = parseStaffCsv('first name,LAST NAME\nVera,Wolstenholme\n');
    expect(result.rows).toEqual([{ title: '', forename: 'Vera', surname: 'Wolstenholme' }]);
  });

  it('reports a row without a surname and keeps the rest', () => {
    const result = parseStaffCsv('Title,Forename,Surname\nMs,Xanthe,\nDr,Yusuf,Zaman\n');
    expect(result.rows).toEqual([{ title: 'Dr', forename: 'Yusuf', surname: 'Zaman' }]);
    expect(result.errors).toEqual([{ line: 2, field: 'Surname', value: '', message: 'Surname is empty' }]);
  });

  it('rejects a file with no surname column', () => {
    const result = parseStaffCsv('Title,Forename\nMr,Abel\n');
    expect(result.rows).toEqual([]);
    expect(result.errors[0]!.message).toMatch(/Surname/);
  });
});
