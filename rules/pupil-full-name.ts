/**
 * pupil-full-name: a roster pupil's first (or preferred) name with their
 * surname, in any of the forms the roster index recognises ("Amelia Clarke's",
 * "CLARKE, Amelia", "Amelia C.", "A. Clarke"). Every policy forbids it.
 * The hint names the first name the roster gives; the panel on x.com (page-
 * safe hints) names only the first name as the draft wrote it, and none for
 * "A. Clarke", whose first name the teacher never typed.
 */
import { ALL_POLICIES } from './policies';
import type { RawFinding, Rule } from './types';
import { classPhrase, goesBy, spansOf } from './names/pupil-refs';
import { pupilNameFixes } from './fixes/pupil-name';

export const pupilFullName: Rule = {
  id: 'pupil-full-name',
  meta: {
    description: "A pupil's full name (first name with surname)",
    defaultSeverity: 'block',
    policySource: [...ALL_POLICIES],
    messages: {
      default:
        "Pupils' full names must never be used (school policy: only use pupils' first names when referencing children). '{name}' is a pupil on your roster.",
      none:
        "Pupils' names must never be used (school policy: reference classes and year groups, not names). '{name}' is a pupil's full name.",
    },
    hints: {
      default: "Use the first name only ('{first}') or the class: '{class}'.",
      none: "Use the class or year group instead: '{class}'.",
    },
    pageHints: {
      default: "Use the first name only ('{written}') or the class: '{class}'.",
      initials: "Use the pupil's first name only, or the class: '{class}'.",
    },
  },
  scope: 'segment',
  check(segment, ctx) {
    const out: RawFinding[] = [];
    const none = ctx.profile.settings.naming === 'none';
    for (const span of spansOf(ctx.pupilMentions(segment), 'full')) {
      const mention = span.mentions[0];
      const pupil = ctx.profile.pupils[mention?.pupil ?? -1];
      // "A. Clarke": the draft holds no first name to suggest (messages fall back to "default").
      const initials = mention?.form === 'initial-surname';
      out.push({
        match: span.match,
        start: span.start,
        end: span.end,
        suggest: () => pupilNameFixes(segment, ctx, span),
        messageId: none ? 'none' : initials ? 'initials' : 'default',
        data: {
          name: span.match,
          written: mention?.name ?? span.match,
          first: pupil ? goesBy(pupil) : span.mentions[0]?.name ?? span.match,
          class: classPhrase(pupil),
        },
      });
    }
    return out;
  },
};
