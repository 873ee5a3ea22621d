/**
 * The options page's "Data on this laptop" asks here about what only the
 * background can see: whether the image reader is running (and so holds the
 * findings of recently checked images in memory), and to forget them.
 */
import { browser } from 'wxt/browser';
import { ForgetImagesRequestSchema, HeldImagesRequestSchema, type HeldImagesReply } from '../../components/profile/held-data';
import { forgetImageFindings, imageReaderRunning } from './image-checks';

export function setupDataService(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only this extension's own pages (the options page runs in a tab, so sender.tab is no test): a content script on x.com has no business here.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    if (HeldImagesRequestSchema.safeParse(message).success) {
      return imageReaderRunning().then((readerRunning): HeldImagesReply => ({ readerRunning }));
    }
    if (ForgetImagesRequestSchema.safeParse(message).success) return forgetImageFindings().then(() => ({ ok: true }));
    return undefined;
  });
}
