import type { CsvResult } from '../../rules/profile/csv';
import { decodeUtf8Strict, utf8Advice } from '../../rules/text/utf8';

/**
 * Reads an imported CSV as strict UTF-8. File.text() would swap bytes it
 * cannot decode for "\uFFFD" (a Windows-1252 "Zoë" becomes "Zo\uFFFD", a
 * name SafePost would then never match), so such a file loads nothing and
 * the preview names its lines and the way to fix it.
 */
export async function readCsvFile<T>(file: File, what: 'roster' | 'staff', parse: (text: string) => CsvResult<T>): Promise<CsvResult<T>> {
  const decoded = decodeUtf8Strict(new Uint8Array(await file.arrayBuffer()));
  if (decoded.ok) return parse(decoded.text);
  return {
    rows: [],
    errors: decoded.badLines.map((line) => ({
      line,
      field: '(encoding)',
      value: '',
      message: `not UTF-8 text: ${utf8Advice(what)}`,
    })),
  };
}
