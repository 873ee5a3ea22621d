/**
 * staff-opinion (Forefield): "No opinions regarding another member of
 * staff, which could cause offence, are to be posted." Fires when a named
 * member of staff (title + surname or full name, from the staff list) sits
 * in the same sentence as a negative or personal opinion: criticism ("is
 * useless", "has no business teaching", "so boring"), negative sentiment
 * about them, or gossip about their personal life.
 *
 * Thanks, welcomes, congratulations and farewells are what a school account
 * is for: "Thank you Mrs Ellwood for…", "Welcome Mr Price to our team",
 * "We'll miss you, Mrs Pickles" never fire on sentiment alone.
 */
import type { RawFinding, Rule, RuleContext, Segment } from './types';
import { sentenceAround, type TextRange } from './text/patterns';
import { toneScore } from './text/tone';

/** Criticism of a person's work or character. */
const CRITICISM_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[
    String.raw`(?:is|was|are|were|'s)\s+(?:so\s+|really\s+|completely\s+|totally\s+|absolutely\s+|utterly\s+|such\s+an?\s+|an?\s+|the\s+)?(?:useless|hopeless|lazy|rubbish|terrible|awful|dreadful|boring|dull|rude|incompetent|clueless|pathetic|a\s+joke|a\s+disgrace|the\s+worst|bad|poor|weak|unprofessional|disorganised|disorganized|grumpy|unfair|nasty|horrible|annoying|embarrassing|past\s+(?:it|(?:his|her|their)\s+best)|out\s+of\s+(?:his|her|their)\s+depth)`,
    String.raw`ha(?:s|d|ve)\s+no\s+(?:business|idea|clue|right)`,
    String.raw`(?:can't|cannot|couldn't)\s+(?:even\s+)?(?:teach|spell|read|write|control|manage|organise|organize|cope)`,
    String.raw`should(?:n't|\s+not)?\s+be\s+(?:sacked|fired|teaching|allowed|in\s+charge)`,
    String.raw`needs\s+to\s+(?:go|retire|be\s+sacked|leave|be\s+replaced)`,
    String.raw`(?:not|never)\s+(?:happy|impressed|pleased)\s+with`,
    String.raw`(?:fed\s+up|sick)\s+(?:of|with)`,
    String.raw`(?:not|isn't|wasn't|aren't)\s+(?:really\s+)?cut\s+out\s+for`,
    String.raw`(?:far|way|much|far\s+too|a\s+bit)\s+too\s+(?:hard|strict|harsh|soft|slow|easy|old|young|loud|moody|long|much)`,
    String.raw`(?:the\s+)?worst\s+(?:teacher|head|ref|referee|coach|lesson|assembly|at)`,
    String.raw`(?:terrible|awful|rubbish|useless|boring|bad|poor|worst)\s+(?:teacher|teaching|head|headteacher|lesson|lessons|assembly|assemblies|coach|coaching|handwriting|job)`,
    // Plain-word criticism of a colleague (issue 20 item 5).
    String.raw`made\s+a\s+(?:real\s+|complete\s+|total\s+|right\s+)?(?:mess|hash|pig'?s\s+ear)\s+of`,
    String.raw`should\s+stick\s+to`,
    String.raw`(?:late|wrong|useless|moaning|shouting)\s+again`,
    String.raw`(?:^|(?<=[.!?]\s{1,3}))typical(?=\s+(?!day|week|school|lesson|of\b))`,
    String.raw`gone\s+downhill`,
    String.raw`could(?:n't|\s+not)\s+(?:even\s+)?be\s+bothered|can(?:'t|not)\s+be\s+bothered`,
    String.raw`(?:doesn't|does\s+not|don't|do\s+not)\s+know\s+what\s+(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+doing`,
    String.raw`knows?\s+what\s+(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+doing`,
    String.raw`(?:in\s+a\s+)?(?:foul|vile|terrible|filthy|awful)\s+mood`,
    String.raw`(?:even\s+)?more\s+(?:confusing|complicated|chaotic)`,
    String.raw`(?:no|not\s+a)\s+(?:clue|idea)\s+how`,
  ].join('|')})(?![\p{L}])`,
  'giu',
);

/** Gossip about a colleague's private life: not the school's to post. */
const PERSONAL_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[
    String.raw`(?:getting|got|is|was)\s+(?:a\s+)?divorce[ds]?`,
    String.raw`divorce`,
    String.raw`(?:having|had)\s+an\s+affair`,
    String.raw`(?:is|was|are|were|got|getting)\s+(?:so\s+)?(?:drunk|hungover|hung\s+over|dumped)`,
    String.raw`(?:new|secret)\s+(?:boyfriend|girlfriend|partner|fella|man|woman)`,
    String.raw`(?:is|are)\s+dating`,
    String.raw`(?:his|her|their)\s+(?:weight|love\s+life|drinking|break-?up|ex|debts?|age)`,
    String.raw`(?:off|signed\s+off)\s+(?:with|sick\s+with)\s+(?:stress|depression|anxiety)`,
    String.raw`(?:looks?|looked|looking)\s+(?:so\s+|really\s+)?(?:old|fat|tired|rough|terrible|awful|ridiculous|a\s+mess)`,
  ].join('|')})(?![\p{L}])`,
  'giu',
);

