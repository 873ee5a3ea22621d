/**
 * Where the SafePost card goes, relative to the composer it belongs to.
 *
 * X's page is React Native for Web: every div is a flex item, and anything
 * inserted into X's tree takes space from the composer (beside the composer
 * column it squeezes the editor to 0 px). So the card is never in X's flow:
 * it is position:fixed, placed from the composer's bounding box, and it
 * never overlaps that box (the editor's text and the Post button are in it).
 *
 * `placeCard` is pure (viewport arithmetic, unit-tested); `CardAnchor`
 * applies it to a host element and follows scroll, resize and X's re-renders.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export type Side = 'right' | 'below' | 'above' | 'hidden';

export interface Placement {
  side: Side;
  left: number;
  /** Top edge (right, below) — or, for 'above', the bottom edge's distance from the viewport's bottom. */
  top: number;
  width: number;
  maxHeight: number;
}

/** Gap between the composer's box and the card, and between the card and the window's edge. */
export const GAP = 8;
const MARGIN = 8;
/** Narrowest card worth putting beside the composer; below that it goes under it. */
export const MIN_SIDE_WIDTH = 280;
export const MAX_WIDTH = 380;
/** Below/above need at least this much height to be chosen over the other. */
const MIN_USEFUL_HEIGHT = 120;

export function placeCard(anchor: Rect, viewport: { width: number; height: number }): Placement {
  const hidden: Placement = { side: 'hidden', left: 0, top: 0, width: 0, maxHeight: 0 };
  if (anchor.width <= 0 || anchor.height <= 0) return hidden;
  // Scrolled out of sight: so are the editor and its Post button.
  if (anchor.bottom <= 0 || anchor.top >= viewport.height || anchor.right <= 0 || anchor.left >= viewport.width) return hidden;

  const spaceRight = viewport.width - anchor.right - GAP - MARGIN;
  if (spaceRight >= MIN_SIDE_WIDTH) {
    // Beside the box, level with its top, held inside the window while the box scrolls.
    const top = Math.min(Math.max(anchor.top, MARGIN), viewport.height - MARGIN - 40);
    return {
      side: 'right',
      left: anchor.right + GAP,
      top,
      width: Math.min(MAX_WIDTH, spaceRight),
      maxHeight: Math.max(40, viewport.height - top - MARGIN),
    };
  }

  const left = Math.max(MARGIN, anchor.left);
  const width = Math.max(0, Math.min(anchor.right, viewport.width - MARGIN) - left);
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  if (below >= MIN_USEFUL_HEIGHT || below >= above) {
    return { side: 'below', left, top: anchor.bottom + GAP, width, maxHeight: Math.max(0, below) };
  }
  return { side: 'above', left, top: viewport.height - anchor.top + GAP, width, maxHeight: Math.max(0, above) };
}

function rectOf(element: Element): Rect {
  const r = element.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
}

/** Hosts that follow their composer; one set of page listeners for all of them. */
const following = new Set<CardAnchor>();
let frame = 0;
let listening = false;

function scheduleAll(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    for (const anchor of following) anchor.update();
  });
}

function listen(): void {
  if (listening) return;
  listening = true;
  // Capture: scroll events do not bubble, and X scrolls inner containers (the pop-up's) as well as the window.
  window.addEventListener('scroll', scheduleAll, { capture: true, passive: true });
  window.addEventListener('resize', scheduleAll, { passive: true });
}

/**
 * Keeps a position:fixed host beside (or under) its composer. Reads layout
 * only in an animation frame, and only when the page scrolled, the window
 * or the composer's box changed size, or X re-rendered the composer.
 */
export class CardAnchor {
  private target: Element | undefined;
  private readonly resizeObserver: ResizeObserver | undefined;
  private last = '';
  /** False while the composer sits behind a modal dialog (X's pop-up): the card would float over the pop-up. */
  private visible = true;

  constructor(
    private readonly host: HTMLElement,
    private readonly onPlaced?: (placement: Placement) => void,
  ) {
    this.resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(scheduleAll) : undefined;
  }

  follow(target: Element, visible = true): void {
    if (this.target !== target) {
      if (this.target) this.resizeObserver?.unobserve(this.target);
      this.target = target;
      this.last = ''; // place it afresh, even where the placement is the same
      this.resizeObserver?.observe(target);
      following.add(this);
      listen();
    }
    if (visible !== this.visible) this.visible = visible;
    // X re-rendered something: the composer may have moved without changing size.
    scheduleAll();
  }

  update(): void {
    if (!this.target?.isConnected) return this.apply({ side: 'hidden', left: 0, top: 0, width: 0, maxHeight: 0 });
    const placement = this.visible
      ? placeCard(rectOf(this.target), { width: window.innerWidth, height: window.innerHeight })
      : ({ side: 'hidden', left: 0, top: 0, width: 0, maxHeight: 0 } as Placement);
    this.apply(placement);
  }

  private apply(p: Placement): void {
    const key = `${p.side}|${Math.round(p.left)}|${Math.round(p.top)}|${Math.round(p.width)}|${Math.round(p.maxHeight)}`;
    if (key === this.last) return;
    this.last = key;
    this.write(p);
    // Inside X's pop-up, an ancestor with a transform or filter would make it the fixed card's
    // containing block: measure where the card landed and move it by the difference.
    if (p.side !== 'hidden' && this.host.parentElement !== document.body) {
      const r = this.host.getBoundingClientRect();
      const dx = Math.round(r.left - p.left);
      const dy = p.side === 'above' ? Math.round(r.bottom - (window.innerHeight - p.top)) : Math.round(r.top - p.top);
      if (dx || dy) {
        this.shift.x += dx;
        if (p.side === 'above') this.shift.bottom += dy;
        else this.shift.top += dy;
        this.write(p);
      }
    }
    this.host.setAttribute('data-side', p.side);
    this.onPlaced?.(p);
  }

  /** How far the host's containing block is from the viewport (all 0 unless an ancestor is transformed). */
  private readonly shift = { x: 0, top: 0, bottom: 0 };

  private write(p: Placement): void {
    const left = p.left - this.shift.x;
    const top = p.side === 'above' ? p.top + this.shift.bottom : p.top - this.shift.top;
    const style = this.host.style;
    // CSSOM writes are not inline markup: X's CSP does not apply to them. !important: the host is ours, X's CSS is not.
    style.setProperty('position', 'fixed', 'important');
    style.setProperty('z-index', '2147483646', 'important');
    style.setProperty('margin', '0', 'important');
    style.setProperty('display', p.side === 'hidden' ? 'none' : 'block', 'important');
    style.setProperty('left', `${Math.round(left)}px`, 'important');
    style.setProperty('width', `${Math.round(p.width)}px`, 'important');
    if (p.side === 'above') {
      style.setProperty('top', 'auto', 'important');
      style.setProperty('bottom', `${Math.round(top)}px`, 'important');
    } else {
      style.setProperty('top', `${Math.round(top)}px`, 'important');
      style.setProperty('bottom', 'auto', 'important');
    }
    style.setProperty('--sp-max-height', `${Math.round(p.maxHeight)}px`);
  }

  dispose(): void {
    following.delete(this);
    this.resizeObserver?.disconnect();
    this.target = undefined;
  }
}
