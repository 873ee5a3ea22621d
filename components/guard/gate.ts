/**
 * The send decision, pure: everything the guard knows about one composer in,
 * allow or hold (with the reason the teacher is shown) out. No DOM, no
 * browser: tests/unit/components/guard/gate.test.ts covers every branch.
 *
 * Order matters: the first reason that applies is the one shown, from "we
 * cannot check at all" down to "tick the box".
 */
import type { CheckResult, Finding } from '../../rules';
import type { ImageStatus } from './images';
import { LOADING_PROFILE } from './profile-readiness';

export const IMAGE_ATTESTATION = 'I have checked this image myself: no names, codes or personal details';

export type HoldKind =
  | 'closed' // extension updated/reloaded with the tab open: reload the page
  | 'profile' // no usable school profile
  | 'unreadable' // composer recognised but its text cannot be read
  | 'engine' // a rule crashed
  | 'block' // a blocking finding
  | 'image-pending' // OCR still running
  | 'image-failed' // OCR failed and the profile says block
  | 'confirm'; // attestations not all ticked

export type GateDecision = { allow: true } | { allow: false; kind: HoldKind; message: string };

export interface GateInput {
  /** The extension context is gone (update/reload): every send is held until the page is reloaded. */
  closed: boolean;
  /** Why the profile cannot be used, or undefined when it can. */
  profileProblem?: string;
  /** No profile may be used yet: the school's is still on its way (profile-readiness.ts). */
  profileLoading?: boolean;
  /** Why the composer cannot be read, or undefined when it can. */
  composerProblem?: string;
  /** The engine's error message when check() threw. */
  engineError?: string;
  /** The check of the current draft (absent only together with one of the problems above). */
  result?: CheckResult;
  images: readonly ImageStatus[];
  unreadableImage: 'block' | 'confirm';
  /** Attestation sentences the teacher has ticked for the current draft. */
  ticked: ReadonlySet<string>;
}

const CANT = "SafePost can't check this post — ";

/** The attestations the teacher must tick before sending: one per distinct confirm sentence. */
export function requiredAttestations(input: Pick<GateInput, 'result' | 'images' | 'unreadableImage'>): string[] {
  const out: string[] = [];
  for (const f of input.result?.findings ?? []) {
    if (f.severity === 'confirm' && f.attestation && !out.includes(f.attestation)) out.push(f.attestation);
  }
  if (input.unreadableImage === 'confirm' && input.images.some((s) => s.state === 'failed')) out.push(IMAGE_ATTESTATION);
  return out;
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

export function decide(input: GateInput): GateDecision {
  if (input.closed) {
    return {
      allow: false,
      kind: 'closed',
      message: `${CANT}SafePost was updated or restarted. Reload this page (F5) to post.`,
    };
  }
  if (input.profileLoading) {
    return { allow: false, kind: 'profile', message: `${LOADING_PROFILE} Not sent yet: send again in a moment.` };
  }
  if (input.profileProblem) return { allow: false, kind: 'profile', message: CANT + input.profileProblem };
  if (input.composerProblem) return { allow: false, kind: 'unreadable', message: CANT + input.composerProblem };
  if (input.engineError || !input.result) {
    return {
      allow: false,
      kind: 'engine',
      message: `${CANT}a check failed (${input.engineError ?? 'no result'}). Try again, or tell your IT admin.`,
    };
  }
  const blocking = input.result.findings.filter((f: Finding) => f.severity === 'block');
  if (blocking.length > 0) {
    return {
      allow: false,
      kind: 'block',
      message: `Not sent: ${blocking.length} ${plural(blocking.length, 'problem', 'problems')} to fix first.`,
    };
  }
  if (input.images.some((s) => s.state === 'pending')) {
    return { allow: false, kind: 'image-pending', message: 'Not sent yet: checking image…' };
  }
  const failed = input.images.filter((s) => s.state === 'failed').length;
  if (failed > 0 && input.unreadableImage === 'block') {
    return {
      allow: false,
      kind: 'image-failed',
      message: `${CANT}${plural(failed, 'an image', `${failed} images`)} could not be read. Remove ${plural(failed, 'it', 'them')} to post.`,
    };
  }
  const missing = requiredAttestations(input).filter((a) => !input.ticked.has(a));
  if (missing.length > 0) {
    return {
      allow: false,
      kind: 'confirm',
      message: `Not sent: tick ${plural(missing.length, 'the box', `the ${missing.length} boxes`)} below to confirm.`,
    };
  }
  return { allow: true };
}

/**
 * What the ticks are tied to: the words of the draft and the images attached.
 * Whitespace, punctuation and case do not count; a new word or a new image
 * does, and clears every tick.
 */
export function draftFingerprint(text: string, imageKeys: readonly string[]): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return `${words.join(' ')}|${imageKeys.join(',')}`;
}
