/**
 * Name evidence: a roster name that is also an ordinary word (Grace, Hope,
 * Summer), a month or day (May, June), a place (Paris) or a word of the
 * school's, a group's or a staff member's name (Rowan, Willow, Aidan) is
 * ambiguous. Each use is judged from the words around it into one of three
 * roles:
 *
 * - `name`: the text uses it as a child's name → the name rules' own severity;
 * - `word`: the text uses it as the word → nothing;
 * - `unclear`: nothing decides → `possible-pupil-name` asks the teacher.
 *
 * Strong evidence decides; case and position in the sentence are weak and only
 * tip a use that has no other evidence. Nothing about particular sentences is
 * stored. Each kind of evidence has an id (`EVIDENCE`), documented in the
 * README's Detection quality section. The evidence itself is an ordered list
 * of entries (`EVIDENCE_ENTRIES`, first match decides), each tested on its own
 * in tests/unit/rules/names/name-evidence.test.ts.
 */
import { isSpaceGap, type Token, type TokenizedText } from '../text/tokenize';
import { TITLES } from './name-parts';
import { MONTHS, TIME_WORD_NAMES as TIME_WORDS } from './word-names';
import {
  calledTitle,
  titleBeforeBy,
  feastDay,
  figureTitle,
  nativityFigure,
  otherLanguageName,
  otherLanguageWord,
  otherPersonsName,
  titleAfterVerb,
  afterSaint,
  authorFirstName,
  authorSurname,
  calendarPhrase,
  capitalAfter,
  costumeCharacter,
  epithetName,
  gospel,
  nameAsWord,
  scriptureFigure,
  storyFigure,
  travelPlace,
  institutionAfter,
  italicTitle,
  leavesAsVerb,
  placePhrase,
  titleCaseRun,
  weatherPhrase,
} from './proper-nouns';

export type NameRole = 'name' | 'word' | 'unclear';

/** Why an ambiguous name is what it is. */
export const EVIDENCE = {
  // name role
  praiseBefore: 'praise, thanks or address before it ("well done Poppy", "thanks to Mark", "a poem by Ivy")',
  personAfter: 'a person verb after it ("Grace sang", "May baked"), a person participle ("Summer has been excluded") or a pronoun ("May and her mum")',
  inGroup: 'placed in a year group or class ("Aidan from Year 5", "Hazel in Oak Class")',
  possessivePerson: 'a possessive before a person noun ("Rowan\'s grandparents", "Summer\'s model")',
  nameList: 'in a list of names ("Hope and Jack", "Mia, Grace and Leo")',
  addressed: 'addressed at the start of a sentence ("Grace, please…", "Hope – what a star")',
  lineAlone: 'alone on its line, as on a certificate or a list',
  // word role: proper nouns (./proper-nouns.ts), before any evidence of a person
  saint: 'a saint, or a church or school named after one ("St Mark\'s", "St. Luke", "Saint Aidan")',
  gospel: 'a book of the Bible ("Mark\'s Gospel", "the Gospel of Luke", "the Gospel according to John", "the Book of Ruth")',
  institution: 'a church or school named with it ("Grace Church", "St Mark\'s Chapel", "Hope Cathedral", "Holly Academy", "Rowan Primary", "Ivy School")',
  placePhrase: 'a place in its fixed phrase ("Isle of May", "Robin Hood\'s Bay", "Lake Grace", "Mount Hope", "Holly-on-Sea"), reached by travel ("sailed to Iona", "the ferry to Arran") or whose land is described ("Arran\'s beaches")',
  author: 'an author or poet: after "by", "author" or "poet", with a surname that is no pupil\'s ("…by Michael Morpurgo", "the poet Benjamin Zephaniah"), or that surname',
  character: 'a character worn as a costume ("came as Matilda", "dressed up as Willy Wonka", "a Harry Potter costume"), told in a story ("the story of Maryam", "the legend of Finn") or worshipped ("Lakshmi puja", "pray to Lakshmi")',
  bookTitle: 'before "by <Author>" in a capitalised run ("Anna Hibiscus by Atinuke"), named after its kind ("a book called Matilda"), inside a title typed in italics ("*The Jack Book*", "_Holly\'s Journey_") or a Title Case run with a small word ("The Tale of Peter Rabbit")',
  weatherPhrase: 'a weather word before a forecast word ("sunny intervals", "Stormy weather", "Misty and cold")',
  calendarPhrase: 'a month or season in a calendar phrase ("a June wedding", "April showers", "Summer term", "Autumn leaves", "the first of May")',
  historicalFigure: 'a figure of history or scripture: after "King", "Queen", "Pope" ("Queen Mary", "King David"), with an epithet ("Robert the Bruce"), a person of the Christmas story in a sentence about it ("Mary and Joseph travelled to Bethlehem"), or a figure in a sentence about scripture or myth ("Maryam in the Qur\'an", "Arjun in the Mahabharata")',
  feastDay: 'a saint\'s day, feast or emblem ("David\'s Day", "Brigid\'s cross", "the feast of Patrick", "Gŵyl Dewi")',
  sungOrReadTitle: 'leading a capitalised title after a verb of singing or reading ("we sang Seren Bethlehem", "Year 4 read Rowan of Rin")',
  otherLanguage: 'in a sentence whose words are mostly not English (Welsh, Irish): a lower-case word there is that language\'s word ("mae\'r haf yn dod"); a capitalised one is asked ("Da iawn Seren")',
  otherPerson: 'before a capitalised surname that is no pupil\'s, or a one-word class\'s name with no class word after it: someone else ("Mary Seacole", "Isaac Newton")',
  nameAsWord: 'the name talked about as a word ("the name Asha", "Noor means light", "Alba is the Gaelic word for Scotland")',
  commonNoun: 'a roster name that is no English word, after "the", "a" or "an" ("a diya", "the Sahara", "a model Clyde puffer"): a thing or a place, not a child',
  thingList: 'first in a list of lower-case things ("Ivy, holly and fir", "Hope, joy and peace")',
  // word role
  compound: 'part of a compound word ("Sky-high", "Rose-tinted")',
  titlePhrase: 'inside a capitalised phrase ("Summer Fair", "Christmas Eve", "Mamma Mia")',
  quotedTitle: 'inside a quoted title ("\'Holly and the Ivy\'")',
  dateContext: 'a date or time ("29 May", "May 2026", "in June", "by May", "May half term")',
  determiner: 'after a determiner, as a common noun ("the Joy of reading", "a wonderful Summer")',
  thingContext: 'a plant, animal or object in context ("holly wreath", "Robin nest", "ivy leaves")',
  verbUse: 'used as a verb or word at the start of a sentence ("Hope you…", "Mark your calendars", "Will you…")',
  timeCopula: 'a season or month with a copula ("Summer is here", "May was wet")',
  schoolName: 'the school\'s own name after a preposition ("at Kingsley", "welcome to Rowan")',
  seasonPossessive: 'a season\'s possessive ("Summer\'s day")',
  modifier: 'at the start, describing the lower-case word after it ("Faith week", "River safety talk", "Grace before meals"; not -s, -ing or -ed words, which may be verbs, except after a season or month: "Summer reading challenge")',
  // weak
  lowerCase: 'lower case in mixed-case text, with no evidence of a name (weak)',
  noEvidence: 'no evidence either way (unclear)',
} as const;
export type EvidenceId = keyof typeof EVIDENCE;

