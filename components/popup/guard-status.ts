/**
 * Asks the compose guard in the current tab how it is doing. The content
 * script answers the runtime message `{ type: 'guard-status' }` with a
 * GuardStatus; no answer means SafePost is not running on this tab (not X, or
 * the tab was open before SafePost was installed/updated). Needs no "tabs"
 * permission: tabs.query gives the id, tabs.sendMessage needs none.
 */
import { browser } from 'wxt/browser';

export interface GuardStatus {
  /** 'watching': composer found and checked; 'no-composer': on X, no compose box open;
   *  'unsupported': on X but the composer is not one SafePost knows (posts are held). */
  state: 'watching' | 'no-composer' | 'unsupported';
  detail?: string;
}

export type TabGuard = { kind: 'active'; status: GuardStatus } | { kind: 'inactive' };

export async function currentTabGuard(): Promise<TabGuard> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return { kind: 'inactive' };
    const status = (await browser.tabs.sendMessage(tab.id, { type: 'guard-status' })) as GuardStatus | undefined;
    return status && typeof status === 'object' && 'state' in status ? { kind: 'active', status } : { kind: 'inactive' };
  } catch {
    return { kind: 'inactive' };
  }
}
