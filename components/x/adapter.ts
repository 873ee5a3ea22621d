/**
 * X's implementation of the site adapter's DOM half (components/site/adapter.ts;
 * assembled in components/x/index.ts). Reads X's composers through components/x/selectors.ts: where they are,
 * what their text is, whether they reply/quote/DM, and which images they
 * hold. Read-only: nothing here changes X's DOM (its Draft.js editor breaks
 * when extensions edit it).
 */
import * as S from './selectors';

import type { Composer, ComposerContext, EditorPart, Surface } from '../site/adapter';

export type { Composer, ComposerContext, EditorPart, Surface };

/** Between the posts of a thread in the joined text. */
export const POST_SEPARATOR = '\n\n';

function surfaceOf(el: Element): Surface {
  if (el.closest(S.chatForm) || el.matches(S.chatEditorArea) || el.matches(S.chatSendButton)) return 'chat';
  if (el.matches(S.dmEditorArea) || el.matches(S.dmSendButton) || el.closest(S.dmEditorArea)) return 'dm';
  return 'post';
}

function editorAreaSelector(surface: Surface): string {
  if (surface === 'chat') return S.chatEditorArea;
  if (surface === 'dm') return S.dmEditorArea;
  return S.postEditorArea;
}

function readableEditorSelector(surface: Surface): string {
  if (surface === 'chat') return S.chatEditor;
  if (surface === 'dm') return S.dmEditor;
  return `${S.postEditor}, ${S.postTextarea}`;
}

/** Nearest ancestor of `from` (itself excluded) that contains a match of `selector`. */
function nearestAncestorContaining(from: Element, selector: string): Element | null {
  for (let el = from.parentElement; el; el = el.parentElement) {
    if (el.querySelector(selector)) return el;
  }
  return null;
}

function commonAncestor(a: Element, b: Element): Element {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return a.ownerDocument.documentElement;
}

function editorIndex(editor: Element): number {
  const id = editor.getAttribute('data-testid') ?? '';
  const m = S.POST_EDITOR_ID.exec(id) ?? /_(\d+)$/.exec(id);
  return m ? Number(m[1]) : 0;
}

function sameTextboxes(root: Element, surface: Surface): HTMLElement[] {
  const editors = [...root.querySelectorAll<HTMLElement>(readableEditorSelector(surface))];
  return editors.sort((a, b) => editorIndex(a) - editorIndex(b));
}

/** Why a recognised composer cannot be read, or undefined when it can. */
function problemOf(root: Element, surface: Surface, editors: HTMLElement[]): string | undefined {
  if (editors.length === 0) return 'the text box of this post is not where SafePost expects it (X may have changed its page)';
  if (surface === 'post') {
    // Each thread post's container id (tweetTextarea_N) must hold a readable editor.
    for (const area of root.querySelectorAll(S.postEditorArea)) {
      const id = area.getAttribute('data-testid') ?? '';
      if (!S.POST_EDITOR_ID.test(id)) continue;
      const readable = area.matches(readableEditorSelector(surface)) || area.querySelector(readableEditorSelector(surface));
      if (!readable) return `the text box ${id} is not in the form SafePost can read (X may have changed its page)`;
    }
  }
  for (const editor of editors) {
    if (editor instanceof HTMLTextAreaElement) continue;
    if (!editor.querySelector(S.draftBlock)) {
      return 'the text box is not in the form SafePost can read (X may have changed its editor)';
    }
  }
  return undefined;
}

/**
 * Every composer on the page. Found from the send buttons (a composer is the
 * nearest ancestor of its send button holding an editor area), so the home
 * box behind an open pop-up is a second composer. Editor areas that no send
 * button claims become composers with a problem: the page must say SafePost
 * cannot guard them rather than pretend all is well.
 */
