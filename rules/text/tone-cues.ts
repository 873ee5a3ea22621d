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
  ].join('|')})(?![\p{L}])`,
  'giu',
);
