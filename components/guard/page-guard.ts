/**
 * The page-level guard on a site (X: components/x/): finds composers as the
 * site mounts and unmounts them, re-renders their panels (one frame after a
 * change), and holds sends. Its parts, each with its own tests:
 *
 *   page/send-listeners.ts    capture-phase listeners: every send intent, every image
 *   page/profile-feed.ts      the school profile: quick load, full load, changes
 *   page/render-scheduler.ts  at most one render a frame after the page changes
 *   request/                  the request guard's verdicts (the second layer)
 *
 * An invalidated extension context "closes" the guard: every send is held
 * and the panel asks for a page reload. Closed stays closed.
 */
import type { ProfileState } from '../profile/store';
import type { Composer, SiteAdapter } from '../site/adapter';
import { ComposerGuard, type GuardEnvironment } from './composer-guard';
import { PageHighlights } from './highlights';
import { OVERLAY_TAG } from './textarea-overlay';
import { PANEL_TAG } from '../panel/tag';
import { engineIfLoaded, whenEngineReady } from './engine-slot';
import type { ImageReader } from './images';
import type { AuditEvent } from '../profile/audit';
import { GUARD_UNAVAILABLE } from './audit-events';
import { describeGuard, type GuardStatus } from './status';
import { LOADING_PROFILE } from './profile-readiness';
import { isPanelShortcut } from '../panel/keyboard';
import { PROFILE_LOADING, ProfileFeed, type ProfileSource } from './page/profile-feed';
import { RenderScheduler } from './page/render-scheduler';
import { SendListeners } from './page/send-listeners';
import { SendLedger } from './request/ledger';
import { RequestVerdicts } from './request/verdicts';
import { NOTICE_TAG, showHeldNotice } from './request/held-notice';
import { modalDialog } from '../x/selectors';

export { profileProblem } from './page/profile-feed';

export interface PageGuardOptions extends ProfileSource {
  /** The site this guard runs on (components/x: xSite). */
  site: SiteAdapter;
  /** False once the extension was updated/reloaded/removed with this tab open. */
  contextValid(): boolean;
  read?: ImageReader;
  /** Counts an audit event (recordAudit): called after the send decision, never while closed. */
  audit?: (event: AuditEvent) => void;
}

export class PageGuard {
  private closed = false;
  private composers: Composer[] = [];
  private readonly guards = new Map<Element, ComposerGuard>();
  private readonly highlights: PageHighlights;
  private readonly env: GuardEnvironment;
  /** Image descriptions saved (their Save let through), by image URL: part of the post's draft from then on. */
  private readonly descriptions = new Map<string, string>();
  private readonly site: SiteAdapter;
  private readonly profile: ProfileFeed;
  private readonly scheduler: RenderScheduler;
  /** Posts the composer guard let through: their requests pass without a second prompt. */
  readonly ledger = new SendLedger();
  /** The request guard's verdicts (answers the page-world script through the private port). */
  readonly requests: RequestVerdicts;

  constructor(private readonly options: PageGuardOptions) {
    this.site = options.site;
    this.highlights = new PageHighlights();
    this.profile = new ProfileFeed(options, {
      changed: () => this.requestRender(),
      contextValid: () => options.contextValid(),
      close: () => this.close(),
    });
    this.scheduler = new RenderScheduler({
      render: () => this.renderNow(),
      ownTags: [PANEL_TAG, OVERLAY_TAG, NOTICE_TAG],
      attributes: ['src', 'data-testid', 'role', 'contenteditable'],
    });
    this.env = {
      site: this.site,
      closed: () => this.isClosed(),
      profile: () => this.usableProfile(),
      highlights: this.highlights,
      requestRender: () => this.requestRender(),
      read: options.read,
      audit: (event) => this.recordAudit(event),
      descriptions: this.descriptions,
    };
    this.requests = new RequestVerdicts({
      closed: () => this.isClosed(),
      profile: () => this.usableProfile(),
      composers: () => {
        this.scan();
        return [...this.guards.values()];
      },
      ledger: this.ledger,
      account: () => this.site.account.signedIn(document),
      notify: (notice) => showHeldNotice(notice),
    });
  }

  private usableProfile(): ReturnType<GuardEnvironment['profile']> {
    const problem = this.profile.problem();
    const state: ProfileState | undefined = this.profile.current();
    if (problem === PROFILE_LOADING) return { problem, loading: LOADING_PROFILE };
    if (problem || !state) return { problem: problem ?? 'no profile' };
    return { compiled: state.compiled, label: this.profile.label()! };
  }

  /**
   * Counting must never hold up or break a send: the event leaves after the
   * current event has been dispatched, and only while the extension context lives.
   */
  private recordAudit(event: AuditEvent): void {
    const sink = this.options.audit;
    if (!sink) return;
    setTimeout(() => {
      try {
        if (!this.isClosed()) sink(event);
      } catch {
        // A lost count must not stop a teacher posting.
      }
    }, 0);
  }

