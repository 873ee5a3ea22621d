/**
 * The warning panel beside a composer: status line, fail-safe banner, one
 * card per thing to fix (text first, then "Image N"; group-findings.ts) with
 * one-click fixes where they are mechanical, confirm checkboxes. Pure view:
 * the guard owns the state and passes a PanelModel in, all data (fixes come
 * with the findings); what the teacher does comes back as one PanelIntent.
 */
import type { ComponentChildren } from 'preact';
import type { FaceBox, Finding, Verdict } from '../../rules';
import { fixesForGroup, type TextFix } from '../../rules/fixes';
import type { GateDecision } from '../guard/gate';
import type { ImageStatus } from '../guard/images';
import type { ImageStage } from '../vision/messages';
import { Attestation, FindingCard } from './FindingCard';
import { useCardStyles } from './card-styles';
import { groupFindings, type FindingGroup } from './group-findings';
import type { CoverOutcome } from '../faces/cover-attachment';
import { CoverFacesButton } from './CoverFacesButton';
import { coverLabel, textBoxesOf } from './text-marks';

export interface PanelModel {
  /** Status line: guard active (which profile) or why it is not. */
  status: { active: boolean; text: string };
  decision: GateDecision;
  verdict: Verdict;
  /** Findings of the check, each with the one-click fixes its rule suggests (Finding.fixes). */
  findings: readonly Finding[];
  /** Where each post of a thread starts in the checked text and how long it is: a card in a thread says which post. */
  posts: readonly { offset: number; length: number }[];
  images: readonly ImageStatus[];
  attestations: readonly { text: string; ticked: boolean }[];
  /** Set briefly after a send was held: says why, announced by screen readers. */
  heldNotice?: string;
  /** The text the findings' offsets refer to: a card then names the whole stretch it covers. */
  checkedText?: string;
  /** Each attached image's thumbnail (X's blob: URL), for the card to mark where a name is. */
  thumbnails?: readonly string[];
}

/** What the teacher asked for in the panel: the guard carries it out (composer-guard.ts). */
export type PanelIntent =
  /** Make a one-click fix, through the editor's own input handling. */
  | { kind: 'apply-fix'; fix: TextFix }
  /** Tick or untick an attestation for the draft as it is. */
  | { kind: 'attest'; attestation: string; ticked: boolean }
  /** "Cover faces" on attached image N: swap in a copy with every face covered. */
  | { kind: 'cover-faces'; image: number }
  /** "Cover name" on attached image N: swap in a copy with the marked lines covered. */
  | { kind: 'cover-text'; image: number };

/** What came of an intent: whether it was done, and what to tell the teacher. */
export type IntentOutcome = CoverOutcome;

export type OnIntent = (intent: PanelIntent) => Promise<IntentOutcome>;

export interface PanelProps {
  model: PanelModel;
  onIntent: OnIntent;
}

/** The post of a thread a text finding sits in ("Post 2"); empty for a single post. */
export function postLabel(finding: Finding, posts: PanelModel['posts']): string {
  const start = finding.start;
  if (posts.length < 2 || start === undefined) return '';
  const index = posts.findIndex((p) => start >= p.offset && start <= p.offset + p.length);
  return index >= 0 ? `Post ${index + 1}` : '';
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

function Cards({ groups, onIntent, byGroup, where }: { groups: FindingGroup[]; onIntent: OnIntent; byGroup: Map<string, Ticks>; where: (g: FindingGroup) => string }) {
  return (
    <>
      {groups.map((g) => (
        <FindingCard
          key={g.key}
          group={g}
          where={where(g)}
          fixes={g.source === 'text' ? fixesForGroup(g.findings) : []}
          attestations={byGroup.get(g.key) ?? []}
          onIntent={onIntent}
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

/** The picture as attached, with a box around each line a name or a code was read on: where to look, what will be covered. */
function MarkedThumbnail({ url, boxes, index }: { url: string; boxes: readonly FaceBox[]; index: number }) {
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  return (
    <div class="thumb" data-marks={boxes.length}>
      <img src={url} alt={`Image ${index + 1}, with what SafePost found marked`} />
      {boxes.map((b, i) => (
        <span key={i} class="mark" aria-hidden="true" style={{ left: pct(b.x), top: pct(b.y), width: pct(b.w), height: pct(b.h) }} />
      ))}
    </div>
  );
}

function ImageGroup({
  index,
  status,
  uncovered,
  marks,
  onIntent,
  children,
}: {
  index: number;
  status: ImageStatus | undefined;
  uncovered: boolean;
  /** Where a name or a code is in the picture, the thumbnail to draw them on and the cover button's words. */
  marks?: { boxes: readonly FaceBox[]; thumbnail?: string; label: string };
  onIntent: OnIntent;
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
      {marks?.thumbnail ? <MarkedThumbnail url={marks.thumbnail} boxes={marks.boxes} index={index} /> : null}
      {children}
      {uncovered ? <CoverFacesButton onCover={() => onIntent({ kind: 'cover-faces', image: index })} /> : null}
      {marks ? (
        <CoverFacesButton
          onCover={() => onIntent({ kind: 'cover-text', image: index })}
          label={marks.label}
          busyLabel="Covering…"
          failure="Covering the name failed"
        />
      ) : null}
    </li>
  );
}

function marksOf(findings: readonly Finding[], image: number, thumbnail: string | undefined) {
  const boxes = textBoxesOf(findings, image);
  if (boxes.length === 0) return undefined;
  // Only X's own thumbnail of the attachment: never a URL from anywhere else.
  const safe = thumbnail && /^(blob|data):/.test(thumbnail) ? thumbnail : undefined;
  return { boxes, label: coverLabel(findings, image), ...(safe ? { thumbnail: safe } : {}) };
}

export function Panel({ model, onIntent }: PanelProps) {
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
  const textWhere = (g: FindingGroup) => (g.source === 'text' ? postLabel(g.findings[0]!, model.posts) : '');
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
          <Cards groups={textGroups} onIntent={onIntent} byGroup={byGroup} where={textWhere} />
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
                marks={marksOf(findings, i, model.thumbnails?.[i])}
                onIntent={onIntent}
              >
                {own.length ? (
                  <ul>
                    <Cards groups={own} onIntent={onIntent} byGroup={byGroup} where={() => `Image ${i + 1} shows`} />
                  </ul>
                ) : null}
              </ImageGroup>
            );
          })}
        </ul>
      ) : null}
      {rest.map((a) => (
        <Attestation key={a.text} text={a.text} ticked={a.ticked} onIntent={onIntent} />
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
