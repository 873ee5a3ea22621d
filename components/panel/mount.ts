/**
 * Shadow-root hosts for the panel. A composer's card is a position:fixed
 * host OUTSIDE X's flex layout (X is React Native for Web: anything inserted
 * beside the composer becomes a flex item and squeezes the editor), placed
 * beside or under the composer by CardAnchor. Styles are a constructed
 * stylesheet adopted by the shadow root, so the page's CSP (no inline
 * styles) and X's CSS never apply to it.
 *
 * Where the host lives:
 * - a composer in X's pop-up: inside that [role=dialog], so the dialog's
 *   focus trap and click-outside-to-close count the card as part of the
 *   dialog (position:fixed keeps it out of the dialog's flow);
 * - any other composer: first child of <body>, outside X's React roots.
 */
import { h, render } from 'preact';
import { PhotoReminder, summary, type OnIntent, type PanelModel } from './Panel';
import { isClean, PanelShell } from './Chip';
import { PANEL_CSS } from './styles';
import { adoptStyles } from '../ui/shadow-styles';
import { CardAnchor } from './anchor';
import { PANEL_TAG } from './tag';

export { PANEL_TAG } from './tag';
import { dialog as dialogSelector, modalDialog } from '../x/selectors';


/** Events that must not reach X's page handlers from inside the card (click-outside-to-close, X's single-key shortcuts). */
const CONTAINED_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress'] as const;

/** How long the verdict must hold before it is announced: one announcement per change, not one per keystroke. */
const ANNOUNCE_AFTER_MS = 700;

export class PanelHost {
  readonly host: HTMLElement;
  private readonly mountPoint: HTMLElement;
  private readonly live: HTMLElement;
  private readonly anchor: CardAnchor;
  private model: PanelModel | undefined;
  private onIntent: OnIntent = async () => ({ ok: false, message: 'SafePost is not ready yet.' });
  /** The teacher opened the chip of a clean draft; folds back once the draft stops being clean. */
  private expanded = false;
  private announced: string | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where Escape sends focus back to, with the caret as it was. */
  private returnTo: { editor: HTMLElement; range?: Range } | undefined;
  /** The editor to return to when the card was reached by mouse or Tab rather than the shortcut. */
  editor: (() => HTMLElement | undefined) | undefined;

  constructor(kind = 'composer') {
    this.host = document.createElement(PANEL_TAG);
    this.host.setAttribute('data-safepost', kind);
    const shadow = this.host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, PANEL_CSS);
    // One live region for the host's whole life: regions created along with their text are often not read out.
    this.live = document.createElement('div');
    this.live.className = 'sr';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.mountPoint = document.createElement('div');
    shadow.append(this.live, this.mountPoint);
    // Out of X's flow from the first moment, shown once the anchor has placed it.
    this.host.style.setProperty('position', 'fixed', 'important');
    this.host.style.setProperty('display', 'none', 'important');
    this.anchor = new CardAnchor(this.host);
    for (const type of CONTAINED_EVENTS) this.host.addEventListener(type, (event) => event.stopPropagation());
    shadow.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') {
        event.preventDefault();
        this.returnFocus();
      }
    });
  }

  /**
   * Keep the host in the right top-level place for this composer and the
   * card beside it. Cheap when nothing changed: layout is read in the next
   * animation frame only.
   */
  placeNear(composerRoot: Element): void {
    const dialog = composerRoot.closest(dialogSelector);
    const parent = dialog ?? document.body;
    if (!parent) return;
    if (this.host.parentNode !== parent) {
      if (dialog) dialog.append(this.host);
      else parent.prepend(this.host);
    }
    // A composer behind X's modal pop-up cannot be used: its card would float over the pop-up.
    const modal = [...document.querySelectorAll(modalDialog)].find((d) => d.isConnected);
    const behindModal = Boolean(modal && !modal.contains(composerRoot));
    this.anchor.follow(composerRoot, !behindModal);
  }

  render(model: PanelModel, onIntent: OnIntent): void {
    this.model = model;
    this.onIntent = onIntent;
    if (!isClean(model)) this.expanded = false;
    this.draw();
    this.announce(summary(model));
  }

  private draw(): void {
    if (!this.model) return;
    render(
      h(PanelShell, {
        model: this.model,
        onIntent: this.onIntent,
        expanded: this.expanded,
        onExpand: () => this.setExpanded(true),
        onCollapse: () => this.setExpanded(false),
      }),
      this.mountPoint,
    );
  }

  private setExpanded(expanded: boolean): void {
    this.expanded = expanded;
    this.draw();
    // Keep keyboard users where they were: on the card they opened, or on the chip they folded it back to.
    const target = this.host.shadowRoot!.querySelector<HTMLElement>(expanded ? '.frame' : '.chip button');
    target?.focus();
  }

  /** The first verdict is the baseline (nothing to announce on page load); later changes are read once they settle. */
  private announce(text: string): void {
    if (this.announced === undefined) {
      this.announced = text;
      return;
    }
    clearTimeout(this.announceTimer);
    if (text === this.announced) return;
    this.announceTimer = setTimeout(() => {
      this.announced = text;
      this.live.textContent = text;
    }, ANNOUNCE_AFTER_MS);
  }

  /** The keyboard shortcut: open the card and put focus on it, remembering the editor's caret. */
  focusCard(editor: HTMLElement | undefined): void {
    const selection = document.getSelection();
    const range =
      editor && selection && selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).startContainer)
        ? selection.getRangeAt(0).cloneRange()
        : undefined;
    this.returnTo = editor ? { editor, range } : undefined;
    if (this.model && isClean(this.model) && !this.expanded) this.expanded = true;
    this.draw();
    // Placed now, not at the next frame: a card still hidden (composer was scrolled away) cannot take focus.
    this.anchor.update();
    this.host.shadowRoot!.querySelector<HTMLElement>('.frame')?.focus();
  }

  /** Escape: back to the editor, with the caret (selection) where the teacher left it. */
  returnFocus(): void {
    const editor = this.returnTo?.editor ?? this.editor?.();
    if (!editor?.isConnected) return;
    const range = this.returnTo?.range;
    this.returnTo = undefined;
    editor.focus({ preventScroll: true });
    if (range && editor.contains(range.startContainer)) {
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }

  remove(): void {
    clearTimeout(this.announceTimer);
    this.anchor.dispose();
    render(null, this.mountPoint);
    this.host.remove();
  }
}

/** After a post with images: remind the teacher to delete the photos from the device (Droxford policy). */
export function showPhotoReminder(): void {
  const host = document.createElement(PANEL_TAG);
  host.setAttribute('data-safepost', 'photo-reminder');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, PANEL_CSS);
  const mountPoint = document.createElement('div');
  shadow.append(mountPoint);
  document.body.append(host);
  const close = () => {
    render(null, mountPoint);
    host.remove();
  };
  render(h(PhotoReminder, { onClose: close }), mountPoint);
  setTimeout(close, 60_000);
}