export function findComposers(doc: ParentNode = document): Composer[] {
  const roots: { root: Element; surface: Surface; buttons: Element[] }[] = [];
  for (const button of doc.querySelectorAll(S.anySendButton)) {
    // The media editor's Save and an article's Publish belong to their own surfaces (below).
    if (button.matches(`${S.mediaSaveButton}, ${S.articlePublishButton}`)) continue;
    const surface = surfaceOf(button);
    const area = surface === 'chat' ? button.closest(S.chatForm) : nearestAncestorContaining(button, editorAreaSelector(surface));
    if (!area) continue;
    const existing = roots.find((r) => r.root === area || r.root.contains(area) || area.contains(r.root));
    if (existing) {
      if (area.contains(existing.root)) existing.root = area;
      existing.buttons.push(button);
    } else {
      roots.push({ root: area, surface, buttons: [button] });
    }
  }

  // Thread posts far from the "Post all" button still belong to the dialog's composer.
  const orphans: Element[] = [];
  for (const area of doc.querySelectorAll(S.anyEditorArea)) {
    if (roots.some((r) => r.root.contains(area))) continue;
    const dialog = area.closest(S.dialog);
    const sameDialog = dialog ? roots.find((r) => dialog.contains(r.root)) : undefined;
    if (sameDialog) sameDialog.root = commonAncestor(sameDialog.root, area);
    else orphans.push(area);
  }

  const composers: Composer[] = roots.map(({ root, surface, buttons }) => {
    const editors = sameTextboxes(root, surface);
    const composer: Composer = { root, surface, editors, sendButtons: buttons };
    const problem = problemOf(root, surface, editors);
    if (problem) composer.problem = problem;
    return composer;
  });

  composers.push(...descriptionComposers(doc), ...articleComposers(doc));

  for (const area of orphans) {
    if (composers.some((c) => c.root.contains(area))) continue;
    // Only thread-post ids and the DM/chat boxes count; wrappers like _label sit inside an editor's composer.
    const id = area.getAttribute('data-testid') ?? '';
    if (!S.POST_EDITOR_ID.test(id) && !area.matches(`${S.dmEditorArea}, ${S.chatEditorArea}`)) continue;
    const surface = surfaceOf(area);
    const root = nearestAncestorContaining(area, S.toolBar) ?? area.parentElement ?? area;
    const editors = sameTextboxes(root, surface);
    composers.push({
      root,
      surface,
      editors,
      sendButtons: [],
      problem: problemOf(root, surface, editors) ?? 'SafePost cannot find the send button of this box (X may have changed its page)',
    });
  }
  return composers;
}

/**
 * The media editor's image description fields: each is a composer of its own
 * (its pop-up is the root, its Save the send), describing the photo the
 * editor shows. A field with no photo beside it still counts as one.
 */
function descriptionComposers(doc: ParentNode): Composer[] {
  const composers: Composer[] = [];
  for (const field of doc.querySelectorAll<HTMLElement>(S.mediaDescription)) {
    const root = field.closest(S.dialog) ?? nearestAncestorContaining(field, S.mediaSaveButton) ?? field.parentElement ?? field;
    const photo = root.querySelector(S.mediaPreview)?.getAttribute('src') ?? '';
    const composer: Composer = { root, surface: 'post', editors: [field], sendButtons: [...root.querySelectorAll(S.mediaSaveButton)], describes: photo };
    if (composer.sendButtons.length === 0) composer.problem = 'SafePost cannot find the Save button of this image description (X may have changed its page)';
    composers.push(composer);
  }
  return composers;
}

/** The article editor: title and body are one draft (joined like a thread's posts), Publish its send. */
function articleComposers(doc: ParentNode): Composer[] {
  const composers: Composer[] = [];
  for (const button of doc.querySelectorAll(S.articlePublishButton)) {
    const root = nearestAncestorContaining(button, `${S.articleTitle}, ${S.articleBodyArea}`);
    if (!root || composers.some((c) => c.root === root)) continue;
    const editors = [...root.querySelectorAll<HTMLElement>(`${S.articleTitle}, ${S.articleBody}`)];
    const composer: Composer = { root, surface: 'post', editors, sendButtons: [...root.querySelectorAll(S.articlePublishButton)] };
    const body = root.querySelector(S.articleBody);
    if (root.querySelector(S.articleBodyArea) && (!body || !body.querySelector(S.draftBlock))) {
      composer.problem = 'the article text is not in the form SafePost can read (X may have changed its editor)';
    }
    composers.push(composer);
  }
  return composers;
}

function clean(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\u200b/g, '');
}

/**
 * One editor's text: Draft.js blocks joined with "\n" (textContent of a
 * block keeps soft line breaks; reading the whole editor's textContent would
 * lose the line breaks between blocks). Non-breaking spaces become spaces.
 */
export function readEditorText(editor: Element): string {
  if (editor instanceof HTMLTextAreaElement) return clean(editor.value);
  const blocks = editor.querySelectorAll(S.draftBlock);
  if (blocks.length === 0) return clean(editor.textContent ?? '');
  return [...blocks].map((block) => clean(block.textContent ?? '')).join('\n');
}

