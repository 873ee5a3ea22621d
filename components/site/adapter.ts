/**
 * SiteAdapter: everything SafePost needs to know about one social site's web
 * app, behind one interface. The guards (components/guard/) only ever talk to
 * a SiteAdapter; components/x/ is the first implementation (`xSite`).
 * Adding a site = a folder beside components/x/ implementing this, plus its
 * entrypoints (an isolated content script starting PageGuard with it, and a
 * page-world script installing the request guard with its `requests`).
 *
 * Adapters only READ the site's DOM: they never change it (X's Draft.js
 * editor breaks when extensions edit it).
 */
import type { AccountHandleFormat } from '../../rules/profile/account-handle';
import type { RequestShapes } from './requests';

export type Surface = 'post' | 'dm' | 'chat';

export interface EditorPart {
  editor: HTMLElement;
  /** Offset of this editor's text in the composer's joined text. */
  offset: number;
  text: string;
}

export interface Composer {
  /** Nearest ancestor holding the editor(s) and the send button (and the toolbar, when there is one). */
  root: Element;
  surface: Surface;
  /** Readable editors in thread order. */
  editors: HTMLElement[];
  sendButtons: Element[];
  /** Set when the composer is recognised but cannot be read: the send must be held. */
  problem?: string;
  /**
   * Set on an image description (alt text) field: the URL of the image it
   * describes. X shows the description to everyone beside its photo, so its
   * words are checked as words beside a photo (a pupil's name is a name with
   * a photo), and once saved they are part of the post's draft.
   */
  describes?: string;
}

export interface ComposerContext {
  reply: boolean;
  quote: boolean;
  dm: boolean;
}

export interface SiteAdapter {
  /** Shown to the teacher ("X"). */
  readonly name: string;

  /** Composer discovery: every composer on the page, and the one holding a node. */
  findComposers(doc?: ParentNode): Composer[];
  composerOf(composers: readonly Composer[], node: Node | null): Composer | undefined;

  /** Send intents: what a click, key or submit must be checked for. */
  sendIntents: {
    /** The send button a click/key target belongs to, if any. */
    sendButton(node: Element | null): Element | null;
    /** The editor a key target belongs to, if any. */
    editor(node: Element | null): HTMLElement | null;
    /** Does a plain Enter (no Shift) send from this composer? (DMs, chats) */
    enterSends(composer: Composer): boolean;
  };

  /** Reading text with ranges. */
  text: {
    /** The composer's text (posts joined) and where each editor's text starts in it. */
    read(composer: Pick<Composer, 'editors'>): { text: string; parts: EditorPart[] };
    /** The elements of a rich editor holding one line each, in order (joined with "\n"), for highlight ranges. */
    lines(editor: HTMLElement): Element[];
    /** Characters the reader drops (so textarea offsets can be mapped back). */
    dropped: string;
  };

  /** Reply / quote / DM, from structure. */
  context(composer: Composer, path?: string): ComposerContext;

  /** The account: who is signed in, and what a handle looks like (profile settings validate against it). */
  account: {
    signedIn(doc?: ParentNode): string | undefined;
    handle: AccountHandleFormat;
  };

  /** Attached images' URLs in display order. */
  attachments(root: Element): string[];
  /** Replaces attachment `index` with `file` through the site's own controls; false where it cannot. */
  replaceAttachment(root: Element, index: number, file: File): boolean;

  /** The requests that create posts (the request guard's layer). */
  requests: RequestShapes;
}
