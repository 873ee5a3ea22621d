/**
 * check(draft, profile) → verdict and findings. Compile the profile once
 * (roster and staff indexes), then check on every keystroke.
 */
import { ALL_RULES } from './registry';
import { resolveSettings } from './profile/defaults';
import type { Profile, Pupil, Settings, Staff } from './profile/schema';
import { compileRoster, type PupilMention } from './names/roster-index';
import { compileStaff, type StaffMention } from './names/staff-index';
import { withPageEvidence } from './names/page-evidence';
import { boxesOfSpan } from './text/ocr-lines';
import type {
  ActiveSeverity,
  CheckResult,
  CompiledProfile,
  Draft,
  Finding,
  RawFinding,
  Rule,
  RuleContext,
  Segment,
  TextFix,
  Verdict,
} from './types';

const RANK: Record<Verdict, number> = { ok: 0, warn: 1, confirm: 2, block: 3 };

export function mostSevere(a: Verdict, b: Verdict): Verdict {
  return RANK[a] >= RANK[b] ? a : b;
}

export interface ProfileInput {
  settings?: Settings;
  pupils?: readonly Pupil[];
  staff?: readonly Staff[];
}

/** Build the indexes once per profile, not per keystroke. */
export function compileProfile(profile: ProfileInput | Profile = {}): CompiledProfile {
  const settings = resolveSettings(profile.settings ?? {});
  const pupils = [...(profile.pupils ?? [])];
  const staff = [...(profile.staff ?? [])];
  const staffIndex = compileStaff(staff);
  return {
    settings,
    pupils,
    staff,
    roster: compileRoster(pupils, settings, staff, staffIndex),
    staffIndex,
  };
}

function fill(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}

function segmentsOf(draft: Draft): Segment[] {
  const segments: Segment[] = [{ source: 'text', text: draft.text ?? '' }];
  (draft.images ?? []).forEach((image, index) => {
    segments.push({ source: 'image', image: index, text: image.text ?? '', ...(image.lines ? { lines: image.lines } : {}) });
  });
  return segments;
}

function resolveAccount(draft: Draft, compiled: CompiledProfile): string {
  return draft.account?.trim() || compiled.settings.accounts[0] || '';
}

export function buildContext(draft: Draft, compiled: CompiledProfile): RuleContext {
  const segments = segmentsOf(draft);
  // One look-up per segment: names used as names, and ambiguous names whose use is unclear.
  const pupilCache = new Map<Segment, { named: readonly PupilMention[]; unclear: readonly PupilMention[] }>();
  const mentionsOf = (segment: Segment) => {
    let found = pupilCache.get(segment);
    if (!found) {
      let all = compiled.roster.find(segment.text, { fuzzy: segment.source === 'image', unclear: true });
      // A photo's page structure ("Name: holly", a name alone on a peg) decides what the words around it cannot.
      if (segment.lines) all = withPageEvidence(all, segment, compiled.roster);
      found = { named: all.filter((m) => m.role !== 'unclear'), unclear: all.filter((m) => m.role === 'unclear') };
      pupilCache.set(segment, found);
    }
    return found;
  };
  const staffCache = new Map<Segment, readonly StaffMention[]>();
  return {
    draft,
    profile: compiled,
    at: draft.at ?? new Date(),
    account: resolveAccount(draft, compiled),
    hasImages: (draft.images?.length ?? 0) > 0,
    segments,
    pupilMentions(segment) {
      return mentionsOf(segment).named;
    },
    unclearPupilMentions(segment) {
      return mentionsOf(segment).unclear;
    },
    staffMentions(segment) {
      let found = staffCache.get(segment);
      if (!found) {
        found = compiled.staffIndex.find(segment.text);
        staffCache.set(segment, found);
      }
      return found;
    },
  };
}

/** Where a finding was made: the draft's text, or one attached image (a segment of either kind fits). */
type FindingPlace = Pick<Segment, 'source' | 'image'>;

