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
 * stored. Each rule of evidence has an id (`EVIDENCE`), documented in the
 * README's Detection quality section and tested one by one in
 * tests/unit/rules/names/name-evidence.test.ts.
 */
import type { Token, TokenizedText } from '../text/tokenize';
import { TITLES } from './name-parts';
import { MONTHS, TIME_WORD_NAMES as TIME_WORDS } from './word-names';

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
/** Cues that take "of"/"to" before the name: "proud of May", "thanks to Mark", "well done to Ivy". */
const CUES_WITH_PREPOSITION = new Set(['proud', 'done', 'thanks', 'congratulations', 'congrats', 'shout', 'out', 'goes', 'go', 'award', 'awarded', 'welcome']);
/** After a name and "and": people, not things ("May and friends"). */
const PEOPLE_NOUNS = new Set(['friends', 'friend', 'family', 'classmates', 'team', 'teammates', 'brother', 'sister', 'mum', 'dad', 'partner']);
/** After "Paris –" / "June,": said to a person. */
const ADDRESS_FOLLOWERS = new Set(['you', 'your', 'what', 'well', 'thank', 'thanks', 'congratulations', 'please', 'amazing', 'brilliant', 'great', 'fantastic', 'super']);
const PRONOUNS_AFTER_AND = new Set(['her', 'his', 'their', 'she', 'he']);
const SUBJECT_PRONOUNS = new Set(['she', 'he']);
const DAY_NUMBER_RE = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const QUOTES = /["“”'‘’]/;

function isSpaceGap(t: Token | undefined): boolean {
  return !!t && /^[ \t]+$/.test(t.before);
}

function lineAlone(tt: TokenizedText, first: Token, last: Token): boolean {
  const before = first.index === 0 || /\n/.test(first.before);
  const next = tt.tokens[last.index + 1];
  const after = !next || /\n/.test(next.before);
  return before && after;
}

/**
 * Inside a short quoted title on one line ("'Holly and the Ivy'", "“Mamma
 * Mia”"): a quote opens before it and closes after it within a few words.
 */
function insideQuotes(tokens: readonly Token[], start: number, end: number): boolean {
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
    const b = k < tokens.length ? (tokens[k] as Token).before : '';
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
  if (insideQuotes(tokens, span.start, span.end)) return true;
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

/**
 * The role of the ambiguous name spanning tokens [span.start, span.end) with
 * folded key `key`. Order: fixed phrases and dates (which no context turns
 * into a child), then evidence of a person, then the weaker evidence of a word,
 * then case, then unclear.
 */
export function judgeRole(
  tt: TokenizedText,
  span: { start: number; end: number },
  key: string,
  kind: Ambiguity,
  roster: EvidenceRoster,
): RoleJudgement {
  const { tokens } = tt;
  const t = tokens[span.start] as Token;
  const last = tokens[span.end - 1] as Token;
  const next = tokens[span.end];
  const next2 = tokens[span.end + 1];
  const prev = tokens[span.start - 1];
  const prev2 = tokens[span.start - 2];
  const { time: isTime, place: isPlace } = kind;
  const isMonth = MONTHS.has(key);
  const verdict = (role: NameRole, evidence: EvidenceId): RoleJudgement => ({ role, evidence });

  const possessive = !!next && next.lower === 's' && /^['’]$/.test(next.before);
  const afterPossessive = possessive ? next2 : next;
  const prevGap = !!prev && !/[.!?\n:;,()"“”]/.test(t.before);
  const nextGap = !!next && isSpaceGap(next);
  // Starts a sentence or a clause after a colon or dash ("Today: Hope, …").
  const clauseStart = t.sentenceStart || /[:;–—]\s*$/.test(t.before);

  // --- Fixed phrases: the word, whatever else is around. ---
  if (next && next.before === '-' && !next.capitalized) return verdict('word', 'compound');
  if (isMonth) {
    if (prev && isSpaceGap(t) && DAY_NUMBER_RE.test(prev.lower)) return verdict('word', 'dateContext');
    if (nextGap && /^\d/.test((next as Token).lower)) return verdict('word', 'dateContext');
  }
  if (insideQuotes(tokens, span.start, span.end)) return verdict('word', 'quotedTitle');

  // --- Evidence of a person. ---
  if (prevGap && prev && NAME_CUES_BEFORE.has(prev.lower)) {
    const timeBy = isTime && prev.lower === 'by';
    const placeWelcome = isPlace && prev.lower === 'welcome';
    if (!timeBy && !placeWelcome) return verdict('name', 'praiseBefore');
  }
  if (prevGap && prev?.lower === 'you' && prev2?.lower === 'thank') return verdict('name', 'praiseBefore');
  if (prevGap && prev && (prev.lower === 'to' || prev.lower === 'of') && prev2 && (NAME_CUES_BEFORE.has(prev2.lower) || CUES_WITH_PREPOSITION.has(prev2.lower)) && !(isPlace && prev2.lower === 'welcome')) {
    return verdict('name', 'praiseBefore');
  }
  if (prevGap && prev?.lower === 'by' && prev2 && WORK_NOUNS.has(prev2.lower)) return verdict('name', 'praiseBefore');
  // "Great effort from Hope", "Best goal of the season from Ivy": someone's work, credited.
  if (prevGap && prev && (prev.lower === 'from' || prev.lower === 'by')) {
    for (let k = span.start - 2; k >= Math.max(0, span.start - 6); k--) {
      const w = tokens[k] as Token;
      if (WORK_NOUNS.has(w.lower)) return verdict('name', 'praiseBefore');
      if (/[.!?\n]/.test(w.before) && k < span.start - 2) break;
    }
  }
  if (possessive && afterPossessive && PERSON_NOUNS.has(afterPossessive.lower) && !(isTime && SEASON_NOUNS.has(afterPossessive.lower))) {
    return verdict('name', 'possessivePerson');
  }
  if (next && nextGap && ['from', 'in', 'of'].includes(next.lower) && roster.groupAt(tokens, span.end + 1)) return verdict('name', 'inGroup');
  // "May and her mum", "Poppy, she…", "Ivy with her sister".
  if (next && ['and', 'with'].includes(next.lower) && next2 && PRONOUNS_AFTER_AND.has(next2.lower)) return verdict('name', 'personAfter');
  if (next && SUBJECT_PRONOUNS.has(next.lower) && /,/.test(next.before)) return verdict('name', 'personAfter');
  // "May has been excluded": only a child has that happen to them.
  if (next && nextGap && COPULAS.has(next.lower)) {
    let k = span.end + 1;
    while (tokens[k] && AUXILIARY_FILLERS.has((tokens[k] as Token).lower) && k < span.end + 4) k++;
    const participle = tokens[k];
    if (participle && !participle.capitalized && PERSON_PARTICIPLES.has(participle.lower)) return verdict('name', 'personAfter');
  }
  // Lists of names: "Hope and Jack", "Mia, Grace and Leo", "Jack & Hope" (not "May, June and July").
  // In lower case ("holly and ivy") a list only counts when the other is a name and nothing else.
  const listedWith = (other: Token | undefined) =>
    !!other &&
    roster.isFirstName(other.lower) &&
    (t.capitalized ? other.capitalized : !other.capitalized && !roster.isAmbiguous?.(other.lower)) &&
    !(isTime && TIME_WORDS.has(other.lower));
  if (next && (next.lower === 'and' || /[&,]/.test(next.before)) && listedWith(next.lower === 'and' ? next2 : next)) return verdict('name', 'nameList');
  if (prev && (prev.lower === 'and' || /^\s*[&,]\s*$/.test(t.before)) && listedWith(prev.lower === 'and' ? prev2 : prev)) return verdict('name', 'nameList');
  // "May and friends": with people.
  if (next && next.lower === 'and' && next2 && PEOPLE_NOUNS.has(next2.lower)) return verdict('name', 'personAfter');
  // Addressed with words said to a person: "June – you were a star", "Paris, what a race!"
  if (next && /^\s*[,–—:-]\s*$/.test(next.before) && (clauseStart || prevGap) && t.capitalized && ADDRESS_FOLLOWERS.has(next.lower)) {
    return verdict('name', 'addressed');
  }

  // --- Capitalised phrases and common nouns: the word. ---
  const nextCap = possessive ? afterPossessive : next;
  if (
    t.capitalized &&
    nextCap &&
    nextCap.capitalized &&
    !nextCap.sentenceStart &&
    /^['’]?[ \t]+$|^[ \t]+$/.test(nextCap.before) &&
    !roster.isFirstName(nextCap.lower) &&
    !roster.isSurname(nextCap.lower)
  ) {
    return verdict('word', 'titlePhrase');
  }
  if (t.capitalized && prevGap && prev && !prev.sentenceStart && prev.capitalized && !TITLES.has(prev.lower) && !roster.isFirstName(prev.lower)) {
    return verdict('word', 'titlePhrase');
  }
  if (prevGap && prev && DETERMINERS.has(prev.lower)) return verdict('word', 'determiner');
  if (isPlace && prevGap && prev && ['at', 'to', 'from', 'in', 'of', 'for', 'around', 'across', 'welcome', 'visit', 'visited', 'about', 'near', 'outside', 'beyond'].includes(prev.lower)) {
    return verdict('word', 'schoolName');
  }
  if (isTime && prevGap && prev && TIME_PREPOSITIONS.has(prev.lower)) return verdict('word', 'dateContext');
  if (isTime && nextGap && next && TIME_NOUNS_AFTER.has(next.lower)) return verdict('word', 'dateContext');
  if (possessive && isTime && (!afterPossessive || SEASON_NOUNS.has(afterPossessive.lower))) return verdict('word', 'seasonPossessive');
  if (nextGap && next && THING_NOUNS_AFTER.has(next.lower)) return verdict('word', 'thingContext');
  // "Hope and kindness", "Holly and ivy": joined to a lower-case common noun.
  if (next && next.lower === 'and' && next2 && !next2.capitalized && !PRONOUNS_AFTER_AND.has(next2.lower) && t.capitalized) {
    return verdict('word', 'titlePhrase');
  }
  if (isTime && next && nextGap && COPULAS.has(next.lower)) return verdict('word', 'timeCopula');

  // --- A person verb after it: "Grace sang", "Jack has…". Lower case with only a copula ("amber is formed") is not enough. ---
  if (next && !next.capitalized && nextGap && (PERSON_VERBS.has(next.lower) || (/ed$/.test(next.lower) && next.lower.length > 4))) {
    const weak = COPULAS.has(next.lower) && (isTime || isPlace || !t.capitalized);
    if (!weak) return verdict('name', 'personAfter');
  }
  // "a wonderful Summer", "the whole Summer": a determiner and one lower-case word before it.
  if (prevGap && prev && prev2 && !prev.capitalized && DETERMINERS.has(prev2.lower) && !/[.!?\n,]/.test(prev.before)) {
    return verdict('word', 'determiner');
  }
  if (possessive && !isPlace) return verdict(t.capitalized ? 'name' : 'unclear', 'possessivePerson');
  // Addressed: "Grace, please…", "Hope – what a star", "Well done, Hope!"
  if (next && /^\s*[,–—:-]\s*$/.test(next.before) && (clauseStart || prevGap) && t.capitalized) {
    return verdict(isTime || isPlace ? 'unclear' : 'name', 'addressed');
  }
  // Sentence-initial verb or adverb uses: "Hope you…", "Mark your calendars", "Will you…", "Will parents please…".
  if (t.sentenceStart && next && nextGap && !next.capitalized && VERB_USE_NEXT.has(next.lower)) return verdict('word', 'verbUse');
  if (clauseStart && MODAL_NAMES.has(key) && next && nextGap && !next.capitalized && !PERSON_VERBS.has(next.lower)) return verdict('word', 'verbUse');
  // At the start, followed by a lower-case word that is not a verb form: it describes that word
  // ("Faith week", "River safety talk", "Rocky start"). After a name come verbs, "and", commas;
  // -s and -ing words may be either ("Star bakers", "Poppy reading"), so they stay unclear.
  if (clauseStart && t.capitalized && next && nextGap && !next.capitalized && /^\p{L}+$/u.test(next.lower) && !PERSON_VERBS.has(next.lower) && (isTime || !/(?:ed|s|ing)$/.test(next.lower)) && !['and', 'with', 'from', 'in', 'of', 'at', 'on', 'to'].includes(next.lower)) {
    return verdict('word', 'modifier');
  }

  // --- Weak evidence: case. ---
  if (!t.capitalized) return verdict('word', 'lowerCase');
  if (lineAlone(tt, t, last)) {
    const groupLineNext = !!next && roster.groupAt(tokens, span.end);
    return verdict(isTime || isPlace ? (groupLineNext ? 'name' : 'unclear') : 'name', 'lineAlone');
  }
  return verdict('unclear', 'noEvidence');
}
