/**
 * The engine's data model. Pure TypeScript: no DOM, no `browser.*`, so the
 * same engine runs in the content script, the offscreen document, the CLI and
 * unit tests.
 */
import type { PolicyName } from './policies';
import type { CompiledRoster } from './names/roster-index';
import type { StaffIndex } from './names/staff-index';
import type { ResolvedSettings, Pupil, Staff } from './profile/schema';

export { RULE_IDS } from './rule-ids';
export type { Severity, ActiveSeverity, Verdict, RuleId } from './rule-ids';
import type { ActiveSeverity, RuleId, Severity, Verdict } from './rule-ids';
import type { TextFix } from './fixes/types';
export type { TextFix } from './fixes/types';


/** A face's box as fractions (0-1) of the image's width and height. */
export interface FaceBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * One line of text read in an image, in reading order: what it says and
 * where it sits (fractions of the image, like FaceBox). Rules that read a
 * page's structure (a "Name:" label, a name alone on a peg, a Wi-Fi name
 * above its key) need the lines, not one string.
 */
export interface ImageLine {
  text: string;
  box: FaceBox;
}

/** One attached image as the engine sees it: the text OCR read from it and the faces found in it. */
export interface DraftImage {
  /** OCR text; empty string when the image has no text (or OCR is not done yet). Its lines joined by "\n" when `lines` is given. */
  text: string;
  /** The same text as lines with their boxes, in reading order; absent when only the text is known (old callers, typed drafts). */
  lines?: readonly ImageLine[];
  /**
   * Uncovered human faces found on the device (components/faces/). Absent
   * means the image was not checked for faces: face rules then say so
   * rather than assume there are none.
   */
  faces?: readonly FaceBox[];
}

/** What is being posted, and the context it is posted in. */
export interface Draft {
  text: string;
  images?: DraftImage[];
  /** When the post is sent. Defaults to now. */
  at?: Date;
  reply?: boolean;
  dm?: boolean;
  /** Signed-in handle, e.g. "@OakfieldPrimary". Defaults to the first school account. */
  account?: string;
}

/**
 * A piece of text the segment rules read: the draft's own text, or the OCR
 * text of one image. Findings inherit `source`/`image` from their segment.
 */
export interface Segment {
  source: 'text' | 'image';
  /** Index into draft.images when source is "image". */
  image?: number;
  text: string;
  /** An image's lines (DraftImage.lines), for rules that read the page's structure. */
  lines?: readonly ImageLine[];
}

export interface Finding {
  rule: RuleId;
  severity: ActiveSeverity;
  source: 'text' | 'image';
  image?: number;
  /** The matched text (from the draft or the OCR text). */
  match: string;
  /** Offsets into the segment's text (UTF-16 code units, as JS strings index). */
  start?: number;
  end?: number;
  /** Policy-worded explanation, already filled in (e.g. with the pupil's name). */
  message: string;
  /** How to fix the post. */
  hint: string;
  /** For `confirm` findings: the sentence the teacher ticks to attest. */
  attestation?: string;
  /** Face findings (uncovered-face, group-photos-only): the faces' boxes. */
  faces?: FaceBox[];
  /**
   * Image text findings: where in the picture the matched text is (the
   * boxes of its lines), so the card can point at it and cover it. Not part
   * of the CLI's JSON (scripts/cli/report.ts).
   */
  boxes?: FaceBox[];
  /**
   * What a view the website can read (the panel on x.com) shows instead of
   * message/hint: set when they name people the draft does not (roster names
   * the teacher never typed). See RuleMeta.pageMessages.
   */
  pageMessage?: string;
  pageHint?: string;
  /** The people the full message lists, for an extension page to show ("See who"). */
  listed?: ListedPupils;
  /**
   * One-click fixes, best first, from the rule that reported the finding
   * (RawFinding.suggest), when the check was asked for them
   * (CheckOptions.fixes). Text findings only; absent when a person must
   * rewrite it. Not part of the CLI's JSON (scripts/cli/report.ts).
   */
  fixes?: TextFix[];
}

/** Roster positions (into CompiledProfile.pupils) of the pupils a finding lists, and the groups it looked in. */
export interface ListedPupils {
  groups: string[];
  pupils: number[];
}

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
}

