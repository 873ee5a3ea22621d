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
import { RHETORICAL_RE, SARCASM_RE, ironicPraise } from './text/tone-cues';

/** Criticism of a person's work or character. */
const CRITICISM_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[
    String.raw`(?:is|was|are|were|'s)\s+(?:so\s+|really\s+|completely\s+|totally\s+|absolutely\s+|utterly\s+|such\s+an?\s+|an?\s+|the\s+)?(?:useless|hopeless|lazy|rubbish|terrible|awful|dreadful|boring|dull|rude|incompetent|clueless|pathetic|a\s+joke|a\s+disgrace|the\s+worst|bad|poor|weak|unprofessional|disorganised|disorganized|grumpy|unfair|nasty|horrible|annoying|embarrassing|past\s+(?:it|(?:his|her|their)\s+best)|out\s+of\s+(?:his|her|their)\s+depth|(?:a\s+)?nightmare|a\s+bit\s+much|overrated|a\s+(?:total\s+|complete\s+)?mess|chaos|chaotic|confusing|hard\s+to\s+follow|not\s+(?:great|good|the\s+best|very\s+good)|questionable|a\s+shambles|a\s+waste\s+of\s+time|over\s+the\s+top|ridiculous|patronising|patronizing|condescending|bossy|moody|sloppy|careless|hopeless|a\s+shambles)`,
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
    // Work not done, and put-downs without a swear word (issue 20 item 5).
    String.raw`still\s+(?:hasn't|has\s+not|haven't|have\s+not|hadn't|not|yet\s+to)\s+(?:been\s+)?(?:marked|replied|reply|sent|send|done|finished|returned|answered|sorted|fixed|bothered|got\s+back|updated|handed|read|written|set|put\s+up|planned)`,
    String.raw`still\s+waiting\s+(?:for|on)`,
    String.raw`(?:never|rarely|hardly\s+ever|barely)\s+(?:replies|answers|responds|marks|turns\s+up|shows\s+up|bothers|listens|helps|reads|returns|does|checks|on\s+time|ready|prepared|organised|organized|there)`,
    String.raw`(?:forgot|forgotten|forgets|lost|missed)\s+(?:[\p{L}'’-]+\s+){0,3}(?:again|as\s+usual|yet\s+again)`,
    String.raw`(?:hasn't|has\s+not|didn't|did\s+not|doesn't|does\s+not)\s+(?:even\s+)?(?:bother(?:ed)?|lift\s+a\s+finger|do\s+(?:a\s+thing|anything|any\s+work|(?:his|her|their)\s+(?:job|share|bit)))`,
    String.raw`(?:left|leaves|leaving)\s+(?:it|everything)\s+(?:to|until|till)\s+the\s+last\s+minute`,
    String.raw`(?:left|leaves|leaving)\s+(?:us|everyone|the\s+rest\s+of\s+us|me|colleagues)\s+to\s+(?:do|pick\s+up|sort|clear|cover|deal)`,
    String.raw`(?:weeks|months|days|ages)\s+(?:late|overdue|behind)`,
    String.raw`(?:always|constantly|forever)\s+(?:late|moaning|complaining|shouting|off|forgetting|losing|leaving|disappearing|on\s+(?:his|her|their)\s+phone)`,
    String.raw`(?:shouts|shouting|shouted|yells|yelling|yelled|screams|screaming|snapped|snaps)\s+at`,
    String.raw`went\s+on\s+(?:forever|and\s+on|for\s+(?:ages|hours|an\s+eternity))`,
    String.raw`(?:pointless|a\s+waste\s+of\s+(?:time|space|everyone's\s+time|money))`,
    String.raw`(?:nobody|no\s+one|none\s+of\s+(?:us|them|the\s+\p{L}+))\s+(?:understood|listened|could\s+(?:hear|understand|follow)|knew\s+what|had\s+a\s+clue)`,
    String.raw`(?:half|most|all)\s+(?:of\s+)?(?:the|us|them)?\s*(?:class|children|kids|pupils|staff|hall|room)?\s*(?:fell|were|was)\s+asleep`,
    String.raw`(?:put|sent|sends|puts)\s+(?:everyone|us|the\s+(?:class|kids|children|whole\s+hall))\s+to\s+sleep`,
    String.raw`(?:is|'s|was)\s+(?:such\s+)?(?:an?\s+)?(?:idiot|clown|dinosaur|muppet|waste\s+of\s+space|liability|snob|bully|know-?it-?all|drama\s+queen|jobsworth|control\s+freak|nightmare\s+to\s+work\s+with|pain)`,
    String.raw`(?:not|never)\s+(?:exactly\s+)?(?:the\s+)?(?:sharpest|brightest|quickest|most\s+(?:organised|organized|reliable|patient|competent))`,
    String.raw`(?:wouldn't|would\s+not)\s+know\s+(?:a|an|how|what)`,
    String.raw`(?:thinks|think)\s+(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+(?:so\s+)?(?:clever|funny|special|better|amazing|great|the\s+boss|in\s+charge|always\s+right)`,
    String.raw`(?:needs?|ought)\s+to\s+(?:get\s+a\s+grip|learn\s+(?:some|to|how)|calm\s+down|chill|lighten\s+up|pull\s+(?:his|her|their)\s+(?:socks|weight|finger))`,
    String.raw`(?:old-?fashioned|out\s+of\s+touch|stuck\s+in\s+the\s+past|behind\s+the\s+times)`,
    String.raw`(?:ran|runs|running)\s+(?:over|late)\s+again`,
    String.raw`(?:messed|mucked|screwed)\s+up`,
    String.raw`(?:let|lets|letting)\s+(?:us|everyone|the\s+(?:team|class|children|school|side))\s+down`,
    // Second pass (issue 20 item 5): lateness and lapses told as a pattern, doubts put as a put-down.
    String.raw`(?:late|absent|unprepared|disorganised|disorganized|missing|off)\s+(?:[\p{L}'’]+\s+){0,5}?again`,
    String.raw`(?:not\s+sure|doubt|wonder\s+if|wonder\s+whether)\s+(?:[\p{L}.'’-]+\s+){1,3}(?:even\s+)?(?:knows?|has\s+ever|have\s+ever|can|could)\s+(?:where|what|how|the|a|which)`,
    String.raw`should(?:n['’]t|\s+not|\s+never)\s+(?:have\s+been|be|have)\s+(?:put|left|allowed|given|trusted|let|in\s+charge)`,
    String.raw`(?:forgot|forgotten|failed|neglected)\s+(?:to|the|our|all|his|her|their|about)`,
    String.raw`(?:didn['’]t|did\s+not|never)\s+(?:even\s+)?(?:send|tell|book|order|turn\s+up|show\s+up|reply|bother|check|plan|prepare|mark)`,
    String.raw`(?:in\s+)?over\s+(?:his|her|their)\s+head`,
    String.raw`(?:hasn['’]t|has\s+not|haven['’]t)\s+(?:got\s+)?a\s+clue`,
    String.raw`(?:is|was|'s)\s+(?:a\s+)?(?:bit\s+of\s+a\s+|complete\s+|total\s+|real\s+)?(?:disaster|liability|let-?down|embarrassment|car\s+crash|train\s+wreck|headache)`,
    String.raw`(?:no|zero)\s+(?:control|discipline|authority)\s+(?:over|of|in|with)`,
    String.raw`(?:lost|losing|loses)\s+control\s+of`,
    String.raw`(?:all\s+over\s+the\s+place|shambolic|in\s+chaos|total\s+chaos|utter\s+chaos)`,
    String.raw`(?:not|never|hardly)\s+(?:up\s+to|fit\s+for)\s+(?:the\s+job|it|purpose|the\s+role)`,
    String.raw`(?:hasn['’]t|has\s+not|haven['’]t|didn['’]t|did\s+not)\s+(?:done|marked|set|planned|sent|returned|replied\s+to|answered|written|finished)\s+(?:any|a\s+single|one|the|our|those|these)`,
    String.raw`(?:two|three|four|five|six|several|\d+)\s+(?:weeks|months|days)\s+(?:and|later|on)\s+(?:still|no|nothing)`,
    String.raw`(?:ran|run|runs|running)\s+(?:over|late)\s+again`,
    String.raw`(?:waste|wasted|wasting)\s+(?:of\s+)?(?:our|everyone['’]s|the\s+children['’]s|the\s+kids['’]|a\s+whole)\s+(?:time|morning|afternoon|lesson|day)`,
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
    // Health, pregnancy and relationships (issue 20 item 5): private, whoever tells it.
    String.raw`(?:is|'s|was|might\s+be|must\s+be)\s+(?:definitely\s+|obviously\s+|clearly\s+)?(?:pregnant|expecting\s+(?:a\s+baby|again|twins|another\s+baby))`,
    String.raw`(?:baby\s+bump|morning\s+sickness)`,
    String.raw`(?:off|signed\s+off|been\s+off)\s+(?:sick\s+)?(?:again|with\s+(?:stress|(?:his|her|their)\s+nerves|nerves|burnout|burn-?out|a\s+breakdown|depression|anxiety|her\s+back|his\s+back)|for\s+(?:weeks|months|ages))`,
    String.raw`(?:nervous\s+)?breakdown`,
    String.raw`(?:split|splitting|broken|broke)\s+up\s+with`,
    String.raw`separated\s+from\s+(?:his|her|their)`,
    String.raw`(?:going|been|went|is\s+going)\s+through\s+(?:a\s+|an\s+)?(?:messy\s+|nasty\s+|difficult\s+)?(?:divorce|break-?up|rough\s+patch|hard\s+time|separation)`,
    String.raw`(?:his|her|their)\s+(?:wife|husband|partner|girlfriend|boyfriend)\s+(?:left|has\s+left|walked\s+out|moved\s+out)`,
    String.raw`(?:his|her|their)\s+(?:marriage|diagnosis|illness|operation|surgery|therapy|medication|private\s+life|personal\s+life|hair|outfit|clothes|accent|teeth|mental\s+health)`,
    String.raw`(?:put\s+on|gained|piled\s+on)\s+(?:a\s+bit\s+of\s+|some\s+|so\s+much\s+|a\s+lot\s+of\s+)?weight`,
    String.raw`(?:losing|lost)\s+(?:his|her|their)\s+(?:hair|marbles|mind|temper)`,
    String.raw`(?:is|was|been)\s+(?:ill|poorly|sick|unwell|off)\s+again`,
    String.raw`(?:IVF|miscarriage|menopause|menopausal)`,
    String.raw`(?:hen|stag)\s+(?:do|party)\s+(?:antics|photos|pics)`,
    // Second pass: looks, health and family, however they are put.
    String.raw`(?<=\p{L}['’]s\s+(?:new\s+)?)(?:haircut|hairstyle|hair|outfit|clothes|wardrobe|weight|diet|love\s+life|tan|beard|tattoos?|boyfriend|girlfriend|husband|wife|pregnancy|bump|health)`,
    String.raw`looks?\s+(?:so\s+|really\s+|very\s+|absolutely\s+)?(?:exhausted|knackered|shattered|worn\s+out|stressed|frazzled|haggard|pale|dreadful|ill|unwell|awful)`,
    String.raw`expecting\s+(?:(?:her|his|their|a|an|another)\s+)?(?:[\p{L}]+\s+)?(?:baby|child|twins)`,
    String.raw`(?:the|her|his|their)\s+(?:new\s+)?baby\s+(?:must\s+be|is|keeps|has\s+been)\s+keeping`,
    String.raw`(?:off|signed\s+off|been\s+off)\s+(?:sick\s+)?(?:with\s+(?:his|her|their)\s+[\p{L}]+|for\s+(?:weeks|months|ages|a\s+while))`,
    String.raw`(?:is|was|has\s+been|have\s+been)\s+(?:back\s+)?in\s+hospital`,
    String.raw`(?:cancer|chemo|chemotherapy|tumour|tumor|diagnosed\s+with)`,
    String.raw`mid-?life\s+crisis`,
    String.raw`(?:hangover|hungover|hung-over|after\s+(?:his|her|their)\s+(?:night\s+out|big\s+night|weekend\s+out))`,
    String.raw`(?:on|started|starting)\s+(?:a|another|her|his|their|yet\s+another)\s+(?:new\s+)?diet`,
    String.raw`(?:past|nearing|near|nearly\s+at)\s+retirement|should\s+(?:retire|have\s+retired)|how\s+old\s+(?:he|she|they)\s+(?:is|are)|(?:too|getting)\s+old\s+(?:for|to)`,
    String.raw`(?:his|her|their)\s+(?:pregnancy|bump|due\s+date|sick\s+notes?|sick\s+leave|absences?|time\s+off)`,
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
      const sentence = remarkWindow(text, mention);
      const key = `${mention.staff}:${sentence.start}`;
      if (done.has(key)) continue;
      // Curly apostrophes as straight ones (same length, so offsets hold): "can’t" reads as "can't".
      const body = text.slice(sentence.start, sentence.end).replace(/[’‘]/g, "'");

      const remark = remarkCue(body);
      const cue = remark?.cue ?? firstMatch(OPINION_RE, body);
      let hit: { start: number; end: number } | undefined;
      let messageId = 'default';
      if (cue) {
        hit = { start: sentence.start + cue.start, end: sentence.start + cue.end };
        if (remark?.personal) messageId = 'personal';
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
    const sentence = remarkWindow(text, mention);
    const body = text.slice(sentence.start, sentence.end).replace(/[’‘]/g, "'");
    // A personal remark, sarcasm or a complaining question about a named colleague is negative too (issue 20 item 5).
    const cue = remarkCue(body)?.cue;
    if (!cue) continue;
    const start = sentence.start + cue.start;
    const end = sentence.start + cue.end;
    out.push({ start, end, match: text.slice(start, end) });
  }
  return out;
}

