import { describe, expect, test } from 'vitest';
import { readCsvFile } from '../../../../components/options/read-csv-file';
import { parsePupilCsv } from '../../../../rules/profile/csv';
import { decodeUtf8Strict } from '../../../../rules/text/utf8';

const HEADER = 'Forename,Surname,Preferred Forename,Group,Photo Consent,Name Consent\r\n';

describe('decodeUtf8Strict', () => {
  test.each([
    ['UTF-8 with BOM, kept as is', Buffer.from('\uFEFFZoë,Ng\r\n', 'utf8'), { ok: true, text: '\uFEFFZoë,Ng\r\n' }],
    ['Windows-1252 on line 2', Buffer.concat([Buffer.from('a\r\n'), Buffer.from('Zoë\r\n', 'latin1')]), { ok: false, badLines: [2] }],
    ['bad bytes on lines 1 and 3, CR-only endings', Buffer.from('é\rok\rü', 'latin1'), { ok: false, badLines: [1, 3] }],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeUtf8Strict(new Uint8Array(bytes))).toEqual(expected);
  });
});

describe('readCsvFile (options page import)', () => {
  test('a UTF-8 roster loads as the CLI loads it', async () => {
    const file = new File([HEADER + 'Zoë,Ng,,Year 4,Y,Y\r\n'], 'pupils.csv');
    const result = await readCsvFile(file, 'roster', parsePupilCsv);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((p) => p.forename)).toEqual(['Zoë']);
  });

  test('a Windows-1252 roster loads nothing and names the line and the fix', async () => {
    const bytes = Buffer.concat([Buffer.from(HEADER), Buffer.from('Zoë,Ng,,Year 4,Y,Y\r\n', 'latin1')]);
    const result = await readCsvFile(new File([bytes], 'pupils.csv'), 'roster', parsePupilCsv);
    expect(result.rows).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 2, field: '(encoding)' });
    expect(result.errors[0]!.message).toMatch(/CSV UTF-8/);
  });
});
