/**
 * Highlights matched spans in textarea composers (X Chat, mobile web), where
 * the CSS Custom Highlight API cannot paint: a mirror of the textarea's text
 * laid exactly over it, text transparent, matches wrapped in <mark>. The
 * mirror lives in its own shadow root on a host placed next to the textarea
 * (X's styles do not reach it), ignores the pointer and is hidden from
 * assistive tech. The textarea itself is only read, never changed.
 */
import { adoptStyles } from '../ui/shadow-styles';
import type { Finding } from '../../rules';
import type { EditorPart } from '../site/adapter';
import { HIGHLIGHT_CSS } from '../panel/styles';

export const OVERLAY_TAG = 'safepost-overlay';

type Severity = Finding['severity'];
export interface MarkRange {
  start: number;
  end: number;
  severity: Severity;
}
export interface Segment {
  text: string;
  severity?: Severity;
}

const STRENGTH: Record<Severity, number> = { warn: 1, confirm: 2, block: 3 };

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Text cut into plain and marked segments. Ranges are clamped to the text,
 * widened so they never split a surrogate pair, and where they overlap the
 * strongest severity wins; neighbouring pieces of one severity make one mark.
 */
export function markSegments(text: string, ranges: readonly MarkRange[]): Segment[] {
  const strength = new Uint8Array(text.length);
  for (const r of ranges) {
    let start = Math.max(0, Math.min(text.length, Math.floor(r.start)));
    let end = Math.max(0, Math.min(text.length, Math.ceil(r.end)));
    if (!(end > start)) continue;
    if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
    if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
    const s = STRENGTH[r.severity] ?? 0;
    for (let i = start; i < end; i++) if (s > strength[i]!) strength[i] = s;
  }
  const bySeverity = (s: number) => (Object.keys(STRENGTH) as Severity[]).find((k) => STRENGTH[k] === s);
  const segments: Segment[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && strength[i] === strength[from]) continue;
    const severity = bySeverity(strength[from]!);
    segments.push(severity ? { text: text.slice(from, i), severity } : { text: text.slice(from, i) });
    from = i;
  }
  return segments;
}

/**
 * Offsets in the text SafePost checks → offsets in the textarea's value. The
 * site adapter drops some characters when it reads (`text.dropped`; X's drops
 * zero-width spaces), so later offsets shift by one for each one dropped
 * before them.
 */
export function valueOffsets(value: string, dropped = '\u200b'): (checked: number) => number {
  const map: number[] = [];
  for (let i = 0; i < value.length; i++) if (!dropped.includes(value[i]!)) map.push(i);
  map.push(value.length);
  return (checked) => map[Math.max(0, Math.min(map.length - 1, checked))]!;
}

// Same colours as the Draft.js highlights: one source, the ::highlight() rules.
const OVERLAY_CSS = `
:host { all: initial; }
.mirror { position: absolute; inset: 0; overflow: hidden; color: transparent; background: transparent;
  border-style: solid; border-color: transparent; margin: 0; pointer-events: none; }
mark { color: transparent; border-radius: 2px; }
${HIGHLIGHT_CSS.replace(/::highlight\(safepost-(\w+)\)/g, 'mark.$1')}`;

/** Text layout properties the mirror takes from the textarea so its lines wrap at the same places. */
const COPIED = [
  'box-sizing', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-stretch', 'font-variant',
  'font-feature-settings', 'font-kerning', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform',
  'text-indent', 'text-align', 'direction', 'tab-size', 'white-space', 'word-wrap', 'overflow-wrap', 'word-break',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
] as const;

/** One textarea's overlay. */
class TextareaOverlay {
  readonly host = document.createElement(OVERLAY_TAG);
  private readonly mirror = document.createElement('div');
  private readonly resize: ResizeObserver | undefined;
  private ranges: MarkRange[] = [];
  private renderedKey = '';