/**
 * A personal opinion about a colleague, even a kind one, is not the school's
 * to post: "Personally I think Mrs X…", "between you and me", "my favourite teacher".
 */
const OPINION_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[
    String.raw`personally`,
    String.raw`in\s+my\s+(?:honest\s+|humble\s+|personal\s+)?(?:opinion|view)`,
    String.raw`imh?o`,
    String.raw`if\s+you\s+ask\s+me`,
    String.raw`between\s+you\s+and\s+me`,
    String.raw`just\s+saying`,
    String.raw`unpopular\s+opinion`,
    String.raw`(?:the\s+)?best\s+(?:teacher|head|headteacher|coach)\s+(?:this|the|we|in|ever)`,
    String.raw`(?:my|our)\s+favourite\s+(?:teacher|member\s+of\s+staff)`,
    String.raw`between\s+us\b`,
    String.raw`(?:is|was)\s+my\s+favourite`,
    String.raw`rumou?r\s+has\s+it`,
  ].join('|')})(?![\p{L}])`,
  'giu',
);

/** Sentences that thank, welcome, congratulate or say goodbye: sentiment alone never fires there. */
const APPRECIATION_RE =
  /^(?:[\p{L}\s,'’]*\b)?(?:thank|thanks|welcome|congratulations|congrats|well\s+done|good\s+luck|happy|farewell|goodbye|we(?:'re|\s+are)\s+(?:sorry|sad)\s+to\s+say\s+goodbye|a\s+huge\s+thank|big\s+thank)/iu;

/** Sentiment at or below which a sentence naming a colleague is a negative opinion of them. */
const OPINION_THRESHOLD = -2;

export const staffOpinion: Rule = {
  id: 'staff-opinion',
  meta: {
    description: 'A named member of staff together with a negative or personal opinion',
    defaultSeverity: 'warn',
    policySource: ['forefield-junior'],
    messages: {
      default: 'No opinions regarding another member of staff, which could cause offence, are to be posted ({name}: "{match}").',
      personal: 'This shares personal details about {name} ("{match}"). Staff have a responsibility to protect the reputation of the school, staff and students.',
    },
    hints: {
      default: 'Remove the opinion about {name}. Concerns about a colleague go to the Headteacher, not social media.',
      personal: "Remove the remark about {name}'s private life.",
    },
  },
  scope: 'segment',
  check(segment, ctx) {
    const text = segment.text;
    if (!text) return [];
    const findings: RawFinding[] = [];
    const done = new Set<string>();
    for (const mention of ctx.staffMentions(segment)) {
      const sentence = sentenceAround(text, mention.start);
      const key = `${mention.staff}:${sentence.start}`;
      if (done.has(key)) continue;
      // Curly apostrophes as straight ones (same length, so offsets hold): "can’t" reads as "can't".
      const body = text.slice(sentence.start, sentence.end).replace(/[’‘]/g, "'");

      const personal = firstMatch(PERSONAL_RE, body);
      const criticism = firstMatch(CRITICISM_RE, body);
      const cue = personal ?? criticism ?? firstMatch(OPINION_RE, body);
      let hit: { start: number; end: number } | undefined;
      let messageId = 'default';
      if (cue) {
        hit = { start: sentence.start + cue.start, end: sentence.start + cue.end };
        if (personal) messageId = 'personal';
      } else if (!APPRECIATION_RE.test(body.trim())) {
        const tone = toneScore(body);
        if (tone.score <= OPINION_THRESHOLD && tone.words.some((w) => w.score <= -2)) {
          const worst = [...tone.words].sort((a, b) => a.score - b.score)[0]!;
          hit = { start: sentence.start + worst.start, end: sentence.start + worst.end };
        }
      }
      if (!hit) continue;
      done.add(key);
      // Highlight from the name to the opinion (either order).
      const start = Math.min(mention.start, hit.start);
      const end = Math.max(mention.end, hit.end);
      const match = text.slice(start, end);
      findings.push({ match, start, end, messageId, data: { name: mention.match, match } });
    }
    return findings;
  },
};

/**
 * Criticism of a named member of staff (CRITICISM_RE in the sentence that
 * names them), for negative-tone: a post that runs a colleague down is a
 * complaint whatever the sentiment words say. Opinions and gossip are not
 * included: "Personally I think Mrs X is the best" is not negative.
 */
export function staffCriticism(segment: Segment, ctx: RuleContext): TextRange[] {
  const text = segment.text;
  const out: TextRange[] = [];
  for (const mention of ctx.staffMentions(segment)) {
    const sentence = sentenceAround(text, mention.start);
    const body = text.slice(sentence.start, sentence.end).replace(/[’‘]/g, "'");
    const cue = firstMatch(CRITICISM_RE, body);
    if (!cue) continue;
    const start = sentence.start + cue.start;
    const end = sentence.start + cue.end;
    out.push({ start, end, match: text.slice(start, end) });
  }
  return out;
}

function firstMatch(re: RegExp, text: string): { start: number; end: number } | undefined {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
