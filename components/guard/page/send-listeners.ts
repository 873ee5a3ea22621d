/**
 * The page guard's listeners: every way a teacher sends, and every way an
 * image arrives. Capture phase on `window`, so they run before the site's
 * (React's) own handlers, for clicks on any send button, Ctrl/Cmd+Enter in
 * an editor, Enter/Space on a focused send button and a plain Enter where the
 * adapter says it sends (DMs). The site's own disabled/aria-disabled are
 * never touched (React re-renders them).
 *
 * Added directly on window, never through WXT's ctx: ctx removes its
 * listeners when the extension is updated or reloaded, which would silently
 * open the gate (page-guard.ts closes instead). Split out of page-guard.ts.
 */
import type { Composer, SiteAdapter } from '../../site/adapter';

export interface SendListenerHooks {
  composers(): Composer[];
  /** A send from `from` (a button or an editor): return true to hold it. */
  send(event: Event, from: Element): boolean;
  /** A keyboard shortcut of SafePost's own (focus the panel): return true when it was used. */
  shortcut?(event: KeyboardEvent, from: Element): boolean;
  /** Files handed to a composer (file input, paste, drop). */
  files(from: Element, files: File[]): void;
  /** Typing or anything else that may change what the panel shows. */
  changed(): void;
}

function target(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : first instanceof Node ? first.parentElement : null;
}

export class SendListeners {
  constructor(
    private readonly site: SiteAdapter,
    private readonly hooks: SendListenerHooks,
  ) {}

  attach(win: Window = window): void {
    win.addEventListener('click', this.onClick, true);
    win.addEventListener('auxclick', this.onClick, true);
    win.addEventListener('keydown', this.onKeydown, true);
    win.addEventListener('input', this.onInput, true);
    win.addEventListener('change', this.onFileChange, true);
    win.addEventListener('paste', this.onPaste, true);
    win.addEventListener('drop', this.onDrop, true);
  }

  private readonly onClick = (event: Event): void => {
    const button = this.site.sendIntents.sendButton(target(event));
    if (button) this.hooks.send(event, button);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.keyCode === 229) return; // IME: Enter picks a candidate
    const from = target(event);
    if (!from) return;
    if (this.hooks.shortcut?.(event, from)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const isEnter = event.key === 'Enter';
    const button = this.site.sendIntents.sendButton(from);
    if (button && (isEnter || event.key === ' ' || event.key === 'Spacebar')) {
      this.hooks.send(event, button);
      return;
    }
    if (!isEnter) return;
    const editor = this.site.sendIntents.editor(from);
    if (!editor) return;
    if (event.ctrlKey || event.metaKey) {
      this.hooks.send(event, editor);
      return;
    }
    // Where a plain Enter sends (DMs), Shift+Enter is a new line.
    const composer = this.site.composerOf(this.hooks.composers(), editor);
    if (composer && this.site.sendIntents.enterSends(composer) && !event.shiftKey && !event.altKey) this.hooks.send(event, editor);
  };

  private readonly onInput = (): void => this.hooks.changed();

  private addFiles(from: Element | null, files: FileList | null | undefined): void {
    if (!from || !files || files.length === 0) return;
    this.hooks.files(from, [...files]);
  }

  private readonly onFileChange = (event: Event): void => {
    const input = target(event);
    if (input instanceof HTMLInputElement && input.type === 'file') this.addFiles(input, input.files);
  };

  private readonly onPaste = (event: ClipboardEvent): void => {
    this.addFiles(target(event), event.clipboardData?.files);
    this.hooks.changed();
  };

  private readonly onDrop = (event: DragEvent): void => this.addFiles(target(event), event.dataTransfer?.files);
}
