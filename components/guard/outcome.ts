/**
 * What the compose box on X would do with a draft, for the surfaces that only
 * show a check ("Try a draft" on the options page, the CLI's report). It runs
 * the guard's own decide() (gate.ts), so they cannot drift from what the
 * guard does: it holds the send action (click, Ctrl/Cmd+Enter) and says why;
 * it never disables X's Post button. Pure: no DOM, no browser.
 */
import type { CheckResult } from '../../rules/types';
import { decide, requiredAttestations, type GateDecision } from './gate';
import type { ImageStatus } from './images';

export interface OutcomeInput {
  result: CheckResult;
  images: readonly ImageStatus[];
  unreadableImage: 'block' | 'confirm';
  /** Attestations ticked so far (none, for a draft seen before the teacher acts). */
  ticked?: ReadonlySet<string>;
}

export interface ComposeOutcome {
  decision: GateDecision;
  /** The statements the teacher must tick before the post goes. */
  attestations: string[];
  /** One sentence: what happens when the teacher presses Post. */
  text: string;
}

/** The compose box's decision on a draft whose profile and editor are both fine. */
export function composeOutcome(input: OutcomeInput): ComposeOutcome {
  const decision = decide({
    closed: false,
    result: input.result,
    images: input.images,
    unreadableImage: input.unreadableImage,
    ticked: input.ticked ?? new Set(),
  });
  return { decision, attestations: requiredAttestations(input), text: outcomeText(decision, input.result) };
}

export function outcomeText(decision: GateDecision, result?: CheckResult): string {
  if (decision.allow) {
    return (result?.findings.length ?? 0) === 0
      ? 'Pressing Post sends it.'
      : 'Pressing Post sends it; the warnings are shown beside the compose box.';
  }
  return `Pressing Post (or Ctrl+Enter) does not send it: SafePost holds it and shows "${decision.message}"`;
}
