/**
 * Opens the options page on its "See who" view when the panel on x.com asks
 * (components/panel/see-who.ts): the names are shown on an extension page,
 * never in x.com's. tabs.create needs no permission.
 */
import { SEE_WHO, SeeWhoRequestSchema, seeWhoHash } from '@/components/panel/see-who';

export function setupSeeWhoService(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if ((message as { type?: unknown } | null)?.type !== SEE_WHO) return undefined;
    const parsed = SeeWhoRequestSchema.safeParse(message);
    if (!parsed.success) return Promise.resolve({ ok: false });
    const url = browser.runtime.getURL('/options.html') + seeWhoHash(parsed.data);
    const opener = sender.tab;
    return browser.tabs
      .create({ url, ...(opener?.index !== undefined ? { index: opener.index + 1 } : {}), ...(opener?.windowId !== undefined ? { windowId: opener.windowId } : {}) })
      .then(
        () => ({ ok: true }),
        (error: unknown) => {
          console.warn('SafePost: could not open the list of pupils', error);
          return { ok: false };
        },
      );
  });
}
