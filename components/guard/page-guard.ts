/**
 * The page-level guard on x.com: finds composers as X mounts and unmounts
 * them, re-renders their panels (one frame after a change), and holds sends.
 *
 * Holding happens at the action, not the button: capture-phase listeners on
 * `window` run before React's root listeners, for clicks on any send button,
 * Ctrl/Cmd+Enter in an editor, Enter/Space on a focused send button and
 * Enter in a DM box. X's own disabled/aria-disabled are never touched (React
 * re-renders them).
 *
 * These listeners are added directly on window, never through WXT's ctx:
 * ctx removes its listeners when the extension is updated or reloaded, which
 * would silently open the gate. Instead, an invalidated context "closes" the
 * guard: every send is held and the panel asks for a page reload. Closed
 * stays closed.
 */
import type { ProfileState } from '../profile/store';
import { check } from '../../rules';
import { composerOf, editorOf, findComposers, isSendButton, type Composer } from '../x/adapter';
import { ComposerGuard, type GuardEnvironment } from './composer-guard';
import { PageHighlights } from './highlights';
import { OVERLAY_TAG } from './textarea-overlay';
import { PANEL_TAG, showPhotoReminder } from '../panel/mount';
import { isPanelShortcut } from '../panel/keyboard';
import type { OcrResult } from '../ocr/client';
import type { AuditEvent } from '../profile/audit';
import { GUARD_UNAVAILABLE } from './audit-events';
import { DEFAULT_PROFILE_LABEL, describeGuard, type GuardStatus } from './status';

export interface PageGuardOptions {
  loadProfile(): Promise<ProfileState>;
  /**
   * A quicker first answer than loadProfile (the last good school policy
   * instead of waiting seconds for storage.managed after a browser start);
   * loadProfile's answer replaces it.
   */
  loadProfileQuick?(): Promise<ProfileState>;
  watchProfile(onChange: (state: ProfileState) => void): () => void;
  /** False once the extension was updated/reloaded/removed with this tab open. */
  contextValid(): boolean;
  read?: (blob: Blob, signal: AbortSignal) => Promise<OcrResult>;
  /** Counts an audit event (recordAudit): called after the send decision, never while closed. */
  audit?: (event: AuditEvent) => void;
}

export function profileProblem(state: ProfileState | undefined, loadError: string | undefined): string | undefined {
  if (loadError) return `the school profile could not be loaded (${loadError}).`;
  if (!state) return 'the school profile is still loading. Try again in a moment.';
  if (state.source === 'default') {
    if (state.problems.length) {
      return `the school profile on this computer is invalid (${state.problems[0]}). Ask your IT admin to fix it.`;
    }
  }
  return undefined;
}

function profileLabel(state: ProfileState): string {
  // Before any admin set-up the built-in profile still checks everything but
  // pupil names (it has no roster): say so rather than look fully configured.
  if (state.source === 'default') return DEFAULT_PROFILE_LABEL;
  const school = state.compiled.settings.school;
  const kind = state.source === 'managed' ? 'managed by your school' : 'on this computer';
  return `${school} profile (${kind})`;
}

export class PageGuard {
  private closed = false;
  private profileState: ProfileState | undefined;
  private profileLoadError: string | undefined;
  private composers: Composer[] = [];
  private readonly guards = new Map<Element, ComposerGuard>();
  private readonly highlights = new PageHighlights();
  private frame = 0;
  private observer: MutationObserver | undefined;
  private readonly env: GuardEnvironment;

  constructor(private readonly options: PageGuardOptions) {
    this.env = {
      closed: () => this.isClosed(),
      profile: () => {
        const problem = profileProblem(this.profileState, this.profileLoadError);
        if (problem || !this.profileState) return { problem: problem ?? 'no profile' };
        return { compiled: this.profileState.compiled, label: profileLabel(this.profileState) };
      },
      highlights: this.highlights,
      requestRender: () => this.requestRender(),
      read: options.read,
      audit: (event) => this.recordAudit(event),
    };
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
    const problem = profileProblem(this.profileState, this.profileLoadError);
    return describeGuard({
      closed,
      profileProblem: problem,
      profileLabel: this.profileState && !problem ? profileLabel(this.profileState) : undefined,
      composers: closed ? [] : this.scan(),
    });
  }

