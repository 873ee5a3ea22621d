/**
 * Roster index: compiled once per profile; finds pupil mentions in a text in
 * one pass over its tokens (no per-pupil regexes).
 *
 * - Full names in any case: "Amelia Clarke", "Amelia Clarke's", "CLARKE, Amelia",
 *   "Amelia C." and "A. Clarke" (initial forms only when the initial fits a
 *   pupil with that first name / surname), multi-part names however split
 *   ("Smith-Jones", "O'Neill", "ONeill", "da Silva"), accents optional.
 * - First (or preferred) names alone. A name that is also an ordinary word
 *   (Grace, Hope, Mark, Summer, or a word of the school's or a group's name)
 *   counts only when the text uses it as a name; see `usedAsName`.
 * - Never a pupil: group names ("Willow Class"), the school's name, staff
 *   ("Mrs Grace", a staff member's full name), @handles.
 * - OCR text (`fuzzy`): a name with one wrong letter still matches.
 */
import type { Pupil, ResolvedSettings, Staff } from '../profile/schema';
import { deletions1, editDistanceAtMost1 } from '../text/fuzzy';
import { tokenize, type Token, type TokenizedText } from '../text/tokenize';
import { TITLES, matchParts, nameTokens, partKeys } from './name-parts';
import { compileStaff, type StaffIndex } from './staff-index';
import { TIME_WORD_NAMES, WORD_NAMES } from './word-names';

export interface PupilMention {
  /** Index into the profile's pupils. */
  pupil: number;
  /** "full": first/preferred + surname (any accepted form); "first": first or preferred name alone. */
  kind: 'full' | 'first';
  /** Offsets into the ORIGINAL text. */
  start: number;
  end: number;
  match: string;
  /** How a full name was written. */
  form?: 'first-surname' | 'surname-first' | 'first-initial' | 'initial-surname';
  /** The name as written ("Ella-Rose", "Bill"), without possessive or initial. */
  name: string;
  /** The name is also an ordinary word (Grace, Hope) and was judged to be used as a name. */
  wordName?: boolean;
  /** Matched with one wrong letter (OCR). */
  fuzzy?: boolean;
}

export interface FindOptions {
  /** Tolerate one wrong letter (OCR text). */
  fuzzy?: boolean;
}

export interface CompiledRoster {
  size: number;
  find(text: string, options?: FindOptions): PupilMention[];
  /** Pupils sharing each first/preferred name (folded): for identifiable-name. */
  firstNameCount(name: string): number;
  /** Whether a folded first name is treated as an ordinary word too. */
  isWordName(name: string): boolean;
  /** Roster groups, as written in the roster ("Oak Class", "Year 4"). */
  groups: readonly string[];
  /** Roster groups a text mentions: "Oak Class", "oak class", "Year 4", "Y4", "Yr 4", "Year Four". */
  findGroups(text: string): GroupMention[];
}

export interface GroupMention {
  /** The group as the roster writes it. */
  group: string;
  start: number;
  end: number;
  match: string;
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8',
  nine: '9', ten: '10', eleven: '11', twelve: '12', thirteen: '13',
};

/** "Year 4", "Yr4", "Y 4", "Year Four" → "4"; anything else → undefined. */
function yearNumber(parts: readonly string[]): string | undefined {
  const joined = parts.join(' ');
  const m = /^(?:year|yr|y)\s*(\d{1,2}|[a-z]+)$/.exec(joined);
  if (!m) return undefined;
  const n = m[1] as string;
  return /^\d+$/.test(n) ? String(Number(n)) : NUMBER_WORDS[n];
}

interface NameEntry {
  pupil: number;
  parts: string[];
  /** First letter of the other half of the name (surname initial for a first name and vice versa). */
  otherInitials: string[];
}

interface Span {
  start: number; // token index
  end: number; // exclusive token index
  entries: NameEntry[];
  fuzzy: boolean;
}

