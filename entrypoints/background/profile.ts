/**
 * Profile bookkeeping in the background: counts audit events sent by the
 * compose guard (see components/profile/audit.ts for the message), keeps the
 * audit log within the profile's retention (settings.auditRetentionDays), and
 * re-reads the profile when the managed policy changes so the last good
 * school policy is recorded even when no page is open.
 */
import { browser } from 'wxt/browser';
import {
  AUDIT_KEY,
  AuditMessageSchema,
  DEFAULT_AUDIT_RETENTION_DAYS,
  addToAudit,
  parseAuditLog,
  pruneAudit,
  type AuditEvent,
} from '../../components/profile/audit';
import { PROFILE_KEY, loadProfileState } from '../../components/profile/store';

// One write at a time: two events in the same tick must both be counted.
let auditQueue: Promise<void> = Promise.resolve();

/** The retention in force, as of the last profile load (compiling the profile per event would cost a roster index). */
let retentionDays = DEFAULT_AUDIT_RETENTION_DAYS;

export function countAuditEvent(event: AuditEvent, at = new Date()): Promise<void> {
  auditQueue = auditQueue
    .then(async () => {
      const stored = await browser.storage.local.get(AUDIT_KEY);
      const log = addToAudit(parseAuditLog(stored[AUDIT_KEY]), event, at, retentionDays);
      await browser.storage.local.set({ [AUDIT_KEY]: log });
    })
    .catch(() => undefined);
  return auditQueue;
}

/**
 * Drops the days past retention now, not at the next event: a school that
 * shortens retention expects the older counts gone when it says so.
 */
export function pruneStoredAudit(days: number, at = new Date()): Promise<void> {
  auditQueue = auditQueue
    .then(async () => {
      const stored = await browser.storage.local.get(AUDIT_KEY);
      if (stored[AUDIT_KEY] === undefined) return;
      const before = parseAuditLog(stored[AUDIT_KEY]);
      const after = pruneAudit(before, days, at);
      if (Object.keys(after).length !== Object.keys(before).length) await browser.storage.local.set({ [AUDIT_KEY]: after });
    })
    .catch(() => undefined);
  return auditQueue;
}

/** Reads the profile in force (recording the last good school policy) and applies its audit retention. */
function refreshProfile(): void {
  void loadProfileState()
    .then((state) => {
      retentionDays = state.compiled.settings.auditRetentionDays;
      return pruneStoredAudit(retentionDays);
    })
    .catch(() => undefined);
}

export function setupProfileService(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!message || typeof message !== 'object' || (message as { type?: unknown }).type !== 'audit') return undefined;
    // Only our own pages and content scripts may count.
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = AuditMessageSchema.safeParse(message);
    if (!parsed.success) return Promise.resolve({ ok: false });
    const { rule, severity, event } = parsed.data;
    return countAuditEvent({ rule, severity, event }).then(() => ({ ok: true }));
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && PROFILE_KEY in changes)) refreshProfile();
  });
  refreshProfile();
}
