/**
 * X (x.com, twitter.com, mobile.x.com): the first SiteAdapter
 * (components/site/adapter.ts). Markup knowledge is in selectors.ts, DOM
 * reading in adapter.ts, request shapes in requests.ts, the handle format in
 * account-handle.ts.
 */
import type { Composer, SiteAdapter } from '../site/adapter';
import { attachedImageUrls, composerContext, composerOf, editorOf, findComposers, isSendButton, readComposerText, replaceAttachment, signedInHandle } from './adapter';
import { X_ACCOUNT_HANDLE } from './account-handle';
import { xRequests } from './requests';
import { draftBlock } from './selectors';

export { X_MATCHES } from './matches';

export const xSite: SiteAdapter = {
  name: 'X',
  findComposers,
  composerOf,
  sendIntents: {
    sendButton: isSendButton,
    editor: editorOf,
    // Legacy DMs and X Chat send on a plain Enter; posts need Ctrl/Cmd+Enter.
    enterSends: (composer: Composer) => composer.surface !== 'post',
  },
  text: {
    read: readComposerText,
    lines: (editor) => [...editor.querySelectorAll(draftBlock)],
    dropped: '\u200b',
  },
  context: composerContext,
  account: { signedIn: signedInHandle, handle: X_ACCOUNT_HANDLE },
  attachments: attachedImageUrls,
  replaceAttachment,
  requests: xRequests,
};