/** Shared "no spans here" result; never modified. */
const NO_SPANS: Span[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Words in a school's name that say what it is rather than which it is. */
const GENERIC_SCHOOL_WORDS = new Set([
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

/** Levenshtein distance ≤ 2 (bounded, small strings). */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > 2) return false;
    prev = cur;
  }
  return (prev[b.length] as number) <= 2;
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

/** A name's tokens and index keys, worked out once per distinct name string. */
interface NameInfo {
  parts: string[];
  keys: string[];
  joined: string;
  /** Its parts are already in `nameParts`. */
  listed: boolean;
}

export function compileRoster(
  pupils: readonly Pupil[],
  settings: ResolvedSettings,
  staff: readonly Staff[] = [],
  /** The profile's staff index when the caller has built it already (compileProfile). */
  staffIndexBuilt?: StaffIndex,
): CompiledRoster {
  const firstIndex = new Map<string, NameEntry[]>();
  const surnameIndex = new Map<string, NameEntry[]>();
  const firstCounts = new Map<string, number>();
  const nameParts = new Set<string>(); // every single name part and group/school word, for OCR correction
  const groups = new Set<string>();

  // Rosters repeat names (a school of 2,000 has a few hundred distinct first
  // names and surnames): tokenise each distinct name once, share the read-only
  // arrays between pupils. Insertion orders stay those of a pupil-by-pupil walk.
  const infoByName = new Map<string, NameInfo>();
  const nameInfo = (name: string): NameInfo => {
    let info = infoByName.get(name);
    if (!info) {
      const parts = nameTokens(name);
      info = { parts, keys: partKeys(parts), joined: parts.join(''), listed: false };
      infoByName.set(name, info);
    }
    return info;
  };
  const listParts = (info: NameInfo) => {
    if (info.listed) return;
    info.listed = true;
    for (const part of info.parts) nameParts.add(part);
    nameParts.add(info.joined);
  };
  const initialsByKey = new Map<string, string[]>();
  const initialsList = (letters: string[]): string[] => {
    const key = letters.join('');
    let list = initialsByKey.get(key);
    if (!list) {
      list = letters;
      initialsByKey.set(key, list);
    }
    return list;
  };
  const sameParts = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, k) => x === b[k]);

  pupils.forEach((p, index) => {
    const surname = nameInfo(p.surname);
    const forename = nameInfo(p.forename);
    let preferred = p.preferred ? nameInfo(p.preferred) : undefined;
    if (preferred && (!preferred.parts.length || sameParts(preferred.parts, forename.parts))) preferred = undefined;
    const forenameInitial = forename.parts[0]?.[0] ?? '';
    const preferredInitial = preferred?.parts[0]?.[0] ?? '';
    const firstLetters: string[] = [];
    if (forenameInitial) firstLetters.push(forenameInitial);
    if (preferredInitial && preferredInitial !== forenameInitial) firstLetters.push(preferredInitial);
    const firstInitials = initialsList(firstLetters);
    const surnameInitial = surname.parts[0]?.[0];
    const surnameInitials = initialsList(surnameInitial ? [surnameInitial] : []);
    for (const first of preferred ? [forename, preferred] : [forename]) {
      if (!first.parts.length) continue;
      const entry = { pupil: index, parts: first.parts, otherInitials: surnameInitials };
      for (const key of first.keys) push(firstIndex, key, entry);
      listParts(first);
      firstCounts.set(first.joined, (firstCounts.get(first.joined) ?? 0) + 1);
    }
    if (surname.parts.length) {
      const entry = { pupil: index, parts: surname.parts, otherInitials: firstInitials };
      for (const key of surname.keys) push(surnameIndex, key, entry);
      listParts(surname);
    }
    if (p.group) groups.add(p.group.trim());
  });

  // Phrases that are never a pupil: roster groups and the school's name.
  const phrases: string[][] = [];
  const wordNames = new Set(WORD_NAMES);
  const placeWords = new Set<string>(); // school-name words: "at Kingsley" is the school
  for (const g of groups) {
    const parts = nameTokens(g);
    if (parts.length) phrases.push(parts);
    for (const w of parts) wordNames.add(w);
  }
  for (const g of groups) for (const w of nameTokens(g)) nameParts.add(w);
  const schoolParts = nameTokens(settings.school);
  for (const w of schoolParts) nameParts.add(w);
  if (schoolParts.length) phrases.push(schoolParts);
  for (const w of schoolParts) {
    if (GENERIC_SCHOOL_WORDS.has(w)) continue;
    wordNames.add(w);
    placeWords.add(w);
  }
  const phraseIndex = new Map<string, string[][]>();
  for (const parts of phrases) push(phraseIndex, parts[0] as string, parts);

  const staffIndex: StaffIndex = staffIndexBuilt ?? compileStaff(staff);

  // Group look-up: "year N" groups by number, others by their tokens.
  const yearGroups = new Map<string, string>();
  const groupPhrases = new Map<string, Array<{ group: string; parts: string[] }>>();
  for (const g of groups) {
    const parts = nameTokens(g);
    const year = yearNumber(parts);
    if (year) yearGroups.set(year, g);
    else if (parts.length) for (const key of partKeys(parts)) push(groupPhrases, key, { group: g, parts });
  }


  // Symmetric-delete index for OCR look-ups, built on first fuzzy use.
  let deleteIndex: Map<string, string[]> | undefined;
  function fuzzyKey(word: string): string | undefined {
    if (word.length < 4) return undefined;
    if (!deleteIndex) {
      deleteIndex = new Map();
      for (const key of nameParts) {
        if (key.length < 4) continue;
        for (const d of deletions1(key)) push(deleteIndex, d, key);
      }
    }
    const candidates = new Set<string>(deleteIndex.get(word) ?? []);
    for (const d of deletions1(word)) {
      if (nameParts.has(d) && d.length >= 4) candidates.add(d);
      for (const k of deleteIndex.get(d) ?? []) candidates.add(k);
    }
    let best: string | undefined;
    for (const c of candidates) {
      if (editDistanceAtMost1(word, c) && (!best || c.length > best.length)) best = c;
    }
    return best;
  }

  /** OCR misreads of letters as digits/symbols inside a word: "0liver", "5ophie". */
  function ocrClean(word: string): string {
    return /\p{L}/u.test(word) ? word.replace(/0/g, 'o').replace(/1/g, 'l').replace(/5/g, 's').replace(/8/g, 'b') : word;
  }

  function spansAt(index: Map<string, NameEntry[]>, tokens: readonly Token[], i: number, corrected: Uint8Array): Span[] {
    const t = tokens[i] as Token;
    // Most tokens are no name at all: nothing allocated for them (this runs twice per token per keystroke).
    const candidates = index.get(t.lower);
    if (!candidates) return NO_SPANS;
    const out: Span[] = [];
    const byEnd = new Map<number, NameEntry[]>();
    for (const entry of candidates) {
      const end = matchParts(tokens, i, entry.parts);
      if (end > 0) push(byEnd, end, entry);
    }
    for (const [end, entries] of byEnd) {
      let fz = false;
      for (let k = i; k < end; k++) if (corrected[k]) fz = true;
      out.push({ start: i, end, entries, fuzzy: fz });
    }
    return out;
  }

  /** Does a roster group ("Acorn Class", "Year 5", "Y5") start at token i? */
  function groupAt(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i];
    if (!t) return false;
    const one = /^(?:year|yr|y)(\d{1,2})$/.exec(t.lower);
    const two = tokens[i + 1];
    const year = one ? String(Number(one[1])) : two && isSpaceGap(two) ? yearNumber([t.lower, two.lower]) : undefined;
    if (year && yearGroups.has(year)) return true;
    return (groupPhrases.get(t.lower) ?? []).some(({ parts }) => matchParts(tokens, i, parts) > 0);
  }

  /**
   * Is a word-name (Grace, Hope, Summer, the school's name) used as a name
   * here? Evidence is read off the capitalisation and the words around it;
   * nothing about particular sentences is stored.
   */
  function usedAsName(tt: TokenizedText, span: Span, key: string): boolean {
    const { tokens } = tt;
    const t = tokens[span.start] as Token;
    const last = tokens[span.end - 1] as Token;
    const next = tokens[span.end];
    const prev = tokens[span.start - 1];
    const prev2 = tokens[span.start - 2];
    const isPlace = placeWords.has(key);
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
      !firstIndex.has(nextCap.lower) &&
      !surnameIndex.has(nextCap.lower)
    ) {
      return false;
    }
    if (prevGap && prev && !prev.sentenceStart && prev.capitalized && !TITLES.has(prev.lower) && !firstIndex.has(prev.lower)) {
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
      if (other?.capitalized && firstIndex.has(other.lower)) return true;
    }
    if (prevGap && prev && (prev.lower === 'and' || t.before.includes('&')) && prev2 && firstIndex.has(prev2.lower) && prev2.capitalized) return true;
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

  function find(text: string, options: FindOptions = {}): PupilMention[] {
    if (pupils.length === 0 || !text) return [];
    const typed = tokenize(text);
    const fuzzy = !!options.fuzzy;
    const n = typed.tokens.length;
    // OCR: read "Smith-J0nes" as "Smith-Jones", "Olivcr" as "Oliver" — one
    // wrong letter in a capitalised word of 4+ letters, against roster words only.
    const corrected = new Uint8Array(n);
    // The tokenisation is shared (cached): OCR corrections go into a copy.
    const tt: TokenizedText = fuzzy ? { normalized: typed.normalized, tokens: typed.tokens } : typed;
    if (fuzzy) {
      tt.tokens = typed.tokens.map((t) => {
        if (t.lower.length < 4 || nameParts.has(t.lower)) return t;
        const cleaned = ocrClean(t.lower);
        const key = nameParts.has(cleaned) ? cleaned : fuzzyKey(cleaned);
        if (!key) return t;
        // A lower-case word is only read as a name when OCR lost the capital
        // with the first letter at the start of a line ("liver" for "Oliver");
        // other lower-case OCR fragments ("aala.") are too often noise.
        const capital = t.capitalized || /^[0-9]/.test(t.text);
        const lineStart = t.index === 0 || /\n/.test(t.before);
        const lostFirst = key.slice(1) === cleaned && lineStart;
        if (!capital && !lostFirst) return t;
        corrected[t.index] = 1;
        return { ...t, lower: key };
      });
    }
    const { tokens } = tt;

    // Tokens that belong to something other than a pupil.
    const blocked = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      if (/[@]$/.test(t.before)) blocked[i] = 1; // @handle
      for (const parts of phraseIndex.get(t.lower) ?? []) {
        const end = matchParts(tokens, i, parts);
        if (end > 0) for (let k = i; k < end; k++) blocked[k] = 1;
      }
      if (TITLES.has(t.lower)) {
        // "Mrs Grace", "Mr Mark Hope": the one or two name words after a title are an adult.
        const a = tokens[i + 1];
        if (a && /^\.?[ \t]+$/.test(a.before) && a.capitalized) {
          blocked[i + 1] = 1;
          const b = tokens[i + 2];
          if (b && /^\.?[ \t]+$/.test(b.before) && b.capitalized) blocked[i + 2] = 1;
        }
      }
    }
    if (staffIndex.size && staffIndex.findInTokens) {
      for (const m of staffIndex.findInTokens(tt)) {
        for (let i = 0; i < n; i++) {
          const t = tokens[i] as Token;
          if (t.origStart >= m.start && t.origEnd <= m.end) blocked[i] = 1;
        }
      }
    }

    const firstSpans: Span[][] = new Array(n);
    const surnameSpans: Span[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      if (blocked[i]) continue;
      firstSpans[i] = spansAt(firstIndex, tokens, i, corrected);
      surnameSpans[i] = spansAt(surnameIndex, tokens, i, corrected);
    }

    const out: PupilMention[] = [];
    const covered = new Uint8Array(n);
    const origText = (a: number, b: number) => text.slice(a, b);
    const tokenRange = (s: number, e: number) => {
      const a = tokens[s] as Token;
      const b = tokens[e - 1] as Token;
      return { start: a.origStart, end: b.origEnd };
    };
    /** Original end just after a "." that follows token `t`, if there is one. */
    const withDot = (t: Token): number => {
      const dot = tt.normalized.norm[t.end] === '.' ? tt.normalized.toOriginalRange(t.end, t.end + 1).end : t.origEnd;
      return dot;
    };
    const addFull = (
      pupil: number,
      start: number,
      end: number,
      form: NonNullable<PupilMention['form']>,
      nameSpan: Span,
      fz: boolean,
      fromTok: number,
      toTok: number,
    ) => {
      const r = tokenRange(nameSpan.start, nameSpan.end);
      out.push({
        pupil,
        kind: 'full',
        start,
        end,
        match: origText(start, end),
        form,
        name: origText(r.start, r.end),
        ...(fz ? { fuzzy: true } : {}),
      });
      for (let k = fromTok; k < toTok; k++) covered[k] = 1;
    };

    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      // First + Surname, and First + initial.
      for (const fs of firstSpans[i] ?? []) {
        const nt = tokens[fs.end];
        if (!nt || !isSpaceGap(nt) || blocked[fs.end]) continue;
        const sur = surnameSpans[fs.end] ?? [];
        for (const ss of sur) {
          const surPupils = new Set(ss.entries.map((e) => e.pupil));
          for (const fe of fs.entries) {
            if (!surPupils.has(fe.pupil)) continue;
            const r = tokenRange(i, ss.end);
            addFull(fe.pupil, r.start, r.end, 'first-surname', fs, fs.fuzzy || ss.fuzzy, i, ss.end);
          }
        }
        // "Amelia C." — a single capital letter followed by a dot (or the end of the text).
        if (nt.text.length === 1 && /\p{Lu}/u.test(nt.text)) {
          const after = tt.normalized.norm.slice(nt.end, tokens[fs.end + 1]?.start ?? undefined);
          const looksInitial = /^\./.test(after) || /^\s*$/.test(after) || /^\s*[,!?)]/.test(after);
          if (!looksInitial) continue;
          for (const fe of fs.entries) {
            if (!fe.otherInitials.includes(nt.lower)) continue;
            const start = t.origStart;
            const end = withDot(nt);
            addFull(fe.pupil, start, end, 'first-initial', fs, fs.fuzzy, i, fs.end + 1);
          }
        }
      }
      // OCR: an exact surname after a badly read first name ("emt! Adesanya"
      // for "Femi Adesanya"): the surname anchors, so the word before may be
      // two letters out.
      if (fuzzy) {
        for (const ss of surnameSpans[i] ?? []) {
          if (ss.fuzzy || covered[i]) continue;
          const prev = tokens[i - 1];
          if (!prev || blocked[i - 1] || covered[i - 1] || prev.lower.length < 2) continue;
          for (const se of ss.entries) {
            const p = pupils[se.pupil];
            if (!p) continue;
            const firsts = [p.forename, p.preferred].filter((f): f is string => !!f).map((f) => nameTokens(f).join(''));
            if (!firsts.some((f) => f.length >= 3 && withinTwoEdits(ocrClean(prev.lower), f))) continue;
            const r = tokenRange(i - 1, ss.end);
            addFull(se.pupil, r.start, r.end, 'first-surname', ss, true, i - 1, ss.end);
          }
        }
      }
      // Surname, First
      for (const ss of surnameSpans[i] ?? []) {
        const nt = tokens[ss.end];
        if (!nt || !/^[ \t]*,[ \t]*$/.test(nt.before) || blocked[ss.end]) continue;
        for (const fs of firstSpans[ss.end] ?? []) {
          const firstPupils = new Set(fs.entries.map((e) => e.pupil));
          for (const se of ss.entries) {
            if (!firstPupils.has(se.pupil)) continue;
            const r = tokenRange(i, fs.end);
            addFull(se.pupil, r.start, r.end, 'surname-first', fs, fs.fuzzy || ss.fuzzy, i, fs.end);
          }
        }
      }
      // "A. Clarke" / "A Clarke" — an initial that fits a pupil with that surname.
      if (t.text.length === 1 && /\p{Lu}/u.test(t.text) && !blocked[i]) {
        const nt = tokens[i + 1];
        if (!nt) continue;
        const dotted = /^\.[ \t]*$/.test(nt.before);
        const spaced = /^[ \t]+$/.test(nt.before) && t.lower !== 'a' && t.lower !== 'i';
        if (!dotted && !spaced) continue;
        // "Amelia C. Clarke" is handled above; here the letter must not itself end a first name.
        for (const ss of surnameSpans[i + 1] ?? []) {
          for (const se of ss.entries) {
            if (!se.otherInitials.includes(t.lower)) continue;
            const r = tokenRange(i, ss.end);
            addFull(se.pupil, r.start, r.end, 'initial-surname', ss, ss.fuzzy, i, ss.end);
          }
        }
      }
    }

    // First names alone.
    for (let i = 0; i < n; i++) {
      for (const fs of firstSpans[i] ?? []) {
        let inside = false;
        for (let k = fs.start; k < fs.end; k++) if (covered[k]) inside = true;
        if (inside) continue;
        const key = fs.entries[0]?.parts.join('') ?? '';
        const isWord = wordNames.has(key) || fs.entries.some((e) => wordNames.has(e.parts[0] as string));
        if (isWord && !usedAsName(tt, fs, key)) continue;
        const r = tokenRange(fs.start, fs.end);
        const seen = new Set<number>();
        for (const e of fs.entries) {
          if (seen.has(e.pupil)) continue;
          seen.add(e.pupil);
          out.push({
            pupil: e.pupil,
            kind: 'first',
            start: r.start,
            end: r.end,
            match: origText(r.start, r.end),
            name: origText(r.start, r.end),
            ...(isWord ? { wordName: true } : {}),
            ...(fs.fuzzy ? { fuzzy: true } : {}),
          });
        }
      }
    }
    out.sort((a, b) => a.start - b.start || b.end - a.end || a.pupil - b.pupil);
    return out;
  }

  function findGroups(text: string): GroupMention[] {
    if (groups.size === 0 || !text) return [];
    const { tokens } = tokenize(text);
    const out: GroupMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const emit = (group: string, endTok: number) => {
        const last = tokens[endTok - 1] as Token;
        out.push({ group, start: t.origStart, end: last.origEnd, match: text.slice(t.origStart, last.origEnd) });
      };
      if (yearGroups.size) {
        // "Y4", "Yr4" in one token, or "Year 4" / "Year Four" in two.
        const one = /^(?:year|yr|y)(\d{1,2})$/.exec(t.lower);
        const two = tokens[i + 1];
        const year = one ? String(Number(one[1])) : two && isSpaceGap(two) ? yearNumber([t.lower, two.lower]) : undefined;
        const group = year ? yearGroups.get(year) : undefined;
        if (group) {
          emit(group, one ? i + 1 : i + 2);
          continue;
        }
      }
      for (const { group, parts } of groupPhrases.get(t.lower) ?? []) {
        const end = matchParts(tokens, i, parts);
        if (end > 0) emit(group, end);
      }
    }
    return out;
  }

  return {
    size: pupils.length,
    find,
    findGroups,
    firstNameCount: (name) => firstCounts.get(nameTokens(name).join('')) ?? 0,
    isWordName: (name) => wordNames.has(nameTokens(name).join('')),
    groups: [...groups],
  };
}
