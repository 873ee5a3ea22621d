/**
 * Reading the admin's files: settings JSON, roster and staff CSV, drafts
 * JSONL. Every problem names the file, the line and the field; the caller
 * decides which problems are fatal.
 */
import { decodeUtf8Strict, utf8Advice } from '../../rules/text/utf8';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { parsePupilCsv, parseStaffCsv, type CsvResult } from '../../rules/profile/csv';
import { parseSettingsJson } from '../../rules/profile/settings';
import type { Pupil, Settings, Staff } from '../../rules/profile/schema';

/** Bad input: the CLI prints every problem and exits 2. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'InputError';
  }
}

function readText(path: string, what: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([`${path}: cannot read the ${what} file (${code ?? (error as Error).message})`]);
  }
  return decodeUtf8(bytes, path, what);
}

const MAX_LISTED = 5;

/** The CLI's side of rules/text/utf8.ts: a file that is not UTF-8 is refused, naming its lines. */
export function decodeUtf8(bytes: Uint8Array, path: string, what: string): string {
  const result = decodeUtf8Strict(bytes);
  if (result.ok) return result.text;
  const listed = result.badLines.slice(0, MAX_LISTED).map((n) => `${path} line ${n}: not UTF-8 text`);
  if (result.badLines.length > MAX_LISTED) listed.push(`${path}: ${result.badLines.length - MAX_LISTED} more lines are not UTF-8 text`);
  listed.push(`${path}: ${utf8Advice(what)}`);
  throw new InputError(listed);
}

export function loadSettingsFile(path: string): Settings {
  const result = parseSettingsJson(readText(path, 'settings'));
  if (!result.ok) throw new InputError(result.errors.map((e) => `${path}: ${e}`));
  return result.settings;
}

export interface CsvLoad<T> {
  rows: T[];
  /** One line per bad row: "pupils.csv line 7: Photo Consent must be … (got "maybe")". */
  rowProblems: string[];
}

function loadCsv<T>(path: string, what: string, parse: (text: string) => CsvResult<T>): CsvLoad<T> {
  const { rows, errors } = parse(readText(path, what));
  const described = errors.map((e) => `${path} line ${e.line}: ${e.message}`);
  // A file whose header is unusable loads nothing: checking against an empty
  // roster would pass every name, so that is fatal, not a warning.
  if (errors.some((e) => e.field === '(header)')) throw new InputError(described);
  return { rows, rowProblems: described };
}

export const loadRosterFile = (path: string): CsvLoad<Pupil> => loadCsv(path, 'roster', parsePupilCsv);
export const loadStaffFile = (path: string): CsvLoad<Staff> => loadCsv(path, 'staff', parseStaffCsv);

/** One line of the drafts JSONL (RULES.md); `expect` and other extra fields are ignored. */
const DraftLineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string(),
  images: z.array(z.string().min(1)).optional(),
  at: z.string().optional(),
  reply: z.boolean().optional(),
  dm: z.boolean().optional(),
  account: z.string().optional(),
});

export interface DraftInput {
  id: string;
  text: string;
  /** Absolute paths of the attached images. */
  images: string[];
  /** As written in the file, for messages. */
  imageNames: string[];
  at?: Date;
  reply?: boolean;
  dm?: boolean;
  account?: string;
  /** Line in the JSONL file (0 for --text). */
  line: number;
}

// ISO 8601 date or date-time; Date.parse alone accepts too much ("March 4").
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseIsoDate(value: string): Date | undefined {
  if (!ISO_DATE.test(value.trim())) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Parses drafts JSONL; throws InputError listing every bad line. */
export function parseDraftsJsonl(text: string, file: string): DraftInput[] {
  const base = dirname(resolve(file));
  const drafts: DraftInput[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const source = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!source.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      problems.push(`${file} line ${line}: not valid JSON (${(error as Error).message})`);
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${file} line ${line}: must be a JSON object such as {"id": "d1", "text": "…"} (got ${JSON.stringify(value)})`);
      return;
    }
    const parsed = DraftLineSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('') || '(line)';
        // The value at the issue's own path: images[1] shows the bad item, not the whole list.
        const got = issue.path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);
        const message = got === undefined ? 'is required' : `${issue.message.replace(/^Invalid input: /, '')} (got ${JSON.stringify(got)})`;
        problems.push(`${file} line ${line}: ${field}: ${message}`);
      }
      return;
    }
    const draft = parsed.data;
    let at: Date | undefined;
    if (draft.at !== undefined) {
      at = parseIsoDate(draft.at);
      if (!at) {
        problems.push(`${file} line ${line}: at: not an ISO 8601 date such as "2026-03-04T19:30:00+00:00" (got ${JSON.stringify(draft.at)})`);
        return;
      }
    }
    const earlier = seen.get(draft.id);
    if (earlier !== undefined) {
      problems.push(`${file} line ${line}: id: "${draft.id}" is already used on line ${earlier}`);
      return;
    }
    seen.set(draft.id, line);
    drafts.push({
      id: draft.id,
      text: draft.text,
      images: (draft.images ?? []).map((p) => resolve(base, p)),
      imageNames: draft.images ?? [],
      at,
      reply: draft.reply,
      dm: draft.dm,
      account: draft.account,
      line,
    });
  });
  if (problems.length > 0) throw new InputError(problems);
  return drafts;
}

export function loadDraftsFile(path: string): DraftInput[] {
  return parseDraftsJsonl(readText(path, 'drafts'), path);
}
