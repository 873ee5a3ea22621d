/**
 * Roster and staff CSV import (../shared/RULES.md "Roster CSV", "Staff CSV").
 *
 * School MIS exports differ in header spellings, consent spellings, line ends
 * and quoting, and now and then contain a bad row. The importer accepts the
 * usual variants, reports each bad row with its physical line in the file (so
 * an admin can open the file and find it) and still loads every good row.
 * Pure TypeScript: papaparse does the CSV grammar, zod validates each row.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import { PupilSchema, StaffSchema, type Pupil, type Staff } from './schema';

export interface CsvRowError {
  /** 1-based physical line in the file where the row starts (quoted newlines counted). */
  line: number;
  /** The column as the file spells it (or the canonical name when the column is absent). */
  field: string;
  value: string;
  message: string;
}

export interface CsvResult<T> {
  rows: T[];
  errors: CsvRowError[];
}

/** Header keys are compared without case, spaces, underscores or hyphens. */
function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s_\-.]+/g, '');
}

interface ColumnSpec<K extends string> {
  key: K;
  /** Canonical header, used in messages. */
  canonical: string;
  /** Accepted spellings, most preferred first. */
  spellings: string[];
  required?: boolean;
}

type PupilColumn = 'forename' | 'surname' | 'preferred' | 'group' | 'photoConsent' | 'nameConsent';
type StaffColumn = 'title' | 'forename' | 'surname';

const PUPIL_COLUMNS: ColumnSpec<PupilColumn>[] = [
  { key: 'forename', canonical: 'Forename', spellings: ['Forename', 'First Name', 'Legal Forename', 'Firstname', 'Given Name'], required: true },
  { key: 'surname', canonical: 'Surname', spellings: ['Surname', 'Last Name', 'Legal Surname', 'Lastname', 'Family Name'], required: true },
  { key: 'preferred', canonical: 'Preferred Forename', spellings: ['Preferred Forename', 'Preferred Name', 'Preferred First Name', 'Known As'] },
  // When an export has several, the tighter grouping wins: a class is what posts name.
  { key: 'group', canonical: 'Group', spellings: ['Group', 'Class', 'Reg Group', 'Registration Group', 'Form', 'Year', 'Year Group'] },
  { key: 'photoConsent', canonical: 'Photo Consent', spellings: ['Photo Consent', 'Photograph Consent', 'Photo Permission'] },
  { key: 'nameConsent', canonical: 'Name Consent', spellings: ['Name Consent', 'Name Permission'] },
];

const STAFF_COLUMNS: ColumnSpec<StaffColumn>[] = [
  { key: 'title', canonical: 'Title', spellings: ['Title', 'Salutation'] },
  { key: 'forename', canonical: 'Forename', spellings: ['Forename', 'First Name', 'Legal Forename', 'Firstname', 'Given Name', 'Preferred Forename'] },
  { key: 'surname', canonical: 'Surname', spellings: ['Surname', 'Last Name', 'Legal Surname', 'Lastname', 'Family Name'], required: true },
];

const CONSENT_VALUES: Record<string, boolean> = {
  y: true,
  yes: true,
  true: true,
  '1': true,
  n: false,
  no: false,
  false: false,
  '0': false,
};

/**
 * Y/N, Yes/No, TRUE/FALSE, 1/0 in any case. Empty means no consent (RULES.md).
 * Returns undefined for anything else, which the importer reports.
 */
export function parseConsent(value: string | undefined): boolean | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return false;
  return CONSENT_VALUES[v];
}

interface RawRow {
  line: number;
  cells: string[];
}

