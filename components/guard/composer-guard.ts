/**
 * One guarded composer: reads its text and images, checks them against the
 * compiled profile, decides (gate.ts) and renders its panel. `evaluate()` is
 * synchronous and reads the DOM afresh: the send path calls it at the moment
 * of sending, so a verdict is never stale.
 */
import { check, type CheckResult, type CompiledProfile, type Draft, type Finding, type Verdict } from '../../rules';
import type { FaceBox } from '../../rules/types';
import type { Composer, EditorPart, SiteAdapter } from '../site/adapter';
import { decide, draftFingerprint, IMAGE_ATTESTATION, requiredAttestations, type GateDecision } from './gate';
import { draftAuditStep, initialDraftAudit, type DraftAuditInput } from './audit-events';
import type { AuditEvent } from '../profile/audit';
import { ComposerImages, type ImageReader, type ImageStatus } from './images';
import type { PanelModel } from '../panel/Panel';
import { PanelHost } from '../panel/mount';
import { rangesFor, type PageHighlights } from './highlights';
import { TextareaOverlays } from './textarea-overlay';
import { readImage } from '../ocr/client';
import { fixesForGroup, type TextFix } from '../../rules/fixes';
import { applyFix } from './apply-fix';
import { coverAttachment, type CoverOutcome } from '../faces/cover-attachment';

export interface GuardEnvironment {
  /** The site's adapter: how to read this composer (components/x: xSite). */
  site: SiteAdapter;
  closed(): boolean;
  /** The compiled profile, or why there is none to use (`loading`: the status line while it is on its way). */
  profile(): { compiled: CompiledProfile; label: string } | { problem: string; loading?: string };
  highlights: PageHighlights;
  requestRender(): void;
  read?: ImageReader;
  now?: () => Date;
  /** Counts an audit event (page-guard defers and guards it): absent, nothing is counted. */
  audit?: (event: AuditEvent) => void;
}

const EMPTY_DRAFT = draftFingerprint('', []);

export interface Evaluation {
  decision: GateDecision;
  /** The text checked (thread posts joined): what the findings' offsets refer to. */
  text: string;
  result?: CheckResult;
  parts: EditorPart[];
  images: ImageStatus[];
  attestations: { text: string; ticked: boolean }[];
  statusLine: { active: boolean; text: string };
}

export class ComposerGuard {
  readonly images: ComposerImages;
  private readonly panel = new PanelHost();
  /** Textareas (X Chat, mobile web) cannot hold Custom Highlight ranges: they get an overlay instead. */
  private readonly overlays: TextareaOverlays;
  /** Attestation → draft fingerprint it was ticked for. */
  private readonly ticks = new Map<string, string>();
  private fingerprint = '';
  private heldNotice: string | undefined;
  private heldFingerprint = '';
  private cache: { key: string; result?: CheckResult; error?: string } | undefined;
  private lastRenderKey = '';
  private auditState = initialDraftAudit();
  /** The findings of the last check, what a tick in the panel refers to. */
  private lastFindings: readonly Finding[] = [];

  constructor(
    public composer: Composer,
    private readonly env: GuardEnvironment,
  ) {
    // X Chat shows no thumbnail list SafePost can read: its attached files count as they are.
    this.images = new ComposerImages({ onChange: () => env.requestRender(), read: env.read, thumbnails: composer.surface !== 'chat' });
    this.overlays = new TextareaOverlays(env.site.text.dropped);
  }

