/**
 * Tone cues shared by negative-tone and staff-opinion (issue 20 item 5):
 * sarcasm that carries no negative word ("Nice of the printer to finally
 * work", "What a surprise, the hall is double-booked"), and passive-aggressive
 * thanks ("thanks for the hour's notice"). Written from ordinary English
 * usage, each phrase a turn of speech that is only said when complaining.
 * Named staff in the same sentence make them a staff opinion too.
 */
export const SARCASM_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[
    String.raw`what\s+a\s+(?:surprise|shock)(?!\s+(?:for|visit|guest|party|gift|present|treat))`,
    String.raw`surprise,?\s+surprise`,
    String.raw`shock,?\s+horror`,
    String.raw`who\s+(?:would|could)(?:\s+have|'ve|\s+of)\s+(?:thought|guessed|known)`,
    String.raw`who'd\s+have\s+(?:thought|guessed)`,
    String.raw`said\s+no\s*(?:-|\s)?one\s+ever`,
    String.raw`because\s+(?:that|this|it)\s+(?:always\s+)?(?:works|worked|went|goes)\s+(?:so\s+|really\s+)?well`,
    String.raw`(?:because|cos|'cause)\s+[^.!?\n]{0,50}?always\s+(?:works|goes|turns\s+out|ends)\s+(?:up\s+)?(?:so\s+|really\s+)?well`,
    String.raw`(?:nice|good|kind|lovely|great)\s+of\s+(?:[\p{L}'’.-]+\s+){1,3}to\s+(?:finally|eventually|actually|bother)`,
    String.raw`(?:finally|eventually)\s+(?:bothered|deigned|decided\s+to\s+(?:turn|show)\s+up|turned\s+up|showed\s+up|remembered|got\s+round\s+to|graced)`,
    String.raw`graced\s+us\s+with`,
    String.raw`deigned\s+to`,
    String.raw`only\s+(?:took|taken|taking)\s+(?:[\p{L}'’.-]+\s+){0,3}(?:\d+|two|three|four|five|six|several|a\s+few)\s+(?:weeks|months|years|terms|days|hours|attempts|goes|tries)`,
    String.raw`thanks?(?:\s+you)?\s+(?:so\s+much\s+|again\s+|a\s+lot\s+)?for\s+(?:the|all\s+the|such)\s+(?:short|late|last[-\s]minute|generous|ample|plentiful)\s+(?:notice|warning)`,
    String.raw`thanks?(?:\s+you)?\s+(?:so\s+much\s+|again\s+|a\s+lot\s+)?for\s+(?:[^.!?\n]{0,40}?)(?:at\s+the\s+last\s+minute|(?:an?|one|the|two|five|ten|\d+)\s+(?:minutes?|hours?|day)['’]?s?\s+(?:before|beforehand|notice))`,
    String.raw`(?:so\s+|really\s+)?helpful\s*,?\s+(?:as\s+always|as\s+usual|not)`,
    String.raw`must\s+be\s+nice(?:\s+to)?`,
    String.raw`some\s+of\s+us\s+(?:actually|have|had|do|still|were)`,
    String.raw`who\s+(?:needs|wants)\s+[^.!?\n]{1,40}\s+anyway\s*\?`,
    String.raw`can(?:'t|not)\s+wait\s+for\s+(?:another|more|the\s+next)\s+(?:one|email|meeting|change|initiative|form)`,
    String.raw`(?:slow|sarcastic)\s+clap`,
    String.raw`(?:^|\s)(?:/s|#not|#sarcasm)(?=\s|$)`,
    String.raw`(?:as\s+(?:always|usual)|again)\s*[.!]{2,}`,
    String.raw`(?:late|missing|broken|forgotten|nowhere\s+to\s+be\s+(?:seen|found)|not\s+ready|unprepared)\s+(?:as\s+(?:always|usual)|again)`,
    String.raw`nowhere\s+to\s+be\s+(?:seen|found)`,
    String.raw`in\s+(?:his|her|their)\s+(?:infinite|endless)\s+wisdom`,
    String.raw`(?:absolute|real|total)\s+genius(?:\s+idea)?\s*[.!]`,
    String.raw`great\s+idea\s*,?\s+(?:said|thought)`,
    String.raw`(?:well|great|nice)\s+(?:done|job|planning|organising|organizing)\s*,?\s+(?:everyone|whoever|to\s+whoever|guys|team)\s*[.!]*\s*(?:not|another|now)`,
    String.raw`(?:love|loving)\s+(?:how|it\s+when|the\s+way)\s+(?:nobody|no\s+one|some\s+people|we\s+(?:always|never|still)|they\s+(?:always|never|still))`,
    String.raw`as\s+if\s+(?:we|anyone|anybody|they|that)\s+(?:had|have|needed|need|would|will|cared|care)`,
    String.raw`(?:because|cos|'cause)\s+(?:we|teachers|staff)\s+(?:all\s+)?(?:have|had)\s+(?:so\s+much|loads\s+of|nothing\s+but)\s+(?:spare\s+)?time`,
    String.raw`in\s+all\s+our\s+(?:spare|free)\s+time`,
    String.raw`(?:yet\s+)?another\s+(?:"|“)?(?:brilliant|fantastic|great|wonderful|genius)(?:"|”)?\s+(?:idea|initiative|plan|change)`,
    String.raw`(?:(?:you['’]?ve\s+)?got\s+to|gotta|don['’]?t\s+you\s+(?:just\s+)?)\s*love\s+(?:it\s+when|how|a|an|the)`,
    String.raw`living\s+the\s+dream`, String.raw`another\s+day\s+in\s+paradise`, String.raw`what\s+could\s+(?:possibly\s+)?go\s+wrong`,
    String.raw`(?:obviously|clearly|apparently)\s*,?\s+(?:nobody|no\s+one|no-one|some\s+people|someone|somebody)\s+(?:can|could|can't|cannot|thinks?|reads?|bothers?|cares?|knows?|has|have|is|are)`,
    String.raw`(?:is\s+)?(?:it\s+)?(?:clearly\s+|obviously\s+|apparently\s+)?too\s+much\s+to\s+ask`,
    String.raw`who\s+knew\s*[,?!.]`,
    String.raw`(?:oh\s+)?joy\s+of\s+joys|oh\s+joy`,
    String.raw`(?:^|(?<=[.!?]\s{1,3}))(?:great|brilliant|fantastic|wonderful|lovely|perfect|marvellous|super|amazing)\s*[.!,]+\s+(?:just\s+(?:great|brilliant|perfect|what)|the\s+[\p{L}-]+\s+(?:is|has)\s+(?:broken|down|cancelled|late|gone)|(?:no\s+one|nobody)|[^.!?\n]{0,50}\s(?:again|as\s+usual)(?=[.!?]|$))`,
    String.raw`best\.\s+[\p{L}]+\.\s+ever\.?`,
    // Praise in scare quotes ("another 'quick' meeting", "the 'improved' system"), and "so-called".
    String.raw`(?:["“'‘])(?:quick|short|brief|helpful|improved|new\s+and\s+improved|easy|simple|fun|great|brilliant|better|upgraded?|improvements?|streamlined|efficient|optional|voluntary|consultation|communication|planning|organised|organized)(?:["”'’])`,
    String.raw`so-called`,
    // Euphemism that says the opposite ("let's just say", "shall we say, interesting", "a bold choice").
    String.raw`let['’]?s\s+just\s+say`,
    String.raw`shall\s+we\s+say`,
    String.raw`to\s+put\s+it\s+(?:mildly|politely|kindly|nicely|gently)`,
    String.raw`(?:the\s+)?less\s+said\s+(?:about\s+[^.!?\n]{1,30}\s+)?the\s+better`,
    String.raw`(?:a|an)\s+(?:bold|brave|interesting|unusual|creative)\s+choice`,
    String.raw`(?:masterpiece|triumph|masterclass|marvel|miracle)\s+of\s+(?:planning|organi[sz]ation|communication|timing|efficiency|management)`,
    String.raw`stroke\s+of\s+genius`,
    String.raw`longest\s+(?:[\p{L}\d-]+\s+){0,2}(?:minutes?|hours?|days?|weeks?|mornings?|afternoons?)\s+of\s+(?:my|our|their|his|her)\s+li(?:fe|ves)`,
    String.raw`(?:when|if)\s+it\s+(?:works|worked|bothers\s+to\s+work)\s+at\s+all`,
    String.raw`(?:nice|kind|good|lovely|great|thoughtful)\s+of\s+(?:[\p{L}'’.-]+\s+){1,4}to\s+(?:let\s+us\s+know|tell\s+us|inform\s+us|warn\s+us|mention)[^.!?\n]{0,50}?(?:n['’]t|not|cancel|late|after|last[-\s]minute|never)`,
    // A word of praise alone as its own sentence after a complaint ("…lasted two hours. Fabulous.") is in ironicPraise.
    String.raw`(?:just|really|so|very)\s+helpful\s*[.!]`,
    String.raw`great\s+(?:example|role\s+model)s?\s+(?:for|to)\s+(?:the\s+|our\s+)?(?:children|kids|pupils)\s*[.!]`,
    String.raw`(?:and|but)\s+(?:of\s+course|naturally)\s*,?\s+(?:nobody|no\s+one|no-one|nothing|it|they|the)`,
    // A virtue "as ever" ("punctual as ever, arrived at 9:20"), praise for a failure, enjoying an ordeal, an expert at failing.
    String.raw`(?:punctual|organi[sz]ed|reliable|helpful|prepared|efficient|on\s+time|tidy|cheerful|professional|calm|communicative|quick|speedy|prompt)\s+as\s+(?:ever|always|usual)`,
    String.raw`(?:well\s+done|thanks|thank\s+you|top\s+marks|congratulations|congrats|nice\s+work|great\s+job|hats\s+off|round\s+of\s+applause|gold\s+star|award)\s+[^.!?\n]{0,40}?\bfor\s+(?:losing|forgetting|breaking|missing|double-?booking|cancelling|canceling|ignoring|wasting|leaving\s+(?:us|everyone|the)|locking|turning\s+up\s+late|being\s+late)`,
    String.raw`(?:we\s+all|everyone|the\s+children|the\s+kids|staff)\s+(?:really\s+|just\s+)?(?:loved|enjoyed|adored|relished)\s+(?:standing|waiting|sitting|queuing|queueing|shivering|getting\s+soaked)`,
    String.raw`(?:an|the|a\s+real|a\s+true)\s+(?:expert|master|champion|specialist)\s+(?:in|at|of)\s+(?:losing|forgetting|breaking|missing|being\s+late|double-?booking|cancelling|disappearing|avoiding)`,
    String.raw`thanks?(?:\s+you)?\s+[^.!?\n]{0,30}?for\s+the\s+(?:\d+|one|two|three|five|ten|thirty)[-\s](?:minute|hour|second|day)s?['’]?s?\s+(?:notice|warning|heads[-\s]up)`,
    String.raw`(?:such|what)\s+a\s+(?:treat|joy|pleasure|delight)\s+to\s+(?:have|sit|stand|wait|be\s+kept|listen)[^.!?\n]{0,60}?(?:again|over|late|hour|forever|ages)`,
  ].join('|')})(?![\p{L}])`,
  'giu',
);

/**
 * Questions asked to start an argument or to complain, not to learn the
 * answer: "What's the point of…?", "Who decided this was a good idea?",
 * "Why should we…?", "How hard can it be to…?".
 */
export const RHETORICAL_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[
    String.raw`why\s+(?:on\s+earth|the\s+hell|in\s+the\s+world)`,
    String.raw`why\s+(?:do|does|did|are|is|can't|cannot|won't|should|must)\s+(?:we|i|you|they|parents|teachers|staff|children|pupils|people|nobody|no\s+one|anyone|everyone|some\s+people)\s+(?:even|still|always|never|bother|keep)`,
    String.raw`why\s+(?:does|is)\s+(?:nobody|no\s+one|nothing)`,
    String.raw`why\s+should\s+(?:we|i|parents|teachers|staff|children|pupils|families|anyone)`,
    String.raw`what(?:'s|\s+is|\s+was)\s+(?:even\s+)?the\s+point\s+(?:of|in)`,
    String.raw`who\s+(?:on\s+earth\s+)?(?:decided|thought|signed\s+off|approved|came\s+up\s+with|agreed)\s+(?:that|this|it|to|[^.!?\n]{1,40}?\s+(?:should|was\s+a\s+good|would\s+be\s+a\s+good))`,
    String.raw`(?:can|could|will)\s+(?:someone|anyone|somebody)\s+(?:please\s+)?(?:explain|tell\s+(?:me|us))\s+(?:why|how|what)`,
    String.raw`how\s+(?:hard|difficult)\s+(?:is|can)\s+it\s+(?:be\s+)?(?:to|for)`,
    String.raw`how\s+(?:is|was|can)\s+(?:this|that|it)\s+(?:be\s+)?(?:fair|ok|okay|acceptable|right|allowed|justified)`,
    String.raw`(?:is|isn't)\s+it\s+(?:about\s+|high\s+)?time\s+(?:that\s+)?(?:we|the|someone|they|schools|parents|somebody)[^.!?\n]*\?`,
    String.raw`surely\s+[^.!?\n]{3,80}\?`,
    String.raw`are\s+we\s+(?:really|seriously|honestly)\s+[^.!?\n]{2,80}\?`,
    String.raw`(?:seriously|honestly|really)\s*\?{1,}`,
    String.raw`(?:don't|do\s+not|wouldn't|would\s+not)\s+you\s+(?:think|agree)[^.!?\n]*\?`,
    String.raw`(?:would|will)\s+you\s+agree\s*\?`,
    String.raw`am\s+i\s+(?:wrong|right)\s*\?`,
    String.raw`(?:prove|tell)\s+(?:me|us)\s+(?:i'm\s+|i\s+am\s+|we're\s+|we\s+are\s+)?wrong`,
    String.raw`convince\s+me`,
    String.raw`who(?:'s|\s+is)\s+with\s+me\s*\?`,
    String.raw`(?:does|do)\s+anyone\s+(?:actually|really|honestly|seriously)\s+(?:think|believe|like|want|agree|need|care)`,
    String.raw`(?:does|do)\s+anyone\s+(?:disagree|agree)`,
    String.raw`(?:what|which)\s+side\s+are\s+you\s+on`,
    String.raw`(?:is|was)\s+(?:anyone|anybody)\s+(?:even|actually)\s+(?:listening|reading|surprised)`,
    String.raw`since\s+when\s+[^.!?\n]{2,60}\?`,
    // Questions that only complain (issue 20 item 5, second pass).
    String.raw`who\s+(?:on\s+earth\s+)?(?:thought|decided|said|imagined)\s+[^.!?\n]{1,60}?(?:was|would\s+be|is)\s+a\s+(?:good|sensible|great|clever|smart|bright|wise|reasonable|fair)\s+idea`,
    String.raw`how\s+(?:are|is|am|were)\s+(?:we|parents|families|staff|teachers|children|pupils|people|anyone|i|they)\s+(?:supposed|expected|meant)\s+to`,
    String.raw`(?:do|does|did|will|would)\s+(?:parents|people|anyone|anybody|families|staff|they|you|some\s+people)\s+(?:actually|really|honestly|even|ever|seriously)\s+(?:read|listen|care|check|bother|think|look|notice|understand|expect)`,
    String.raw`(?:is|was|are)\s+(?:this|that|it|these)\s+(?:really|honestly|seriously|genuinely)\s+(?:the\s+best|necessary|needed|worth|fair|acceptable|what|how|a\s+good)`,
    String.raw`what\s+(?:exactly\s+)?(?:is|was|are)\s+the\s+(?:problem|point|excuse|reason)\s+(?:with|this\s+time|now)`,
    String.raw`when\s+will\s+(?:people|parents|they|some\s+people|drivers|anyone)\s+(?:learn|listen|understand|realise|realize|stop)`,
    String.raw`what\s+(?:part|bit)\s+of\s+[^.!?\n]{1,40}\s+(?:is|don['’]t|do\s+(?:you|people)\s+not)`,
    String.raw`(?:is|was)\s+(?:that|this|it)\s+(?:so|really\s+so|too)\s+(?:hard|difficult|much\s+to\s+ask)`,
    String.raw`(?:why|how)\s+(?:is|are|was|were)\s+(?:we|parents|the\s+children|children|staff|teachers)\s+(?:still|always|expected|forced|made|being\s+asked)`,
  ].join('|')})(?![\p{L}])`,
  'giu',
);

/**
 * Complaints in plain words (issue 20 item 5, second pass): things repeated,
 * ignored or not done, said with no angry word. "Once again the car park was
 * blocked", "We have asked several times…", "a polite reminder, for the fifth
 * time", "to the few who still think…", "despite our letters". Each phrase is
 * one that school notices use only when they are fed up.
 */
export const PLAIN_COMPLAINT_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[
    String.raw`for\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|tenth|umpteenth|hundredth|millionth|nth|\d+(?:st|nd|rd|th))\s+time`,
    String.raw`(?:have|'ve|has)\s+(?:already\s+)?(?:asked|told|reminded|said|explained|mentioned|written)\s+(?:[\p{L}]+\s+){0,3}?(?:several|many|numerous|countless|so\s+many|a\s+number\s+of|multiple|three|four|five|six|ten)\s+times`,
    String.raw`as\s+(?:we|i)\s+(?:have|'ve|has)\s+(?:said|asked|mentioned|explained|stated|reminded\s+(?:you|parents|families))\s+(?:[\p{L}]+\s+){0,2}?(?:before|repeatedly|(?:many|several|numerous|countless|so\s+many)\s+times)`,
    String.raw`(?:once|yet)\s+again\s*,?\s+(?:[\p{L}'’]+\s+){0,6}?(?:blocked|ignored|broken|late|left|parked|forgot|forgotten|missing|no\s+one|nobody|not|failed|littered|dumped|damaged|vandalised|vandalized|cancelled|down)`,
    String.raw`still\s+(?:nothing|no\s+(?:sign|word|reply|response|answer|news|one))`,
    String.raw`still\s+(?:hasn['’]t|has\s+not|haven['’]t|have\s+not)\s+(?:been\s+)?(?:fixed|repaired|sorted|replied|answered|responded|paid|returned|collected|mended|cleared|done|named|read)`,
    String.raw`despite\s+(?:our|repeated|numerous|several|many|countless|all\s+our|the)\s+(?:letters|emails|e-mails|requests|reminders|calls|complaints|messages|warnings|pleas)`,
    String.raw`nothing\s+but\s+(?:trouble|problems|hassle|excuses|complaints|grief|headaches|delays)`,
    String.raw`(?:a\s+(?:real|great|huge)|such\s+a|what\s+a)\s+shame\s+that`,
    String.raw`(?:so|very|too)\s+few\s+(?:[\p{L}]+\s+){0,2}(?:bothered|could\s+be\s+bothered|turned\s+up|came|replied|responded)`,
    String.raw`(?:nobody|no\s+one|no-one|not\s+one\s+(?:parent|person|family))\s+(?:bothered|returned|replied|responded|read|listened|turned\s+up|signed|paid|remembered|named|collected)`,
    String.raw`(?:we['’]re|we\s+are|i['’]m|i\s+am|staff\s+are|teachers\s+are)\s+(?:so\s+|really\s+|getting\s+|all\s+)?(?:tired|weary|exhausted)\s+of`,
    String.raw`(?:getting|growing)\s+(?:very\s+|really\s+|a\s+bit\s+)?(?:tired|weary)\s+of`,
    String.raw`(?:(?:it['’]s|it\s+is|this\s+is)\s+not|it\s+isn['’]t|this\s+isn['’]t)\s+(?:that\s+|really\s+|exactly\s+)?(?:hard|difficult|rocket\s+science|complicated)\s*[.!]`,
    String.raw`(?:to|for)\s+the\s+(?:few|minority|handful|small\s+number|one\s+or\s+two)\s+(?:of\s+[\p{L}]+\s+)?who\s+(?:still|continue|insist|keep|think|seem|can['’]t|cannot|don['’]t|won['’]t|refuse|ignore)`,
    String.raw`you\s+know\s+who\s+you\s+are`,
    String.raw`(?:it|this)\s+would\s+(?:be|have\s+been)\s+(?:nice|helpful|lovely|good|great)\s+(?:if|to\s+(?:have|get|be\s+told))`,
    String.raw`(?:without|no)\s+(?:a\s+)?(?:working|functioning)\s+(?:boiler|heating|toilet|toilets|lift|printer|photocopier|computer|computers|internet|wi-?fi)`,
    String.raw`(?:is|are|was|were|has\s+been|have\s+been)\s+(?:broken|off|down|out\s+of\s+order|not\s+working)\s+(?:again|for\s+(?:weeks|months|days|ages))`,
    String.raw`(?:please|kindly)\s+(?:stop|refrain\s+from|do\s+not|don['’]t)\s+(?:letting|parking|blocking|dropping|leaving|allowing|using\s+the\s+staff)`,
    String.raw`(?:picking|clearing|cleaning)\s+up\s+(?:the\s+)?(?:litter|rubbish|mess|dog\s+mess)\s+(?:left|dropped|after)`,
    String.raw`(?:once|yet)\s+again\s+(?:we\s+have|we['’]ve|we\s+had)\s+(?:had\s+)?(?:to|reports|complaints|cars|parents)`,
    String.raw`(?:blocked|blocking)\s+(?:the\s+)?(?:gate|gates|drive|driveway|entrance|crossing|pavement|zig-?zags?)`,
    String.raw`(?:parked|parking)\s+on\s+(?:the\s+)?(?:pavement|zig-?zags?|yellow\s+lines|grass\s+verge|kerb)`,
    String.raw`(?:only|just)\s+(?:a\s+handful\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+(?:parents|families|people|carers)\s+(?:turned\s+up|came|bothered|replied|responded|returned|signed\s+up)`,
  ].join('|')})(?![\p{L}])`,
  'giu',
);

/** A word of praise said alone, as its own sentence or before a comma ("Fabulous.", "Brilliant,", "Just great!"). */
const PRAISE_ALONE_RE =
  /(?:^|[.!?…]\s+|\n)(?:oh\s+|just\s+|simply\s+|how\s+)?(?:lovely|brilliant|great|fabulous|wonderful|fantastic|perfect|marvellous|marvelous|super|terrific|splendid|excellent|amazing|fab|superb|delightful|charming|wonderful\s+news|great\s+news|brilliant\s+news|good\s+times|love\s+it|love\s+that|nice\s+one|good\s+to\s+know|what\s+fun|great\s+start|brilliant\s+start|off\s+to\s+a\s+(?:great|flying|brilliant)\s+start)(?:\s*[.!…]+(?=\s|$)|\s*[,:]\s)/giu;
/** Trouble in the same post: things broken, off, blocked, late, left or cancelled, or happening again. */
const TROUBLE_RE =
  /(?<![\p{L}])(?:(?:off|down|broken|late|cancelled|closed|blocked|flooded|leaking|empty|wrong|missing)\s+again|(?:is|are|was|were|has\s+been|have\s+been|['’]s)\s+broken|broke\s+down|not\s+working|stopped\s+working|doesn['’]t\s+work|isn['’]t\s+working|blocked|flooded|leaking|no\s+heating|heating\s+is\s+off|lasted\s+(?:two|three|four|\d+)\s+hours|overran|whoever\s+(?:left|parked|took|broke|decided|thought)|no\s+one\s+(?:came|turned|told|bothered|replied)|nobody\s+(?:came|turned|told|bothered|replied)|still\s+(?:no|not|waiting)|parked\s+on|on\s+the\s+pavement|without\s+(?:a|any)\s+(?:warning|notice)|last[-\s]minute|forgot|forgotten)(?![\p{L}])/iu;

/**
 * Praise turned round: a word of praise said alone ("Fabulous.", "Brilliant,
 * the photocopier…", "Wonderful news: the heating is off again") in a post
 * that tells of trouble (broken, off again, blocked, whoever left…). A
 * celebration has its praise and no trouble; the first match, or undefined.
 */
export function ironicPraise(text: string): { start: number; end: number; match: string } | undefined {
  if (!TROUBLE_RE.test(text)) return undefined;
  PRAISE_ALONE_RE.lastIndex = 0;
  const m = PRAISE_ALONE_RE.exec(text);
  PRAISE_ALONE_RE.lastIndex = 0;
  if (!m) return undefined;
  const lead = /^[.!?…\s\n]*/.exec(m[0])?.[0].length ?? 0;
  const match = m[0].slice(lead).replace(/[\s.!…,:]+$/, '');
  const start = m.index + lead;
  return { start, end: start + match.length, match };
}
