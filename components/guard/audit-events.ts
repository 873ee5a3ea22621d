/**
 * Which audit events one composer produces, pure: the guard feeds it what
 * happened (a render showed findings, a send was held or went through, a box
 * was ticked) and gets back the events to count (components/profile/audit.ts).
 * No DOM, no browser: tests/unit/components/guard/audit-events.test.ts covers it.
 *
 * The audit log counts decisions, not keystrokes. A warning is counted once
 * per rule per draft: a draft lasts until the composer is seen empty (X
 * clears it after a post) and is not counted again while the text that was
 * just sent is still showing. Holds are counted per send attempt (each
 * attempt is a decision the teacher met); a tick is counted once per rule for
 * the same draft content (unticking and ticking again is not a new attestation).
 */
import type { Finding } from '../../rules';
import type { AuditEvent } from '../profile/audit';
import type { GateDecision } from './gate';

export type AuditFinding = Pick<Finding, 'rule' | 'severity' | 'attestation'>;

export interface DraftAuditState {
  /** Warn rules already counted for the current draft. */
  warned: ReadonlySet<string>;
  /** rule + '\n' + draft fingerprint already attested. */
  attested: ReadonlySet<string>;
  /** Fingerprint of the draft just sent: its warnings are not a new draft's. */
  sent?: string;
}

export type DraftAuditInput =
  /** The panel showed these findings for this draft. */
  | { kind: 'shown'; fingerprint: string; empty: boolean; findings: readonly AuditFinding[] }
  /** A send attempt was held with this decision (findings: the check it was made on). */
  | { kind: 'held'; decision: Exclude<GateDecision, { allow: true }>; findings: readonly AuditFinding[] }
  /** The post went out with these findings on it. */
  | { kind: 'sent'; fingerprint: string; findings: readonly AuditFinding[] }
  /** The teacher ticked this attestation for this draft. */
  | { kind: 'ticked'; attestation: string; fingerprint: string; findings: readonly AuditFinding[]; imageAttestation?: string };

export const initialDraftAudit = (): DraftAuditState => ({ warned: new Set(), attested: new Set() });

/** The fail-safe holds: SafePost could not check the post at all. */
const GUARD_UNAVAILABLE_HOLDS = new Set(['closed', 'profile', 'unreadable', 'engine']);

/** The one event for a send held before any composer could be read (page-guard's own fail-safe). */
export const GUARD_UNAVAILABLE: AuditEvent = { rule: 'guard-unavailable', severity: 'block', event: 'block' };

function distinctRules(findings: readonly AuditFinding[], severity: Finding['severity']): string[] {
  return [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.rule))];
}

function ev(rule: string, severity: AuditEvent['severity'], event: AuditEvent['event']): AuditEvent {
  // Rule ids come from the engine's registry; AuditMessageSchema re-checks them in the background.
  return { rule: rule as AuditEvent['rule'], severity, event };
}

export function draftAuditStep(state: DraftAuditState, input: DraftAuditInput): { state: DraftAuditState; events: AuditEvent[] } {
  switch (input.kind) {
    case 'shown': {
      if (input.empty) return { state: initialDraftAudit(), events: [] };
      if (state.sent !== undefined && state.sent === input.fingerprint) return { state, events: [] };
      const fresh = distinctRules(input.findings, 'warn').filter((r) => !state.warned.has(r));
      const next = { ...state, sent: undefined };
      if (fresh.length === 0) return { state: state.sent === undefined ? state : next, events: [] };
      return { state: { ...next, warned: new Set([...state.warned, ...fresh]) }, events: fresh.map((r) => ev(r, 'warn', 'warning')) };
    }
    case 'held': {
      const { decision } = input;
      // Closed: the extension context is gone, there is nothing to count into.
      if (decision.kind === 'closed') return { state, events: [] };
      if (GUARD_UNAVAILABLE_HOLDS.has(decision.kind)) return { state, events: [GUARD_UNAVAILABLE] };
      if (decision.kind === 'block') return { state, events: distinctRules(input.findings, 'block').map((r) => ev(r, 'block', 'block')) };
      if (decision.kind === 'image-failed') return { state, events: [ev('unreadable-image', 'block', 'block')] };
      // 'image-pending' (still reading) and 'confirm' (a box to tick) are not a rule holding the post.
      return { state, events: [] };
    }
    case 'sent': {
      const events = distinctRules(input.findings, 'warn').map((r) => ev(r, 'warn', 'override'));
      return { state: { warned: new Set(), attested: new Set(), sent: input.fingerprint }, events };
    }
    case 'ticked': {
      const rules: string[] = [...new Set(input.findings.filter((f) => f.severity === 'confirm' && f.attestation === input.attestation).map((f) => f.rule))];
      if (input.imageAttestation !== undefined && input.attestation === input.imageAttestation) rules.push('unreadable-image');
      const fresh = rules.filter((r) => !state.attested.has(`${r}\n${input.fingerprint}`));
      if (fresh.length === 0) return { state, events: [] };
      const attested = new Set([...state.attested, ...fresh.map((r) => `${r}\n${input.fingerprint}`)]);
      return { state: { ...state, attested }, events: fresh.map((r) => ev(r, 'confirm', 'attestation')) };
    }
  }
}
