/**
 * Loading a settings file (../shared/RULES.md "Settings file"). Every problem
 * names the field and the bad value, so an admin can fix the file; the
 * caller keeps the last good profile in force when this reports errors.
 */
import { SettingsSchema, formatZodError, type Settings } from './schema';

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Validates an already-parsed settings value (e.g. from storage or managed policy). */
export function parseSettings(value: unknown): SettingsResult {
  const parsed = SettingsSchema.safeParse(value);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, errors: formatZodError(parsed.error, value) };
}

/** Parses settings JSON text; a syntax error is reported with its line and column. */
export function parseSettingsJson(text: string): SettingsResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${describeJsonError(source, error)}`] };
  }
  return parseSettings(value);
}

/** JSON.parse reports a character offset; admins need a line and column. */
function describeJsonError(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const offset = Number(position[1]);
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')} at line ${line}, column ${column}`;
}
