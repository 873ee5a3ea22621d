/**
 * offensive-language (Irthlingborough, Western, St Catherine of Siena): the
 * policies deem "offensive language or remarks aimed at the school, its
 * staff, parents, governors or others affiliated with the school"
 * inappropriate. Swearing, slurs and name-calling, however disguised
 * ("f***", "sh1t", "bl**dy", "f u c k"), block the post.
 *
 * The word lists and de-obfuscation live in ./text/profanity.ts (obscenity
 * plus British additions). Here we add insults that are only abuse when
 * aimed at people: "stupid" is fine in "a stupid mistake by the printer"
 * but not in "stupid parents" or "you're so stupid".
 */
import type { RawFinding, Rule } from './types';
import { findOffensive, type OffensiveHit } from './text/profanity';
import { findAll, normalized } from './text/patterns';

/** People a school post might insult. */
const PEOPLE = String.raw`(?:parents?|mums?|dads?|carers?|people|persons?|folk|teachers?|staff|head(?:teacher)?s?|governors?|drivers?|neighbours?|m[ae]n|wom[ae]n|boys?|girls?|kids?|child(?:ren)?|pupils?|students?|class(?:es)?|idiots?|visitors?|council|referees?|officials?|lot|bunch)`;
const INSULT_ADJ = String.raw`(?:stupid|dumb|brainless|thick|clueless|gormless|pathetic|useless)`;
/** "stupid parents", "you're so stupid", "Mr X is thick", "what a useless bunch". */
const AIMED_INSULT_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${INSULT_ADJ}\s+(?:[\p{L}-]+\s+)?${PEOPLE}(?![\p{L}])|(?:you(?:'re| are)?|u r|ur|he(?:'s| is)|she(?:'s| is)|they(?:'re| are)|you lot)\s+(?:(?:so|such|really|a|an|absolutely|completely|totally|utterly|bloody)\s+)*${INSULT_ADJ}(?![\p{L}]))`,
  'giu',
);

const MESSAGE_FOR: Record<OffensiveHit['kind'], string> = {
  profanity: 'profanity',
  slur: 'slur',
  abuse: 'abuse',
};

export const offensiveLanguage: Rule = {
  id: 'offensive-language',
  meta: {
    description: 'Profanity, slurs or abuse, including disguised spellings such as f*ck or sh1t',
    defaultSeverity: 'block',
    policySource: ['irthlingborough-junior', 'western-primary', 'st-catherine-of-siena'],
    messages: {
      default: 'Offensive language is inappropriate on the school account ("{match}").',
      profanity: 'Offensive language is inappropriate on the school account: "{match}" is a swear word, even with letters hidden.',
      slur: 'Offensive language is inappropriate on the school account: "{match}" is a slur.',
      abuse: 'Offensive remarks aimed at the school, its staff, parents or others affiliated with the school are inappropriate ("{match}").',
    },
    hints: {
      default: 'Remove "{match}" and say it in words you would use in a letter home.',
      profanity: 'Remove "{match}" (hiding letters with * does not make it acceptable) and say it in words you would use in a letter home.',
      slur: 'Remove "{match}". Slurs are never acceptable.',
      abuse: 'Remove "{match}". If there is a concern, raise it through the proper channels rather than on social media.',
    },
  },
  scope: 'segment',
  check(segment, ctx) {
    const text = segment.text;
    if (!text) return [];
    const hits: Array<{ start: number; end: number; match: string; kind: OffensiveHit['kind'] }> = findOffensive(text, {
      ocr: segment.source === 'image',
    });
    // A pupil's or colleague's name that contains a rude string ("Mr Wankhede", "Ava Cockburn") is a name.
    const names = [...ctx.staffMentions(segment), ...ctx.pupilMentions(segment)];
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i]!;
      if (names.some((n) => h.start >= n.start && h.end <= n.end)) hits.splice(i, 1);
    }
    for (const r of findAll(normalized(text), AIMED_INSULT_RE)) {
      if (hits.some((h) => h.start < r.end && r.start < h.end)) continue;
      hits.push({ ...r, kind: 'abuse' });
    }
    return hits
      .sort((a, b) => a.start - b.start)
      .map((h): RawFinding => ({
        match: h.match,
        start: h.start,
        end: h.end,
        messageId: MESSAGE_FOR[h.kind],
        data: { match: h.match },
      }));
  },
};
