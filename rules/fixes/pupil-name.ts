/**
 * Fixes for a pupil's name in the draft, which the name rules
 * (pupil-full-name, pupil-name, identifiable-name, name-with-photo,
 * targeted-comment) suggest with a finding whose span is exactly a roster
 * mention. Policy: first names only where the school allows them,
 * otherwise the class or year group.
 *
 * - The first name, when the draft holds it (not for "A. Clarke"), the school names pupils by first name
 *   (naming "first-name-only"), every pupil the name may be has name consent,
 *   and no image is attached (name-with-photo forbids any name then). The
 *   roster index re-reads the draft with the first name in place, so a first
 *   name shared with a pupil without consent is never offered.
 * - Always: "a pupil in Year 4", the group taken from the roster.
 */
import type { RuleContext, Segment } from '../types';
import type { Pupil } from '../profile/schema';
import type { PupilMention } from '../names/roster-index';
import { foldText } from '../text/normalize';
import { quoted, replaceFix } from './edit';
import type { TextFix } from './types';

/**
 * The first name as the teacher wrote it, spelt as the roster spells it
 * ("tamsin" → "Tamsin"). Undefined when the draft holds no first name ("A.
 * Clarke"): the fix's label is shown in x.com's page, which must not learn a
 * roster name the teacher never typed.
 */
function firstNameFor(mention: PupilMention, pupil: Pupil): string | undefined {
  const written = foldText(mention.name);
  if (pupil.preferred && foldText(pupil.preferred) === written) return pupil.preferred;
  if (foldText(pupil.forename) === written) return pupil.forename;
  return undefined;
}

/** "a pupil in Year 4"; "a pupil" when the pupils it may be are in different groups or none. */
function groupPhrase(pupils: readonly Pupil[]): string {
  const groups = new Set(pupils.map((p) => p.group));
  const [group] = [...groups];
  return groups.size === 1 && group ? `a pupil in ${group}` : 'a pupil';
}

/** Part of an e-mail address, handle or link ("tamsin@example.com"): removing that whole is the fix. */
function insideToken(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return /[@/._\p{L}\p{N}]/u.test(before) || /[@/_\p{L}\p{N}]/u.test(after) || (after === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''));
}

function firstNameAllowed(text: string, ctx: RuleContext, start: number, end: number, first: string): boolean {
  const { settings } = ctx.profile;
  if (settings.naming !== 'first-name-only') return false;
  if (ctx.hasImages && settings.rules['name-with-photo'] !== 'off') return false;
  // Read the draft with the first name in place, as the rules will.
  const after = text.slice(0, start) + first + text.slice(end);
  const at = ctx.profile.roster.find(after).filter((m) => m.start < start + first.length && m.end > start);
  if (at.length === 0) return true;
  return at.every((m) => m.kind === 'first' && ctx.profile.pupils[m.pupil]?.nameConsent === true);
}

/**
 * The fixes for the name at [start, end) of `segment`. The mentions are the
 * engine's (ctx.pupilMentions: the roster's reading of this text, names used
 * as names), so suggesting costs no second reading of the draft.
 */
export function pupilNameFixes(segment: Segment, ctx: RuleContext, { start, end }: { start: number; end: number }): TextFix[] {
  if (segment.source !== 'text') return [];
  const { text } = segment;
  if (insideToken(text, start, end)) return [];
  const mentions = ctx.pupilMentions(segment).filter((m) => m.start === start && m.end === end);
  const pupils = mentions.map((m) => ctx.profile.pupils[m.pupil]).filter((p): p is Pupil => p !== undefined);
  if (pupils.length === 0) return [];
  const fixes: TextFix[] = [];
  const full = mentions[0]!.kind === 'full';
  if (full && pupils.every((p) => p.nameConsent)) {
    const firsts = new Set(mentions.map((m, i) => firstNameFor(m, pupils[i]!)));
    const [first] = [...firsts];
    // (firsts holds undefined when a mention's first name is not in the draft: no first-name fix then.)
    if (firsts.size === 1 && first && firstNameAllowed(text, ctx, start, end, first)) {
      fixes.push(replaceFix(text, start, end, first, `Use ${quoted(first)}`));
    }
  }
  const group = groupPhrase(pupils);
  fixes.push(replaceFix(text, start, end, group, `Say ${quoted(group, 40)}`));
  return fixes;
}
