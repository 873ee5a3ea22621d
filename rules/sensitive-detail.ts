/**
 * sensitive-detail (Forefield): "No details or opinions relating to pupils
 * will be posted." Health, special educational needs, behaviour and
 * exclusion, family circumstances and safeguarding are the details that
 * hurt a child most when posted. The rule fires when such a detail sits next
 * to a pupil reference: a roster pupil's name (any mention the roster index
 * finds) or a phrase that points at one child ("a child in Year 4", "one of
 * our Year 6 pupils", "a boy in Oak Class", "one pupil").
 *
 * Topics and awareness days without a pupil reference are fine ("It's
 * Autism Acceptance Week", "Year 5 learned about healthy eating"), and so is
 * a class or year group on its own ("Year 3 visited the hospital").
 */
import type { RawFinding, Rule } from './types';
import { execAll, findAll, normalized, sentenceAround, toOriginal, type TextRange } from './text/patterns';
import { StartIndex } from './text/start-index';

type Category = 'health' | 'sen' | 'behaviour' | 'family' | 'safeguarding';

/** Sensitive terms by category. Case-insensitive unless noted in `CASE_SENSITIVE`. */
const TERMS: Record<Category, string[]> = {
  health: [
    String.raw`allerg(?:y|ies|ic)`, String.raw`anaphyla\w*`, String.raw`epi-?\s?pens?`, String.raw`inhalers?`, String.raw`asthma(?:tic)?`,
    String.raw`diabet(?:es|ic)`, String.raw`insulin`, String.raw`epilep(?:sy|tic)`, String.raw`seizures?`, String.raw`illness(?:es)?`,
    String.raw`unwell`, String.raw`poorly`, String.raw`off\s+sick`, String.raw`sickness(?:\s+bug)?`, String.raw`hospital(?:ised|ized)?`,
    String.raw`operation`, String.raw`surgery`, String.raw`medication`, String.raw`medicines?`, String.raw`chemo(?:therapy)?`,
    String.raw`cancer`, String.raw`leuka?emia`, String.raw`tumou?r`, String.raw`(?:heart|medical|health|skin|chronic|serious|life-limiting)\s+condition`,
    String.raw`brok(?:e|en)\s+(?:(?:his|her|their|a|an)\s+)?(?:arm|leg|wrist|ankle|collarbone|finger|toe|nose|elbow)`, String.raw`fractured?`, String.raw`chicken\s?pox`, String.raw`measles`,
    String.raw`mumps`, String.raw`scarlet\s+fever`, String.raw`flu`, String.raw`covid(?:-19)?`, String.raw`norovirus`, String.raw`head\s+lice`,
    String.raw`nits`, String.raw`tonsillitis`, String.raw`appendicitis`, String.raw`concussion`, String.raw`injur(?:y|ies|ed)`,
    String.raw`wheelchair`, String.raw`crutches`, String.raw`disabilit(?:y|ies)`, String.raw`disabled`, String.raw`mental\s+health`,
    String.raw`anxiety`, String.raw`depression`, String.raw`self-?\s?harm(?:ing)?`, String.raw`eating\s+disorder`, String.raw`cerebral\s+palsy`,
    String.raw`cystic\s+fibrosis`, String.raw`down'?s\s+syndrome`, String.raw`hearing\s+aids?`, String.raw`medical\s+needs`,
    String.raw`diagnos(?:is|ed)`, String.raw`therapy`, String.raw`CAMHS`, String.raw`paediatrician`, String.raw`pediatrician`,
    String.raw`counsell?(?:ing|or)`, String.raw`(?:educational\s+)?psychologist`, String.raw`occupational\s+therapist`,
    String.raw`referred\s+to(?!\s+as\b)`, String.raw`sectioned`, String.raw`in\s+a\s+cast`, String.raw`stitches`,
    // Plain words for treatment and care (issue 16 item 4: "a charity who are currently treating one of our pupils").
    String.raw`treatments?`, String.raw`(?<=(?:being|been|is|are|was|were|currently|now)\s+)treat(?:ed|ing)(?!\s+(?:us|everyone|the\s+(?:class|school|audience|crowd)|them|to|themselves|himself|herself))`,
    String.raw`receiving\s+(?:care|support\s+from\s+(?:a|the)\s+(?:hospice|charity|nurse))`, String.raw`under\s+the\s+care\s+of`, String.raw`hospice`,
    String.raw`recover(?:ing|s|ed)?\s+from`, String.raw`recovery`, String.raw`physio(?:therapy|therapist)?`, String.raw`blood\s+tests?`, String.raw`scans?\s+results?`,
    String.raw`terminal(?:ly\s+ill)?`, String.raw`life-?\s?limiting`, String.raw`seriously\s+ill`, String.raw`critically\s+ill`, String.raw`intensive\s+care`, String.raw`ICU`,
    String.raw`(?:living|lives)\s+with\s+(?:a\s+)?(?:rare\s+)?(?:condition|illness|disease|disorder|syndrome)`, String.raw`ill\s+health`, String.raw`long-?\s?term\s+(?:illness|condition|absence)`,
    // Conditions, care and treatment in plain words (issue 20 item 3): the DfE's "supporting pupils with medical conditions".
    String.raw`sickle[-\s]cell(?:\s+(?:disease|anaemia|anemia|crisis))?`, String.raw`coeliac`, String.raw`(?:food|lactose|dairy|gluten)\s+intoleran\w+`,
    String.raw`(?:can(?:'t|not)|must\s+not|mustn't|isn't\s+allowed\s+to)\s+eat\s+(?:any\s+)?(?:nuts|peanuts|dairy|gluten|eggs?|wheat|sesame|fish|shellfish)`,
    String.raw`(?:nut|peanut|dairy|egg|sesame)\s+(?:reaction|free\s+diet)`, String.raw`ritalin`, String.raw`methylphenidate`, String.raw`(?:his|her|their)\s+(?:meds|tablets|pills|medicine|injections?|inhaler|epi-?\s?pen)`,
    String.raw`(?:absence|tonic|focal)\s+(?:seizures?|episodes?)`, String.raw`(?:has|had|having|have)\s+(?:a\s+|another\s+|more\s+)?(?:fits?|blackouts?|funny\s+turns?|fainting\s+(?:spells?|episodes?))`, String.raw`(?:fainted|faints|blacked\s+out)`,
    String.raw`feeding\s+tube`, String.raw`tube[-\s]?fed`, String.raw`(?:peg|NG|gastrostomy)\s+(?:tube|feed(?:ing)?)`, String.raw`gastrostomy`,
    String.raw`non-?\s?verbal`, String.raw`(?:has|with)\s+no\s+(?:speech|words)`, String.raw`(?:does(?:n't|\s+not)|can(?:'t|not))\s+(?:yet\s+)?(?:speak|talk)(?=\s*(?:[.,;!]|$|\s+(?:at\s+all|yet|and\s+uses|but\s+uses)))`, String.raw`selective(?:ly)?\s+mut(?:e|ism)`, String.raw`mutism`,
    String.raw`(?:uses|using)\s+(?:makaton|signing|sign\s+language|PECS|an?\s+AAC|a\s+communication\s+(?:book|device|aid))`,
    String.raw`(?:toileting|toilet|wetting|soiling)\s+(?:accidents?|issues?|problems?|needs)`, String.raw`(?:had|has|having|have)\s+(?:an?\s+|another\s+)?accidents?(?!\s+(?:book|form|report))`, String.raw`wet\s+(?:himself|herself|themselves)`, String.raw`soiled`, String.raw`(?:still\s+in|wears?|wearing)\s+(?:nappies|pull-?ups)`,
    String.raw`malaria`, String.raw`tuberculosis`, String.raw`meningitis`, String.raw`sepsis`, String.raw`pneumonia`, String.raw`hepatitis`, String.raw`HIV`, String.raw`dialysis`, String.raw`(?:kidney|liver|heart|lung|bone\s+marrow)\s+(?:transplant|failure|problems?|disease)`,
    // Second pass (issue 20 item 3): speech, hearing and attacks in plain words.
    String.raw`stammer(?:s|ing)?`, String.raw`stutter(?:s|ing)?`, String.raw`migraines?`, String.raw`(?:asthma|panic|anxiety)\s+attacks?`, String.raw`bed-?\s?wetting`, String.raw`enuresis`,
    String.raw`glue\s+ear`, String.raw`grommets`, String.raw`(?:hearing|sight|vision)\s+loss`, String.raw`deafness`, String.raw`(?:is|was|born)\s+deaf`,
    String.raw`hole\s+in\s+(?:the|his|her|their)\s+heart`, String.raw`(?:visually|hearing)\s+impaired`, String.raw`(?:visual|hearing)\s+impairment`, String.raw`glasses\s+for\s+(?:his|her)\s+(?:squint|lazy\s+eye)`,
  ],
  sen: [
    String.raw`SEND?`, String.raw`EHCP?s?`, String.raw`EHC\s+plan`, String.raw`special\s+(?:educational\s+)?needs`, String.raw`autis(?:m|tic)`,
    String.raw`ASD`, String.raw`ADHD`, String.raw`ADD`, String.raw`dyslexi(?:a|c)`, String.raw`dyspraxi(?:a|c)`, String.raw`dyscalculi(?:a|c)`,
    String.raw`learning\s+(?:difficult(?:y|ies)|disabilit(?:y|ies))`, String.raw`1\s?:\s?1\s+(?:support|TA|adult|assistant|help)`, String.raw`one-?\s?to-?\s?one\s+support`,
    String.raw`speech\s+and\s+language(?:\s+therapy)?`, String.raw`SALT`, String.raw`IEP`, String.raw`(?:support|behaviour|learning)\s+plan`,
    // Plain words for SEN support: "his own one-to-one", "being assessed for…", "a statement".
    String.raw`(?<=(?:his|her|their|own)\s+)one-?\s?to-?\s?one`, String.raw`one-?\s?to-?\s?one\s+(?:TA|adult|assistant|help|worker|teaching\s+assistant)`,
    String.raw`(?<=(?:being|been|was|is|getting|get)\s+)assessed\s+for(?!\s+(?:(?:his|her|their|the|a)\s+)?(?:swimming|badge|grade|belt|level|award|place|team|squad|part|role))`,
    String.raw`statement\s+of\s+(?:special\s+)?(?:educational\s+)?needs`, String.raw`additional\s+(?:learning\s+)?needs`, String.raw`SENCO`, String.raw`SENCo`,
    String.raw`educational\s+psychologist`, String.raw`nurture\s+group`, String.raw`(?:extra|additional|special)\s+support\s+(?:in|with|for)\s+(?:class|learning|reading|his|her|their)`,
    // The plan and the needs spelt out (issue 20 item 3).
    String.raw`education,?\s+health\s+(?:and|&)\s+care\s+(?:plan|needs\s+assessment)`, String.raw`EHC\s+needs\s+assessment`, String.raw`statemented`,
    // Scotland's, Wales's and Ireland's terms: additional support needs and their plans, SNAs.
    String.raw`ASN`, String.raw`additional\s+support\s+(?:needs|plan|for\s+learning)`, String.raw`co-?ordinated\s+support\s+plan`, String.raw`CSP`, String.raw`IDP`,
    String.raw`individual\s+development\s+plan`, String.raw`ALN`, String.raw`SNA`, String.raw`special\s+needs\s+assistant`, String.raw`resource\s+teach(?:er|ing)\s+(?:hours|support)`,
    String.raw`(?:global\s+)?developmental\s+delay`, String.raw`speech\s+(?:delay|difficult(?:y|ies)|problems?)`, String.raw`(?:sensory|processing)\s+(?:needs|issues|difficult(?:y|ies)|disorder)`, String.raw`tourette'?s`,
  ],
  behaviour: [
    String.raw`excluded`, String.raw`exclusion`, String.raw`suspended`, String.raw`suspension`, String.raw`expelled`,
    String.raw`detentions?`, String.raw`behaviou?r\s+(?:plan|report|issues?|problems?|incidents?)`, String.raw`isolation`,
    String.raw`(?:was|were|been|got)\s+sent\s+home`, String.raw`on\s+report`, String.raw`fighting`, String.raw`(?<!anti-?\s?)bull(?:ying|ied)`,
    String.raw`in\s+trouble`, String.raw`misbehav\w*`,
    // Plain words for behaviour sanctions and provision (issue 20 item 3).
    String.raw`suspensions`, String.raw`exclusions`, String.raw`(?:fixed-?\s?term|permanent(?:ly)?|internal)\s+exclu\w+`, String.raw`managed\s+move`,
    String.raw`(?:reduced|part-?\s?time|modified|shortened|restricted)\s+timetable`, String.raw`PRU`, String.raw`pupil\s+referral\s+unit`,
    String.raw`alternative\s+provision`, String.raw`(?:behaviour|inclusion)\s+(?:unit|base|support|contract|agreement)`, String.raw`sent\s+out\s+of\s+(?:class|lessons?)`,
    // Someone's behaviour, good or bad, is a detail about that child ("Yusuf's behaviour", "her behaviour").
    String.raw`(?<=(?:['’]s|\b(?:his|her|their))\s+)behaviou?r`,
    String.raw`(?:poor|bad|challenging|disruptive|violent|aggressive|unacceptable|appalling)\s+behaviou?r`,
    String.raw`(?:hit|hitting|kicked|kicking|punched|punching|bit|biting|swore|swearing)\s+(?:a|another|other|his|her|their|a\s+member\s+of)\s+(?:child|pupil|classmate|children|pupils|staff|teacher|friend)`,
    // Behaviour history in plain words (issue 20 item 3): sanctions, provision and what was done.
    String.raw`anger\s+(?:management|issues|problems)`, String.raw`fresh\s+start\s+(?:at|in|with)\s+(?:a|another|his|her|their|a\s+new)`, String.raw`(?:another|a\s+different)\s+school\s+(?:on|for)\s+a\s+trial`,
    String.raw`(?:steal(?:s|ing)?|stole|stolen|theft|thiev(?:ing|ery))(?!\s+(?:the\s+(?:show|ball|limelight|headlines)|bases?|a\s+(?:march|glance|kiss|goal)))`,
    String.raw`violen(?:t|ce)(?!\s+(?:eruptions?|storms?|volcano\w*|weather|winds?|waves?|earthquakes?|in\s+(?:macbeth|shakespeare|history)))`, String.raw`(?:lash(?:ed|es|ing)?)\s+out`, String.raw`assault(?:ed|ing)?`, String.raw`attack(?:ed|ing)\s+(?:a|another|his|her|their|a\s+member)`, String.raw`threw\s+(?:a\s+)?(?:chair|table|chairs|furniture)`, String.raw`vandalis\w+|vandaliz\w+`,
    String.raw`(?:meltdowns?|outbursts?|tantrums?)`, String.raw`(?:was|were|been|being|had\s+to\s+be)\s+restrained`, String.raw`(?:physical\s+intervention|positive\s+handling)`,
    String.raw`only\s+(?:comes(?:\s+in)?|attends|in\s+school|here|with\s+us|joins\s+us)\s+(?:in\s+school\s+|in\s+)?(?:for\s+)?(?:(?:the|two|three|a\s+few)\s+)?(?:mornings?|afternoons?|half[-\s]days?)`,
    String.raw`(?:comes|attends|is\s+in|is\s+here|joins\s+us)\s+(?:in\s+school\s+)?(?:for\s+)?(?:(?:the|two|three|a\s+few)\s+)?(?:mornings?|afternoons?|half[-\s]days?)(?:\s+only)?`,
    String.raw`(?:mornings?|afternoons?|half[-\s]days?)\s+only`, String.raw`(?:goes|went|is\s+collected|is\s+picked\s+up)\s+(?:home\s+)?at\s+(?:lunch(?:time)?|midday|noon)(?:\s+(?:each|every)\s+day)?`, String.raw`(?:on|doing|does|has)\s+(?:shorter|short|half)\s+(?:school\s+)?days`,
    String.raw`(?:on|under)\s+(?:a\s+)?(?:final\s+)?warning`,
    // Second pass: incidents and sanctions told in plain words, and attendance.
    String.raw`(?:spat|spitting|swore|swearing|lashed\s+out|lashing\s+out)\s+at\s+(?:a|another|his|her|their|the|staff|a\s+member|other)`,
    String.raw`ran\s+(?:out\s+of|away\s+from|off\s+from)\s+(?:school|class|the\s+classroom|the\s+playground|the\s+site)`, String.raw`abscond(?:ed|ing|s)?`,
    String.raw`(?:kept|stayed|was\s+kept)\s+in\s+at\s+(?:break|playtime|lunch(?:time)?)`, String.raw`lost\s+(?:his|her|their|all\s+(?:his|her|their))\s+(?:golden\s+time|playtime|break\s?time|privileges)`,
    String.raw`(?:sent|taken)\s+(?:out\s+of\s+class\s+)?to\s+(?:the\s+)?(?:head(?:teacher)?['’]?s?\s+office|deputy\s+head|head\s+teacher)`,
    String.raw`(?:another|yet\s+another|a\s+serious|a\s+further)\s+(?:incident|outburst)`,
    String.raw`(?:hurt|pushed|shoved|scratched|slapped|strangled|choked)\s+(?:a|another|other|his|her|their)\s+(?:child|pupil|classmate|children|friend|teacher|member)`,
    String.raw`(?:racist|homophobic|sexist|transphobic)\s+(?:comments?|remarks?|language|incidents?|abuse|names)`,
    String.raw`truan(?:t|cy|ting)`, String.raw`persistent(?:ly)?\s+(?:absen(?:t|ce)|late|lateness|disruption)`, String.raw`attendance\s+(?:is|has\s+been|was)\s+(?:poor|low|a\s+concern|worrying)`, String.raw`(?:poor|low)\s+attendance`,
  ],
  family: [
    String.raw`divorc(?:e|ed|ing)`, String.raw`parents\s+(?:are|have|have\s+recently|are\s+now)\s+(?:separated|separating|splitting\s+up|split\s+up)`, String.raw`separation`, String.raw`custody`, String.raw`bereave(?:d|ment)`,
    String.raw`passed\s+away`, String.raw`died`, String.raw`death`, String.raw`funeral`, String.raw`in\s+prison`, String.raw`prison`,
    String.raw`jail(?:ed)?`, String.raw`looked[-\s]after(?:\s+child(?:ren)?)?`, String.raw`foster(?:ed|ing)?(?:\s+care)?`,
    String.raw`in\s+care`, String.raw`care\s+order`, String.raw`(?:was|is|been|being)\s+adopted`, String.raw`adoption`, String.raw`young\s+carer`,
    String.raw`domestic\s+(?:abuse|violence)`, String.raw`homeless(?:ness)?`, String.raw`free\s+school\s+meals`, String.raw`pupil\s+premium`,
    String.raw`refugee`, String.raw`asylum`,
    // Plain words for family and care (issue 20 item 3, issue 16 item 4).
    String.raw`(?:parents|mum\s+and\s+dad|mother\s+and\s+father)\s+(?:(?:have|had|are|were|recently|now|just)\s+)*(?:split(?:ting)?|separat(?:ed|ing)|divorc(?:ed|ing))(?:\s+up)?`,
    String.raw`(?<=(?:his|her|their)\s+)(?:dad|mum|father|mother|parent)\s+(?:left|moved\s+out|walked\s+out)`,
    String.raw`lost\s+(?:his|her|their|a)\s+(?:mum|mummy|dad|daddy|mother|father|parent|grand(?:ad|dad|pa|ma|mother|father|parent)|gran|granny|grandma|nan|nana|nanna|brother|sister|sibling|baby\s+(?:brother|sister)|uncle|aunt|auntie|cousin|home|house)`,
    String.raw`griev(?:e|es|ing|ed)`, String.raw`loss\s+of\s+(?:his|her|their|a)\s+(?:mum|dad|mother|father|parent|grand\w+|gran|nan|brother|sister|baby)`,
    String.raw`evict(?:ed|ion)`, String.raw`temporary\s+accommodation`, String.raw`food\s+banks?`, String.raw`kinship\s+care`, String.raw`special\s+guardianship`,
    String.raw`(?:foster|adoptive)\s+(?:carers?|family|families|placement|parents?|home)`, String.raw`(?:placed|placement)\s+with`, String.raw`local\s+authority\s+care`,
    // Housing and loss in plain words (issue 20 item 3).
    String.raw`emergency\s+(?:housing|accommodation)`, String.raw`(?:living|lives|live|staying|stays|moved|placed)\s+(?:in|into|at)\s+(?:a|the)\s+(?:homeless\s+|women's\s+)?(?:hostel|refuge|shelter|hotel|B&B)`, String.raw`(?:B&B|bed\s+and\s+breakfast)\s+(?:accommodation|room)`, String.raw`nowhere\s+(?:to\s+live|to\s+stay|permanent)`, String.raw`sofa[-\s]?surfing`,
    String.raw`(?:mum|mummy|dad|daddy|mother|father|parent|grand\w+|gran|granny|nan|nana)['’]?s\s+(?:passing|death|funeral|illness|cancer|diagnosis)`, String.raw`no\s+longer\s+with\s+us`,
    String.raw`deport(?:ed|ation)`, String.raw`(?:dad|mum|father|mother|parent|brother|sister)\s+(?:was|is|has\s+been|got)\s+arrested`, String.raw`children['’]s\s+services`,
    String.raw`(?:lives|living|staying|stays|moved\s+in)\s+with\s+(?:his|her|their)\s+(?:gran|granny|grandma|grandparents|nan|nana|aunt|auntie|uncle)\s+(?:now|since|because|for\s+now|at\s+the\s+moment)`,
  ],
  safeguarding: [
    String.raw`social\s+services`, String.raw`social\s+workers?`, String.raw`child\s+protection`, String.raw`CP\s+plan`,
    String.raw`child\s+in\s+need`, String.raw`CIN\s+plan`, String.raw`safeguarding\s+(?:concern|referral|issue|report)s?`,
    String.raw`police\s+(?:involvement|investigation|were\s+called|have\s+been\s+(?:called|informed))`, String.raw`MASH`, String.raw`early\s+help`, String.raw`referral`, String.raw`abuse[ds]?`, String.raw`neglect(?:ed)?`,
    String.raw`child\s+protection\s+plan`, String.raw`LADO`, String.raw`section\s+(?:17|47)`, String.raw`team\s+around\s+the\s+(?:family|child)`, String.raw`family\s+support\s+worker`,
    // Harms the DfE's "Keeping children safe in education" names (issue 20 item 3, second pass).
    String.raw`FGM`, String.raw`female\s+genital\s+mutilation`, String.raw`forced\s+marriage`, String.raw`honou?r[-\s]based\s+(?:abuse|violence)`,
    String.raw`radicali[sz](?:ation|ed)`, String.raw`prevent\s+referral`, String.raw`county\s+lines`, String.raw`(?:child\s+)?(?:sexual|criminal)\s+exploitation`, String.raw`CSE`, String.raw`CCE`,
    String.raw`traffick(?:ed|ing)`, String.raw`modern\s+slavery`, String.raw`(?:at|is\s+at|be\s+at)\s+risk\s+of\s+(?:harm|abuse|neglect|exploitation|being\s+taken|FGM|cutting)`,
  ],
};

