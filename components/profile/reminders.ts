/**
 * Reminders the school policies ask for. Droxford: "The school will change
 * the Twitter account password on a termly basis." SafePost keeps the date of
 * the last change (storage.local) and nudges once a new term has begun since.
 */
import { browser } from 'wxt/browser';

export const REMINDERS_KEY = 'reminders';

export interface Reminders {
  /** ISO date (YYYY-MM-DD) the school account passwords were last changed. */
  passwordChangedAt?: string;
}

/**
 * English school terms, approximately: autumn from 1 September, spring from
 * 1 January, summer from 1 April (Easter moves; a nudge a week early is fine).
 */
const TERM_STARTS: ReadonlyArray<{ month: number; name: string }> = [
  { month: 0, name: 'spring' },
  { month: 3, name: 'summer' },
  { month: 8, name: 'autumn' },
];

export interface Term {
  name: string;
  /** First day of the term, local date. */
  start: Date;
}

export function termOf(at: Date): Term {
  let chosen = TERM_STARTS[0]!;
  for (const t of TERM_STARTS) if (at.getMonth() >= t.month) chosen = t;
  return { name: chosen.name, start: new Date(at.getFullYear(), chosen.month, 1) };
}

export type PasswordStatus =
  | { state: 'unknown' }
  | { state: 'ok'; changed: Date; term: Term }
  | { state: 'due'; changed: Date; term: Term };

export function passwordStatus(reminders: Reminders, now: Date = new Date()): PasswordStatus {
  if (!reminders.passwordChangedAt) return { state: 'unknown' };
  const [y, m, d] = reminders.passwordChangedAt.split('-').map(Number);
  const changed = new Date(y!, (m ?? 1) - 1, d ?? 1);
  if (Number.isNaN(changed.getTime())) return { state: 'unknown' };
  const term = termOf(now);
  return changed < term.start ? { state: 'due', changed, term } : { state: 'ok', changed, term };
}

export async function loadReminders(): Promise<Reminders> {
  const stored = await browser.storage.local.get(REMINDERS_KEY);
  const raw = stored[REMINDERS_KEY] as Reminders | undefined;
  return raw && typeof raw === 'object' ? raw : {};
}

export async function saveReminders(reminders: Reminders): Promise<void> {
  await browser.storage.local.set({ [REMINDERS_KEY]: reminders });
}