/** A profile after compilation: settings resolved and indexes built once. */
export interface CompiledProfile {
  settings: ResolvedSettings;
  pupils: readonly Pupil[];
  staff: readonly Staff[];
  roster: CompiledRoster;
  staffIndex: StaffIndex;
}

/** A rule's hit before the engine stamps rule id, severity, source and texts on it. */
export interface RawFinding {
  match: string;
  start?: number;
  end?: number;
  /** Values substituted into the message/hint templates: `{name}` etc. */
  data?: Record<string, string | number>;
  /** Which message of meta.messages to use; defaults to "default". */
  messageId?: string;
  /** Face boxes the finding is about (copied onto the Finding). */
  faces?: readonly FaceBox[];
  /**
   * At most this severity, whatever the rule's: evidence too weak to block
   * on (code-like digits in a photo whose words could not be read) asks instead.
   */
  atMost?: 'confirm' | 'warn';
  /** The attestation for this finding when it asks, instead of meta.attestation. */
  attestationId?: string;
  /** The pupils the message lists (copied onto the Finding). */
  listed?: ListedPupils;
  /**
   * The finding's one-click fixes, as ESLint rules `suggest` with a report:
   * the rule that knows what it found knows the mechanical fix. A function,
   * so the engine runs it apart from the check (a broken fix costs its
   * button, never the verdict) and only for text it can still apply to.
   */
  suggest?: () => readonly TextFix[];
}

/** Everything a rule may read. Lazy values are computed once per check and shared. */
export interface RuleContext {
  draft: Readonly<Draft>;
  profile: CompiledProfile;
  /** Resolved send time. */
  at: Date;
  /** Resolved signed-in account. */
  account: string;
  hasImages: boolean;
  segments: readonly Segment[];
  /** Pupil mentions in a segment (cached per segment). */
  pupilMentions(segment: Segment): readonly import('./names/roster-index').PupilMention[];
  /** Ambiguous roster names (May, Grace, the school's name) whose use here is unclear (cached per segment). */
  unclearPupilMentions(segment: Segment): readonly import('./names/roster-index').PupilMention[];
  /** Staff mentions in a segment (cached per segment). */
  staffMentions(segment: Segment): readonly import('./names/staff-index').StaffMention[];
}

export interface RuleMeta {
  description: string;
  /** Default severity: the built-in default profile's ('off' for rules a school opts into). */
  defaultSeverity: Severity;
  /** Policy files in ../shared/policies this rule traces back to. */
  policySource: PolicyName[];
  /** Message templates in the school policy's words; `{placeholders}` from RawFinding.data. */
  messages: { default: string } & Record<string, string>;
  /** How-to-fix templates keyed like messages; falls back to `default`. */
  hints: { default: string } & Record<string, string>;
  /**
   * Page-safe templates keyed like messages, for messages/hints that name
   * roster or staff people the draft itself does not contain: the content
   * script renders these into x.com's page, which the site's scripts can
   * read. The full messages stay for the CLI and the extension's own pages.
   */
  pageMessages?: Record<string, string>;
  pageHints?: Record<string, string>;
  /** Attestation text for confirm findings (the checkbox label); may use `{placeholders}` from RawFinding.data. */
  attestation?: string;
  /** Other attestations, picked by RawFinding.attestationId (a rule that usually blocks but asks about weak evidence). */
  attestations?: Record<string, string>;
}

interface RuleBase {
  id: RuleId;
  meta: RuleMeta;
}

/** Runs on each segment (draft text and each image's OCR text). */
export interface SegmentRule extends RuleBase {
  scope: 'segment';
  /** Restrict to text or image segments (e.g. copyright only reads images). */
  sources?: ReadonlyArray<'text' | 'image'>;
  check(segment: Segment, ctx: RuleContext): RawFinding[];
}

/** Runs once per draft (reply flag, send time, attached images…). */
export interface DraftRule extends RuleBase {
  scope: 'draft';
  check(ctx: RuleContext): RawFinding[];
}

/**
 * Runs on each attached image, with what the image host found in it (its
 * faces): the engine hands each image in, so a rule never indexes
 * ctx.draft.images itself. Findings carry source "image" and the image's index.
 */
export interface ImageRule extends RuleBase {
  scope: 'image';
  check(image: Readonly<DraftImage>, ctx: RuleContext): RawFinding[];
}

export type Rule = SegmentRule | DraftRule | ImageRule;
