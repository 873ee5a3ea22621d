/**
 * Name evidence: is a roster name that is also an ordinary word (Grace, Hope,
 * Summer, May, a word of the school's or a group's name) used as a name in
 * this text? Evidence is read off the capitalisation and the words around it;
 * nothing about particular sentences is stored.
 */
import type { Token, TokenizedText } from '../text/tokenize';
import { TITLES } from './name-parts';
import { TIME_WORD_NAMES } from './word-names';

/** What the evidence needs to know about the roster. */
export interface EvidenceRoster {
  isFirstName(word: string): boolean;
  isSurname(word: string): boolean;
  /** Does a roster group start at token i? */
  groupAt(tokens: readonly Token[], i: number): boolean;
  /** A word of the school's own name ("at Kingsley" is the school). */
  isPlace(word: string): boolean;
}

function isSpaceGap(t: Token | undefined): boolean {
  return !!t && /^[ \t]+$/.test(t.before);
}

function lineAlone(tt: TokenizedText, first: Token, last: Token): boolean {
  const before = first.index === 0 || /\n/.test(first.before);
  const next = tt.tokens[last.index + 1];
  const after = !next || /\n/.test(next.before);
  return before && after;
}

/** Words in a school's name that say what it is rather than which it is. */
export const GENERIC_SCHOOL_WORDS = new Set([
  'school', 'schools', 'primary', 'junior', 'juniors', 'infant', 'infants', 'academy', 'college',
  'church', 'of', 'england', 'ce', 'c', 'e', 'cofe', 'rc', 'catholic', 'st', 'saint', 'the',
  'and', 'community', 'federation', 'trust', 'high', 'nursery', 'first', 'middle', 'free', 'va', 'vc',
]);

/** Before a word: it is being used as a common noun ("the Hope Centre", "our Summer Fair"). */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'our', 'your', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those',
  'my', 'every', 'each', 'some', 'any', 'no', 'all', 'what',
]);

/** Right before a name: someone is being addressed or credited ("Well done Hope", "thanks to Jack"). */
const NAME_CUES_BEFORE = new Set([
  'done', 'congratulations', 'congrats', 'bravo', 'thanks', 'welcome', 'hi', 'hello', 'dear',
  'go', 'named', 'called', 'pupil', 'star', 'winner', 'champion', 'birthday', 'by',
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
  'joined', 'spoke', 'answered', 'asked', 'keeps', 'kept', 'got', 'gets', 'should', 'would',
  'must', 'amazed', 'impressed', 'blew', 'knocked', 'smashed', 'nailed', 'aced',
]);
/** After "Summer's": the season, not a child. */
const SEASON_NOUNS = new Set([
  'day', 'days', 'evening', 'evenings', 'night', 'nights', 'morning', 'here', 'end', 'term', 'holiday',
  'holidays', 'sun', 'heat', 'coming', 'nearly', 'almost', 'finally', 'over', 'back', 'arrived',
]);
const COPULAS = new Set(['is', 'was', 'has', 'had', 'will', 'can', 'could', 'should', 'would', 'must', 'does', 'did']);
/** After "Summer has been" / "May was": things that happen to a child, never to a season or a school. */
const PERSON_PARTICIPLES = new Set([
  'excluded', 'suspended', 'expelled', 'diagnosed', 'referred', 'admitted', 'chosen', 'selected', 'picked',
  'awarded', 'invited', 'injured', 'hurt', 'bullied', 'adopted', 'fostered', 'poorly', 'unwell', 'absent',
  'off', 'sent', 'told', 'asked', 'moved', 'named', 'appointed', 'elected', 'praised', 'crowned',
]);
/** Between a copula and the participle: "has been", "was just", "is now". */
const AUXILIARY_FILLERS = new Set(['been', 'being', 'just', 'now', 'also', 'recently', 'finally', 'today']);
/** After "Rowan's" (a word of the school's name): only a person has these. */
const KIN_NOUNS = new Set([
  'mum', 'mummy', 'mam', 'dad', 'daddy', 'mother', 'father', 'parents', 'parent', 'grandparents', 'grandma',
  'grandad', 'grandpa', 'granny', 'gran', 'nan', 'nana', 'nanna', 'brother', 'brothers', 'sister', 'sisters',
  'siblings', 'family', 'aunt', 'auntie', 'uncle', 'cousin', 'cousins', 'carer', 'birthday', 'friend', 'friends',
]);
/** Word-names that are months: next to a day number they are a date ("29 May", "May 4th"). */
const MONTH_WORD_NAMES = new Set(['january', 'april', 'may', 'june', 'july', 'august']);
/** Before a month: a time, not a person ("in May", "until June"). */
const TIME_PREPOSITIONS = new Set(['in', 'during', 'until', 'till', 'since', 'from', 'before', 'after', 'throughout', 'early', 'late', 'mid', 'last', 'next', 'this']);
const DAY_NUMBER_RE = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;

/**
 * Is a word-name (Grace, Hope, Summer, the school's name) used as a name
 * here? Evidence is read off the capitalisation and the words around it;
 * nothing about particular sentences is stored.
 */