/**
 * A criticism, a personal remark, sarcasm or a complaining question in the
 * text around a colleague's name, first match; `personal` when it is about
 * their private life.
 */
function remarkCue(body: string): { cue: { start: number; end: number }; personal: boolean } | undefined {
  const personal = firstMatch(PERSONAL_RE, body);
  if (personal) return { cue: personal, personal: true };
  const ironic = ironicPraise(body);
  const cue = firstMatch(CRITICISM_RE, body) ?? firstMatch(SARCASM_RE, body) ?? firstMatch(RHETORICAL_RE, body) ?? (ironic && { start: ironic.start, end: ironic.end });
  return cue ? { cue, personal: false } : undefined;
}

/** A pronoun that points back to the colleague named before ("…he forgot", "their back"). */
const BACK_REFERENCE_RE = /(?<![\p{L}])(?:he|she|they|him|her|them|his|hers|their|theirs)(?![\p{L}])/iu;

/**
 * The sentence that names a colleague, and the next one when it goes on
 * about them: it points back with a pronoun, or it is the punchline of a
 * sarcastic remark ("Mr X organised sports day. Let's just say the relay was
 * a mess."). A remark made over two sentences is still made about them.
 */
function remarkWindow(text: string, mention: { start: number; end: number }): { start: number; end: number } {
  // "Mrs. Sandhu": the title's dot ends no sentence; take the sentence of the surname too.
  const first = sentenceAround(text, mention.start);
  const last = sentenceAround(text, Math.max(mention.start, mention.end - 1));
  const sentence = { start: first.start, end: Math.max(first.end, last.end) };
  if (sentence.end >= text.length) return sentence;
  const next = sentenceAround(text, sentence.end);
  const nextBody = text.slice(next.start, next.end).replace(/[’‘]/g, "'");
  return BACK_REFERENCE_RE.test(nextBody) || firstMatch(SARCASM_RE, nextBody) ? { start: sentence.start, end: next.end } : sentence;
}

function firstMatch(re: RegExp, text: string): { start: number; end: number } | undefined {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
