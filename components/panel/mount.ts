/**
 * Shadow-root hosts for the panel. The host is an element SafePost inserts
 * next to a composer (never inside X's editor); styles are a constructed
 * stylesheet adopted by the shadow root, so the page's CSP (no inline styles)
 * and X's CSS never apply to it.
 */
import { h, render } from 'preact';
import { Panel, PhotoReminder, type PanelModel } from './Panel';
import { PANEL_CSS } from './styles';
import { adoptStyles } from '../ui/shadow-styles';

export const PANEL_TAG = 'safepost-panel';

export class PanelHost {
  readonly host: HTMLElement;
  private readonly mountPoint: HTMLElement;

  constructor(kind = 'composer') {
    this.host = document.createElement(PANEL_TAG);
    this.host.setAttribute('data-safepost', kind);
    const shadow = this.host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, PANEL_CSS);
    this.mountPoint = document.createElement('div');
    shadow.append(this.mountPoint);
  }

  /** Keep the host right after `anchor` (X re-renders and may drop it). */
  placeAfter(anchor: Element): void {
    const parent = anchor.parentElement;
    if (!parent) return;
    if (this.host.parentElement === parent && anchor.nextElementSibling === this.host) return;
    parent.insertBefore(this.host, anchor.nextSibling);
  }

  render(model: PanelModel, onTick: (attestation: string, ticked: boolean) => void): void {
    render(h(Panel, { model, onTick }), this.mountPoint);
  }

  remove(): void {
    render(null, this.mountPoint);
    this.host.remove();
  }
}

/** After a post with images: remind the teacher to delete the photos from the device (Droxford policy). */
export function showPhotoReminder(): void {
  const host = new PanelHost('photo-reminder');
  document.body.append(host.host);
  const close = () => {
    render(null, host.host.shadowRoot!.lastElementChild!);
    host.host.remove();
  };
  render(h(PhotoReminder, { onClose: close }), host.host.shadowRoot!.lastElementChild!);
  setTimeout(close, 60_000);
}