export interface RoleJudgement {
  role: NameRole;
  evidence: EvidenceId;
}

/** What kind of ambiguous name it is. */
export interface Ambiguity {
  /** Season, festival, month or day: a copula or time preposition does not make it a person. */
  time: boolean;
  /** A word of the school's own name (or a place). */
  place: boolean;
  /** A one-word roster group's name too ("Teifi", a class and a pupil): a person verb alone may be the class. */
  group?: boolean;
}

/** What the evidence needs to know about the roster. */
export interface EvidenceRoster {
  isFirstName(word: string): boolean;
  isSurname(word: string): boolean;
  /** Does a roster group start at token i? */
  groupAt(tokens: readonly Token[], i: number): boolean;
  /** Is this roster first name ambiguous too (a word, month, place…)? */
  isAmbiguous?(word: string): boolean;
}

/** Words in a school's name that say what it is rather than which it is. */
export const GENERIC_SCHOOL_WORDS = new Set([
  'school', 'schools', 'primary', 'junior', 'juniors', 'infant', 'infants', 'academy', 'college',
  'church', 'of', 'england', 'ce', 'c', 'e', 'cofe', 'rc', 'catholic', 'st', 'saint', 'the',
  'and', 'community', 'federation', 'trust', 'high', 'nursery', 'first', 'middle', 'free', 'va', 'vc',
]);

/** Before a word: it is being used as a common noun ("the Hope Centre", "our Summer Fair"). */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'our', 'your', 'their', 'its', 'this', 'that', 'these', 'those',
  'my', 'every', 'each', 'some', 'any', 'no', 'all', 'much', 'more', 'such',
]);

/** Right before a name: someone is being addressed or credited ("Well done Hope", "thanks to Jack"). */
const NAME_CUES_BEFORE = new Set([
  'done', 'congratulations', 'congrats', 'bravo', 'thanks', 'welcome', 'hi', 'hello', 'dear',
  'go', 'named', 'called', 'pupil', 'winner', 'champion', 'birthday', 'by', 'proud', 'amazing',
  'superstar', 'brilliant', 'fantastic',
  // Welsh and Irish praise ("Da iawn Seren", "Maith thú Patrick", "Llongyfarchiadau Haf").
  'iawn', 'llongyfarchiadau', 'diolch', 'gwych', 'ardderchog', 'thu', 'thú', 'sibh', 'comhghairdeas', 'lwc', 'leat',
]);

