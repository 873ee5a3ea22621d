/**
 * One composer's draft judged, as a pure function: the draft as read from
 * the page, the profile and the context in; findings (each with the fixes
 * its rule suggests), the verdict, the gate's decision, the boxes to tick and
 * the status line out. No DOM, no state, no audit counting: the composer
 * guard reads the page, keeps the state and records what happened.
 */
import type { CheckResult, CompiledProfile, Draft } from '../../rules';
import { engine } from './engine-slot';
import type { EditorPart } from '../site/adapter';
import { decide, requiredAttestations, type GateDecision } from './gate';
import type { ImageStatus } from './images';

/** The draft as read from the composer: its text (thread posts joined), where each post starts, and its images. */
export interface ComposerDraft {
  text: string;
  parts: readonly EditorPart[];
  images: readonly ImageStatus[];
}

/** The school profile in force, or why there is none to use (`loading`: the status line while it is on its way). */
export type ProfileInForce = { compiled: CompiledProfile; label: string } | { problem: string; loading?: string };

export interface EvaluationContext {
  /** The extension was reloaded under this page: nothing can be checked. */
  closed: boolean;
  /** Why this composer cannot be read (X changed its markup), if it cannot. */
  composerProblem?: string;
  reply?: boolean;
  dm?: boolean;
  /** The signed-in handle, when the page shows it. */
  account?: string;
  /** When the post would be sent (outside-hours reads it). */
  at: Date;
  /** Attestations the teacher has ticked for this very draft. */
  ticked: ReadonlySet<string>;
}

/**
 * The engine's check with the fixes the panel offers, or one that remembers its answers (check-cache.ts). Throws as check() does,
 * and while the engine module is still loading (engine-slot.ts): evaluateDraft holds the send either way.
 */
export type CheckDraft = (draft: Draft, profile: CompiledProfile) => CheckResult;

export const checkWithFixes: CheckDraft = (draft, profile) => {
  const { check, ALL_RULES } = engine();
  return check(draft, profile, ALL_RULES, { fixes: true });
};

/** Questions about the photo itself: asked where it is attached, not beside its description. */
const PHOTO_RULES: ReadonlySet<string> = new Set(['photo-consent', 'uncovered-face', 'group-photos-only', 'copyright']);

/**
 * An image description is checked as words beside its photo: the engine sees
 * one image (so a pupil's name is a name with a photo), and the photo's own
 * questions (consent, faces, watermarks) are left to the composer it is
 * attached to.
 */
export function besidePhoto(checkDraft: CheckDraft): CheckDraft {
  return (draft, profile) => {
    const result = checkDraft({ ...draft, images: [{ text: '', faces: [] }] }, profile);
    const findings = result.findings.filter((f) => !PHOTO_RULES.has(f.rule));
    return { findings, verdict: engine().verdictOf(findings) };
  };
}

/** A saved description is part of its photo in the post's draft: read with the photo's own text. */
export function withDescription(status: ImageStatus, description: string | undefined): ImageStatus {
  if (!description || status.state !== 'done') return status;
  return { ...status, text: status.text ? `${status.text}\n${description}` : description };
}

export interface Evaluation {
  decision: GateDecision;
  /** The text checked (thread posts joined): what the findings' offsets refer to. */
  text: string;
  /** Findings (with their fixes) and verdict; absent when nothing could be checked. */
  result?: CheckResult;
  parts: readonly EditorPart[];
  images: readonly ImageStatus[];
  attestations: { text: string; ticked: boolean }[];
  statusLine: { active: boolean; text: string };
}

/** The draft as the engine reads it. No `faces` until the face check has run: face rules then say the picture is not checked. */
export function engineDraft(draft: ComposerDraft, context: EvaluationContext): Draft {
  const engine: Draft = {
    text: draft.text,
    images: draft.images.map((s) =>
      s.state === 'done' ? { text: s.text, ...(s.lines ? { lines: s.lines } : {}), ...(s.faces ? { faces: s.faces } : {}) } : { text: '' },
    ),
    at: context.at,
    reply: context.reply,
    dm: context.dm,
  };
  if (context.account) engine.account = context.account;
  return engine;
}

function statusLineOf(profile: ProfileInForce, context: EvaluationContext): Evaluation['statusLine'] {
  if (context.closed) return { active: false, text: 'not active: reload this page' };
  if ('problem' in profile) return { active: false, text: profile.loading ? profile.loading : 'not active: no usable school profile' };
  if (context.composerProblem) return { active: false, text: 'cannot read this box' };
  return { active: true, text: `checking against ${profile.label}` };
}

export function evaluateDraft(draft: ComposerDraft, profile: ProfileInForce, context: EvaluationContext, checkDraft: CheckDraft = checkWithFixes): Evaluation {
  let result: CheckResult | undefined;
  let engineError: string | undefined;
  if (!context.closed && 'compiled' in profile && !context.composerProblem) {
    try {
      result = checkDraft(engineDraft(draft, context), profile.compiled);
    } catch (error) {
      // Held by decide() as an engine failure: a post only partly checked never goes out.
      engineError = error instanceof Error ? error.message : String(error);
    }
  }
  const unreadableImage = 'compiled' in profile ? profile.compiled.settings.unreadableImage : 'block';
  const images = [...draft.images];
  const required = requiredAttestations({ result, images, unreadableImage });
  const ticked = new Set(required.filter((a) => context.ticked.has(a)));
  const decision = decide({
    closed: context.closed,
    profileProblem: 'problem' in profile ? profile.problem : undefined,
    profileLoading: 'loading' in profile && Boolean(profile.loading),
    composerProblem: context.composerProblem,
    engineError,
    result,
    images,
    unreadableImage,
    ticked,
  });
  return {
    decision,
    text: draft.text,
    result,
    parts: draft.parts,
    images,
    attestations: required.map((text) => ({ text, ticked: ticked.has(text) })),
    statusLine: statusLineOf(profile, context),
  };
}