  /**
   * Read everything now and decide. `fresh` skips the per-text cache (the
   * send path): the check always runs on the text as it is at that moment.
   */
  evaluate(fresh: boolean): Evaluation {
    const closed = this.env.closed();
    const { text, parts } = this.env.site.text.read(this.composer);
    this.images.sync(this.env.site.attachments(this.composer.root));
    const tracked = this.images.list();
    const images = tracked.map((t) => t.status);
    this.fingerprint = draftFingerprint(text, tracked.map((t) => t.key));
    for (const [attestation, fp] of this.ticks) if (fp !== this.fingerprint) this.ticks.delete(attestation);
    if (this.heldNotice && this.heldFingerprint !== this.fingerprint) this.heldNotice = undefined;

    const profile = this.env.profile();
    let result: CheckResult | undefined;
    let engineError: string | undefined;
    if (!closed && 'compiled' in profile && !this.composer.problem) {
      const ctx = this.env.site.context(this.composer);
      const at = this.env.now?.() ?? new Date();
      const draft: Draft = {
        text,
        // No `faces` until the face check has run: face rules then say the picture is not checked.
        images: images.map((s) => (s.state === 'done' ? (s.faces ? { text: s.text, faces: s.faces } : { text: s.text }) : { text: '' })),
        at,
        reply: ctx.reply,
        dm: ctx.dm,
      };
      const account = this.env.site.account.signedIn(document);
      if (account) draft.account = account;
      // Same text, images, context and minute → same result (outside-hours reads the minute).
      const key = JSON.stringify([text, draft.images, ctx, account, Math.floor(at.getTime() / 60_000)]);
      if (!fresh && this.cache?.key === key && profile.compiled === this.cachedProfile) {
        result = this.cache.result;
        engineError = this.cache.error;
      } else {
        try {
          result = check(draft, profile.compiled);
        } catch (error) {
          engineError = error instanceof Error ? error.message : String(error);
        }
        this.cache = { key, result, error: engineError };
        this.cachedProfile = profile.compiled;
      }
    }
    this.lastFindings = result?.findings ?? [];
    const unreadableImage = 'compiled' in profile ? profile.compiled.settings.unreadableImage : 'block';
    const required = requiredAttestations({ result, images, unreadableImage });
    const ticked = new Set(required.filter((a) => this.ticks.has(a)));
    const decision = decide({
      closed,
      profileProblem: 'problem' in profile ? profile.problem : undefined,
      profileLoading: 'loading' in profile && Boolean(profile.loading),
      composerProblem: this.composer.problem,
      engineError,
      result,
      images,
      unreadableImage,
      ticked,
    });
    const statusLine = closed
      ? { active: false, text: 'not active: reload this page' }
      : 'problem' in profile
        ? { active: false, text: 'loading' in profile && profile.loading ? profile.loading : 'not active: no usable school profile' }
        : this.composer.problem
          ? { active: false, text: 'cannot read this box' }
          : { active: true, text: `checking against ${profile.label}` };
    return {
      decision,
      text,
      result,
      parts,
      images,
      attestations: required.map((text) => ({ text, ticked: ticked.has(text) })),
      statusLine,
    };
  }

  private cachedProfile: CompiledProfile | undefined;

  /** The send path: decide on the draft as it is now; on hold, say why in the panel. */
  attemptSend(): Evaluation {
    const evaluation = this.evaluate(true);
    const findings = evaluation.result?.findings ?? [];
    if (!evaluation.decision.allow) {
      this.heldNotice = evaluation.decision.message;
      this.heldFingerprint = this.fingerprint;
      this.lastRenderKey = '';
      this.render(evaluation);
      this.noteAudit({ kind: 'held', decision: evaluation.decision, findings });
    } else {
      this.noteAudit({ kind: 'sent', fingerprint: this.fingerprint, findings });
    }
    return evaluation;
  }

  /** Audit bookkeeping never gets in the way of the guard: errors here are swallowed. */
  private noteAudit(input: DraftAuditInput): void {
    try {
      const { state, events } = draftAuditStep(this.auditState, input);
      this.auditState = state;
      if (this.env.closed()) return;
      for (const event of events) this.env.audit?.(event);
    } catch (error) {
      console.warn('SafePost: audit count skipped', error);
    }
  }

  tick(attestation: string, ticked: boolean): void {
    if (ticked) {
      this.noteAudit({ kind: 'ticked', attestation, fingerprint: this.fingerprint, findings: this.lastFindings, imageAttestation: IMAGE_ATTESTATION });
    }
    if (ticked) this.ticks.set(attestation, this.fingerprint);
    else this.ticks.delete(attestation);
    this.lastRenderKey = '';
    this.env.requestRender();
  }

  render(evaluation = this.evaluate(false)): void {
    const anchor = this.composer.root;
    // A floating card beside the composer, never an element in X's flex tree (see panel/mount.ts).
    if (anchor !== anchor.ownerDocument.documentElement) this.panel.placeNear(anchor);
    // Which text the panel now reflects (its length): lets scripts/bench/keystroke.bench.ts time keystroke → panel.
    const checked = String(evaluation.parts.reduce((n, p) => n + p.text.length, 0));
    if (this.panel.host.getAttribute('data-checked-length') !== checked) this.panel.host.setAttribute('data-checked-length', checked);
    const findings = evaluation.result?.findings ?? [];
    if (evaluation.result) {
      this.noteAudit({ kind: 'shown', fingerprint: this.fingerprint, empty: this.fingerprint === EMPTY_DRAFT, findings });
    }
    const ranges = rangesFor(findings, evaluation.parts, this.env.site.text.lines);
    this.env.highlights.update(this, ranges);
    this.overlays.update(findings, evaluation.parts);
    const verdict: Verdict = evaluation.result?.verdict ?? 'ok';
    const model: PanelModel = {
      status: evaluation.statusLine,
      decision: evaluation.decision,
      verdict,
      findings,
      postLabel: (f: Finding) => this.postLabel(f, evaluation.parts),
      images: evaluation.images,
      attestations: evaluation.attestations,
      heldNotice: this.heldNotice,
      checkedText: evaluation.text,
      fixesFor: (group) => this.fixesFor(group, evaluation),
      applyFix: (fix) => this.applyFix(fix),
      coverFaces: (index) => this.coverFaces(index),
    };
    // Typing that changes nothing the panel shows costs no re-render.
    const key = JSON.stringify([model.status, model.decision, verdict, findings, model.images, model.attestations, model.heldNotice, evaluation.parts.length]);
    if (key === this.lastRenderKey && this.panel.host.isConnected) return;
    this.lastRenderKey = key;
    this.panel.render(model, (a, t) => this.tick(a, t));
  }