/** The composer's text (thread posts joined by a blank line) and where each post starts in it. */
export function readComposerText(composer: Pick<Composer, 'editors'>): { text: string; parts: EditorPart[] } {
  const parts: EditorPart[] = [];
  let text = '';
  composer.editors.forEach((editor, i) => {
    if (i > 0) text += POST_SEPARATOR;
    const own = readEditorText(editor);
    parts.push({ editor, offset: text.length, text: own });
    text += own;
  });
  return { text, parts };
}

function precedes(a: Node, b: Node): boolean {
  return Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/**
 * Reply / quote / DM from structure, never from the localised placeholder:
 * in a pop-up the post replied to sits above the editor and a quoted card
 * below it; an inline reply sits under the focused post on a status page.
 */
export function composerContext(composer: Composer, path = location.pathname): ComposerContext {
  const dm = composer.surface !== 'post';
  const editor = composer.editors[0] ?? composer.root;
  let reply = false;
  let quote = false;
  if (!dm) {
    const scope = composer.root.closest(S.dialog) ?? composer.root.closest(S.primaryColumn);
    if (scope) {
      for (const card of scope.querySelectorAll(`${S.postCard}, ${S.quotedCard}`)) {
        if (card.contains(editor)) continue;
        if (precedes(card, editor)) {
          // Timeline posts above the home box do not exist; above an inline box they only do on a status page.
          const inDialog = Boolean(composer.root.closest(S.dialog));
          if (inDialog || /\/status\/\d+/.test(path)) reply = true;
        } else if (composer.root.contains(card)) {
          quote = true;
        }
      }
    }
  }
  return { reply, quote, dm };
}

/** The signed-in handle ("@OakfieldPrimary"), or undefined when the side nav is not there. */
export function signedInHandle(doc: ParentNode = document): string | undefined {
  const link = doc.querySelector(S.profileLink);
  const href = link?.getAttribute('href') ?? '';
  const fromLink = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(href);
  if (fromLink) return `@${fromLink[1]}`;
  const avatar = doc.querySelector(S.accountSwitcherAvatar);
  const fromAvatar = /UserAvatar-Container-([A-Za-z0-9_]{1,15})$/.exec(avatar?.getAttribute('data-testid') ?? '');
  return fromAvatar ? `@${fromAvatar[1]}` : undefined;
}

/** Attached images' URLs (blob:/data:), in display order. */
export function attachedImageUrls(root: Element): string[] {
  const urls: string[] = [];
  for (const list of root.querySelectorAll(S.attachments)) {
    const items = list.querySelectorAll(S.attachmentItem);
    for (const item of items.length ? items : [list]) {
      for (const img of item.querySelectorAll<HTMLImageElement>(S.attachmentImage)) {
        const src = img.getAttribute('src');
        if (src && !urls.includes(src)) urls.push(src);
      }
    }
  }
  return urls;
}

/** The composer holding `node` (a click target, a focused editor…). */
export function composerOf(composers: readonly Composer[], node: Node | null): Composer | undefined {
  if (!node) return undefined;
  let best: Composer | undefined;
  for (const c of composers) {
    if (c.root.contains(node) && (!best || best.root.contains(c.root))) best = c;
  }
  // X Chat's file input may sit outside the message form: what it attaches goes to the chat box.
  if (!best && node instanceof Element && node.matches(S.chatFileInput)) best = composers.find((c) => c.surface === 'chat');
  return best;
}

export function isSendButton(node: Element | null): Element | null {
  return node?.closest(S.anySendButton) ?? null;
}

export function editorOf(node: Element | null): HTMLElement | null {
  return (node?.closest(S.anyEditor) as HTMLElement | null) ?? null;
}

function attachmentItems(root: Element): Element[] {
  return [...root.querySelectorAll(S.attachments)].flatMap((list) => {
    const items = [...list.querySelectorAll(S.attachmentItem)];
    return items.length ? items : [list];
  });
}

/**
 * Swap attachment `index` for `file` through X's own remove button and file
 * input ("Cover faces"): X uploads the new file as if the teacher had picked it.
 */
export function replaceAttachment(root: Element, index: number, file: File): boolean {
  const input = root.querySelector<HTMLInputElement>(S.fileInput);
  const remove = attachmentItems(root)[index]?.querySelector<HTMLElement>(S.removeMediaButton);
  if (!input || !remove) return false;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  remove.click();
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
