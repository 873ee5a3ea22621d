/**
 * Helpers the name rules share: wording a pupil for a message without
 * spelling out more than needed, grouping mentions of one span, short lists.
 */
import type { Pupil } from '../profile/schema';
import type { RuleContext, Segment } from '../types';
import type { PupilMention } from './roster-index';

/** "Amelia C." — enough for the teacher to know who, without repeating the full name. */
export function pupilLabel(p: Pupil): string {
  const first = p.preferred || p.forename;
  return `${first} ${p.surname.charAt(0).toUpperCase()}.`;
}

/** The name a pupil goes by. */
export function goesBy(p: Pupil): string {
  return p.preferred || p.forename;
}

/** "a pupil in Oak Class" (or "a pupil" when the roster has no group). */
export function classPhrase(p: Pupil | undefined): string {
  return p?.group ? `a pupil in ${p.group}` : 'a pupil in their class';
}

/** Mentions that cover the same text, together (three Olivers → one span, three pupils). */
export interface MentionSpan {
  start: number;
  end: number;
  match: string;
  kind: PupilMention['kind'];
  mentions: PupilMention[];
}

export function spansOf(mentions: readonly PupilMention[], kind?: PupilMention['kind']): MentionSpan[] {
  const byRange = new Map<string, MentionSpan>();
  for (const m of mentions) {
    if (kind && m.kind !== kind) continue;
    const key = `${m.start}:${m.end}:${m.kind}`;
    const span = byRange.get(key);
    if (span) span.mentions.push(m);
    else byRange.set(key, { start: m.start, end: m.end, match: m.match, kind: m.kind, mentions: [m] });
  }
  return [...byRange.values()];
}

/** "A, B, C, D, E and 7 more" — never a wall of names. */
export function shortList(items: readonly string[], max = 5): string {
  if (items.length === 0) return '';
  if (items.length <= max) {
    return items.length === 1 ? (items[0] as string) : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  }
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** Pupil mentions of a segment with their pupils looked up. */
export function mentionsWithPupils(segment: Segment, ctx: RuleContext): Array<PupilMention & { who: Pupil }> {
  const out: Array<PupilMention & { who: Pupil }> = [];
  for (const m of ctx.pupilMentions(segment)) {
    const who = ctx.profile.pupils[m.pupil];
    if (who) out.push({ ...m, who });
  }
  return out;
}
