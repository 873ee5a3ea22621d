/**
 * One guarded composer, its lifecycle. Each job is its own module; this
 * reads the page and wires them together:
 * - evaluate.ts: the draft judged, pure (findings, fixes, verdict, decision);
 * - draft-state.ts: the ticks and the held notice, tied to the draft;
 * - check-cache.ts: the last check remembered between renders;
 * - audit-recorder.ts: what is counted;
 * - send-hold.ts: what a send attempt leaves behind;
 * - composer-view.ts: the panel and highlights, and the teacher's intents back;
 * - composer-actions.ts: a fix or "Cover faces" carried out on the page.
 * `evaluate()` reads the DOM afresh: the send path calls it at the moment of
 * sending, so a verdict is never stale.
 */
import type { CompiledProfile } from '../../rules';
import type { Composer, SiteAdapter } from '../site/adapter';
import { draftFingerprint, IMAGE_ATTESTATION } from './gate';
import type { AuditEvent } from '../profile/audit';
import { ComposerImages, type ImageReader, type ImageStatus } from './images';
import type { IntentOutcome, PanelIntent } from '../panel/Panel';
import type { PageHighlights } from './highlights';
import { besidePhoto, evaluateDraft, withDescription, type Evaluation } from './evaluate';
import { CheckCache } from './check-cache';
import { DraftState, EMPTY_DRAFT } from './draft-state';
import { AuditRecorder } from './audit-recorder';
import { sendOutcome } from './send-hold';
import { ComposerView } from './composer-view';
import { coverFaces, coverText, makeFix } from './composer-actions';
import { textBoxesOf } from '../panel/text-marks';

export type { Evaluation } from './evaluate';

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
  /** Image descriptions saved on this page, by image URL (Composer.describes). */
  descriptions?: ReadonlyMap<string, string>;
}

export class ComposerGuard {
  readonly images: ComposerImages;
  private readonly state = new DraftState();
  private readonly checks = new CheckCache();
  private readonly audit: AuditRecorder;
  private readonly view: ComposerView;
  /** The last evaluation: the findings a tick in the panel refers to (audit). */
  private lastEvaluation: Evaluation | undefined;

  constructor(
    public composer: Composer,
    private readonly env: GuardEnvironment,
  ) {
    // X Chat shows no thumbnail list SafePost can read: its attached files count as they are.
    this.images = new ComposerImages({ onChange: () => env.requestRender(), read: env.read, thumbnails: composer.surface !== 'chat' });
    this.audit = new AuditRecorder(env.audit, () => env.closed());
    this.view = new ComposerView(env.site, env.highlights, (intent) => this.carryOut(intent));
  }

  /**
   * Read everything now and decide. `fresh` skips the remembered check (the
   * send path): the check always runs on the text as it is at that moment.
   */
  evaluate(fresh: boolean): Evaluation {
    const closed = this.env.closed();
    const { text, parts } = this.env.site.text.read(this.composer);
    this.images.sync(this.env.site.attachments(this.composer.root));
    const tracked = this.images.list();
    this.state.observe(draftFingerprint(text, tracked.map((t) => t.key)));
    const profile = this.env.profile();
    // The page's context is read only when there is something to check against.
    const readable = !closed && 'compiled' in profile && !this.composer.problem;
    const { reply, dm } = readable ? this.env.site.context(this.composer) : {};
    const checker = fresh ? this.checks.recheck : this.checks.check;
    const describing = this.composer.describes !== undefined;
    const evaluation = evaluateDraft(
      { text, parts, images: tracked.map((t) => withDescription(t.status, this.env.descriptions?.get(t.key))) },
      profile,
      {
        closed,
        composerProblem: this.composer.problem,
        reply,
        dm,
        account: readable ? this.env.site.account.signedIn(document) : undefined,
        at: this.env.now?.() ?? new Date(),
        ticked: this.state.ticked,
      },
      describing ? besidePhoto(checker) : checker,
    );
    this.lastEvaluation = evaluation;
    return evaluation;
  }

  /** The send path: decide on the draft as it is now; on hold, say why in the panel. */
  attemptSend(): Evaluation {
    const evaluation = this.evaluate(true);
    const outcome = sendOutcome(evaluation, this.state.fingerprint);
    if (outcome.heldNotice !== undefined) {
      this.state.hold(outcome.heldNotice);
      this.show(evaluation, true);
    }
    this.audit.note(outcome.audit);
    return evaluation;
  }

  /** A request from this composer's words was held: say so in its panel. */
  showHeld(message: string): void {
    const evaluation = this.evaluate(true);
    this.state.hold(message);
    this.show(evaluation, true);
  }

  render(evaluation = this.evaluate(false)): void {
    this.show(evaluation, false);
  }

  private show(evaluation: Evaluation, force: boolean): void {
    if (evaluation.result) {
      const fingerprint = this.state.fingerprint;
      this.audit.note({ kind: 'shown', fingerprint, empty: fingerprint === EMPTY_DRAFT, findings: evaluation.result.findings });
    }
    this.view.show(this.composer, evaluation, this.state.heldNotice, force, this.images.list().map((t) => t.key));
  }

  /** What the teacher asked for in the panel (tests use it as the panel does). */
  async carryOut(intent: PanelIntent): Promise<IntentOutcome> {
    switch (intent.kind) {
      case 'attest':
        this.tick(intent.attestation, intent.ticked);
        return { ok: true, message: '' };
      case 'apply-fix': {
        const outcome = await makeFix(this.env.site, this.composer, intent.fix);
        this.view.invalidate();
        this.env.requestRender();
        return outcome;
      }
      case 'cover-faces':
        return coverFaces(this.env.site, this.composer, this.images.list()[intent.image], intent.image, this.env.read);
      case 'cover-text':
        return coverText(this.env.site, this.composer, this.images.list()[intent.image], intent.image, textBoxesOf(this.lastEvaluation?.result?.findings ?? [], intent.image));
    }
  }

  private tick(attestation: string, ticked: boolean): void {
    if (ticked) {
      const findings = this.lastEvaluation?.result?.findings ?? [];
      this.audit.note({ kind: 'ticked', attestation, fingerprint: this.state.fingerprint, findings, imageAttestation: IMAGE_ATTESTATION });
    }
    this.state.tick(attestation, ticked);
    this.view.invalidate();
    this.env.requestRender();
  }

  /** The keyboard shortcut (page-guard): focus this composer's card; Escape comes back to the caret. */
  focusPanel(): void {
    this.view.focus(this.composer, () => this.composer.editors[0]);
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
    return this.state.tickedFor(draftFingerprint(text, this.images.list().map((t) => t.key)));
  }

  dispose(): void {
    this.images.dispose();
    this.view.dispose();
  }
}
