/**
 * identifiable-name (Western): "Where a pupil has a very unique first name,
 * which would make them easy to identify, their name should not be used."
 * Unique = the only pupil on the roster with that first/preferred name AND not
 * a common given name (rules/names/common-names.ts).
 */
import type { RawFinding, Rule } from './types';
import { isCommonGivenName } from './names/common-names';
import { classPhrase, spansOf } from './names/pupil-refs';
import { pupilNameFixes } from './fixes/pupil-name';

export const identifiableName: Rule = {
  id: 'identifiable-name',
  meta: {
    description: 'A first name so rare that it identifies the child',
    defaultSeverity: 'warn',
    policySource: ['western-primary'],
    messages: {
      default:
        "'{name}' is a very unusual first name that would make the child easy to identify; such names should not be used (school policy).",
    },
    hints: { default: "Leave the name out: say '{class}'." },
  },
  scope: 'segment',
  check(segment, ctx) {
    const out: RawFinding[] = [];
    const { roster, pupils } = ctx.profile;
    for (const span of spansOf(ctx.pupilMentions(segment))) {
      const m = span.mentions[0];
      if (!m || span.mentions.length !== 1) continue;
      const pupil = pupils[m.pupil];
      if (!pupil) continue;
      // The first name as the roster spells it (the text may have a typo or no accent).
      const first = m.kind === 'first' ? m.name : pupil.preferred || pupil.forename;
      if (roster.firstNameCount(first) !== 1 || isCommonGivenName(first)) continue;
      out.push({ match: span.match, start: span.start, end: span.end, suggest: () => pupilNameFixes(segment, ctx, span), data: { name: m.name, class: classPhrase(pupil) } });
    }
    return out;
  },
};