/** Verbs that say the word before them is a person doing something. */
const PERSON_VERBS = new Set([
  'is', 'was', 'has', 'had', 'will', 'can', 'could', 'did', 'does', 'won', 'wins', 'sang', 'sings',
  'read', 'reads', 'wrote', 'writes', 'drew', 'draws', 'made', 'makes', 'ran', 'runs', 'swam',
  'came', 'went', 'gave', 'got', 'took', 'showed', 'shows', 'told', 'said', 'says', 'played',
  'plays', 'scored', 'scores', 'loves', 'loved', 'enjoyed', 'enjoys', 'worked', 'works', 'tried',
  'tries', 'helped', 'helps', 'learned', 'learnt', 'built', 'found', 'finished', 'became',
  'danced', 'dances', 'performed', 'recited', 'achieved', 'earned', 'received', 'completed',
  'brought', 'shared', 'designed', 'painted', 'baked', 'caught', 'kicked', 'threw', 'jumped',
  'climbed', 'explained', 'presented', 'represented', 'raised', 'needs', 'needed', 'wants',
  'wanted', 'likes', 'liked', 'knows', 'thinks', 'felt', 'feels', 'hurt', 'fell', 'lost', 'left',
  'joined', 'spoke', 'answered', 'asked', 'keeps', 'kept', 'gets', 'should', 'would',
  'must', 'amazed', 'impressed', 'blew', 'knocked', 'smashed', 'nailed', 'aced', 'cooked',
  'swims', 'reached', 'built', 'wore', 'wears', 'sat', 'sits', 'stood', 'cried', 'laughed', 'smiled',
  'led', 'leads', 'hosted', 'organised', 'organized', 'collected', 'visited', 'met', 'wins',
]);
const COPULAS = new Set(['is', 'was', 'has', 'had', 'will', 'can', 'could', 'should', 'would', 'must', 'does', 'did', 'are', 'were']);
/** After "Summer has been" / "May was": things that happen to a child, never to a season or a school. */
const PERSON_PARTICIPLES = new Set([
  'excluded', 'suspended', 'expelled', 'diagnosed', 'referred', 'admitted', 'chosen', 'selected', 'picked',
  'awarded', 'invited', 'injured', 'hurt', 'bullied', 'adopted', 'fostered', 'poorly', 'unwell', 'absent',
  'off', 'sent', 'told', 'asked', 'moved', 'named', 'appointed', 'elected', 'praised', 'crowned',
  'off', 'ill', 'sick', 'upset', 'crying', 'missing', 'late',
]);
/** Between a copula and the participle: "has been", "was just", "is now". */
const AUXILIARY_FILLERS = new Set(['been', 'being', 'just', 'now', 'also', 'recently', 'finally', 'today', 'very', 'really']);
/** After a possessive: only a person has these. */
const PERSON_NOUNS = new Set([
  'mum', 'mummy', 'mam', 'dad', 'daddy', 'mother', 'father', 'parents', 'parent', 'grandparents', 'grandma',
  'grandad', 'grandpa', 'granny', 'gran', 'nan', 'nana', 'nanna', 'brother', 'brothers', 'sister', 'sisters',
  'siblings', 'family', 'aunt', 'auntie', 'uncle', 'cousin', 'cousins', 'carer', 'carers', 'birthday', 'friend',
  'friends', 'teacher', 'class', 'classmates', 'homework', 'drawing', 'painting', 'poem', 'story', 'model',
  'project', 'picture', 'work', 'writing', 'certificate', 'award', 'medal', 'goal', 'diagnosis', 'behaviour',
  'needs', 'condition', 'allergy', 'illness',
]);
/** After "Summer's": the season, not a child. */
const SEASON_NOUNS = new Set([
  'day', 'days', 'evening', 'evenings', 'night', 'nights', 'morning', 'here', 'end', 'term', 'holiday',
  'holidays', 'sun', 'heat', 'coming', 'nearly', 'almost', 'finally', 'over', 'back', 'arrived', 'fair',
]);
/** Before a month: a time, not a person ("in May", "until June", "by May"). */
const TIME_PREPOSITIONS = new Set([
  'in', 'during', 'until', 'till', 'since', 'from', 'before', 'after', 'throughout', 'early', 'late', 'mid',
  'last', 'next', 'this', 'by', 'of', 'every', 'each', 'through', 'to', 'on', 'end',
]);
/** After a month or day: a date or school-calendar phrase ("May half term", "Friday afternoon"). */
const TIME_NOUNS_AFTER = new Set([
  'half', 'term', 'holiday', 'holidays', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend',
  'fair', 'fete', 'day', 'bank', 'festival', 'break', 'sun', 'sunshine', 'showers', 'weather', 'time',
  'club', 'clubs', 'assembly', 'service', 'production', 'concert', 'newsletter', 'onwards', 'deadline',
]);
/** After a word-name: a plant, animal or object ("holly wreath", "ivy leaves", "robin nest"). */
const THING_NOUNS_AFTER = new Set([
  'tree', 'trees', 'bush', 'bushes', 'hedge', 'leaf', 'leaves', 'flower', 'flowers', 'petals', 'berries',
  'seeds', 'bulbs', 'plant', 'plants', 'wreath', 'wreaths', 'garland', 'branch', 'branches', 'nest', 'nests',
  'eggs', 'feathers', 'bed', 'beds', 'garden', 'field', 'fields', 'pot', 'pots', 'crown', 'chain', 'chains',
  'cake', 'cakes', 'jam', 'pie', 'tea', 'juice', 'colour', 'colours', 'paint', 'stone', 'stones', 'shell',
  'shells', 'wood', 'woods', 'hill', 'lane', 'road', 'street', 'park', 'house', 'room', 'centre', 'center',
  'hall', 'building', 'award', 'cup', 'trophy', 'prize', 'team', 'group', 'theme', 'song', 'carol',
  'weather', 'warning', 'alert', 'beads', 'necklace', 'ring',
]);
/** At the start of a sentence, right after the word: it is a verb or an adverb ("Hope you…", "Mark your calendars"). */
const VERB_USE_NEXT = new Set([
  'you', 'your', 'yours', 'our', 'the', 'that', 'to', 'everyone', 'all', 'it', 'this', 'these', 'down',
  'up', 'out', 'off', 'in', 'on', 'for', 'of', 'not', 'we', 'us', 'them', 'every', 'a', 'an', 'some',
]);
/** "a poem by May": made by a person, even when the name is a month. */
const WORK_NOUNS = new Set([
  'poem', 'poems', 'story', 'stories', 'picture', 'pictures', 'painting', 'paintings', 'drawing', 'drawings',
  'model', 'models', 'letter', 'speech', 'song', 'piece', 'work', 'writing', 'photo', 'photograph', 'design',
  'performance', 'solo', 'goal', 'goals', 'entry', 'artwork', 'collage', 'sculpture', 'effort', 'efforts',
  'try', 'save', 'catch', 'innings', 'run', 'race', 'reading', 'answer', 'idea', 'question',
]);
/** Modal verbs that are also names: "Will parents please…", "May we remind you…". */
const MODAL_NAMES = new Set(['will', 'may', 'can', 'must']);
/** Cues that take "of"/"to" before the name: "proud of May", "thanks to Mark", "well done to Ivy", "thank you to Hope". */
const CUES_WITH_PREPOSITION = new Set(['comhghairdeas', 'you', 'proud', 'done', 'thanks', 'congratulations', 'congrats', 'shout', 'out', 'goes', 'go', 'award', 'awarded', 'welcome', 'luck', 'goodbye', 'farewell', 'birthday']);
/** After a name and "and": people, not things ("May and friends"). */
const PEOPLE_NOUNS = new Set(['friends', 'friend', 'family', 'classmates', 'team', 'teammates', 'brother', 'sister', 'mum', 'dad', 'partner']);
/** After "Paris –" / "June,": said to a person. */
const ADDRESS_FOLLOWERS = new Set(['you', 'your', 'what', 'well', 'thank', 'thanks', 'congratulations', 'please', 'amazing', 'brilliant', 'great', 'fantastic', 'super']);
const PRONOUNS_AFTER_AND = new Set(['her', 'his', 'their', 'she', 'he']);
const SUBJECT_PRONOUNS = new Set(['she', 'he']);
const DAY_NUMBER_RE = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const QUOTES = /["“”'‘’]/;

/**
 * Inside a short quoted title on one line ("'Holly and the Ivy'", "“Mamma
 * Mia”"): a quote opens before it and closes after it within a few words.
 */
function insideQuotes(tokens: readonly Token[], start: number, end: number, norm = ''): boolean {
  let open = false;
  for (let k = start; k >= Math.max(0, start - 6); k--) {
    const b = (tokens[k] as Token).before;
    if (/\n/.test(b)) break;
    // An apostrophe glued between letters ("Rowan's") is not a quote.
    if (QUOTES.test(b) && !(k > 0 && /^['’]$/.test(b))) {
      open = true;
      break;
    }
  }
  if (!open) return false;
  for (let k = end; k <= Math.min(tokens.length, end + 6); k++) {
    // After the last token: the rest of the text ("…sang 'Holly and the Ivy'").
    const b = k < tokens.length ? (tokens[k] as Token).before : norm.slice((tokens[k - 1] as Token).end);
    if (/\n/.test(b)) return false;
    if (QUOTES.test(b) && !(k < tokens.length && /^['’]$/.test(b) && (tokens[k] as Token).lower === 's')) return true;
    if (k === tokens.length) return false;
  }
  return false;
}

/**
 * A name that is not ambiguous but sits in a title: inside quotes, or after a
 * capitalised word that is not a title, a name or a praise cue ("sang Mamma
 * Mia"). Not a block on a guess: possible-pupil-name asks.
 */
export function inTitle(tt: TokenizedText, span: { start: number; end: number }, roster: EvidenceRoster): boolean {
  const { tokens } = tt;
  const t = tokens[span.start] as Token;
  const prev = tokens[span.start - 1];
  if (insideQuotes(tokens, span.start, span.end, tt.normalized.norm)) return true;
  return (
    !!prev &&
    isSpaceGap(t) &&
    !prev.sentenceStart &&
    prev.capitalized &&
    !prev.allCaps &&
    !TITLES.has(prev.lower) &&
    !roster.isFirstName(prev.lower) &&
    !NAME_CUES_BEFORE.has(prev.lower) &&
    !roster.groupAt(tokens, span.start - 1) &&
    !roster.groupAt(tokens, span.start - 2)
  );
}


/** An ambiguous name's use, as the evidence entries see it: the name, its neighbours and what kind of name it is. */
export interface NameUse {
  tokens: readonly Token[];
  /** The normalised text the tokens index (for what follows the last token). */
  norm: string;
  /** Token indexes of the name: [start, end). */
  span: { start: number; end: number };
  /** The name folded and run together ("may", "ellarose"). */
  key: string;
  /** The name's first token (its only one, unless the name is in parts: "Ella-Rose"). */
  word: Token;
  prev: Token | undefined;
  prev2: Token | undefined;
  next: Token | undefined;
  next2: Token | undefined;
  /** Season, festival, month or day (Ambiguity.time). */
  time: boolean;
  /** A word of the school's own name, or a place (Ambiguity.place). */
  place: boolean;
  /** A one-word group's name too (Ambiguity.group). */
  group: boolean;
  month: boolean;
  /** Followed by 's ("Rowan's"); `afterPossessive` is then the word after the 's, else the next word. */
  possessive: boolean;
  afterPossessive: Token | undefined;
  /** The word before it runs on into it, with no sentence or clause punctuation between. */
  prevGap: boolean;
  /** Only spaces between it and the next word. */
  nextGap: boolean;
  /** Starts a sentence or a clause after a colon or dash ("Today: Hope, …"). */
  clauseStart: boolean;
  roster: EvidenceRoster;
}

/** The id of one evidence entry: the EVIDENCE id it reports, alone or with a qualifier when several entries report it. */
export type EvidenceEntryId = EvidenceId | `${EvidenceId}.${string}`;

/**
 * One piece of evidence: when `applies`, the use has `role`, and
 * `judgement.evidence` (the EVIDENCE id before the dot in `id`) says why.
 */
export interface EvidenceEntry {
  id: EvidenceEntryId;
  role: NameRole;
  applies(use: NameUse): boolean;
  /** What judgeRole returns for this entry; shared and frozen, so judging allocates nothing more. */
  judgement: Readonly<RoleJudgement>;
}

function entry(id: EvidenceEntryId, role: NameRole, applies: (use: NameUse) => boolean): EvidenceEntry {
  const evidence = id.split('.')[0] as EvidenceId;
  return { id, role, applies, judgement: Object.freeze({ role, evidence }) };
}

/** "Summer has been excluded": a copula, up to three fillers, then a participle that only happens to a child. */
function personParticipleFollows(use: NameUse): boolean {
  const { tokens, span } = use;
  let k = span.end + 1;
  while (tokens[k] && AUXILIARY_FILLERS.has((tokens[k] as Token).lower) && k < span.end + 4) k++;
  const participle = tokens[k];
  return !!participle && !participle.capitalized && PERSON_PARTICIPLES.has(participle.lower);
}

/** "Great effort from Hope", "Best goal of the season from Ivy": a work noun a few words back, in the same sentence. */
function workNounBefore(use: NameUse): boolean {
  const { tokens, span } = use;
  for (let k = span.start - 2; k >= Math.max(0, span.start - 6); k--) {
    const w = tokens[k] as Token;
    if (WORK_NOUNS.has(w.lower)) return true;
    if (/[.!?\n]/.test(w.before) && k < span.start - 2) return false;
  }
  return false;
}

/**
 * A list with another roster first name. Capitalised names list with
 * capitalised names; in lower case ("holly and ivy") only with a name that
 * is nothing else. Months and seasons never list with their own kind
 * ("May, June and July").
 */
function listedWith(use: NameUse, other: Token | undefined): boolean {
  const { word, roster } = use;
  return (
    !!other &&
    roster.isFirstName(other.lower) &&
    (word.capitalized ? other.capitalized : !other.capitalized && !roster.isAmbiguous?.(other.lower)) &&
    !(use.time && TIME_WORDS.has(other.lower))
  );
}

/** Alone on its line, as on a certificate or a list. */
function onItsOwnLine(use: NameUse): boolean {
  const lineStartsHere = use.word.index === 0 || /\n/.test(use.word.before);
  const lineEndsHere = !use.next || /\n/.test(use.next.before);
  return lineStartsHere && lineEndsHere;
}

/** Followed by a comma, dash or colon: the punctuation of address ("Grace, please…", "Hope – what a star"). */
function addressPunctuationAfter(use: NameUse): boolean {
  const { next } = use;
  return !!next && /^\s*[,–—:-]\s*$/.test(next.before) && (use.clauseStart || use.prevGap) && use.word.capitalized;
}

/** Words of praise before a name said to at the end ("Fantastic reading, Blessing!"). */
const VOCATIVE_PRAISE = new Set([
  'well', 'done', 'thanks', 'thank', 'congratulations', 'congrats', 'brilliant', 'fantastic', 'amazing', 'great', 'super', 'superb',
  'proud', 'star', 'effort', 'job', 'work', 'wonderful', 'excellent', 'lovely', 'beautiful', 'bravo', 'outstanding', 'awesome', 'goal',
]);

/** After a comma, ending its sentence, with praise before it in the sentence: said to that person. */
function vocativeAtEnd(use: NameUse): boolean {
  const { word, next, tokens, span } = use;
  if (!word.capitalized || !/^\s*,\s*$/.test(word.before) || (!!next && !/[!.?\n]/.test(next.before))) return false;
  const before = tokens[span.start - 1];
  // "Mia, Grace": a list of names.
  if (!before || use.roster.isFirstName(before.lower)) return false;
  for (let k = span.start - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (VOCATIVE_PRAISE.has(t.lower)) return true;
    if (t.sentenceStart) break;
  }
  return false;
}

/** First in a list of lower-case things: "Ivy, holly and fir", "Hope, joy and peace" (not "Hope, you star"). */
function thingList(use: NameUse): boolean {
  const { next, next2, word } = use;
  if (!word.capitalized || !next || !next2 || !/^\s*,\s*$/.test(next.before) || next.capitalized) return false;
  if (ADDRESS_FOLLOWERS.has(next.lower) || PRONOUNS_AFTER_AND.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower) || DETERMINERS.has(next.lower)) return false;
  if (!/^\p{L}+$/u.test(next.lower)) return false;
  return (next2.lower === 'and' && isSpaceGap(next2)) || /^\s*,\s*$/.test(next2.before);
}

/** A person verb right after it ("Grace sang"); a bare copula is not enough for a time, a place or a lower-case word ("amber is formed"). */
function personVerbAfter(use: NameUse): boolean {
  const { next, word } = use;
  if (!next || next.capitalized || !use.nextGap) return false;
  if (!PERSON_VERBS.has(next.lower) && !(/ed$/.test(next.lower) && next.lower.length > 4)) return false;
  const weak = COPULAS.has(next.lower) && (use.time || use.place || !word.capitalized);
  return !weak;
}

const PLACE_PREPOSITIONS = new Set(['at', 'to', 'from', 'in', 'of', 'for', 'around', 'across', 'welcome', 'visit', 'visited', 'about', 'near', 'outside', 'beyond']);
/** After a name come these, not a described noun: "Hope and…", "Ivy with…", "Rowan from…". */
const NOT_DESCRIBED = new Set(['and', 'with', 'from', 'in', 'of', 'at', 'on', 'to']);

/**
 * The evidence, in the order it is weighed: the first entry that applies
 * decides. Why a list and not a chain of ifs: each entry is one documented
 * piece of evidence with its own test, so adding one (a label such as
 * "Name:", a title "by <Author>", "St X's") is one entry in its place, and a
 * test can ask which entry decided. The order is the judgement:
 *
 * 0. proper nouns (PROPER_NOUN_ENTRIES): saints, Gospels, churches and
 *    schools, places, authors, characters, titles, weather and calendar phrases;
 * 1. fixed phrases and dates, which no context turns into a child;
 * 2. evidence of a person;
 * 3. capitalised phrases and common-noun uses: the word;
 * 4. weaker evidence either way (a person verb after it, address, a sentence-initial verb);
 * 5. case, then a line of its own; else unclear.
 *
 * An entry is only tried when the ones before it did not apply, so an
 * entry's condition reads "…and nothing above decided".
 */
/**
 * Proper-noun evidence (issue 20), first in EVIDENCE_ENTRIES and also the only
 * evidence weighed for a roster name that is no ordinary word ("Luke" in "St
 * Luke's", "Michael" in "by Michael Morpurgo"): see judgePlainName. Each is a
 * grammatical pattern (./proper-nouns.ts), so it holds for saints, authors and
 * places that no list names.
 */
export const PROPER_NOUN_ENTRIES: readonly EvidenceEntry[] = [
  entry('saint', 'word', afterSaint),
  entry('gospel', 'word', gospel),
  entry('institution', 'word', institutionAfter),
  entry('placePhrase', 'word', placePhrase),
  entry('placePhrase.travel', 'word', travelPlace),
  entry('author', 'word', authorFirstName),
  entry('author.surname', 'word', authorSurname),
  entry('character', 'word', costumeCharacter),
  entry('bookTitle', 'word', (use) => italicTitle(use) === 'title'),
  entry('bookTitle.titleCase', 'word', (use) => titleCaseRun(use) === 'title'),
  entry('bookTitle.byAuthor', 'word', titleBeforeBy),
  entry('bookTitle.called', 'word', calledTitle),
  entry('weatherPhrase', 'word', weatherPhrase),
  entry('calendarPhrase', 'word', calendarPhrase),
  entry('historicalFigure', 'word', figureTitle),
  entry('historicalFigure.nativity', 'word', nativityFigure),
  entry('historicalFigure.epithet', 'word', epithetName),
  entry('historicalFigure.scripture', 'word', scriptureFigure),
  entry('character.story', 'word', storyFigure),
  entry('nameAsWord', 'word', nameAsWord),
  entry('feastDay', 'word', feastDay),
  entry('sungOrReadTitle', 'word', titleAfterVerb),
  entry('otherLanguage', 'word', otherLanguageWord),
  entry('otherLanguage.capitalized', 'unclear', otherLanguageName),
  entry('otherPerson', 'word', otherPersonsName),
];

export const EVIDENCE_ENTRIES: readonly EvidenceEntry[] = [
  // 0. Proper nouns (./proper-nouns.ts): a saint, a Gospel, a church or school, a place, an author, a
  // character, a title, a weather or calendar phrase. The word, whatever else is around; a name-role use
  // elsewhere in the text ("Mark read at St Mark's") is judged on its own.
  ...PROPER_NOUN_ENTRIES,
  // 1. Fixed phrases: the word, whatever else is around.
  entry('compound', 'word', ({ next }) => !!next && next.before === '-' && !next.capitalized),
  entry('dateContext.dayBefore', 'word', ({ month, prev, word }) => month && !!prev && isSpaceGap(word) && DAY_NUMBER_RE.test(prev.lower)),
  entry('dateContext.numberAfter', 'word', ({ month, next, nextGap }) => month && nextGap && /^\d/.test((next as Token).lower)),
  entry('quotedTitle', 'word', ({ tokens, span, norm }) => insideQuotes(tokens, span.start, span.end, norm)),

  // 2. Evidence of a person. "by May" is a date and "welcome to Rowan" the school, not praise.
  entry(
    'praiseBefore',
    'name',
    ({ prev, prevGap, time, place }) =>
      prevGap && !!prev && NAME_CUES_BEFORE.has(prev.lower) && !(time && prev.lower === 'by') && !(place && prev.lower === 'welcome'),
  ),
  entry('praiseBefore.thankYou', 'name', ({ prev, prev2, prevGap }) => prevGap && prev?.lower === 'you' && prev2?.lower === 'thank'),
  entry(
    'praiseBefore.cueWithPreposition',
    'name',
    ({ prev, prev2, prevGap, place }) =>
      prevGap &&
      !!prev &&
      (prev.lower === 'to' || prev.lower === 'of' || prev.lower === 'le' || prev.lower === 'i') &&
      !!prev2 &&
      (NAME_CUES_BEFORE.has(prev2.lower) || CUES_WITH_PREPOSITION.has(prev2.lower)) &&
      !(place && prev2.lower === 'welcome'),
  ),
  entry('praiseBefore.workBy', 'name', ({ prev, prev2, prevGap }) => prevGap && prev?.lower === 'by' && !!prev2 && WORK_NOUNS.has(prev2.lower)),
  entry('praiseBefore.workFrom', 'name', (use) => use.prevGap && (use.prev?.lower === 'from' || use.prev?.lower === 'by') && workNounBefore(use)),
  entry(
    'possessivePerson',
    'name',
    ({ possessive, afterPossessive, time }) =>
      possessive && !!afterPossessive && PERSON_NOUNS.has(afterPossessive.lower) && !(time && SEASON_NOUNS.has(afterPossessive.lower)),
  ),
  entry(
    'inGroup',
    'name',
    ({ next, nextGap, roster, tokens, span }) => !!next && nextGap && ['from', 'in', 'of'].includes(next.lower) && roster.groupAt(tokens, span.end + 1),
  ),
  entry('personAfter.andPronoun', 'name', ({ next, next2 }) => !!next && ['and', 'with'].includes(next.lower) && !!next2 && PRONOUNS_AFTER_AND.has(next2.lower)),
  entry('personAfter.pronounClause', 'name', ({ next }) => !!next && SUBJECT_PRONOUNS.has(next.lower) && /,/.test(next.before)),
  entry('personAfter.leavesVerb', 'name', leavesAsVerb),
  entry('personAfter.participle', 'name', (use) => !!use.next && use.nextGap && COPULAS.has(use.next.lower) && personParticipleFollows(use)),
  // "Skye and Iona walked to the beach", where both are classes and pupils: the two classes, or two children: asked.
  entry('nameList.groups', 'unclear', (use) => use.group && use.next?.lower === 'and' && !!use.next2 && use.roster.groupAt(use.tokens, use.next2.index) && use.next2.capitalized),
  entry('nameList.afterGroup', 'unclear', (use) => use.group && use.prev?.lower === 'and' && !!use.prev2 && use.roster.groupAt(use.tokens, use.prev2.index) && use.prev2.capitalized),
  entry(
    'nameList',
    'name',
    (use) => !!use.next && (use.next.lower === 'and' || /[&,]/.test(use.next.before)) && listedWith(use, use.next.lower === 'and' ? use.next2 : use.next),
  ),
  entry(
    'nameList.afterName',
    'name',
    (use) => !!use.prev && (use.prev.lower === 'and' || /^\s*[&,]\s*$/.test(use.word.before)) && listedWith(use, use.prev.lower === 'and' ? use.prev2 : use.prev),
  ),
  entry('personAfter.andPeople', 'name', ({ next, next2 }) => next?.lower === 'and' && !!next2 && PEOPLE_NOUNS.has(next2.lower)),
  entry('addressed', 'name', (use) => addressPunctuationAfter(use) && ADDRESS_FOLLOWERS.has((use.next as Token).lower)),
  // "Fantastic reading, Blessing!", "What a goal, Favour.": praise, then the name after a comma at the sentence's end.
  entry('addressed.vocative', 'name', (use) => !use.time && !use.place && vocativeAtEnd(use)),

  // 3. Capitalised phrases and common nouns: the word.
  entry('thingList', 'word', thingList),
  entry('titlePhrase', 'word', (use) => {
    const following = capitalAfter(use);
    return !!following && !use.roster.isFirstName(following.lower) && !use.roster.isSurname(following.lower);
  }),
  entry(
    'titlePhrase.afterCapital',
    'word',
    ({ word, prev, prevGap, roster }) =>
      word.capitalized && prevGap && !!prev && !prev.sentenceStart && prev.capitalized && !TITLES.has(prev.lower) && !roster.isFirstName(prev.lower),
  ),
  entry('determiner', 'word', ({ prev, prevGap }) => prevGap && !!prev && DETERMINERS.has(prev.lower)),
  entry('schoolName', 'word', ({ place, prev, prevGap }) => place && prevGap && !!prev && PLACE_PREPOSITIONS.has(prev.lower)),
  entry('dateContext.timePreposition', 'word', ({ time, prev, prevGap }) => time && prevGap && !!prev && TIME_PREPOSITIONS.has(prev.lower)),
  entry('dateContext.timeNounAfter', 'word', ({ time, next, nextGap }) => time && nextGap && !!next && TIME_NOUNS_AFTER.has(next.lower)),
  entry('seasonPossessive', 'word', ({ possessive, time, afterPossessive }) => possessive && time && (!afterPossessive || SEASON_NOUNS.has(afterPossessive.lower))),
  entry('thingContext', 'word', ({ next, nextGap }) => nextGap && !!next && THING_NOUNS_AFTER.has(next.lower)),
  // "Hope and kindness", "Holly and ivy": joined to a lower-case common noun (not "Charlie and the Year 3 choir").
  entry(
    'titlePhrase.andCommonNoun',
    'word',
    ({ word, next, next2 }) =>
      next?.lower === 'and' && !!next2 && !next2.capitalized && !PRONOUNS_AFTER_AND.has(next2.lower) && !DETERMINERS.has(next2.lower) && word.capitalized,
  ),
  entry('timeCopula', 'word', ({ time, next, nextGap }) => time && !!next && nextGap && COPULAS.has(next.lower)),

  // 4. Weaker evidence either way. A one-word class's name too ("Teifi went to the castle") may be the class: asked.
  entry('personAfter.groupName', 'unclear', (use) => use.group && personVerbAfter(use)),
  entry('personAfter', 'name', personVerbAfter),
  // "a wonderful Summer", "the whole Summer": a determiner and one lower-case word before it.
  entry(
    'determiner.adjectiveBetween',
    'word',
    ({ prev, prev2, prevGap }) => prevGap && !!prev && !!prev2 && !prev.capitalized && DETERMINERS.has(prev2.lower) && !/[.!?\n,]/.test(prev.before),
  ),
  // "Rowan's" before any other noun: a person's when capitalised, a guess in lower case; a place's never.
  entry('possessivePerson.anyNoun', 'name', ({ possessive, place, word }) => possessive && !place && word.capitalized),
  entry('possessivePerson.lowerCase', 'unclear', ({ possessive, place }) => possessive && !place),
  // "Grace, please…", "Well done, Hope!"; a time or a place addressed ("Paris, France") may be neither.
  entry('addressed.punctuation', 'name', (use) => !use.time && !use.place && addressPunctuationAfter(use)),
  entry('addressed.timeOrPlace', 'unclear', addressPunctuationAfter),
  // Sentence-initial verb or adverb uses: "Hope you…", "Mark your calendars", "Will you…", "Will parents please…".
  entry('verbUse', 'word', ({ word, next, nextGap }) => word.sentenceStart && !!next && nextGap && !next.capitalized && VERB_USE_NEXT.has(next.lower)),
  entry(
    'verbUse.modal',
    'word',
    ({ clauseStart, key, next, nextGap }) => clauseStart && MODAL_NAMES.has(key) && !!next && nextGap && !next.capitalized && !PERSON_VERBS.has(next.lower),
  ),
  // At the start, before a lower-case word that is not a verb form, it describes that word ("Faith week",
  // "River safety talk"). -s, -ing and -ed words may be verbs ("Star bakers", "Poppy reading"), except after
  // a season or month ("Summer reading challenge").
  entry(
    'modifier',
    'word',
    ({ clauseStart, word, next, nextGap, time }) =>
      clauseStart &&
      word.capitalized &&
      !!next &&
      nextGap &&
      !next.capitalized &&
      /^\p{L}+$/u.test(next.lower) &&
      !PERSON_VERBS.has(next.lower) &&
      (time || !/(?:ed|s|ing)$/.test(next.lower)) &&
      !NOT_DESCRIBED.has(next.lower),
  ),

  // 5. Weak evidence: case, then a line of its own.
  entry('lowerCase', 'word', ({ word }) => !word.capitalized),
  // A time or place alone on a line is a name only above a group ("May\nYear 2"), as on a certificate.
  entry(
    'lineAlone',
    'name',
    (use) => onItsOwnLine(use) && (!(use.time || use.place) || (!!use.next && use.roster.groupAt(use.tokens, use.span.end))),
  ),
  entry('lineAlone.timeOrPlace', 'unclear', onItsOwnLine),
  entry('noEvidence', 'unclear', () => true),
];

/** The use of the ambiguous name spanning tokens [span.start, span.end), with its neighbours worked out once. */
export function describeUse(tt: TokenizedText, span: { start: number; end: number }, key: string, kind: Ambiguity, roster: EvidenceRoster): NameUse {
  const { tokens } = tt;
  const word = tokens[span.start] as Token;
  const next = tokens[span.end];
  const next2 = tokens[span.end + 1];
  const prev = tokens[span.start - 1];
  const possessive = !!next && next.lower === 's' && /^['’]$/.test(next.before);
  return {
    tokens,
    norm: tt.normalized.norm,
    span,
    key,
    word,
    prev,
    prev2: tokens[span.start - 2],
    next,
    next2,
    time: kind.time,
    place: kind.place,
    group: !!kind.group,
    month: MONTHS.has(key),
    possessive,
    afterPossessive: possessive ? next2 : next,
    prevGap: !!prev && !/[.!?\n:;,()"“”]/.test(word.before),
    nextGap: !!next && isSpaceGap(next),
    clauseStart: word.sentenceStart || /[:;–—]\s*$/.test(word.before),
    roster,
  };
}

/** The first entry of EVIDENCE_ENTRIES that applies to this use (the last, noEvidence, always does). */
export function decidingEntry(use: NameUse): EvidenceEntry {
  for (const candidate of EVIDENCE_ENTRIES) if (candidate.applies(use)) return candidate;
  // Unreachable while noEvidence applies to everything; kept so a list edited without it still answers.
  return EVIDENCE_ENTRIES[EVIDENCE_ENTRIES.length - 1] as EvidenceEntry;
}

/**
 * The role of the ambiguous name spanning tokens [span.start, span.end) with
 * folded key `key`, and the evidence that decided it.
 */
export function judgeRole(
  tt: TokenizedText,
  span: { start: number; end: number },
  key: string,
  kind: Ambiguity,
  roster: EvidenceRoster,
): RoleJudgement {
  return decidingEntry(describeUse(tt, span, key, kind, roster)).judgement;
}

const PLAIN: Ambiguity = Object.freeze({ time: false, place: false });

/** Articles: a child is "our Maryam", never "the Maryam" or "a Maryam"; a thing or a place is ("a diya", "the Sahara"). */
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * "a diya", "the Sahara", "a model Clyde puffer": a roster name that is no
 * English word (a word of another language, a place no list has) used as a
 * noun or a noun's modifier. Right after an article it is a thing or a
 * place; with one lower-case word between ("the amazing Maryam"), only when a
 * lower-case noun follows it that is no verb of a person ("a model Clyde
 * puffer", not "the amazing Maryam sang").
 */
function commonNounUse(use: NameUse): boolean {
  const { prev, prev2, next, prevGap, nextGap, possessive } = use;
  if (!prev || !prevGap || possessive) return false;
  if (ARTICLES.has(prev.lower)) return true;
  if (!prev2 || !ARTICLES.has(prev2.lower) || prev.capitalized || /[.!?\n,]/.test(prev.before)) return false;
  return (
    !!next && nextGap && !next.capitalized && /^\p{L}+$/u.test(next.lower) && !PERSON_VERBS.has(next.lower) && !/(?:ed|s)$/.test(next.lower) && !NOT_DESCRIBED.has(next.lower)
  );
}

/** Evidence weighed for a plain roster name after the proper-noun entries (judgePlainName only: an ambiguous name has its own determiner entries). */
export const PLAIN_NAME_ENTRIES: readonly EvidenceEntry[] = [entry('commonNoun', 'word', commonNounUse)];
const TITLE_GUESS: Readonly<RoleJudgement> = Object.freeze({ role: 'unclear', evidence: 'titlePhrase' });

/**
 * A roster name that is no ordinary word (Luke, Michael, Charlie): only proper-
 * noun evidence makes it the word (a saint, an author, a title…); inside a
 * title it is only a guess (unclear: asked, never blocked); else undefined, and
 * the name rules treat it as a name.
 */
export function judgePlainName(tt: TokenizedText, span: { start: number; end: number }, key: string, roster: EvidenceRoster): RoleJudgement | undefined {
  const use = describeUse(tt, span, key, PLAIN, roster);
  for (const candidate of PROPER_NOUN_ENTRIES) if (candidate.applies(use)) return candidate.judgement;
  for (const candidate of PLAIN_NAME_ENTRIES) if (candidate.applies(use)) return candidate.judgement;
  return inTitle(tt, span, roster) || titleCaseRun(use) === 'guess' || italicTitle(use) === 'guess' ? TITLE_GUESS : undefined;
}
