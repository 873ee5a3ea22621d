/**
 * Asks the compose guard in the current tab how it is doing. The content
 * script answers the runtime message `{ type: 'guard-status' }` with a
 * GuardStatus; no answer means SafePost is not running on this tab (not X, or
 * the tab was open before SafePost was installed/updated). Needs no "tabs"
 * permission: tabs.query gives the id, tabs.sendMessage needs none.
 */
import { browser } from 'wxt/browser';
import { GuardStatusSchema, type GuardStatus } from '../guard/status';

// The answer's shape (states and what they mean) is defined with the guard that sends it.
export type { GuardStatus };

export type TabGuard = { kind: 'active'; status: GuardStatus } | { kind: 'inactive' };

export async function currentTabGuard(): Promise<TabGuard> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return { kind: 'inactive' };
    const answer = GuardStatusSchema.safeParse(await browser.tabs.sendMessage(tab.id, { type: 'guard-status' }));
    return answer.success ? { kind: 'active', status: answer.data } : { kind: 'inactive' };
  } catch {
    return { kind: 'inactive' };
  }
}