  /** One-click fixes for a card: only while a profile is in force and the box can be read. */
  private fixesFor(findings: readonly Finding[], evaluation: Evaluation): TextFix[] {
    const profile = this.env.profile();
    if (!('compiled' in profile) || this.composer.problem || this.env.closed()) return [];
    try {
      return fixesForGroup(findings, { text: evaluation.text, profile: profile.compiled, hasImages: evaluation.images.length > 0 });
    } catch (error) {
      // A fix is a convenience: without it the card still says what to change.
      console.warn('SafePost: no fix offered', error);
      return [];
    }
  }

  private async applyFix(fix: TextFix): Promise<boolean> {
    let outcome;
    try {
      outcome = await applyFix(this.env.site, this.composer, fix);
    } catch (error) {
      console.warn('SafePost: fix not applied', error);
      outcome = 'failed';
    }
    this.lastRenderKey = '';
    this.env.requestRender();
    return outcome === 'applied';
  }

  /** The keyboard shortcut (page-guard): focus this composer's card; Escape comes back to the caret. */
  focusPanel(): void {
    const editor = this.composer.editors[0];
    const focused = document.activeElement;
    const from = this.composer.editors.find((e) => e === focused || e.contains(focused)) ?? editor;
    this.panel.editor = () => this.composer.editors[0];
    // A composer scrolled out of sight has its card hidden: bring it back first.
    const box = this.composer.root.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) this.composer.root.scrollIntoView({ block: 'nearest' });
    this.panel.focusCard(from);
  }

  private postLabel(f: Finding, parts: EditorPart[]): string {
    if (parts.length < 2 || f.start === undefined) return '';
    const index = parts.findIndex((p) => f.start! >= p.offset && f.start! <= p.offset + p.text.length);
    return index >= 0 ? `Post ${index + 1}` : '';
  }

  // The request guard's view of this composer (request/verdicts.ts: GuardedComposerView).
  get surface(): Composer['surface'] {
    return this.composer.surface;
  }

  postTexts(): string[] {
    return this.env.site.text.read(this.composer).parts.map((p) => p.text);
  }

  imageStatuses(): ImageStatus[] {
    this.images.sync(this.env.site.attachments(this.composer.root));
    return this.images.statuses();
  }

  /** Attestations ticked for a draft with these words and this composer's images. */
  tickedFor(text: string): ReadonlySet<string> {
    const fingerprint = draftFingerprint(text, this.images.list().map((t) => t.key));
    return new Set([...this.ticks].filter(([, fp]) => fp === fingerprint).map(([attestation]) => attestation));
  }

  /** A request from this composer's words was held: say so in its panel. */
  showHeld(message: string): void {
    this.evaluate(true);
    this.heldNotice = message;
    this.heldFingerprint = this.fingerprint;
    this.lastRenderKey = '';
    this.render();
  }

  /** "Cover faces" on attached image `index`: swaps in a covered copy, which is then checked like any new image. */
  coverFaces(index: number): Promise<CoverOutcome> {
    const tracked = this.images.list()[index];
    const status = tracked?.status;
    if (!tracked || status?.state !== 'done' || !status.faces?.length || !/^(blob|data):/.test(tracked.key)) {
      return Promise.resolve({ ok: false, message: 'This picture is still being checked: try again in a moment.' });
    }
    const root = this.composer.root;
    return coverAttachment({ replace: (file) => this.env.site.replaceAttachment(root, index, file), url: tracked.key, faces: status.faces, detect: (image) => this.facesIn(image) });
  }

  /** The faces left in a covered copy, through the same image check as every attachment (its text is then known too). */
  private async facesIn(image: Blob): Promise<readonly FaceBox[]> {
    const { faces } = await (this.env.read ?? readImage)(image, new AbortController().signal);
    if (!faces) throw new Error('the face check did not run');
    return faces;
  }

  hasImages(): boolean {
    return this.images.list().length > 0;
  }

  dispose(): void {
    this.images.dispose();
    this.env.highlights.update(this, undefined);
    this.overlays.dispose();
    this.panel.remove();
  }
}