  /** What the popup shows for this tab (answer to `{type: 'guard-status'}`). */
  status(): GuardStatus {
    const closed = this.isClosed();
    return describeGuard({
      closed,
      profileProblem: this.profile.problem(),
      profileLabel: this.profile.label(),
      composers: closed ? [] : this.scan(),
    });
  }

  start(): void {
    new SendListeners(this.site, {
      composers: () => this.scan(),
      send: (event, from) => this.holdIfNeeded(event, from),
      shortcut: (event, from) => isPanelShortcut(event) && this.focusPanel(from),
      files: (from, files) => this.addFiles(from, files),
      changed: () => this.requestRender(),
    }).attach(window);
    this.scheduler.observe(document.documentElement);
    // The context can die without any event reaching us (extension reloaded): look now and then.
    setInterval(() => {
      if (!this.closed && !this.options.contextValid()) this.close();
    }, 1000);
    this.profile.start();
    this.requestRender();
    // The engine module brings the panel: draw the cards as soon as it is here, even while the profile still loads.
    whenEngineReady().then(
      () => this.requestRender(),
      () => this.requestRender(),
    );
  }

  /**
   * Alt+Shift+S: the card of the composer being typed in, else of the one in
   * the open pop-up, else of the first on the page. Renders first so the
   * card shows the draft as it is now.
   */
  private focusPanel(from: Element): boolean {
    const composers = this.scan();
    const modal = document.querySelector(modalDialog);
    const composer =
      this.site.composerOf(composers, from) ?? composers.find((c) => modal?.contains(c.root)) ?? composers.find(() => !modal) ?? composers[0];
    const guard = composer && this.guards.get(composer.root);
    if (!guard) return false;
    try {
      guard.render();
      guard.focusPanel();
    } catch (error) {
      console.error('SafePost: could not move focus to the card', error);
    }
    return true;
  }

  /** Extension context gone: hold every send from now on. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.renderNow();
  }

  isClosed(): boolean {
    if (!this.closed && !this.options.contextValid()) this.closed = true;
    return this.closed;
  }

  requestRender(): void {
    this.scheduler.request();
  }

  /** Synchronous: find composers, keep one guard per composer root. */
  scan(): Composer[] {
    this.composers = this.site.findComposers(document);
    const roots = new Set(this.composers.map((c) => c.root));
    for (const [root, guard] of this.guards) {
      if (!roots.has(root) || !root.isConnected) {
        guard.dispose();
        this.guards.delete(root);
      }
    }
    for (const composer of this.composers) {
      const guard = this.guards.get(composer.root);
      if (guard) guard.composer = composer;
      else this.guards.set(composer.root, new ComposerGuard(composer, this.env));
    }
    return this.composers;
  }

  renderNow(): void {
    this.scan();
    for (const guard of this.guards.values()) {
      try {
        guard.render();
      } catch (error) {
        console.error('SafePost: panel failed to render', error);
      }
    }
  }

  /** The send path. Returns true when the event was held. */
  private holdIfNeeded(event: Event, from: Element): boolean {
    const composers = this.scan();
    const composer = this.site.composerOf(composers, from);
    const guard = composer && this.guards.get(composer.root);
    if (!guard) {
      // A send button with no composer SafePost can read: hold, never pass silently.
      event.preventDefault();
      event.stopImmediatePropagation();
      console.warn('SafePost held a send from a box it cannot read');
      this.recordAudit(GUARD_UNAVAILABLE);
      return true;
    }
    let evaluation;
    try {
      evaluation = guard.attemptSend();
    } catch (error) {
      console.error('SafePost: check at send failed', error);
      event.preventDefault();
      event.stopImmediatePropagation();
      this.recordAudit(GUARD_UNAVAILABLE);
      return true;
    }
    if (!evaluation.decision.allow) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return true;
    }
    // The request this send makes carries these words: it passes the request guard without a second prompt.
    this.ledger.record(
      evaluation.parts.map((p) => p.text),
      evaluation.images.length,
    );
    // A send is let through only on a checked draft: the engine module (and its panel) is here.
    if (evaluation.images.length > 0) setTimeout(() => engineIfLoaded()?.showPhotoReminder(), 0);
    if (composer.describes !== undefined) this.descriptions.set(composer.describes, evaluation.text);
    // X Chat's attachments are known only from the file input: once sent, they are gone from the box.
    if (composer.surface === 'chat') guard.images.clear();
    this.requestRender();
    return false;
  }

  private addFiles(from: Element, files: File[]): void {
    const composer = this.site.composerOf(this.scan(), from);
    const guard = composer && this.guards.get(composer.root);
    guard?.images.addFiles(files);
    this.requestRender();
  }
}
