/**
 * One composer's audit counting: feeds what happened to the pure step
 * (audit-events.ts) and hands the events it returns to the sink
 * (page-guard.ts defers and guards it). Bookkeeping never gets in the way of
 * the guard: a failure here is logged and swallowed, and a guard closed
 * under a reloaded extension counts nothing.
 */
import type { AuditEvent } from '../profile/audit';
import { draftAuditStep, initialDraftAudit, type DraftAuditInput } from './audit-events';

export class AuditRecorder {
  private state = initialDraftAudit();

  constructor(
    /** Where events go; absent, nothing is counted. */
    private readonly sink: ((event: AuditEvent) => void) | undefined,
    private readonly closed: () => boolean,
  ) {}

  note(input: DraftAuditInput): void {
    try {
      const { state, events } = draftAuditStep(this.state, input);
      this.state = state;
      if (this.closed()) return;
      for (const event of events) this.sink?.(event);
    } catch (error) {
      console.warn('SafePost: audit count skipped', error);
    }
  }
}
