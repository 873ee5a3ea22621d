/**
 * Findings grouped the way a teacher fixes them: by what in the draft is
 * wrong. "Tamsin Okonkwo-Reyes" breaking four rules is one card listing the
 * four, not four cards repeating the name. Pure: no DOM
 * (tests/unit/components/panel/group-findings.test.ts).
 *
 * - Text findings whose spans overlap share a card (an e-mail address with a
 *   pupil's name inside it is one thing to remove); the card names the whole
 *   stretch of text.
 * - Image findings group the same way within their image.
 * - Findings about the whole draft (a reply, the time, an attached photo)
 *   are one card per rule.
 * Cards are listed most severe first, then in reading order.
 *
 * The cards are rendered into x.com's page, which the site's scripts can
 * read: they use each finding's page-safe message and hint (pageText), which
 * name nobody the draft does not (a photo-consent card gives a count, and
 * `listed` for its "See who" button).
 */
import type { Finding, ListedPupils } from '../../rules/types';
import type { ActiveSeverity, RuleId } from '../../rules/types';
import { RULES_BY_ID } from '../../rules/registry';
import { severityRank } from '../ui/severity';

export interface FindingGroup {
  /** Stable across re-renders of the same draft: "text:10:30", "image:0:4:9", "draft:reply". */
  key: string;
  source: 'text' | 'image' | 'draft';
  image?: number;
  start?: number;
  end?: number;
  /** What the card names: the matched text ("Tamsin Okonkwo-Reyes") or the whole-draft match ("reply"). */
  match: string;
  severity: ActiveSeverity;
  /** Every finding of the group, most severe first. */
  findings: Finding[];
  /** The rules it breaks, each once, most severe first. */
  rules: { rule: string; severity: ActiveSeverity; name: string }[];
  /** One line of why: the first sentence of the most severe finding's message. */
  why: string;
  /** How to fix it: the most severe finding's hint. */
  fix: string;
  /** Statements the teacher ticks for this card's confirm findings. */
  attestations: string[];
  /** Pupils the most severe finding lists, shown on an extension page only ("See who"). */
  listed?: ListedPupils;
}

/** What a finding says where the website can read it: its page-safe message and hint when it has them. */
export function pageText(f: Finding): { message: string; hint: string } {
  return { message: f.pageMessage ?? f.message, hint: f.pageHint ?? f.hint };
}

/** Short names for "breaks: …" (rules outside this table use their description). */
const RULE_NAMES: Readonly<Record<string, string>> = {
  'pupil-full-name': 'pupil’s full name',
  'pupil-name': 'pupil’s name not allowed',
  'identifiable-name': 'rare name identifies the child',
  'name-with-photo': 'name with a photo',
  'photo-consent': 'photo consent',
  'targeted-comment': 'aimed at one child',
  'outside-hours': 'outside posting hours',
  reply: 'reply',
  'direct-message': 'direct message',
  'text-speak': 'text-speak',
  'offensive-language': 'offensive language',
  'negative-tone': 'negative tone',
  'staff-opinion': 'opinion about staff',
  'personal-data': 'personal details',
  'safeguarding-secret': 'password or code',
  'sensitive-detail': 'sensitive detail about a pupil',
  'school-account': 'not a school account',
  copyright: 'copyright',
  'possible-pupil-name': 'may be a pupil’s name',
};

export function ruleName(rule: string): string {
  const described = RULES_BY_ID.get(rule as RuleId)?.meta.description;
  return RULE_NAMES[rule] ?? described ?? rule;
}

/**
 * The first sentence of a message: "Pupils' full names must never be used
 * (school policy: …)." A full stop inside brackets or quotes does not end it.
 */
export function firstSentence(message: string): string {
  let depth = 0;
  let quote = false;
  for (let i = 0; i < message.length; i++) {
    const c = message[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '"' || c === '“' || c === '”') quote = c === '“' ? true : c === '”' ? false : !quote;
    else if (/[.!?]/.test(c) && depth === 0 && !quote && (i === message.length - 1 || /\s/.test(message[i + 1]!))) {
      return message.slice(0, i + 1);
    }
  }
  return message;
}

interface Draft {
  source: FindingGroup['source'];
  image?: number;
  start?: number;
  end?: number;
  findings: Finding[];
}

function bySeverity(a: Finding, b: Finding): number {
  return severityRank(a.severity) - severityRank(b.severity);
}

