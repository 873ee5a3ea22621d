/**
 * The warning panel beside a composer: status line, fail-safe banner,
 * findings (text first, then "Image N"), confirm checkboxes. Pure view: the
 * guard owns the state and passes a PanelModel in.
 */
import type { Finding, Verdict } from '../../rules';
import type { GateDecision } from '../guard/gate';
import type { ImageStatus } from '../guard/images';
import type { CoverOutcome } from '../faces/cover-attachment';
import { CoverFacesButton } from './CoverFacesButton';

export interface PanelModel {
  /** Status line: guard active (which profile) or why it is not. */
  status: { active: boolean; text: string };
  decision: GateDecision;
  verdict: Verdict;
  findings: readonly Finding[];
  /** Label of the post a text finding sits in ("Post 2") for threads; empty otherwise. */
  postLabel: (finding: Finding) => string;
  images: readonly ImageStatus[];
  attestations: readonly { text: string; ticked: boolean }[];
  /** Set briefly after a send was held: says why, announced by screen readers. */
  heldNotice?: string;
  /** "Cover faces" on image N (offered where uncovered-face found faces). */
  coverFaces?: (image: number) => Promise<CoverOutcome>;
}

export interface PanelProps {
  model: PanelModel;
  onTick(attestation: string, ticked: boolean): void;
}

function FindingItem({ finding, where }: { finding: Finding; where: string }) {
  return (
    <li class="finding" data-rule={finding.rule} data-severity={finding.severity}>
      <span class={`sev ${finding.severity}`}>{finding.severity === 'block' ? 'Must fix' : finding.severity === 'confirm' ? 'Confirm' : 'Check'}</span>
      <span class="msg">{finding.message}</span>
      {finding.match ? (
        <div>
          {where ? `${where}: ` : ''}
          <span class="match">{finding.match}</span>
        </div>
      ) : null}
      <div class="hint">{finding.hint}</div>
    </li>
  );
}

function ImageGroup({
  index,
  status,
  findings,
  coverFaces,
}: {
  index: number;
  status: ImageStatus | undefined;
  findings: Finding[];
  coverFaces?: PanelModel['coverFaces'];
}) {
  const uncovered = findings.some((f) => f.rule === 'uncovered-face' && f.faces?.length);
  return (
    <li data-image={index}>
      <div class="group">Image {index + 1}</div>
      {status?.state === 'pending' ? <div class="pending">Checking image…</div> : null}
      {status?.state === 'failed' ? (
        <div class="img-failed">
          SafePost could not read this image ({status.reason}). Remove it, or post it only once you have checked it yourself.
        </div>
      ) : null}
      {findings.length ? (
        <ul>
          {findings.map((f, i) => (
            <FindingItem key={i} finding={f} where={`Image ${index + 1} shows`} />
          ))}
        </ul>
      ) : null}
      {uncovered && coverFaces ? <CoverFacesButton onCover={() => coverFaces(index)} /> : null}
    </li>
  );
}

export function Panel({ model, onTick }: PanelProps) {
  const { decision, findings } = model;
  const textFindings = findings.filter((f) => f.source === 'text');
  const draftWide = textFindings.filter((f) => f.start === undefined);
  const spanned = textFindings.filter((f) => f.start !== undefined);
  const imageCount = Math.max(model.images.length, ...findings.map((f) => (f.image ?? -1) + 1));
  const imageIndexes = Array.from({ length: imageCount }, (_, i) => i).filter(
    (i) => model.images[i]?.state !== 'done' || findings.some((f) => f.image === i),
  );
  const held = !decision.allow;
  const failSafe = held && ['closed', 'profile', 'unreadable', 'engine', 'image-failed'].includes(decision.kind);
  const state = failSafe ? 'held' : model.verdict;
  return (
    <section class="sp" data-verdict={state} aria-label="SafePost post check" data-allow={String(decision.allow)}>
      <div class="status" data-active={String(model.status.active)} role="status">
        <span class="dot" aria-hidden="true" />
        <span>
          <strong>SafePost</strong> · {model.status.text}
        </span>
      </div>
      {failSafe ? (
        <div class="banner" role="alert" data-kind={decision.kind}>
          {decision.message}
        </div>
      ) : null}
      <div aria-live="assertive" class={model.heldNotice && !failSafe ? 'held' : 'sr'}>
        {failSafe ? '' : (model.heldNotice ?? '')}
      </div>
      {!held && model.findings.length === 0 && model.status.active ? <div class="ok">No problems found.</div> : null}
      {textFindings.length ? (
        <ul aria-label="Problems in the text">
          {[...spanned, ...draftWide].map((f, i) => (
            <FindingItem key={`t${i}`} finding={f} where={model.postLabel(f)} />
          ))}
        </ul>
      ) : null}
      {imageIndexes.length ? (
        <ul aria-label="Attached images">
          {imageIndexes.map((i) => (
            <ImageGroup key={`i${i}`} index={i} status={model.images[i]} findings={findings.filter((f) => f.image === i)} coverFaces={model.coverFaces} />
          ))}
        </ul>
      ) : null}
      {model.attestations.map((a) => (
        <label class="attest" key={a.text}>
          <input
            type="checkbox"
            checked={a.ticked}
            onChange={(e) => onTick(a.text, (e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{a.text}</span>
        </label>
      ))}
      <div class="sr" aria-live="polite">
        {summary(model)}
      </div>
    </section>
  );
}

/** One sentence for screen readers, announced when it changes (not on every keystroke's re-render). */
export function summary(model: PanelModel): string {
  const { decision } = model;
  if (!decision.allow) return decision.message;
  if (model.findings.length === 0) return 'SafePost: no problems found.';
  return `SafePost: ${model.findings.length} ${model.findings.length === 1 ? 'warning' : 'warnings'}; sending is allowed.`;
}

export function PhotoReminder({ onClose }: { onClose(): void }) {
  return (
    <section class="sp toast" data-verdict="confirm" role="status" aria-live="polite">
      <div class="msg">Post sent. Now delete the photos from this device.</div>
      <div class="hint">School policy: photos of pupils must not stay on personal or shared devices after posting.</div>
      <button type="button" onClick={onClose}>
        Done
      </button>
    </section>
  );
}