/** Splits the file into rows with the physical line each row starts on; blank lines dropped. */
function readRows(text: string): { rows: RawRow[]; problems: CsvRowError[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: RawRow[] = [];
  const problems: CsvRowError[] = [];
  // Line counting walks forward only: rowStart is where the current row begins.
  let rowStart = 0;
  let counted = 0;
  let line = 1;
  const lineAt = (offset: number): number => {
    for (; counted < offset; counted++) {
      const c = source.charCodeAt(counted);
      if (c === 10) line++;
      else if (c === 13 && source.charCodeAt(counted + 1) !== 10) line++;
    }
    return line;
  };
  Papa.parse<string[]>(source, {
    delimiter: ',',
    step(result) {
      const startLine = lineAt(rowStart);
      rowStart = result.meta.cursor;
      const cells = result.data;
      const quoteError = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
      if (quoteError) {
        // The row's boundaries are unknowable: report it rather than load a guess.
        problems.push({ line: startLine, field: '(row)', value: cells.join(','), message: `${quoteError.message.toLowerCase()}` });
        return;
      }
      if (cells.every((cell) => cell.trim() === '')) return; // blank line
      rows.push({ line: startLine, cells });
    },
  });
  return { rows, problems };
}

interface Mapped<K extends string> {
  index: Partial<Record<K, number>>;
  /** The header text the file uses for each mapped column. */
  header: Partial<Record<K, string>>;
}

function mapHeader<K extends string>(headers: string[], columns: ColumnSpec<K>[]): Mapped<K> {
  const keys = headers.map(headerKey);
  const index: Partial<Record<K, number>> = {};
  const header: Partial<Record<K, string>> = {};
  for (const column of columns) {
    for (const spelling of column.spellings) {
      const at = keys.indexOf(headerKey(spelling));
      if (at >= 0) {
        index[column.key] = at;
        header[column.key] = headers[at]!.trim();
        break;
      }
    }
  }
  return { index, header };
}

function importCsv<K extends string, T>(
  text: string,
  columns: ColumnSpec<K>[],
  buildRow: (get: (key: K) => string | undefined, report: (key: K, value: string, message: string) => void) => unknown,
  schema: z.ZodType<T>,
  fieldOfPath: (path: PropertyKey[]) => K | undefined,
): CsvResult<T> {
  const { rows: raw, problems } = readRows(text);
  const errors: CsvRowError[] = [...problems];
  const headerRow = raw[0];
  if (!headerRow) {
    return { rows: [], errors: [{ line: 1, field: '(header)', value: '', message: 'the file is empty: expected a header row' }] };
  }
  const headers = headerRow.cells.map((h) => h.trim());
  const { index, header } = mapHeader(headers, columns);
  const missing = columns.filter((c) => c.required && index[c.key] === undefined);
  if (missing.length > 0) {
    const names = missing.map((c) => `"${c.canonical}" (or ${c.spellings.slice(1, 3).map((s) => `"${s}"`).join(', ')})`);
    return {
      rows: [],
      errors: [
        {
          line: headerRow.line,
          field: '(header)',
          value: headerRow.cells.join(','),
          message: `the header row has no ${names.join(' or ')} column`,
        },
      ],
    };
  }
  const fieldName = (key: K) => header[key] ?? columns.find((c) => c.key === key)!.canonical;
  const rows: T[] = [];
  for (const row of raw.slice(1)) {
    if (row.cells.length !== headers.length) {
      errors.push({
        line: row.line,
        field: '(row)',
        value: row.cells.join(','),
        message: `has ${row.cells.length} fields, the header has ${headers.length}`,
      });
      continue;
    }
    const rowErrors: CsvRowError[] = [];
    const get = (key: K) => {
      const at = index[key];
      return at === undefined ? undefined : row.cells[at]!.trim();
    };
    const report = (key: K, value: string, message: string) =>
      rowErrors.push({ line: row.line, field: fieldName(key), value, message: `${fieldName(key)} ${message}` });
    const candidate = buildRow(get, report);
    if (rowErrors.length === 0) {
      const parsed = schema.safeParse(candidate);
      if (parsed.success) {
        rows.push(parsed.data);
        continue;
      }
      for (const issue of parsed.error.issues) {
        const key = fieldOfPath(issue.path);
        const value = key ? (get(key) ?? '') : '';
        const field = key ? fieldName(key) : issue.path.map(String).join('.') || '(row)';
        rowErrors.push({ line: row.line, field, value, message: `${field} ${issue.message}` });
      }
    }
    errors.push(...rowErrors);
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

const CONSENT_HELP = 'must be Y or N (also Yes/No, TRUE/FALSE, 1/0; empty means no consent)';

/** Pupils: `Forename,Surname,Preferred Forename,Group,Photo Consent,Name Consent` and MIS variants. */
export function parsePupilCsv(text: string): CsvResult<Pupil> {
  return importCsv<PupilColumn, Pupil>(
    text,
    PUPIL_COLUMNS,
    (get, report) => {
      const consent = (key: 'photoConsent' | 'nameConsent') => {
        const value = get(key) ?? '';
        const parsed = parseConsent(value);
        if (parsed === undefined) report(key, value, `${CONSENT_HELP} (got "${value}")`);
        return parsed ?? false;
      };
      const preferred = get('preferred');
      return {
        forename: get('forename') ?? '',
        surname: get('surname') ?? '',
        ...(preferred ? { preferred } : {}),
        group: get('group') ?? '',
        photoConsent: consent('photoConsent'),
        nameConsent: consent('nameConsent'),
      };
    },
    PupilSchema,
    (path) => {
      const key = path[0];
      return PUPIL_COLUMNS.some((c) => c.key === key) ? (key as PupilColumn) : undefined;
    },
  );
}

/** Staff: `Title,Forename,Surname` (e.g. `Mrs,Claire,Magill`). */
export function parseStaffCsv(text: string): CsvResult<Staff> {
  return importCsv<StaffColumn, Staff>(
    text,
    STAFF_COLUMNS,
    (get) => ({ title: get('title') ?? '', forename: get('forename') ?? '', surname: get('surname') ?? '' }),
    StaffSchema,
    (path) => {
      const key = path[0];
      return STAFF_COLUMNS.some((c) => c.key === key) ? (key as StaffColumn) : undefined;
    },
  );
}
