/**
 * possible-pupil-name (all five policies, confirm): a roster name that is also
 * an ordinary word, month, day or place, or part of the school's, a group's or
 * a staff member's name, used where SafePost cannot tell whether it names the
 * pupil ("Is 'May' (Year 2) a pupil here?"). It fires only when naming that
 * pupil would break pupil-name or name-with-photo, so a school whose pupils
 * may be named is not asked. Never a block on a guess, never silent on a
 * likely name: the teacher ticks "'May' is not a pupil here" or takes it out.
 * Which uses are unclear is decided in ./names/name-evidence.ts.
 */
import type { Pupil } from './profile/schema';
import type { RawFinding, Rule, RuleContext } from './types';
import { shortList, spansOf } from './names/pupil-refs';

function isOn(ctx: RuleContext, id: 'pupil-name' | 'name-with-photo'): boolean {
  const severity = ctx.profile.settings.rules[id];
  return !!severity && severity !== 'off';
}

/** "Year 2", "Oak Class and Year 4": the groups of the pupils it could be. */
function groupsOf(who: readonly Pupil[]): string {
  const groups = [...new Set(who.map((p) => p.group?.trim()).filter((g): g is string => !!g))];
  return groups.length ? shortList(groups, 3) : 'no class on the roster';
}

export const possiblePupilName: Rule = {
  id: 'possible-pupil-name',
  meta: {
    description: 'A roster name that is also an ordinary word, month, place or part of a school, group or staff name, where it may or may not name the pupil',
    defaultSeverity: 'confirm',
    policySource: ['droxford-junior', 'forefield-junior', 'irthlingborough-junior', 'st-catherine-of-siena', 'western-primary'],
    messages: {
      default:
        "Is '{name}' ({groups}) a pupil here? '{name}' is on your roster and is also an ordinary word, and this post must not name that child (school policy: reference classes and year groups, names only with consent).",
      photo:
        "Is '{name}' ({groups}) a pupil here? '{name}' is on your roster and this post has an image attached: no names are used alongside pictures of pupils (school policy).",
    },
    hints: {
      default: "If it means the pupil, say '{class}' instead. If it does not, tick the box.",
      photo: 'If it means the pupil, take the name out or post the picture without it. If it does not, tick the box.',
    },
    attestation: "'{name}' is not a pupil here",
  },
  scope: 'segment',
  check(segment, ctx) {
    const out: RawFinding[] = [];
    const { pupils, settings } = ctx.profile;
    const pupilNameOn = isOn(ctx, 'pupil-name');
    const photoOn = isOn(ctx, 'name-with-photo') && ctx.hasImages;
    if (!pupilNameOn && !photoOn) return out;
    for (const span of spansOf(ctx.unclearPupilMentions(segment))) {
      const who = span.mentions.map((m) => pupils[m.pupil]).filter((p): p is Pupil => p !== undefined);
      if (who.length === 0) continue;
      const breaksNaming = pupilNameOn && (settings.naming === 'none' || who.some((p) => !p.nameConsent));
      if (!breaksNaming && !photoOn) continue;
      const first = who.find((p) => !p.nameConsent) ?? who[0];
      out.push({
        match: span.match,
        start: span.start,
        end: span.end,
        messageId: breaksNaming ? 'default' : 'photo',
        data: { name: span.match, groups: groupsOf(who), class: first?.group ? `a pupil in ${first.group}` : 'a pupil in their class' },
      });
    }
    return out;
  },
};
