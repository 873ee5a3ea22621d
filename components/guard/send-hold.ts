/**
 * What a send attempt leaves behind, pure: the gate's decision on the fresh
 * evaluation either holds the post (the panel says why until the draft
 * changes, and the hold is counted) or lets it go (counted as sent, with the
 * findings it went out with).
 */
import type { DraftAuditInput } from './audit-events';
import type { Evaluation } from './evaluate';

export interface SendOutcome {
  /** Set when the send is held: the notice the panel shows. */
  heldNotice?: string;
  audit: DraftAuditInput;
}

export function sendOutcome(evaluation: Evaluation, fingerprint: string): SendOutcome {
  const findings = evaluation.result?.findings ?? [];
  const { decision } = evaluation;
  if (decision.allow) return { audit: { kind: 'sent', fingerprint, findings } };
  return { heldNotice: decision.message, audit: { kind: 'held', decision, findings } };
}
