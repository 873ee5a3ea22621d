/**
 * pupil-name: naming "none" (Droxford: "reference classes and year groups")
 * → any pupil's name used as a name; naming "first-name-only" (St Catherine,
 * Western) → the name of a pupil whose Name Consent is N.
 *
 * Several pupils can share a first name. "Oliver" then may be any of them, and
 * SafePost cannot tell which: if ANY of them lacks name consent the post may
 * name that child, so the rule fires (fail safe) and says so.
 */
import type { RawFinding, Rule } from './types';
import { classPhrase, spansOf } from './names/pupil-refs';
import { pupilNameFixes } from './fixes/pupil-name';

export const pupilName: Rule = {
  id: 'pupil-name',
  meta: {
    description: "A pupil's name where the naming policy or the pupil's name consent forbids it",
    defaultSeverity: 'block',
    policySource: ['droxford-junior', 'st-catherine-of-siena', 'western-primary'],
    messages: {
      default:
        "Names are not used when referencing children (school policy: we reference classes and year groups instead). '{name}' is a pupil on your roster.",
      noConsent:
        "'{name}' is a pupil whose parents have not given consent for their name to be used (school policy: names only with consent).",
      sharedNoConsent:
        "'{name}' could be {count} pupils on your roster, and at least one of them does not have name consent (school policy: names only with consent).",
    },
    hints: {
      default: "Use the class or year group instead: '{class}'.",
      noConsent: "Leave the name out: say '{class}'.",
      sharedNoConsent: "Leave the name out: say '{class}'.",
    },
  },
  scope: 'segment',
  check(segment, ctx) {
    const out: RawFinding[] = [];
    const { pupils, settings } = ctx.profile;
    for (const span of spansOf(ctx.pupilMentions(segment))) {
      const who = span.mentions.map((m) => pupils[m.pupil]).filter((p) => p !== undefined);
      if (who.length === 0) continue;
      if (settings.naming === 'none') {
        out.push({ match: span.match, start: span.start, end: span.end, suggest: () => pupilNameFixes(segment, ctx, span), data: { name: span.match, class: classPhrase(who[0]) } });
        continue;
      }
      const without = who.filter((p) => !p.nameConsent);
      if (without.length === 0) continue;
      out.push({
        match: span.match,
        start: span.start,
        end: span.end,
        suggest: () => pupilNameFixes(segment, ctx, span),
        messageId: who.length > 1 ? 'sharedNoConsent' : 'noConsent',
        data: { name: span.match, count: who.length, class: classPhrase(without[0]) },
      });
    }
    return out;
  },
};