/** Acronyms that are ordinary words in lower case ("send", "add", "salt", "mash", "cin"). */
const CASE_SENSITIVE = new Set(['FGM', 'CSE', 'CCE', 'ASN', 'CSP', 'IDP', 'ALN', 'SNA', 'HIV', 'CAMHS', 'SEND?', 'ASD', 'ADHD', 'ADD', 'SALT', 'IEP', 'MASH', 'PRU', 'ICU', 'LADO', 'SENCO', 'SENCo', String.raw`EHCP?s?`, String.raw`CP\s+plan`, String.raw`CIN\s+plan`]);
/** Words that start charity appeals and titles when capitalised ("Operation Christmas Child"): lower case only. */
const LOWER_ONLY = new Set(['operation', String.raw`medicines?`, 'death', 'died', 'prison']);
/** History and RE topics mention deaths: these count only with a family member in the sentence. */
const NEEDS_FAMILY = new Set(['died', 'death', 'funeral', 'prison', String.raw`jail(?:ed)?`]);
const FAMILY_MEMBER_RE = /\b(?:mum|mummy|mom|dad|daddy|mother|father|parents?|step-?(?:mum|dad)|grand(?:ad|dad|pa|ma|mother|father|parents?)|gran|granny|nan|nana|nanna|brother|sister|sibling|uncle|aunt|auntie|cousin|family|carer|guardian|baby|pet|dog|cat)\b/i;

