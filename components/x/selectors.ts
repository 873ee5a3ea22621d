/**
 * Every piece of X's markup SafePost relies on, in one place (refined-github
 * selectors.ts style). Only `data-testid`, ARIA roles and `contenteditable`:
 * never X's generated class names (they change on every deploy) and never
 * label text (it is localised). When X changes its composer, this is the one
 * file to fix; tests/dom/adapter.test.ts ("each selector matches the
 * fixtures its comment names") holds each selector to the fixtures named in
 * its comment (tests/dom/fixtures/*.html are snapshots of the X stand-in,
 * made by tests/e2e/fixtures/make-dom-snapshots.ts). X's request shapes are
 * in requests.ts; the SiteAdapter assembling it all is index.ts.
 *
 * Sources: ../shared/X-COMPOSER.md (public extensions and userscripts).
 */

/**
 * Draft.js editors of posts: home box, pop-up, replies, quotes and every post
 * of a thread (`tweetTextarea_0 … _N`). Wrappers carry look-alike ids
 * (`tweetTextarea_0_label`, `tweetTextarea_0RichTextInputContainer`), so only
 * the `[role=textbox]` element counts.
 * Fixtures: home, compose, reply, quote, thread, status (inline reply).
 */
export const postEditor = '[data-testid^="tweetTextarea_"][role="textbox"][contenteditable="true"]';

/**
 * Mobile web's plain textarea under a tweetTextarea container.
 * Fixture: none yet (mobile.x.com is matched but not reproduced).
 */
export const postTextarea = '[data-testid^="tweetTextarea_"] textarea, textarea[data-testid^="tweetTextarea_"]';

/**
 * Anything that says "a post editor lives here": the container ids X puts on
 * and around the editor. Used to recognise a composer whose editor we can no
 * longer read (fail safe) — a match with no `postEditor` inside means X
 * changed the editor's markup. Fixtures: all post surfaces, and broken.
 */
export const postEditorArea = '[data-testid^="tweetTextarea_"]';

/** Strict id of one thread post's editor: `tweetTextarea_3` (not `_label`, not `…RichTextInputContainer`). */
export const POST_EDITOR_ID = /^tweetTextarea_(\d+)$/;

/**
 * Legacy direct messages (`/messages`): Draft.js editor.
 * Fixture: dm-legacy.
 */
export const dmEditor = '[data-testid="dmComposerTextInput"][role="textbox"][contenteditable="true"]';
/** Container id of the legacy DM editor (fail-safe recognition). Fixture: dm-legacy. */
export const dmEditorArea = '[data-testid="dmComposerTextInput"]';

/** X Chat (`/i/chat`): a plain textarea inside the composer form. Fixture: x-chat. */
export const chatForm = '[data-testid="dm-composer-form"]';
export const chatEditor = '[data-testid="dm-composer-form"] textarea[data-testid="dm-composer-textarea"]';
export const chatEditorArea = '[data-testid="dm-composer-textarea"]';
/** X Chat's image input (../shared/X-COMPOSER.md); it may sit outside the form. Fixture: x-chat. */
export const chatFileInput = '[data-testid="dm-composer-file-input"]';

/**
 * The media editor's image description (alt text) field: a plain textarea in
 * the pop-up X opens from an attached image's "Edit" (route
 * `/compose/post/media`, in `[role="dialog"]` or `[role="alertdialog"]`).
 * X-COMPOSER.md names the route and the request (media/metadata/create.json)
 * but no test ids: `altTextInput` and `endEditingButton` (its Save) are best
 * knowledge from public userscripts (to correct here when X's markup is
 * captured).
 * Fixture: media-editor (home box → attach → Edit).
 */
export const mediaDescription = 'textarea[data-testid="altTextInput"]';
/** The media editor's Save: the description's "send". Fixture: media-editor. */
export const mediaSaveButton = '[data-testid="endEditingButton"]';
/** The photo the media editor shows: the attachment's own blob: URL, which ties the description to it. Fixture: media-editor. */
export const mediaPreview = 'img[src^="blob:"], img[src^="data:"]';

/**
 * Articles (`/compose/articles`, long form). Not in X-COMPOSER.md's
 * captures beyond the route and the ArticleEntity* operations: the ids below
 * are assumed (X's usual `data-testid` style) and kept here to correct.
 * The title is a plain textarea, the body a Draft.js editor, Publish the send.
 * Fixture: articles.
 */