  constructor(
    readonly textarea: HTMLTextAreaElement,
    private readonly dropped?: string,
  ) {
    this.host.setAttribute('aria-hidden', 'true');
    this.host.setAttribute('data-safepost', 'overlay');
    const shadow = this.host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, OVERLAY_CSS);
    this.mirror.className = 'mirror';
    shadow.append(this.mirror);
    textarea.addEventListener('scroll', this.syncScroll, { passive: true });
    this.resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.layout()) : undefined;
    this.resize?.observe(textarea);
  }

  update(ranges: MarkRange[]): void {
    this.ranges = ranges;
    this.place();
    this.layout();
  }

  /** Next to the textarea (X re-renders and may drop the host). */
  private place(): void {
    const parent = this.textarea.parentElement;
    if (!parent) return;
    if (this.host.parentElement !== parent || this.textarea.nextSibling !== this.host) {
      parent.insertBefore(this.host, this.textarea.nextSibling);
    }
  }

  private readonly syncScroll = (): void => {
    this.mirror.scrollTop = this.textarea.scrollTop;
    this.mirror.scrollLeft = this.textarea.scrollLeft;
  };

  private layout(): void {
    const ta = this.textarea;
    if (!this.host.isConnected) return;
    const value = ta.value;
    const toValue = valueOffsets(value, this.dropped);
    const ranges = this.ranges.map((r) => ({ ...r, start: toValue(r.start), end: toValue(r.end) }));
    const key = JSON.stringify([value, ranges]);
    if (key !== this.renderedKey) {
      this.renderedKey = key;
      const nodes: Node[] = markSegments(value, ranges).map((s) => {
        if (!s.severity) return document.createTextNode(s.text);
        const mark = document.createElement('mark');
        mark.className = s.severity;
        mark.textContent = s.text;
        return mark;
      });
      // A final newline only takes up a line in the mirror when something follows it.
      nodes.push(document.createTextNode('\u200b'));
      this.mirror.replaceChildren(...nodes);
    }

    const computed = getComputedStyle(ta);
    const mirror = this.mirror.style;
    for (const prop of COPIED) mirror.setProperty(prop, computed.getPropertyValue(prop));
    // The textarea's scrollbar narrows its text: narrow the mirror's by as much.
    const borders = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
    const scrollbar = Math.max(0, ta.offsetWidth - ta.clientWidth - (borders || 0));
    mirror.setProperty('padding-right', `calc(${computed.paddingRight} + ${scrollbar}px)`);

    const host = this.host.style;
    host.setProperty('position', 'absolute', 'important');
    host.setProperty('display', 'block', 'important');
    host.setProperty('pointer-events', 'none', 'important');
    host.setProperty('margin', '0', 'important');
    host.setProperty('z-index', computed.zIndex === 'auto' ? '1' : String(Number(computed.zIndex) + 1), 'important');
    host.setProperty('width', `${ta.offsetWidth}px`, 'important');
    host.setProperty('height', `${ta.offsetHeight}px`, 'important');
    host.setProperty('left', `${ta.offsetLeft}px`, 'important');
    host.setProperty('top', `${ta.offsetTop}px`, 'important');
    // offsetLeft/Top assume both share an offset parent; correct whatever is left from what is drawn.
    const want = ta.getBoundingClientRect();
    const got = this.host.getBoundingClientRect();
    const dx = want.left - got.left;
    const dy = want.top - got.top;
    if (Math.abs(dx) > 0.5) host.setProperty('left', `${ta.offsetLeft + dx}px`, 'important');
    if (Math.abs(dy) > 0.5) host.setProperty('top', `${ta.offsetTop + dy}px`, 'important');
    this.syncScroll();
  }

  dispose(): void {
    this.resize?.disconnect();
    this.textarea.removeEventListener('scroll', this.syncScroll);
    this.host.remove();
  }
}

/** The overlays of one composer's textareas: one per textarea holding a text finding. */
export class TextareaOverlays {
  private readonly overlays = new Map<HTMLTextAreaElement, TextareaOverlay>();

  /** `dropped`: the characters the site adapter leaves out when it reads (its `text.dropped`). */
  constructor(private readonly dropped?: string) {}

  update(findings: readonly Finding[], parts: readonly EditorPart[]): void {
    const wanted = new Map<HTMLTextAreaElement, MarkRange[]>();
    for (const f of findings) {
      if (f.source !== 'text' || f.start === undefined || f.end === undefined) continue;
      const part = parts.find((p) => f.start! >= p.offset && f.end! <= p.offset + p.text.length);
      if (!part || !(part.editor instanceof HTMLTextAreaElement)) continue;
      const list = wanted.get(part.editor) ?? [];
      list.push({ start: f.start - part.offset, end: f.end - part.offset, severity: f.severity });
      wanted.set(part.editor, list);
    }
    for (const [textarea, overlay] of this.overlays) {
      if (!wanted.has(textarea) || !textarea.isConnected) {
        overlay.dispose();
        this.overlays.delete(textarea);
      }
    }
    for (const [textarea, ranges] of wanted) {
      if (!textarea.isConnected) continue;
      let overlay = this.overlays.get(textarea);
      if (!overlay) this.overlays.set(textarea, (overlay = new TextareaOverlay(textarea, this.dropped)));
      try {
        overlay.update(ranges);
      } catch (error) {
        // Highlighting is a help, not the guard: the panel still lists every match.
        console.warn('SafePost: textarea highlight skipped', error);
      }
    }
  }

  dispose(): void {
    for (const overlay of this.overlays.values()) overlay.dispose();
    this.overlays.clear();
  }
}
