/**
 * pupil-full-name: a roster pupil's first (or preferred) name with their
 * surname, in any of the forms the roster index recognises ("Amelia Clarke's",
 * "CLARKE, Amelia", "Amelia C.", "A. Clarke"). Every policy forbids it.
 */
import { ALL_POLICIES } from './policies';
import type { RawFinding, Rule } from './types';
import { classPhrase, goesBy, spansOf } from './names/pupil-refs';

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
  },
  scope: 'segment',
  check(segment, ctx) {
    const out: RawFinding[] = [];
    const none = ctx.profile.settings.naming === 'none';
    for (const span of spansOf(ctx.pupilMentions(segment), 'full')) {
      const pupil = ctx.profile.pupils[span.mentions[0]?.pupil ?? -1];
      out.push({
        match: span.match,
        start: span.start,
        end: span.end,
        messageId: none ? 'none' : 'default',
        data: {
          name: span.match,
          first: pupil ? goesBy(pupil) : span.mentions[0]?.name ?? span.match,
          class: classPhrase(pupil),
        },
      });
    }
    return out;
  },
};