interface Term {
  /** Sticky: tried only where TERM_INDEX says it may start. */
  re: RegExp;
  category: Category;
  needsFamily: boolean;
  acronym: boolean;
}

const TERM_RES: Term[] = (Object.entries(TERMS) as Array<[Category, string[]]>).flatMap(([category, list]) =>
  list.map((p) => ({
    category,
    needsFamily: NEEDS_FAMILY.has(p),
    acronym: CASE_SENSITIVE.has(p),
    // An awareness day or topic is not a detail about a child: "Autism Acceptance Week", "Anti-Bullying Week".
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${p})(?![\p{L}\p{N}])(?!\s+(?:awareness|acceptance|week|day|month|fortnight|charity|appeal|research|ward\s+visit|museum|radio|play\s+day|open\s+day|fun\s+run|fundraiser|bake\s+sale|volunteers?))`,
      CASE_SENSITIVE.has(p) || LOWER_ONLY.has(p) ? 'yu' : 'yiu',
    ),
  })),
);

/**
 * Zero-width: matches at every position where at least one term could start
 * (all terms, case-insensitive, without their trailing exceptions), so a
 * superset of where any term matches. One pass over the text finds the few
 * candidate positions instead of ~250 full scans, one per term.
 */
const ANY_TERM_AT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?=(?:${Object.values(TERMS).flat().join('|')})(?![\p{L}\p{N}]))`,
  'giu',
);

/** At a candidate position, only the terms that can start with its character are tried (about 20 of ~250). */
const TERM_INDEX = new StartIndex(TERM_RES.map((t) => t.re));

function candidatePositions(norm: string): number[] {
  const out: number[] = [];
  for (const m of execAll(ANY_TERM_AT, norm)) out.push(m.index ?? 0);
  return out;
}

/**
 * Year groups as the four nations write them: England's "Year 4" and
 * "Reception"; Scotland's "P3", "Primary 3", nursery and ELC; Wales's
 * "Blwyddyn 2"; Ireland's "junior infants", "second class".
 */
const YEAR = String.raw`(?:year|yr|y)\s?\d{1,2}|reception|nursery|early\s+years|eyfs|ks[12]|key\s+stage\s+[12]|p\s?[1-7]|primary\s+(?:[1-7]|one|two|three|four|five|six|seven)|elc|pre-?\s?school|blwyddyn\s?\d|(?:junior|senior)\s+infants|(?:first|second|third|fourth|fifth|sixth)\s+class`;
const CLASS = String.raw`(?:\p{Lu}[\p{Ll}'-]+\s+)?class|\p{Lu}[\p{Ll}'-]+\s+(?:Class|class|base|Base|group|Group)`;
const CHILD = String.raw`child|pupil|boy|girl|student|learner|youngster|kid|toddler|tot|wee\s+(?:one|boy|girl)|little\s+one|son|daughter|classmate|member\s+of\s+(?:our\s+|the\s+)?(?:class|team|squad|group)`;

/** Phrases that point at one (or a few) children without naming them. */
const PUPIL_PHRASE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[
    String.raw`(?:a|one|another)\s+(?:little\s+|young\s+)?(?:(?:${YEAR}|${CLASS})\s+)?(?:${CHILD})(?![\p{L}])(?:\s+(?:in|from)\s+(?:${YEAR}|${CLASS}|our\s+class|my\s+class))?`,
    String.raw`one\s+of\s+(?:our|the|my)\s+(?:(?:${YEAR}|${CLASS})\s+)?(?:children|pupils|boys|girls|students|learners|class)`,
    String.raw`(?:two|three|a\s+few|a\s+couple\s+of|several)\s+(?:(?:${YEAR}|${CLASS})\s+)?(?:children|pupils|boys|girls|students)`,
    String.raw`(?:${CHILD})\s+(?:in|from|at)\s+(?:${YEAR}|${CLASS}|our\s+class|my\s+class|our\s+school|this\s+school|the\s+school|school)`,
    // A family stands for its child: "one of our families", "a family in our school", "a local family".
    String.raw`(?:one|two|some|a\s+few)\s+of\s+(?:our|the)\s+(?:school\s+)?families`, String.raw`(?:a|one|another)\s+(?:school\s+)?family\s+(?:in|from|at)\s+(?:our|the)\s+(?:school|community)`,
    String.raw`(?:a|one)\s+(?:pupil|child|student)\s+of\s+ours`,
    // "our pupil with dyslexia", "this Year 2 boy": one child, singular (CHILD is not followed by a letter).
    String.raw`(?:our|my|this|that)\s+(?:little\s+|young\s+)?(?:(?:${YEAR}|${CLASS})\s+)?(?:${CHILD})(?![\p{L}])`,
    // "the Year 4 pupil whose mum…": one child of a group.
    String.raw`the\s+(?:${YEAR}|${CLASS})\s+(?:${CHILD})(?![\p{L}])`,
  ].join('|')})`,
  'giu',
);

/** Before a roster group: "one of the Owls", "one of our Kestrels". */
const ONE_OF_BEFORE_GROUP = /(?<![\p{L}])(?:one|two|three|some|a\s+few|several)\s+of\s+(?:the|our|my)\s+$/iu;
/** Around a roster group: "the Kestrels pupil", "a Robins child", "this Owls boy". */
const DETERMINER_BEFORE_GROUP = /(?<![\p{L}])(?:the|a|an|one|this|that|our|my)\s+$/iu;
/** Before a roster group: "a girl in Severn", "one boy from Conwy" (classes named as places or things). */
const CHILD_IN_BEFORE_GROUP = new RegExp(String.raw`(?<![\p{L}])(?:a|one|another|the)\s+(?:little\s+|young\s+)?(?:child|pupil|boy|girl|student|learner)\s+(?:in|from)\s+(?:class\s+)?$`, 'iu');
const CHILD_AFTER_GROUP = new RegExp(String.raw`^\s+(?:${CHILD})(?![\p{L}])`, 'iu');

/**
 * Roster groups named as a reference to one child: "one of the Owls",
 * "the Kestrels pupil". (A group on its own — "the Owls visited" — is not.)
 */
function groupReferences(text: string, groups: ReadonlyArray<{ start: number; end: number }>): TextRange[] {
  const out: TextRange[] = [];
  for (const g of groups) {
    const windowStart = Math.max(0, g.start - 24);
    const before = text.slice(windowStart, g.start);
    const oneOf = ONE_OF_BEFORE_GROUP.exec(before) ?? CHILD_IN_BEFORE_GROUP.exec(before);
    const child = CHILD_AFTER_GROUP.exec(text.slice(g.end));
    const det = child ? DETERMINER_BEFORE_GROUP.exec(before) : null;
    const found = oneOf ?? det;
    if (!found) continue;
    const start = windowStart + found.index;
    const end = oneOf ? g.end : g.end + (child as RegExpExecArray)[0].length;
    out.push({ start, end, match: text.slice(start, end) });
  }
  return out;
}

/** Giving to or visiting a hospital or hospice. */
const FUNDRAISING_RE = /\b(?:rais(?:e|ed|es|ing)|fund-?rais\w*|donat\w*|sponsor\w*|collect(?:ed|ing|ion)|money|bake\s+sale|visit(?:ed|ing)?|trip|tour)\b/i;
const HELPED_BEFORE_RE = /\b(?:for|to|at|in\s+aid\s+of|visit(?:ed|ing)?)\s+(?:(?:the|a|our|their|local|children['’]s|childrens|county|city|new)\s+){0,3}$/i;

/** How far (in characters) a detail may sit from the pupil reference across a sentence break. */
const NEARBY = 60;

const CATEGORY_WORDS: Record<Category, string> = {
  health: 'health',
  sen: 'special educational needs',
  behaviour: 'behaviour',
  family: 'family',
  safeguarding: 'safeguarding',
};

export const sensitiveDetail: Rule = {
  id: 'sensitive-detail',
  meta: {
    description: 'Health, SEN, behaviour, family or safeguarding details next to a pupil reference',
    defaultSeverity: 'block',
    policySource: ['forefield-junior'],
    messages: {
      default:
        'No details or opinions relating to pupils will be posted: "{match}" is a {category} detail about {pupil}.',
    },
    hints: {
      default:
        'Remove the {category} detail. Share it only with the people who need it (e.g. staff or the family) through the school office, never on social media.',
    },
  },
  scope: 'segment',
  check(segment, ctx) {
    const text = segment.text;
    if (!text) return [];
    const nt = normalized(text);
    const references: Array<TextRange & { label: string }> = [
      ...ctx.pupilMentions(segment).map((m) => ({ start: m.start, end: m.end, match: m.match, label: m.match })),
      ...findAll(nt, PUPIL_PHRASE_RE).map((r) => ({ ...r, label: `"${r.match}"` })),
      ...groupReferences(text, ctx.profile.roster.findGroups(text)).map((r) => ({ ...r, label: `"${r.match}"` })),
    ];
    if (references.length === 0) return [];

    const candidates = candidatePositions(nt.norm);
    if (candidates.length === 0) return [];
    const found = TERM_INDEX.scan(nt.norm, candidates);
    const findings: RawFinding[] = [];
    const taken: Array<{ start: number; end: number }> = [];
    // Longest first: "fixed-term exclusion" over "exclusion", "child protection plan" over "child protection".
    const matches = found.map((m) => ({ ...(TERM_RES[m.term] as Term), term: toOriginal(nt, m.start, m.end) }));
    matches.sort((a, b) => b.term.end - b.term.start - (a.term.end - a.term.start));
    {
      for (const { category, needsFamily, acronym, term } of matches) {
        if (taken.some((t) => term.start < t.end && t.start < term.end)) continue;
        const sentence = sentenceAround(text, term.start);
        if (needsFamily && !FAMILY_MEMBER_RE.test(text.slice(sentence.start, sentence.end))) continue;
        // "Talia raised money for the children's hospital": a charity or place being helped or visited, not a detail.
        if ((category === 'health' || category === 'family') && FUNDRAISING_RE.test(text.slice(sentence.start, sentence.end)) && HELPED_BEFORE_RE.test(text.slice(Math.max(0, term.start - 40), term.start))) continue;
        // "PLEASE SEND IN YOUR FORMS": an acronym inside shouting is just a word.
        if (acronym && isShouting(text, term)) continue;
        const reference = references.find(
          (r) =>
            (r.start >= sentence.start && r.start < sentence.end) ||
            (Math.min(Math.abs(r.end - term.start), Math.abs(term.end - r.start)) <= NEARBY &&
              !/\n\s*\n/.test(text.slice(Math.min(r.end, term.end), Math.max(r.start, term.start)))),
        );
        if (!reference) continue;
        // A term inside the reference itself ("a child in need" as a phrase) is not a second detail.
        if (term.start >= reference.start && term.end <= reference.end) continue;
        taken.push(term);
        findings.push({
          match: term.match,
          start: term.start,
          end: term.end,
          data: { match: term.match, category: CATEGORY_WORDS[category], pupil: reference.label },
        });
      }
    }
    return findings.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  },
};

/** Whether the words either side of `range` are in capitals too. */
function isShouting(text: string, range: { start: number; end: number }): boolean {
  const before = /([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, range.start - 30), range.start))?.[1];
  const after = /^[^\p{L}]*([\p{L}]+)/u.exec(text.slice(range.end, range.end + 30))?.[1];
  const caps = (w: string | undefined) => !!w && w.length > 1 && w === w.toUpperCase();
  return caps(before) || caps(after);
}
