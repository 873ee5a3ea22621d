/**
 * targeted-comment (Droxford, St Catherine): "Individually targeted content
 * will not be posted e.g. 'Well done Josh a better lesson today'." Fires when
 * praise or criticism is aimed at one named child: the name is addressed
 * ("Noah, please remember…", "Mia – what a star") or sits in a sentence that
 * praises or corrects ("Congratulations to Priya", "Well done Josh").
 * Praise of a class or year group names no pupil, so it never fires.
 */
import type { RawFinding, Rule } from './types';
import { spansOf } from './names/pupil-refs';
import { normalizeWithMap } from './text/normalize';
import { isSentenceEnd } from './text/patterns';
import { pupilNameFixes } from './fixes/pupil-name';

/** Praise and criticism aimed at someone. Matched on the folded sentence. */
const AIMED_AT =
  /\b(well done|congratulations|congrats|bravo|shout[ -]?out|kudos|hats off|thank you|thanks|proud of|so proud|what a star|superstar|star of the (?:week|day|month)|a star\b|great (?:job|work|effort)|good (?:job|work|effort)|amazing|fantastic|brilliant|excellent|outstanding|superb|wonderful|impressive|awesome|incredible|keep it up|keep up the|top marks|well deserved|happy birthday|good luck|full marks|fair play|take a bow|well played|delighted|thrilled|chuffed|da iawn|llongyfarchiadau|diolch|gwych|ardderchog|maith (?:thu|thú|sibh|an cailín|an buachaill)|comhghairdeas|pob lwc|seren yr wythnos|gwaith da|rhagorol|balch o|go n-[eé]ir[ií] leat|an-mhaith|iontach|ar fheabhas|br[oó]d[uú]il|míle buíochas|mile buiochas|a better (?:lesson|day|week)|please remember|remember to|don't forget|do not forget|disappointed|disappointing|not good enough|unacceptable|try harder|needs? to|must (?:do|try|remember|stop)|stop\b|naughty|behaviour|behave|award(?:ed)?|certificate|achievement|achieved|winner|won\b|champion|legend|hero|smashed it|nailed it|brill|best (?:goal|score|work|effort|performance|result)|(?:you|you're|you are|you were) (?:a |an |so |such |the )?(?:absolute |real |total )?(?:star|legend|hero|amazing|brilliant|fantastic|superb|incredible|awesome))\b/;

export const targetedComment: Rule = {
  id: 'targeted-comment',
  meta: {
    description: 'Praise or criticism aimed at one named child',
    defaultSeverity: 'warn',
    policySource: ['droxford-junior', 'st-catherine-of-siena'],
    messages: {
      default:
        "Individually targeted content is not posted (school policy), e.g. 'Well done Josh a better lesson today'. This post is aimed at '{name}'.",
    },
    hints: {
      default: "Celebrate the class or year group instead ('Well done, Year 4!'), and share individual praise with the family directly.",
    },
  },
  scope: 'segment',
  check(segment, ctx) {
    const spans = spansOf(ctx.pupilMentions(segment));
    if (spans.length === 0) return [];
    const text = segment.text;
    const out: RawFinding[] = [];
    for (const span of spans) {
      // The sentence around the name (a line of an image counts as a sentence).
      // Scan outwards to the sentence ends: slicing and searching the whole
      // text per name made long drafts quadratic.
      let sStart = span.start;
      while (sStart > 0 && !isSentenceEnd(text.charCodeAt(sStart - 1))) sStart--;
      let sEnd = span.end;
      while (sEnd < text.length && !isSentenceEnd(text.charCodeAt(sEnd))) sEnd++;
      if (sEnd < text.length) sEnd++;
      const sentenceBefore = text.slice(sStart, span.start);
      const sentenceAfter = text.slice(span.end, sEnd);
      const sentence = normalizeWithMap(`${sentenceBefore}${span.match}${sentenceAfter}`).lower;
      // Addressed: the name opens the sentence and a comma/dash/colon follows —
      // but "Priya, Tom and Jess from Heron Class…" is a list, not an address.
      // A hyphen counts only spaced ("Mia - what a star"): "Sky-high" is one word.
      // "Kwame you legend": the name opens the sentence and "you" follows.
      const addressed =
        /^\s*$/.test(sentenceBefore) &&
        (/^\s*[,:–—]|^\s+-|^-\s/.test(sentenceAfter) || /^\s+(?:you|you're|you’re|your)\b/i.test(sentenceAfter)) &&
        !/^\s*,\s*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?\s*(?:,|and\b|&)/u.test(sentenceAfter);
      const aimed = AIMED_AT.test(sentence);
      if (!addressed && !aimed) continue;
      out.push({ match: span.match, start: span.start, end: span.end, suggest: () => pupilNameFixes(segment, ctx, span), data: { name: span.match } });
    }
    return out;
  },
};
