/**
 * The audit log: how often each rule warned, held a post, was attested or
 * overridden, per day. Counts only: no post text, no names, no account
 * handles are ever stored, so the log can be exported and shared with
 * governors.
 *
 * API for the compose guard (content script):
 *
 *   import { recordAudit } from '~/components/profile/audit';
 *   recordAudit({ rule: 'pupil-full-name', severity: 'block', event: 'block' });
 *
 * which sends the runtime message `{ type: 'audit', rule, severity, event }`
 * to the background (entrypoints/background/profile.ts), which adds one to
 * today's count in storage.local under AUDIT_KEY. When to record:
 *   - 'warning'     a warn finding was shown for a draft (once per rule per draft, not per keystroke)
 *   - 'block'       a send was held by a block finding (once per rule per send attempt)
 *   - 'attestation' the teacher ticked a confirm finding's attestation
 *   - 'override'    the post was sent while a warn finding was still showing
 * `rule` may also be 'unreadable-image' or 'guard-unavailable' for the
 * guard's own fail-safe holds.
 *
 * recordAudit never throws and never blocks the caller: a lost count must
 * not stop a teacher posting.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { RULE_IDS } from '../../rules';
import { DEFAULT_SETTINGS } from '../../rules/profile/defaults';

export const AUDIT_KEY = 'audit';
export const AUDIT_EVENTS = ['warning', 'block', 'attestation', 'override'] as const;
export type AuditEventKind = (typeof AUDIT_EVENTS)[number];

/** Rule ids plus the guard's own fail-safe reasons. */
export const AUDIT_RULES = [...RULE_IDS, 'unreadable-image', 'guard-unavailable'] as const;

export const AuditMessageSchema = z
  .object({
    type: z.literal('audit'),
    rule: z.enum(AUDIT_RULES),
    severity: z.enum(['block', 'confirm', 'warn']),
    event: z.enum(AUDIT_EVENTS),
  })
  .strict();
export type AuditMessage = z.infer<typeof AuditMessageSchema>;
export type AuditEvent = Omit<AuditMessage, 'type'>;

/** day (YYYY-MM-DD, laptop's local date) → rule → event → count. */
export type AuditLog = Record<string, Record<string, Partial<Record<AuditEventKind, number>>>>;

/**
 * Days kept when the profile does not say (settings.auditRetentionDays, which
 * the school's managed policy may set). Older days are pruned on every write
 * and whenever the setting changes (entrypoints/background/profile.ts).
 */
export const DEFAULT_AUDIT_RETENTION_DAYS = DEFAULT_SETTINGS.auditRetentionDays;

export function dayKey(at: Date): string {
  const y = at.getFullYear();
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Pure: the log without the days older than `retentionDays` before `at`
 * (today counts as one day: a retention of 1 keeps today only).
 */
export function pruneAudit(log: AuditLog, retentionDays: number, at: Date = new Date()): AuditLog {
  const days = Number.isFinite(retentionDays) && retentionDays >= 1 ? Math.floor(retentionDays) : DEFAULT_AUDIT_RETENTION_DAYS;
  const first = new Date(at.getFullYear(), at.getMonth(), at.getDate() - (days - 1));
  const oldest = dayKey(first);
  const next: AuditLog = {};
  for (const [day, rules] of Object.entries(log)) if (day >= oldest) next[day] = rules;
  return next;
}

/** Pure: the log with one more event counted (and days past retention dropped). */
export function addToAudit(log: AuditLog, event: AuditEvent, at: Date = new Date(), retentionDays = DEFAULT_AUDIT_RETENTION_DAYS): AuditLog {
  const day = dayKey(at);
  const next: AuditLog = { ...log };
  const rules = { ...(next[day] ?? {}) };
  const counts = { ...(rules[event.rule] ?? {}) };
  counts[event.event] = (counts[event.event] ?? 0) + 1;
  rules[event.rule] = counts;
  next[day] = rules;
  return pruneAudit(next, retentionDays, at);
}

/** What the audit log holds, for the "Data on this laptop" page. */
export interface AuditSummary {
  /** Events counted (every warning, hold, attestation and override). */
  events: number;
  days: number;
  /** Oldest and newest day with a count (YYYY-MM-DD). */
  first?: string;
  last?: string;
}

export function summariseAudit(log: AuditLog): AuditSummary {
  const days = Object.keys(log).sort();
  let events = 0;
  for (const rules of Object.values(log)) for (const counts of Object.values(rules)) for (const kind of AUDIT_EVENTS) events += counts[kind] ?? 0;
  return { events, days: days.length, first: days[0], last: days[days.length - 1] };
}

export interface AuditRow {
  day: string;
  rule: string;
  warning: number;
  block: number;
  attestation: number;
  override: number;
}

/** One row per day and rule, newest day first. */
export function auditRows(log: AuditLog): AuditRow[] {
  const rows: AuditRow[] = [];
  for (const day of Object.keys(log).sort().reverse()) {
    for (const rule of Object.keys(log[day]!).sort()) {
      const c = log[day]![rule]!;
      rows.push({ day, rule, warning: c.warning ?? 0, block: c.block ?? 0, attestation: c.attestation ?? 0, override: c.override ?? 0 });
    }
  }
  return rows;
}

/** Totals per event for one day (the popup's "today"). */
export function dayTotals(log: AuditLog, day: string): Record<AuditEventKind, number> {
  const totals: Record<AuditEventKind, number> = { warning: 0, block: 0, attestation: 0, override: 0 };
  for (const counts of Object.values(log[day] ?? {})) {
    for (const kind of AUDIT_EVENTS) totals[kind] += counts[kind] ?? 0;
  }
  return totals;
}

export function auditCsv(log: AuditLog): string {
  const lines = ['Date,Rule,Warnings,Blocks,Attestations,Overrides'];
  for (const r of auditRows(log)) lines.push(`${r.day},${r.rule},${r.warning},${r.block},${r.attestation},${r.override}`);
  return `${lines.join('\r\n')}\r\n`;
}

/** Read-side: tolerate a damaged stored log (drop what does not fit). */
export function parseAuditLog(raw: unknown): AuditLog {
  const out: AuditLog = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [day, rules] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !rules || typeof rules !== 'object') continue;
    for (const [rule, counts] of Object.entries(rules as Record<string, unknown>)) {
      if (!counts || typeof counts !== 'object') continue;
      for (const kind of AUDIT_EVENTS) {
        const n = (counts as Record<string, unknown>)[kind];
        if (typeof n === 'number' && Number.isFinite(n) && n > 0) {
          ((out[day] ??= {})[rule] ??= {})[kind] = Math.floor(n);
        }
      }
    }
  }
  return out;
}

export async function loadAuditLog(): Promise<AuditLog> {
  const stored = await browser.storage.local.get(AUDIT_KEY);
  return parseAuditLog(stored[AUDIT_KEY]);
}

/** Content-script side: count an event. Fire and forget. */
export function recordAudit(event: AuditEvent): void {
  const message: AuditMessage = { type: 'audit', ...event };
  try {
    void browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // Extension context invalidated (extension reloaded under the page): nothing to record into.
  }
}