export const articleTitle = 'textarea[data-testid="articleTitleInput"]';
export const articleBody = '[data-testid="articleBodyEditor"][role="textbox"][contenteditable="true"]';
export const articleBodyArea = '[data-testid="articleBodyEditor"]';
export const articlePublishButton = '[data-testid="articlePublishButton"]';

/** Every readable editor SafePost guards. */
export const anyEditor = [postEditor, postTextarea, dmEditor, chatEditor, mediaDescription, articleTitle, articleBody].join(', ');
/** Every place an editor is expected (readable or not). */
export const anyEditorArea = [postEditorArea, dmEditorArea, chatEditorArea].join(', ');
// (The description field and the article editor are found from their own containers: adapter.ts.)

/**
 * Send buttons. `tweetButtonInline` (home box, inline reply: "Post"/"Reply")
 * and `tweetButton` (pop-up: "Post", "Reply", "Post all" for threads). A
 * `<button>` since 2024, a `div[role=button]` before, so match on the id only.
 * Fixtures: home, compose, reply, quote, thread, status.
 */
export const postSendButton = '[data-testid^="tweetButton"]';
/** Legacy DM send. Fixture: dm-legacy. */
export const dmSendButton = '[data-testid="dmComposerSendButton"]';
/** X Chat send. Fixture: x-chat. */
export const chatSendButton = '[data-testid="dm-composer-send-button"]';
export const anySendButton = [postSendButton, dmSendButton, chatSendButton, mediaSaveButton, articlePublishButton].join(', ');

/**
 * The composer's toolbar (media, GIF, poll, emoji…). A sibling subtree of the
 * editor, not an ancestor: a composer's root is the nearest ancestor holding
 * both. Holds the file input. Fixtures: all post surfaces (DMs have none).
 */
export const toolBar = '[data-testid="toolBar"]';

/** The media file input in the toolbar. Fixtures: home, compose. */
export const fileInput = 'input[type="file"][data-testid="fileInput"], input[type="file"]';

/**
 * Attached media: one `[role=group]` per item, with an `img` (local uploads
 * have blob: URLs) or a `video`. Fixtures: home (after attaching), compose.
 */
export const attachments = '[data-testid="attachments"]';
export const attachmentItem = '[role="group"]';
export const attachmentImage = 'img[src^="blob:"], img[src^="data:"]';
/**
 * The × on an attached item that removes it ("Cover faces" swaps the photo).
 * Not in X-COMPOSER.md's captures: best knowledge is X's `removeMedia` test id
 * and its "Remove media" label. Fixtures: home, compose.
 */
export const removeMediaButton = '[data-testid="removeMedia"], [role="button"][aria-label="Remove media"], button[aria-label="Remove media"]';

/**
 * A post card. In the pop-up, the post being replied to sits ABOVE the
 * editor; a quoted post sits BELOW it. On `/<user>/status/<id>` the inline
 * reply box sits below the focused post. Fixtures: reply, quote, status.
 */
export const postCard = 'article[data-testid="tweet"], [data-testid="tweet"]';
/** The quoted post card inside a quote composer (X wraps it in a link-like role). Fixture: quote. */
export const quotedCard = '[data-testid="quotedTweet"], [data-testid="quoteTweet"]';

/**
 * The pop-up composer dialog in `#layers`. The panel's host goes inside it,
 * so the dialog's focus trap and click-outside-to-close count the card as
 * part of the dialog (components/panel/mount.ts).
 * X also opens pop-ups as `[role="alertdialog"]`, and some sit right after a
 * `twc-cc-mask` overlay with no role at all (../shared/X-COMPOSER.md).
 * Fixtures: compose, reply, quote, thread.
 */
export const dialog = '[role="dialog"], [role="alertdialog"], [data-testid="twc-cc-mask"] ~ *';
/**
 * The same dialog while it is modal: composers behind it cannot be used, so
 * their cards are hidden (mount.ts) and the keyboard shortcut picks the
 * composer inside it (page-guard.ts). Fixtures: compose, reply, quote, thread.
 */
export const modalDialog = '[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]';
/** The home timeline column. Fixture: home, status. */
export const primaryColumn = '[data-testid="primaryColumn"]';

/**
 * The signed-in account: the side nav's profile link (`href="/<handle>"`),
 * or the account switcher's avatar whose testid ends with the handle.
 * Fixtures: every page.
 */
export const profileLink = 'a[data-testid="AppTabBar_Profile_Link"]';
export const accountSwitcherAvatar = '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]';

/** Draft.js text structure: one block per line, text in `[data-text]` leaves. */
export const draftBlock = '[data-block="true"]';
export const draftText = '[data-text="true"]';