export function usedAsName(tt: TokenizedText, span: { start: number; end: number }, key: string, roster: EvidenceRoster): boolean {
  const { isFirstName, isSurname, groupAt, isPlace: placeWord } = roster;
  const { tokens } = tt;
  const t = tokens[span.start] as Token;
  const last = tokens[span.end - 1] as Token;
  const next = tokens[span.end];
  const prev = tokens[span.start - 1];
  const prev2 = tokens[span.start - 2];
  const isPlace = placeWord(key);
  const isTime = TIME_WORD_NAMES.has(key);

  // Lower-case in mixed-case text is the word ("we hope", "grace before lunch").
  if (!t.capitalized) return false;
  // "Sky-high", "Dot-to-dot", "Rose-tinted": a compound word. (A hyphenated
  // roster name such as "Ellie-Mae" is one span and never gets here split.)
  if (next && next.before === '-' && !next.capitalized) return false;
  // "29 May", "May 4th", "June 2026": a date.
  if (MONTH_WORD_NAMES.has(key)) {
    if (prev && /^[ \t]+$/.test(t.before) && DAY_NUMBER_RE.test(prev.lower)) return false;
    if (next && isSpaceGap(next) && /^\d/.test(next.lower)) return false;
  }

  const possessive = !!next && next.lower === 's' && next.before === "'";
  const afterPossessive = possessive ? tokens[span.end + 1] : next;
  const prevGap = prev && !/[.!?\n:;,()"]/.test(t.before);

  // Strong evidence of a person.
  if (prevGap && prev && NAME_CUES_BEFORE.has(prev.lower)) {
    if (!(isPlace && prev.lower === 'welcome')) return true;
  }
  if (prevGap && prev?.lower === 'you' && prev2?.lower === 'thank') return true;
  if (prevGap && prev?.lower === 'to' && prev2 && NAME_CUES_BEFORE.has(prev2.lower)) return true;

  // Part of a capitalised multi-word name ("Summer Fair", "Willow Class", "Kingsley Chess Club").
  const nextCap = possessive ? afterPossessive : next;
  if (
    nextCap &&
    nextCap.capitalized &&
    !nextCap.sentenceStart &&
    (possessive ? /^[ \t]+$/.test(nextCap.before) : isSpaceGap(nextCap)) &&
    !isFirstName(nextCap.lower) &&
    !isSurname(nextCap.lower)
  ) {
    return false;
  }
  if (prevGap && prev && !prev.sentenceStart && prev.capitalized && !TITLES.has(prev.lower) && !isFirstName(prev.lower)) {
    return false; // "Happy Summer", "Oak Class Joy" — a title-cased phrase
  }
  // A common noun after a determiner: "the Joy of reading", "a wonderful Summer".
  if (prevGap && prev && DETERMINERS.has(prev.lower)) return false;
  if (prevGap && prev && prev2 && !prev.capitalized && DETERMINERS.has(prev2.lower) && !/[.!?\n,]/.test(prev.before)) return false;
  // The school's own name after a preposition is the school ("at Kingsley").
  if (isPlace && prevGap && prev && ['at', 'to', 'from', 'in', 'of', 'for', 'around', 'across'].includes(prev.lower)) return false;

  // "in May", "until June": the month.
  if (MONTH_WORD_NAMES.has(key) && prevGap && prev && TIME_PREPOSITIONS.has(prev.lower)) return false;
  // "Summer's model" is a person; "Summer's day" / "Summer's here" the season;
  // "Rowan's grandparents" a person even when Rowan is also the school's name.
  if (possessive) {
    if (isPlace) return !!afterPossessive && KIN_NOUNS.has(afterPossessive.lower);
    return !(isTime && (!afterPossessive || SEASON_NOUNS.has(afterPossessive.lower)));
  }
  // "Summer has been excluded", "May was chosen": only a child has that happen to them.
  if (next && isSpaceGap(next) && COPULAS.has(next.lower)) {
    let k = span.end + 1;
    while (tokens[k] && AUXILIARY_FILLERS.has((tokens[k] as Token).lower) && k < span.end + 3) k++;
    const participle = tokens[k];
    if (participle && !participle.capitalized && PERSON_PARTICIPLES.has(participle.lower)) return true;
  }
  // "Willow from Acorn Class", "Kingsley in Year 5": a child placed in a group.
  if (next && ['from', 'in', 'of'].includes(next.lower) && isSpaceGap(next) && groupAt(tokens, span.end + 1)) return true;
  // "Hope and Jack", "Mia and Grace": a name next to another name.
  if (next && (next.lower === 'and' || next.before.includes('&'))) {
    const other = next.lower === 'and' ? tokens[span.end + 1] : next;
    if (other?.capitalized && isFirstName(other.lower)) return true;
  }
  if (prevGap && prev && (prev.lower === 'and' || t.before.includes('&')) && prev2 && isFirstName(prev2.lower) && prev2.capitalized) return true;
  // A verb after it: "Grace sang the solo", "Jack has…"
  if (next && !next.capitalized && isSpaceGap(next) && (PERSON_VERBS.has(next.lower) || (/ed$/.test(next.lower) && next.lower.length > 4))) {
    if (!(isTime || isPlace) || !COPULAS.has(next.lower)) return true;
  }
  // Addressed: "Grace, please…", "Hope – what a star", "Well done, Hope!"
  if (next && /^\s*[,–—:-]\s*$/.test(next.before) && (t.sentenceStart || prevGap)) {
    if (!isTime && !isPlace) return true;
  }
  // Alone on its line (certificates, name lists): a name.
  if (lineAlone(tt, t, last) && !isPlace && !isTime) return true;
  // Capitalised in the middle of a sentence with nothing saying otherwise.
  if (!t.sentenceStart && !t.allCaps) return !isPlace;
  // Alone at the end of a sentence after a cue-less word: "Go Team Hope!" etc. are covered above.
  return false;
}