/** Overlapping spans of one text (the draft's, or one image's OCR text) become one group. */
function clusterSpans(findings: readonly Finding[], source: 'text' | 'image', image?: number): Draft[] {
  const sorted = [...findings].sort((a, b) => a.start! - b.start! || b.end! - a.end!);
  const out: Draft[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start! < last.end!) {
      last.end = Math.max(last.end!, f.end!);
      last.findings.push(f);
    } else {
      out.push({ source, image, start: f.start, end: f.end, findings: [f] });
    }
  }
  return out;
}

/** Without positions (OCR text without offsets): the same match text is the same thing. */
function clusterByMatch(findings: readonly Finding[], source: 'text' | 'image', image?: number): Draft[] {
  const byMatch = new Map<string, Draft>();
  for (const f of findings) {
    const key = f.match.toLowerCase();
    const group = byMatch.get(key) ?? { source, image, findings: [] };
    group.findings.push(f);
    byMatch.set(key, group);
  }
  return [...byMatch.values()];
}

/**
 * `texts`: the text the offsets refer to (the draft's text; each image's OCR
 * text), so a card can name the whole stretch its findings cover. Without
 * it, the card names the most severe finding's match.
 */
export function groupFindings(
  findings: readonly Finding[],
  texts: { text?: string; images?: readonly string[] } = {},
): FindingGroup[] {
  const drafts: Draft[] = [];
  const textSpanned = findings.filter((f) => f.source === 'text' && f.start !== undefined && f.end !== undefined);
  // Whole-draft rules report as source "text" with no offsets.
  const whole = findings.filter((f) => f.source === 'text' && (f.start === undefined || f.end === undefined));
  drafts.push(...clusterSpans(textSpanned, 'text'));
  const images = [...new Set(findings.filter((f) => f.source === 'image').map((f) => f.image ?? -1))].sort((a, b) => a - b);
  for (const image of images) {
    const own = findings.filter((f) => f.source === 'image' && (f.image ?? -1) === image);
    const spanned = own.filter((f) => f.start !== undefined && f.end !== undefined);
    drafts.push(...clusterSpans(spanned, 'image', image), ...clusterByMatch(own.filter((f) => !spanned.includes(f)), 'image', image));
  }
  const byRule = new Map<string, Draft>();
  for (const f of whole) {
    const group = byRule.get(f.rule) ?? { source: 'draft' as const, findings: [] };
    group.findings.push(f);
    byRule.set(f.rule, group);
  }
  drafts.push(...byRule.values());

  const groups = drafts.map((d) => toGroup(d, texts));
  return groups
    .map((g, order) => ({ g, order }))
    .sort((a, b) => severityRank(a.g.severity) - severityRank(b.g.severity) || a.order - b.order)
    .map(({ g }) => g);
}

function toGroup(d: Draft, texts: { text?: string; images?: readonly string[] }): FindingGroup {
  const sorted = [...d.findings].sort(bySeverity);
  // Each rule once: the same rule twice on one stretch ("tamsin" inside "tamsin@example.com") says nothing new.
  const rules = sorted
    .filter((f, i) => sorted.findIndex((o) => o.rule === f.rule) === i)
    .map((f) => ({ rule: f.rule, severity: f.severity, name: ruleName(f.rule) }));
  const top = sorted[0]!;
  const source = d.source === 'image' ? texts.images?.[d.image ?? -1] : d.source === 'text' ? texts.text : undefined;
  const spanText = source !== undefined && d.start !== undefined && d.end !== undefined ? source.slice(d.start, d.end) : undefined;
  const attestations: string[] = [];
  for (const f of sorted) if (f.severity === 'confirm' && f.attestation && !attestations.includes(f.attestation)) attestations.push(f.attestation);
  const key =
    d.source === 'draft'
      ? `draft:${top.rule}`
      : d.start !== undefined
        ? `${d.source}:${d.image ?? ''}:${d.start}:${d.end}`
        : `${d.source}:${d.image ?? ''}:${top.match.toLowerCase()}`;
  return {
    key,
    source: d.source,
    ...(d.image !== undefined ? { image: d.image } : {}),
    ...(d.start !== undefined ? { start: d.start, end: d.end } : {}),
    match: spanText || top.match,
    severity: top.severity,
    findings: sorted,
    rules,
    why: firstSentence(pageText(top).message),
    fix: pageText(top).hint,
    attestations,
    ...(top.listed ? { listed: top.listed } : {}),
  };
}
