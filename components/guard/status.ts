/**
 * The answer to the popup's `{type: 'guard-status'}` (components/popup/guard-status.ts
 * asks the active tab with tabs.sendMessage): what the guard on this page is
 * doing right now. Pure apart from the schemas; page-guard.ts gathers the
 * facts, entrypoints/x.content answers the message.
 */
// zod/mini: this module is in the content script, which must stay small (issue 17); full zod is ~20 times larger.
import * as z from 'zod/mini';

/**
 * How the status line names the built-in default profile (no roster yet). The
 * card never folds into its "No problems found" chip on it: pupil names cannot
 * be checked, and the teacher should keep seeing that.
 */
export const DEFAULT_PROFILE_LABEL = 'built-in default profile (no pupil roster yet: ask your IT admin)';

/**
 * Added to the status line when settings.rosterRetentionDays erased the
 * roster saved on this computer and nothing replaced it: like the default
 * profile, pupil names cannot be checked, and the card never folds into its chip.
 */
export const ROSTER_EXPIRED_LABEL = 'pupil roster expired and was erased: ask your IT admin for a new one';

/** Whether a status line says pupil names cannot be checked (no roster, or an expired one). */
export function saysNoRoster(text: string): boolean {
  return text.includes(DEFAULT_PROFILE_LABEL) || text.includes(ROSTER_EXPIRED_LABEL);
}

export const GuardStatusRequestSchema = z.strictObject({ type: z.literal('guard-status') });

/**
 * 'watching': composers found and checked; 'no-composer': on X, no compose box open;
 * 'unsupported': a compose box SafePost cannot read (its posts are held);
 * 'error': SafePost cannot check posts on this tab at all (no usable profile,
 * or the extension was restarted under the page); `detail` says why.
 */
export const GuardStatusSchema = z.strictObject({
  state: z.enum(['watching', 'no-composer', 'unsupported', 'error']),
  detail: z.optional(z.string().check(z.maxLength(500))),
});
export type GuardStatus = z.infer<typeof GuardStatusSchema>;

export interface GuardFacts {
  closed: boolean;
  /** Why the profile cannot be used (profileProblem() in page-guard.ts), lower-case sentence. */
  profileProblem?: string;
  /** "Hollowmere Primary profile (on this computer)". */
  profileLabel?: string;
  composers: readonly { problem?: string }[];
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function describeGuard(facts: GuardFacts): GuardStatus {
  if (facts.closed) return { state: 'error', detail: 'SafePost was updated or restarted: reload this page to post.' };
  if (facts.profileProblem) return { state: 'error', detail: `Posts are held: ${facts.profileProblem}` };
  const unreadable = facts.composers.filter((c) => c.problem);
  if (unreadable.length > 0) {
    return { state: 'unsupported', detail: sentence(`${unreadable[0]!.problem}. Posts from ${unreadable.length === 1 ? 'this box' : 'these boxes'} are held.`) };
  }
  const profile = facts.profileLabel ? ` · ${facts.profileLabel}` : '';
  if (facts.composers.length === 0) return { state: 'no-composer', detail: `Open the compose box to write a post${profile}` };
  return { state: 'watching', detail: `${count(facts.composers.length, 'compose box', 'compose boxes')} guarded${profile}` };
}