  start(): void {
    // Capture phase on window: before X's (React's) own handlers. Not via ctx (see above).
    window.addEventListener('click', this.onClick, true);
    window.addEventListener('auxclick', this.onClick, true);
    window.addEventListener('keydown', this.onKeydown, true);
    window.addEventListener('input', this.onInput, true);
    window.addEventListener('change', this.onFileChange, true);
    window.addEventListener('paste', this.onPaste, true);
    window.addEventListener('drop', this.onDrop, true);
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => !this.isOwnMutation(r))) this.requestRender();
    });
    this.observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['src', 'data-testid', 'role', 'contenteditable'],
    });
    // The context can die without any event reaching us (extension reloaded): look now and then.
    setInterval(() => {
      if (!this.closed && !this.options.contextValid()) this.close();
    }, 1000);
    this.loadProfile();
    try {
      this.options.watchProfile((state) => this.setProfile(state));
    } catch (error) {
      this.profileLoadError = error instanceof Error ? error.message : String(error);
    }
    this.requestRender();
  }

  private loadProfile(): void {
    let full = false;
    this.options.loadProfileQuick?.().then(
      (state) => {
        if (!full && !this.profileState) this.setProfile(state);
      },
      () => undefined, // the full load reports its own failure
    );
    this.options.loadProfile().then(
      (state) => {
        full = true;
        this.setProfile(state);
      },
      (error: unknown) => {
        if (!this.options.contextValid()) return this.close();
        this.profileLoadError = error instanceof Error ? error.message : String(error);
        this.requestRender();
      },
    );
  }

  private setProfile(state: ProfileState): void {
    this.profileState = state;
    this.profileLoadError = undefined;
    this.requestRender();
    // The first check on a new profile pays for lazy set-up in the rules (word lists, indexes):
    // pay it while the teacher is not typing, not on their first keystroke.
    const warm = () => {
      try {
        check({ text: 'Warm-up: Year 4 visited the museum on Tuesday, call 01632 960123 lol' }, state.compiled);
      } catch {
        // A crashing rule is reported by the real check, where it holds the send.
      }
    };
    if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 0);
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

  private isOwnMutation(record: MutationRecord): boolean {
    const own = (n: Node) => [PANEL_TAG, OVERLAY_TAG].includes(n.nodeName.toLowerCase());
    if (record.type === 'childList') {
      const nodes = [...record.addedNodes, ...record.removedNodes];
      return nodes.length > 0 && nodes.every(own);
    }
    return false;
  }

  requestRender(): void {
    if (this.frame) return;
    // rAF does not run in background tabs; a timer makes sure the scan still happens.
    const run = () => {
      if (!this.frame) return;
      this.frame = 0;
      this.renderNow();
    };
    this.frame = requestAnimationFrame(run);
    setTimeout(run, 200);
  }

  /** Synchronous: find composers, keep one guard per composer root. */
  scan(): Composer[] {
    this.composers = findComposers(document);
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
    const composer = composerOf(composers, from);
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
    if (evaluation.images.length > 0) setTimeout(showPhotoReminder, 0);
    this.requestRender();
    return false;
  }

  private target(event: Event): Element | null {
    const first = event.composedPath()[0];
    return first instanceof Element ? first : first instanceof Node ? first.parentElement : null;
  }

  private readonly onClick = (event: Event): void => {
    const button = isSendButton(this.target(event));
    if (button) this.holdIfNeeded(event, button);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.keyCode === 229) return; // IME: Enter picks a candidate
    const target = this.target(event);
    if (!target) return;
    if (isPanelShortcut(event)) {
      if (this.focusPanel(target)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      return;
    }
    const isEnter = event.key === 'Enter';
    const button = isSendButton(target);
    if (button && (isEnter || event.key === ' ' || event.key === 'Spacebar')) {
      this.holdIfNeeded(event, button);
      return;
    }
    if (!isEnter) return;
    const editor = editorOf(target);
    if (!editor) return;
    if (event.ctrlKey || event.metaKey) {
      this.holdIfNeeded(event, editor);
      return;
    }
    // In DMs a plain Enter sends (Shift+Enter is a new line).
    const composer = composerOf(this.scan(), editor);
    if (composer && composer.surface !== 'post' && !event.shiftKey && !event.altKey) this.holdIfNeeded(event, editor);
  };

  /**
   * Alt+Shift+S: the card of the composer being typed in, else of the one in
   * the open pop-up, else of the first on the page. Renders first so the
   * card shows the draft as it is now.
   */
  private focusPanel(from: Element): boolean {
    const composers = this.scan();
    const modal = document.querySelector('[role="dialog"][aria-modal="true"]');
    const composer =
      composerOf(composers, from) ?? composers.find((c) => modal?.contains(c.root)) ?? composers.find((c) => !modal) ?? composers[0];
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

  private readonly onInput = (): void => this.requestRender();

  private addFiles(from: Element | null, files: FileList | null | undefined): void {
    if (!from || !files || files.length === 0) return;
    const composer = composerOf(this.scan(), from);
    const guard = composer && this.guards.get(composer.root);
    guard?.images.addFiles([...files]);
    this.requestRender();
  }

  private readonly onFileChange = (event: Event): void => {
    const input = this.target(event);
    if (input instanceof HTMLInputElement && input.type === 'file') this.addFiles(input, input.files);
  };

  private readonly onPaste = (event: ClipboardEvent): void => {
    this.addFiles(this.target(event), event.clipboardData?.files);
    this.requestRender();
  };

  private readonly onDrop = (event: DragEvent): void => this.addFiles(this.target(event), event.dataTransfer?.files);
}
