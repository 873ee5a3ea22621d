/**
 * What one composer shows: its floating panel (components/panel), the
 * highlights on the words the findings are about, and the overlay for
 * textareas. It renders an Evaluation and passes on what the teacher asks
 * for (one PanelIntent); it decides nothing and counts nothing.
 *
 * The panel (Preact) comes with the engine module (engine-slot.ts): until
 * that is loaded there is no card, and a send held meanwhile is said in the
 * page's held notice (request/held-notice.ts, plain DOM) instead.
 */
import type { Composer, SiteAdapter } from '../site/adapter';
import type { OnIntent, PanelModel } from '../panel/Panel';
import type { PanelHost } from '../panel/mount';
import { rangesFor, type PageHighlights } from './highlights';
import { TextareaOverlays } from './textarea-overlay';
import type { Evaluation } from './evaluate';
import { engineIfLoaded } from './engine-slot';
import { showHeldNotice } from './request/held-notice';

/** The panel's model for an evaluation: data only. */
export function panelModelOf(evaluation: Evaluation, heldNotice: string | undefined, thumbnails?: readonly string[]): PanelModel {
  return {
    ...(thumbnails ? { thumbnails } : {}),
    status: evaluation.statusLine,
    decision: evaluation.decision,
    verdict: evaluation.result?.verdict ?? 'ok',
    findings: evaluation.result?.findings ?? [],
    posts: evaluation.parts.map((p) => ({ offset: p.offset, length: p.text.length })),
    images: evaluation.images,
    attestations: evaluation.attestations,
    heldNotice,
    checkedText: evaluation.text,
  };
}

export class ComposerView {
  /** Created once the engine module (which brings the panel) is here. */
  private panel: PanelHost | undefined;
  /** Textareas (X Chat, mobile web) cannot hold Custom Highlight ranges: they get an overlay instead. */
  private readonly overlays: TextareaOverlays;
  /** What the panel last showed: typing that changes none of it costs no re-render. */
  private shownKey = '';

  constructor(
    private readonly site: SiteAdapter,
    private readonly highlights: PageHighlights,
    private readonly onIntent: OnIntent,
  ) {
    this.overlays = new TextareaOverlays(site.text.dropped);
  }

  /** Show `evaluation` beside `composer`. `force` redraws even when nothing shown changed (the held notice must be announced again). */
  show(composer: Composer, evaluation: Evaluation, heldNotice: string | undefined, force = false, thumbnails?: readonly string[]): void {
    const model = panelModelOf(evaluation, heldNotice, thumbnails);
    this.highlights.update(this, rangesFor(model.findings, evaluation.parts, this.site.text.lines));
    this.overlays.update(model.findings, evaluation.parts);
    const panel = this.panelIfLoaded();
    if (!panel) {
      // No card yet: a send held now (the checks still loading, or failed to load) is said in the page's notice.
      if (force && heldNotice) showHeldNotice({ what: 'a post', reason: heldNotice, details: [] });
      return;
    }
    const anchor = composer.root;
    // A floating card beside the composer, never an element in X's flex tree (see panel/mount.ts).
    if (anchor !== anchor.ownerDocument.documentElement) panel.placeNear(anchor);
    // Which text the panel now reflects (its length): lets scripts/bench/keystroke.bench.ts time keystroke → panel.
    const checked = String(evaluation.parts.reduce((n, p) => n + p.text.length, 0));
    if (panel.host.getAttribute('data-checked-length') !== checked) panel.host.setAttribute('data-checked-length', checked);
    const key = JSON.stringify([model.status, model.decision, model.verdict, model.findings, model.images, model.attestations, model.heldNotice, evaluation.parts.length, model.thumbnails]);
    if (!force && key === this.shownKey && panel.host.isConnected) return;
    this.shownKey = key;
    panel.render(model, this.onIntent);
  }

  private panelIfLoaded(): PanelHost | undefined {
    if (!this.panel) {
      const engine = engineIfLoaded();
      if (engine) this.panel = new engine.PanelHost();
    }
    return this.panel;
  }

  /** The next show() redraws the panel whatever it shows (after a fix or a tick, the card's own state must reset). */
  invalidate(): void {
    this.shownKey = '';
  }

  /**
   * The keyboard shortcut (page-guard): focus this composer's card; Escape
   * comes back to the caret, or to `editor()` (the composer's first editor
   * then, as X may have re-rendered it) when the card was reached otherwise.
   */
  focus(composer: Composer, editor: () => HTMLElement | undefined): void {
    const panel = this.panelIfLoaded();
    if (!panel) return;
    const focused = document.activeElement;
    const from = composer.editors.find((e) => e === focused || e.contains(focused)) ?? composer.editors[0];
    panel.editor = editor;
    // A composer scrolled out of sight has its card hidden: bring it back first.
    const box = composer.root.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) composer.root.scrollIntoView({ block: 'nearest' });
    panel.focusCard(from);
  }

  dispose(): void {
    this.highlights.update(this, undefined);
    this.overlays.dispose();
    this.panel?.remove();
  }
}
