/**
 * Profile bookkeeping in the background: counts audit events sent by the
 * compose guard (see components/profile/audit.ts for the message), and
 * re-reads the profile when the managed policy changes so the last good
 * school policy is recorded even when no page is open.
 */
import { browser } from 'wxt/browser';
import { AUDIT_KEY, AuditMessageSchema, addToAudit, parseAuditLog, type AuditEvent } from '../../components/profile/audit';
import { loadProfileState } from '../../components/profile/store';

// One write at a time: two events in the same tick must both be counted.
let auditQueue: Promise<void> = Promise.resolve();

export function countAuditEvent(event: AuditEvent, at = new Date()): Promise<void> {
  auditQueue = auditQueue
    .then(async () => {
      const stored = await browser.storage.local.get(AUDIT_KEY);
      const log = addToAudit(parseAuditLog(stored[AUDIT_KEY]), event, at);
      await browser.storage.local.set({ [AUDIT_KEY]: log });
    })
    .catch(() => undefined);
  return auditQueue;
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

  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void loadProfileState().catch(() => undefined);
  });
  void loadProfileState().catch(() => undefined);
}
