/**
 * The last check of one composer, remembered: typing that re-renders the
 * panel without changing the draft (caret moves, image progress) costs no
 * second run of the engine. The send path asks for a fresh check
 * (`recheck`), which the next render then reuses.
 */
import type { CheckResult, CompiledProfile, Draft } from '../../rules';
import { checkWithFixes, type CheckDraft } from './evaluate';

export class CheckCache {
  private last: { key: string; profile: CompiledProfile; result?: CheckResult; error?: unknown } | undefined;

  /** check(), answered from memory for the same draft, profile and minute; a remembered failure is thrown again. */
  readonly check: CheckDraft = (draft: Draft, profile: CompiledProfile) => {
    const last = this.last;
    if (last?.key === keyOf(draft) && last.profile === profile) {
      if (last.result) return last.result;
      throw last.error;
    }
    return this.recheck(draft, profile);
  };

  /** check() run now, whatever is remembered, and remembered. */
  readonly recheck: CheckDraft = (draft: Draft, profile: CompiledProfile) => {
    const key = keyOf(draft);
    try {
      const result = checkWithFixes(draft, profile);
      this.last = { key, profile, result };
      return result;
    } catch (error) {
      this.last = { key, profile, error };
      throw error;
    }
  };
}

/** Same text, images, context and minute → same result (outside-hours reads the minute). */
function keyOf(draft: Draft): string {
  const minute = Math.floor((draft.at ?? new Date()).getTime() / 60_000);
  return JSON.stringify([draft.text, draft.images, draft.reply, draft.dm, draft.account, minute]);
}
