/**
 * The warning panel beside a composer: status line, fail-safe banner, one
 * card per thing to fix (text first, then "Image N"; group-findings.ts) with
 * one-click fixes where they are mechanical, confirm checkboxes. Pure view:
 * the guard owns the state and passes a PanelModel in.
 */
import type { ComponentChildren } from 'preact';
import type { Finding, Verdict } from '../../rules';
import type { TextFix } from '../../rules/fixes';
import type { GateDecision } from '../guard/gate';
import type { ImageStatus } from '../guard/images';
import type { ImageStage } from '../vision/messages';
import { Attestation, FindingCard } from './FindingCard';
import { useCardStyles } from './card-styles';
import { groupFindings, type FindingGroup } from './group-findings';
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
  /** The text the findings' offsets refer to: a card then names the whole stretch it covers. */
  checkedText?: string;
  /** One-click fixes for a card's findings (rules/fixes); absent, no fix buttons. */
  fixesFor?: (findings: readonly Finding[]) => TextFix[];
  /** Applies a fix through the editor's own input handling; resolves false when it could not. */
  applyFix?: (fix: TextFix) => Promise<boolean>;
  /** "Cover faces" on image N (offered where uncovered-face found faces). */
  coverFaces?: (image: number) => Promise<CoverOutcome>;
}

export interface PanelProps {
  model: PanelModel;
  onTick(attestation: string, ticked: boolean): void;
}

type Ticks = readonly { text: string; ticked: boolean }[];

/** Each attestation goes in the first card whose findings ask for it; the rest (image check) below the cards. */
function placeAttestations(groups: readonly FindingGroup[], attestations: Ticks): { byGroup: Map<string, Ticks>; rest: Ticks } {
  const byGroup = new Map<string, { text: string; ticked: boolean }[]>();
  const rest: { text: string; ticked: boolean }[] = [];
  for (const a of attestations) {
    const group = groups.find((g) => g.attestations.includes(a.text));
    if (!group) {
      rest.push(a);
      continue;
    }
    byGroup.set(group.key, [...(byGroup.get(group.key) ?? []), a]);
  }
  return { byGroup, rest };
}

function Cards({ groups, model, onTick, byGroup, where }: { groups: FindingGroup[]; model: PanelModel; onTick: PanelProps['onTick']; byGroup: Map<string, Ticks>; where: (g: FindingGroup) => string }) {
  return (
    <>
      {groups.map((g) => (
        <FindingCard
          key={g.key}
          group={g}
          where={where(g)}
          actions={{
            fixes: g.source === 'text' && model.fixesFor ? model.fixesFor(g.findings) : [],
            onFix: model.applyFix,
            attestations: byGroup.get(g.key) ?? [],
            onTick,
          }}
        />
      ))}
    </>
  );
}

/** What the panel says while an image is being checked, by the stage the image host has reached. */
const PENDING_TEXT: Record<ImageStage, string> = {
  decode: 'Checking image…',
  text: 'Checking image: reading its text…',
  faces: 'Checking image: looking for faces…',
};

function ImageGroup({
  index,
  status,
  uncovered,
  coverFaces,
  children,
}: {
  index: number;
  status: ImageStatus | undefined;
  uncovered: boolean;
  coverFaces?: PanelModel['coverFaces'];
  children?: ComponentChildren;
}) {
  return (
    <li data-image={index}>
      <div class="group">Image {index + 1}</div>
      {status?.state === 'pending' ? <div class="pending">{PENDING_TEXT[status.stage ?? 'decode']}</div> : null}
      {status?.state === 'failed' ? (
        <div class="img-failed">
          SafePost could not read this image ({status.reason}). Remove it, or post it only once you have checked it yourself.
        </div>
      ) : null}
      {children}
      {uncovered && coverFaces ? <CoverFacesButton onCover={() => coverFaces(index)} /> : null}
    </li>
  );
}

export function Panel({ model, onTick }: PanelProps) {
  const ref = useCardStyles();
  const { decision, findings } = model;
  const imageTexts = model.images.map((s) => (s.state === 'done' ? s.text : ''));
  const groups = groupFindings(findings, { text: model.checkedText, images: imageTexts });
  const textGroups = groups.filter((g) => g.source !== 'image');
  const { byGroup, rest } = placeAttestations(groups, model.attestations);
  const imageCount = Math.max(model.images.length, ...findings.map((f) => (f.image ?? -1) + 1));
  const imageIndexes = Array.from({ length: imageCount }, (_, i) => i).filter(
    (i) => model.images[i]?.state !== 'done' || findings.some((f) => f.image === i),
  );
  const held = !decision.allow;
  const failSafe = held && ['closed', 'profile', 'unreadable', 'engine', 'image-failed'].includes(decision.kind);
  const state = failSafe ? 'held' : model.verdict;
  const textWhere = (g: FindingGroup) => (g.source === 'text' ? model.postLabel(g.findings[0]!) : '');
  return (
    <section ref={ref} class="sp" data-verdict={state} aria-label="SafePost post check" data-allow={String(decision.allow)}>
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
      {textGroups.length ? (
        <ul aria-label="Problems in the text">
          <Cards groups={textGroups} model={model} onTick={onTick} byGroup={byGroup} where={textWhere} />
        </ul>
      ) : null}
      {imageIndexes.length ? (
        <ul aria-label="Attached images">
          {imageIndexes.map((i) => {
            const own = groups.filter((g) => g.source === 'image' && g.image === i);
            return (
              <ImageGroup
                key={`i${i}`}
                index={i}
                status={model.images[i]}
                uncovered={findings.some((f) => f.image === i && f.rule === 'uncovered-face' && !!f.faces?.length)}
                coverFaces={model.coverFaces}
              >
                {own.length ? (
                  <ul>
                    <Cards groups={own} model={model} onTick={onTick} byGroup={byGroup} where={() => `Image ${i + 1} shows`} />
                  </ul>
                ) : null}
              </ImageGroup>
            );
          })}
        </ul>
      ) : null}
      {rest.map((a) => (
        <Attestation key={a.text} text={a.text} ticked={a.ticked} onTick={onTick} />
      ))}
    </section>
  );
}

/** One sentence for screen readers: mount.ts announces it in the host's live region once a change settles. */
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