function toFinding(
  rule: Rule,
  ruleSeverity: ActiveSeverity,
  raw: RawFinding,
  segment: Segment | FindingPlace | undefined,
  withFixes: boolean,
): Finding {
  // Weak evidence asks rather than blocks (RawFinding.atMost); it never raises a gentler rule.
  const severity: ActiveSeverity = raw.atMost && RANK[raw.atMost] < RANK[ruleSeverity] ? raw.atMost : ruleSeverity;
  const messageId = raw.messageId ?? 'default';
  const message = rule.meta.messages[messageId] ?? rule.meta.messages.default;
  const hint = rule.meta.hints[messageId] ?? rule.meta.hints.default;
  const finding: Finding = {
    rule: rule.id,
    severity,
    source: segment?.source ?? 'text',
    match: raw.match,
    message: fill(message, raw.data),
    hint: fill(hint, raw.data),
  };
  const pageMessage = rule.meta.pageMessages?.[messageId];
  const pageHint = rule.meta.pageHints?.[messageId];
  if (pageMessage !== undefined) finding.pageMessage = fill(pageMessage, raw.data);
  if (pageHint !== undefined) finding.pageHint = fill(pageHint, raw.data);
  if (raw.listed) finding.listed = { groups: [...raw.listed.groups], pupils: [...raw.listed.pupils] };
  if (segment?.source === 'image') finding.image = segment.image;
  if (raw.start !== undefined && raw.end !== undefined) {
    finding.start = raw.start;
    finding.end = raw.end;
  }
  // An attestation may name what it attests ("'May' is not a pupil here").
  const attestation = (raw.attestationId && rule.meta.attestations?.[raw.attestationId]) || rule.meta.attestation;
  if (severity === 'confirm' && attestation) finding.attestation = fill(attestation, raw.data);
  if (raw.faces) finding.faces = raw.faces.map((box) => ({ ...box }));
  // Where in the picture the matched text is: the card draws it on the thumbnail and offers to cover it.
  if (segment && 'lines' in segment && segment.lines && raw.start !== undefined && raw.end !== undefined) {
    const boxes = boxesOfSpan(segment.text, segment.lines, raw.start, raw.end);
    if (boxes.length > 0) finding.boxes = boxes;
  }
  const fixes = withFixes ? suggestionsFor(raw, segment) : [];
  if (fixes.length > 0) finding.fixes = fixes;
  return finding;
}

/**
 * The rule's suggested fixes for a hit in the draft's own text (an image's
 * OCR text cannot be edited), where the span reads as the match: offsets
 * into any other text would edit the wrong words. A fix that throws is
 * dropped: the fix is a convenience, the card still says what to change.
 */
function suggestionsFor(raw: RawFinding, segment: Segment | FindingPlace | undefined): TextFix[] {
  if (!raw.suggest || segment?.source !== 'text' || !('text' in segment) || raw.start === undefined || raw.end === undefined) return [];
  if (segment.text.slice(raw.start, raw.end) !== raw.match) return [];
  try {
    return raw.suggest().map((fix) => ({ ...fix }));
  } catch {
    return [];
  }
}

export interface CheckOptions {
  /**
   * Put the rules' suggested fixes on the findings (Finding.fixes). Only the
   * compose panel offers them: building them re-reads the draft (a first
   * name is offered only if the draft still passes with it), which the CLI,
   * the request guard and "Try a draft" need not pay for.
   */
  fixes?: boolean;
}

/**
 * Runs every rule the profile has not turned off. A rule that throws raises
 * EngineError naming the rule: the caller holds the send (fail safe) rather
 * than passing a post that was only partly checked.
 */
export function check(draft: Draft, compiled: CompiledProfile, rules: readonly Rule[] = ALL_RULES, options: CheckOptions = {}): CheckResult {
  const ctx = buildContext(draft, compiled);
  const withFixes = options.fixes === true;
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = compiled.settings.rules[rule.id];
    if (!severity || severity === 'off') continue;
    try {
      if (rule.scope === 'draft') {
        for (const raw of rule.check(ctx)) findings.push(toFinding(rule, severity, raw, undefined, withFixes));
      } else if (rule.scope === 'image') {
        (draft.images ?? []).forEach((image, index) => {
          for (const raw of rule.check(image, ctx)) findings.push(toFinding(rule, severity, raw, { source: 'image', image: index }, withFixes));
        });
      } else {
        for (const segment of ctx.segments) {
          if (rule.sources && !rule.sources.includes(segment.source)) continue;
          for (const raw of rule.check(segment, ctx)) findings.push(toFinding(rule, severity, raw, segment, withFixes));
        }
      }
    } catch (error) {
      throw new EngineError(rule.id, error);
    }
  }
  return { verdict: verdictOf(findings), findings: dedupe(findings) };
}

/** Raised when a rule crashes: callers must hold the send (fail safe), never pass it. */
export class EngineError extends Error {
  constructor(
    readonly ruleId: string,
    override readonly cause: unknown,
  ) {
    super(`SafePost rule "${ruleId}" failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'EngineError';
  }
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  let verdict: Verdict = 'ok';
  for (const f of findings) verdict = mostSevere(verdict, f.severity);
  return verdict;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.rule}|${f.source}|${f.image ?? ''}|${f.start ?? ''}|${f.end ?? ''}|${f.match}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
