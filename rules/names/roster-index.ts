/**
 * Roster index: compiled once per profile; finds pupil mentions in a text in
 * one pass over its tokens (no per-pupil regexes).
 *
 * - Full names in any case: "Amelia Clarke", "Amelia Clarke's", "CLARKE, Amelia",
 *   "Amelia C." and "A. Clarke" (initial forms only when the initial fits a
 *   pupil with that first name / surname), multi-part names however split
 *   ("Smith-Jones", "O'Neill", "ONeill", "da Silva"), accents optional.
 * - First (or preferred) names alone. A name that is also an ordinary word,
 *   a month, day or place (Grace, Hope, May, Paris), or a word of the school's,
 *   a group's or a staff member's name, is ambiguous: each use is judged a
 *   name, a word or unclear (./name-evidence.ts). Unclear uses are returned
 *   only when asked for (`unclear: true`), marked `role: 'unclear'`.
 * - Never a pupil: group names ("Willow Class"), the school's name, staff
 *   ("Mrs Grace", a staff member's full name), @handles.
 * - OCR text (`fuzzy`): a name with one wrong letter still matches.
 */
import type { Pupil, ResolvedSettings, Staff } from '../profile/schema';
import { withinEditDistance } from '../text/fuzzy';
import { isSpaceGap, tokenize, type Token, type TokenizedText } from '../text/tokenize';
import { compileGroups, type GroupMention } from './groups';
import { GENERIC_SCHOOL_WORDS, judgePlainName, judgeRole, type Ambiguity, type EvidenceId, type EvidenceRoster } from './name-evidence';
import { TITLES, isInitialToken, matchParts, nameTokens, partKeys } from './name-parts';
import { compileOcrCorrector, ocrClean, type OcrCorrector } from './ocr-correction';
import { compileStaff, type StaffIndex } from './staff-index';
import { TIME_WORD_NAMES, isCommonWord, isPlaceName } from './word-names';

export type { GroupMention } from './groups';

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
  /** The name is ambiguous (Grace, May, the school's name) and was judged to be used as a name, or unclear. */
  wordName?: boolean;
  /** An ambiguous name the evidence could not decide: possible-pupil-name asks about it. */
  role?: 'unclear';
  /** For ambiguous names: the evidence that decided (see name-evidence.ts EVIDENCE). */
  evidence?: EvidenceId;
  /** Matched with one wrong letter (OCR). */
  fuzzy?: boolean;
}

export interface FindOptions {
  /** Tolerate one wrong letter (OCR text). */
  fuzzy?: boolean;
  /** Also return ambiguous names whose use is unclear (`role: 'unclear'`). */
  unclear?: boolean;
}

export interface CompiledRoster {
  size: number;
  find(text: string, options?: FindOptions): PupilMention[];
  /** Pupils sharing each first/preferred name (folded): for identifiable-name. */
  firstNameCount(name: string): number;
  /** Whether a first name is ambiguous: also an ordinary word, month, day or place, or part of the school's, a group's or a staff name. */
  isWordName(name: string): boolean;
  /** Roster groups, as written in the roster ("Oak Class", "Year 4"). */
  groups: readonly string[];
  /** Roster groups a text mentions: "Oak Class", "oak class", "Year 4", "Y4", "Yr 4", "Year Four". */
  findGroups(text: string): GroupMention[];
}

/** One pupil's first name or surname, as the index files it. */
interface NameEntry {
  pupil: number;
  parts: string[];
  /** First letter of the other half of the name (surname initial for a first name and vice versa). */
  otherInitials: string[];
}

/** Tokens [start, end) that spell a name, and the pupils it may be. */
interface NameSpan {
  start: number;
  end: number; // exclusive
  entries: NameEntry[];
  /** A token of it was corrected from an OCR misread. */
  fuzzy: boolean;
}

/** Shared "no spans here" result; never modified. */
const NO_SPANS: NameSpan[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A name's tokens and index keys, worked out once per distinct name string. */
interface NameInfo {
  parts: string[];
  keys: string[];
  joined: string;
  /** Its parts are already in `nameParts`. */
  listed: boolean;
}

/** The pupils' names, filed for look-up from any token of a text. */
interface PupilNames {
  /** First and preferred names by every run-together prefix of their parts (name-parts.ts partKeys). */
  byFirstName: Map<string, NameEntry[]>;
  bySurname: Map<string, NameEntry[]>;
  /** Pupils sharing each first/preferred name (run together). */
  firstNameCounts: Map<string, number>;
  /** Every name part and run-together name, in roster order: the words OCR text is corrected towards. */
  nameParts: Set<string>;
  /** Roster groups as written ("Oak Class"). */
  groups: Set<string>;
}

/**
 * File every pupil's first, preferred and surname. Rosters repeat names (a
 * school of 2,000 has a few hundred distinct first names and surnames), so
 * each distinct name is tokenised once and its read-only arrays are shared
 * between pupils. Insertion orders stay those of a pupil-by-pupil walk.
 */
function indexPupilNames(pupils: readonly Pupil[]): PupilNames {
  const names: PupilNames = { byFirstName: new Map(), bySurname: new Map(), firstNameCounts: new Map(), nameParts: new Set(), groups: new Set() };
  const infoByName = new Map<string, NameInfo>();
  const infoOf = (name: string): NameInfo => {
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
    for (const part of info.parts) names.nameParts.add(part);
    names.nameParts.add(info.joined);
  };
  // One shared array per distinct set of initials.
  const initialsByLetters = new Map<string, string[]>();
  const sharedInitials = (letters: string[]): string[] => {
    const key = letters.join('');
    const known = initialsByLetters.get(key);
    if (known) return known;
    initialsByLetters.set(key, letters);
    return letters;
  };

  pupils.forEach((pupil, index) => {
    const surname = infoOf(pupil.surname);
    const forename = infoOf(pupil.forename);
    let preferred = pupil.preferred ? infoOf(pupil.preferred) : undefined;
    if (preferred && (!preferred.parts.length || sameParts(preferred.parts, forename.parts))) preferred = undefined;
    const forenameInitial = forename.parts[0]?.[0] ?? '';
    const preferredInitial = preferred?.parts[0]?.[0] ?? '';
    const firstLetters: string[] = [];
    if (forenameInitial) firstLetters.push(forenameInitial);
    if (preferredInitial && preferredInitial !== forenameInitial) firstLetters.push(preferredInitial);
    const firstInitials = sharedInitials(firstLetters);
    const surnameInitial = surname.parts[0]?.[0];
    const surnameInitials = sharedInitials(surnameInitial ? [surnameInitial] : []);
    for (const first of preferred ? [forename, preferred] : [forename]) {
      if (!first.parts.length) continue;
      const entry = { pupil: index, parts: first.parts, otherInitials: surnameInitials };
      for (const key of first.keys) push(names.byFirstName, key, entry);
      listParts(first);
      names.firstNameCounts.set(first.joined, (names.firstNameCounts.get(first.joined) ?? 0) + 1);
    }
    if (surname.parts.length) {
      const entry = { pupil: index, parts: surname.parts, otherInitials: firstInitials };
      for (const key of surname.keys) push(names.bySurname, key, entry);
      listParts(surname);
    }
    if (pupil.group) names.groups.add(pupil.group.trim());
  });
  return names;
}

function sameParts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}

/** What else the school's words are: phrases that are never a pupil, and words that make a first name ambiguous. */
interface SchoolWords {
  /** Roster groups and the school's name, by their first word: never a pupil ("Willow Class"). */
  notPupilPhrases: Map<string, string[][]>;
  /** Words of the groups, the school's name and the staff's names: a pupil with such a first name is ambiguous. */
  ambiguousWords: Set<string>;
  /** Words of the school's own name: "at Kingsley" is the school. */
  placeWords: Set<string>;
  /** Roster groups named with one word ("Teifi", "Conwy"): a pupil with that name may be the class. */
  groupWords: Set<string>;
}

/** The school's own words; adds the group and school words to `nameParts` too, since OCR text may misread them as well. */
function collectSchoolWords(groups: ReadonlySet<string>, school: string, staff: readonly Staff[], nameParts: Set<string>): SchoolWords {
  const phrases: string[][] = [];
  const ambiguousWords = new Set<string>();
  const placeWords = new Set<string>();
  const groupWords = new Set<string>();
  for (const person of staff) for (const w of [...nameTokens(person.forename), ...nameTokens(person.surname)]) ambiguousWords.add(w);
  for (const g of groups) {
    const parts = nameTokens(g);
    if (parts.length) phrases.push(parts);
    if (parts.length === 1) groupWords.add(parts[0] as string);
    for (const w of parts) ambiguousWords.add(w);
  }
  for (const g of groups) for (const w of nameTokens(g)) nameParts.add(w);
  const schoolParts = nameTokens(school);
  for (const w of schoolParts) nameParts.add(w);
  if (schoolParts.length) phrases.push(schoolParts);
  schoolParts.forEach((w, k) => {
    if (GENERIC_SCHOOL_WORDS.has(w)) return;
    ambiguousWords.add(w);
    // "St Brigid's": Brigid is the saint, and a child may be named after her; "at Brigid" is no place.
    const before = schoolParts[k - 1];
    if (before !== 'st' && before !== 'saint') placeWords.add(w);
  });
  const notPupilPhrases = new Map<string, string[][]>();
  for (const parts of phrases) push(notPupilPhrases, parts[0] as string, parts);
  return { notPupilPhrases, ambiguousWords, placeWords, groupWords };
}

/** Everything find() reads, built once per profile. */
interface RosterTables {
  pupils: readonly Pupil[];
  names: PupilNames;
  school: SchoolWords;
  staffIndex: StaffIndex;
  ocr: OcrCorrector;
  evidenceRoster: EvidenceRoster;
  /** How a (folded, run-together) first name is ambiguous, if it is. */
  ambiguity(key: string): Ambiguity | null;
}

/** A first name that is also an ordinary word, month, day or place, or a word of the school's. Worked out once per name. */
function ambiguityJudge(school: SchoolWords): (key: string) => Ambiguity | null {
  const byKey = new Map<string, Ambiguity | null>();
  return (key) => {
    let found = byKey.get(key);
    if (found === undefined) {
      const ambiguous = school.ambiguousWords.has(key) || isCommonWord(key);
      found = ambiguous ? { time: TIME_WORD_NAMES.has(key), place: school.placeWords.has(key) || isPlaceName(key), group: school.groupWords.has(key) } : null;
      byKey.set(key, found);
    }
    return found;
  };
}

export function compileRoster(
  pupils: readonly Pupil[],
  settings: ResolvedSettings,
  staff: readonly Staff[] = [],
  /** The profile's staff index when the caller has built it already (compileProfile). */
  staffIndexBuilt?: StaffIndex,
): CompiledRoster {
  const names = indexPupilNames(pupils);
  const school = collectSchoolWords(names.groups, settings.school, staff, names.nameParts);
  const groupIndex = compileGroups(names.groups);
  const ambiguity = ambiguityJudge(school);
  const tables: RosterTables = {
    pupils,
    names,
    school,
    staffIndex: staffIndexBuilt ?? compileStaff(staff),
    ocr: compileOcrCorrector(names.nameParts),
    ambiguity,
    evidenceRoster: {
      isFirstName: (w) => names.byFirstName.has(w),
      isSurname: (w) => names.bySurname.has(w),
      groupAt: groupIndex.groupAt,
      isAmbiguous: (w) => ambiguity(w) !== null,
    },
  };
  return {
    size: pupils.length,
    find: (text, options = {}) => findPupils(tables, text, options),
    findGroups: groupIndex.findGroups,
    firstNameCount: (name) => names.firstNameCounts.get(nameTokens(name).join('')) ?? 0,
    isWordName: (name) => ambiguity(nameTokens(name).join('')) !== null,
    groups: groupIndex.groups,
  };
}

/** One find() call: the text, its tokens and what has been found so far. */
interface Scan {
  tables: RosterTables;
  text: string;
  tt: TokenizedText;
  tokens: readonly Token[];
  /** Tokens that belong to something other than a pupil (markNotPupil): no first name alone here. */
  notPupil: Uint8Array;
  /** Tokens that are never any pupil's name, not even in a full name: @handles, adults after a title, staff. */
  neverPupil: Uint8Array;
  /** Tokens read as a roster word after an OCR misread. */
  corrected: Uint8Array;
  /** Names starting at each token, by first name and by surname (none for a notPupil token). */
  firstNameSpans: NameSpan[][];
  surnameSpans: NameSpan[][];
  /** Tokens inside a full name already found: a first name there is not found again alone. */
  inFullName: Uint8Array;
  mentions: PupilMention[];
}

function findPupils(tables: RosterTables, text: string, options: FindOptions): PupilMention[] {
  if (tables.pupils.length === 0 || !text) return [];
  const scan = startScan(tables, text, !!options.fuzzy);
  for (let i = 0; i < scan.tokens.length; i++) {
    for (const first of scan.firstNameSpans[i] ?? []) fullNamesFromFirstName(scan, i, first);
    if (options.fuzzy) misreadFirstNameBeforeSurname(scan, i);
    surnameCommaFirstName(scan, i);
    initialThenSurname(scan, i);
  }
  firstNamesAlone(scan, !!options.unclear);
  return scan.mentions.sort((a, b) => a.start - b.start || b.end - a.end || a.pupil - b.pupil);
}

function startScan(tables: RosterTables, text: string, fuzzy: boolean): Scan {
  const typed = tokenize(text);
  const n = typed.tokens.length;
  // OCR: read "Smith-J0nes" as "Smith-Jones", "Olivcr" as "Oliver" — one
  // wrong letter in a capitalised word of 4+ letters, against roster words only.
  const { tt, corrected } = fuzzy ? tables.ocr.correct(typed) : { tt: typed, corrected: new Uint8Array(n) };
  const { tokens } = tt;
  const { notPupil, neverPupil } = markNotPupil(tables, tt);
  const firstNameSpans: NameSpan[][] = new Array(n);
  const surnameSpans: NameSpan[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    // A group's or the school's word may still start a pupil's full name ("Teifi Rowlands" in a school
    // with a class called Teifi): names are looked up there, and only a first name alone is skipped.
    if (neverPupil[i]) continue;
    firstNameSpans[i] = namesStartingAt(tables.names.byFirstName, tokens, i, corrected);
    surnameSpans[i] = namesStartingAt(tables.names.bySurname, tokens, i, corrected);
  }
  return { tables, text, tt, tokens, notPupil, neverPupil, corrected, firstNameSpans, surnameSpans, inFullName: new Uint8Array(n), mentions: [] };
}

/** After a one-word group's name: the group ("Teifi class", "Conwy pupils"). */
const GROUP_NOUNS_AFTER = new Set(['class', 'classes', 'group', 'groups', 'dosbarth', 'rang', 'room', 'pupils', 'children', 'team', 'form', 'set']);
/** Before a one-word group's name: the group ("Dosbarth Teifi", "Class Conwy", "Rang Brigid"). */
const GROUP_NOUNS_BEFORE = new Set(['class', 'dosbarth', 'rang', 'form', 'group']);

/**
 * "Skye and Iona classes", "Ruby, Amber and Jade groups": the one-word group
 * at `from` is followed by more one-word groups, joined by commas or "and",
 * and then a class word: every one of them is a group.
 */
function listOfGroupsBeforeNoun(tables: RosterTables, tokens: readonly Token[], from: number): boolean {
  let k = from;
  for (let n = 0; n < 6; n++) {
    const joiner = tokens[k];
    if (!joiner) return false;
    if (isSpaceGap(joiner) && GROUP_NOUNS_AFTER.has(joiner.lower)) return n > 0;
    const joined = joiner.lower === 'and' || joiner.lower === '&' ? tokens[k + 1] : /^\s*,\s*$/.test(joiner.before) ? joiner : undefined;
    if (!joined || !tables.school.groupWords.has(joined.lower)) return false;
    k = joined.index + 1;
  }
  return false;
}

/**
 * Tokens that are not a pupil. `neverPupil`: @handles, adults after a title,
 * staff names. `notPupil` adds groups and the school's name, where a first
 * name alone is not a pupil but a full name still is. A group named with one
 * word that is also a pupil's name (a class "Teifi", a pupil Teifi) is the
 * group only where a class word marks it ("Teifi class", "Dosbarth Teifi");
 * elsewhere the name evidence judges it (the word is ambiguous).
 */
function markNotPupil(tables: RosterTables, tt: TokenizedText): { notPupil: Uint8Array; neverPupil: Uint8Array } {
  const { tokens } = tt;
  const n = tokens.length;
  const notPupil = new Uint8Array(n);
  const neverPupil = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (/[@]$/.test(t.before)) neverPupil[i] = 1;
    // Most tokens start no group or school phrase: no empty array for them.
    for (const parts of tables.school.notPupilPhrases.get(t.lower) ?? NO_PHRASES) {
      const end = matchParts(tokens, i, parts);
      if (end <= 0) continue;
      if (end - i === 1 && tables.names.byFirstName.has(t.lower)) {
        const after = tokens[end];
        const before = tokens[i - 1];
        const marked =
          (!!after && isSpaceGap(after) && GROUP_NOUNS_AFTER.has(after.lower)) ||
          (!!before && isSpaceGap(t) && GROUP_NOUNS_BEFORE.has(before.lower)) ||
          listOfGroupsBeforeNoun(tables, tokens, end);
        if (!marked) continue;
      }
      for (let k = i; k < end; k++) notPupil[k] = 1;
    }
    if (TITLES.has(t.lower)) {
      // "Mrs Grace", "Mr Mark Hope": the one or two name words after a title are an adult.
      const first = tokens[i + 1];
      if (first && /^\.?[ \t]+$/.test(first.before) && first.capitalized) {
        neverPupil[i + 1] = 1;
        const second = tokens[i + 2];
        if (second && /^\.?[ \t]+$/.test(second.before) && second.capitalized) neverPupil[i + 2] = 1;
      }
    }
  }
  const { staffIndex } = tables;
  if (staffIndex.size && staffIndex.findInTokens) {
    for (const staffName of staffIndex.findInTokens(tt)) {
      for (let i = 0; i < n; i++) {
        const t = tokens[i] as Token;
        if (t.origStart >= staffName.start && t.origEnd <= staffName.end) neverPupil[i] = 1;
      }
    }
  }
  for (let i = 0; i < n; i++) if (neverPupil[i]) notPupil[i] = 1;
  return { notPupil, neverPupil };
}

const NO_PHRASES: readonly (readonly string[])[] = [];

/** The names in `index` that start at token i, grouped by where they end. */
function namesStartingAt(index: Map<string, NameEntry[]>, tokens: readonly Token[], i: number, corrected: Uint8Array): NameSpan[] {
  // Most tokens are no name at all: nothing allocated for them (this runs twice per token per keystroke).
  const candidates = index.get((tokens[i] as Token).lower);
  if (!candidates) return NO_SPANS;
  const byEnd = new Map<number, NameEntry[]>();
  for (const entry of candidates) {
    const end = matchParts(tokens, i, entry.parts);
    if (end > 0) push(byEnd, end, entry);
  }
  const spans: NameSpan[] = [];
  for (const [end, entries] of byEnd) spans.push({ start: i, end, entries, fuzzy: anySet(corrected, i, end) });
  return spans;
}

/** Whether any of flags[start..end) is set (a loop: no view allocated on the keystroke path). */
function anySet(flags: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (flags[k]) return true;
  return false;
}

/** Offsets in the original text of tokens [start, end). */
function originalRange(scan: Scan, start: number, end: number): { start: number; end: number } {
  return { start: (scan.tokens[start] as Token).origStart, end: (scan.tokens[end - 1] as Token).origEnd };
}

/** Record a full name at original offsets [start, end), spelt by `nameSpan`, covering tokens [fromToken, toToken). */
function addFullName(
  scan: Scan,
  found: { pupil: number; start: number; end: number; form: NonNullable<PupilMention['form']>; fuzzy: boolean },
  nameSpan: NameSpan,
  fromToken: number,
  toToken: number,
): void {
  const written = originalRange(scan, nameSpan.start, nameSpan.end);
  scan.mentions.push({
    pupil: found.pupil,
    kind: 'full',
    start: found.start,
    end: found.end,
    match: scan.text.slice(found.start, found.end),
    form: found.form,
    name: scan.text.slice(written.start, written.end),
    ...(found.fuzzy ? { fuzzy: true } : {}),
  });
  scan.inFullName.fill(1, fromToken, toToken);
}

/**
 * A first name and a surname side by side ("Amelia Clarke", "Clarke,
 * Amelia"): a full name for each pupil that both may be, in the order of the
 * leading name's pupils.
 */
function addWhereBothFit(scan: Scan, leading: NameSpan, trailing: NameSpan, form: 'first-surname' | 'surname-first'): void {
  const trailingPupils = new Set(trailing.entries.map((e) => e.pupil));
  const first = form === 'first-surname' ? leading : trailing;
  for (const entry of leading.entries) {
    if (!trailingPupils.has(entry.pupil)) continue;
    const r = originalRange(scan, leading.start, trailing.end);
    addFullName(scan, { pupil: entry.pupil, ...r, form, fuzzy: leading.fuzzy || trailing.fuzzy }, first, leading.start, trailing.end);
  }
}

/** "Amelia Clarke" and "Amelia C.": a first name, a space, then that pupil's surname or its initial. */
function fullNamesFromFirstName(scan: Scan, i: number, first: NameSpan): void {
  const { tokens, tt } = scan;
  const following = tokens[first.end];
  if (!following || !isSpaceGap(following) || scan.neverPupil[first.end]) return;
  for (const surname of scan.surnameSpans[first.end] ?? []) addWhereBothFit(scan, first, surname, 'first-surname');
  // "Amelia C.": a single capital letter followed by a dot, a comma-like stop or the end of the text.
  if (!isInitialToken(following)) return;
  const after = tt.normalized.norm.slice(following.end, tokens[first.end + 1]?.start ?? undefined);
  if (!/^\./.test(after) && !/^\s*$/.test(after) && !/^\s*[,!?)]/.test(after)) return;
  // The match takes in the initial's dot, when there is one.
  const end = tt.normalized.norm[following.end] === '.' ? tt.normalized.toOriginalRange(following.end, following.end + 1).end : following.origEnd;
  for (const entry of first.entries) {
    if (!entry.otherInitials.includes(following.lower)) continue;
    addFullName(scan, { pupil: entry.pupil, start: (tokens[i] as Token).origStart, end, form: 'first-initial', fuzzy: first.fuzzy }, first, i, first.end + 1);
  }
}

/**
 * OCR: an exact surname after a badly read first name ("emt! Adesanya" for
 * "Femi Adesanya"): the surname anchors, so the word before may be two
 * edits out.
 */
function misreadFirstNameBeforeSurname(scan: Scan, i: number): void {
  const { tokens, inFullName } = scan;
  for (const surname of scan.surnameSpans[i] ?? []) {
    if (surname.fuzzy || inFullName[i]) continue;
    const before = tokens[i - 1];
    if (!before || scan.neverPupil[i - 1] || inFullName[i - 1] || before.lower.length < 2) continue;
    const misread = ocrClean(before.lower);
    for (const entry of surname.entries) {
      const pupil = scan.tables.pupils[entry.pupil];
      if (!pupil) continue;
      const firstNames = [pupil.forename, pupil.preferred].filter((f): f is string => !!f).map((f) => nameTokens(f).join(''));
      if (!firstNames.some((f) => f.length >= 3 && withinEditDistance(misread, f, 2))) continue;
      const r = originalRange(scan, i - 1, surname.end);
      addFullName(scan, { pupil: entry.pupil, ...r, form: 'first-surname', fuzzy: true }, surname, i - 1, surname.end);
    }
  }
}

/** "Clarke, Amelia", as registers and lists write it. */
function surnameCommaFirstName(scan: Scan, i: number): void {
  for (const surname of scan.surnameSpans[i] ?? []) {
    const following = scan.tokens[surname.end];
    if (!following || !/^[ \t]*,[ \t]*$/.test(following.before) || scan.neverPupil[surname.end]) continue;
    for (const first of scan.firstNameSpans[surname.end] ?? []) addWhereBothFit(scan, surname, first, 'surname-first');
  }
}

/** "A. Clarke" / "A Clarke": an initial that fits a pupil with that surname ("A" and "I" only with a dot: they are words). */
function initialThenSurname(scan: Scan, i: number): void {
  const initial = scan.tokens[i] as Token;
  if (!isInitialToken(initial) || scan.neverPupil[i]) return;
  const following = scan.tokens[i + 1];
  if (!following) return;
  const dotted = /^\.[ \t]*$/.test(following.before);
  const spaced = isSpaceGap(following) && initial.lower !== 'a' && initial.lower !== 'i';
  if (!dotted && !spaced) return;
  for (const surname of scan.surnameSpans[i + 1] ?? []) {
    for (const entry of surname.entries) {
      if (!entry.otherInitials.includes(initial.lower)) continue;
      const r = originalRange(scan, i, surname.end);
      addFullName(scan, { pupil: entry.pupil, ...r, form: 'initial-surname', fuzzy: surname.fuzzy }, surname, i, surname.end);
    }
  }
}

/**
 * First names outside any full name. An ambiguous one (Grace, May, the
 * school's name) is judged by the evidence (./name-evidence.ts): a word is
 * dropped, an unclear use kept only when asked for. A plain name is judged by
 * the proper-noun evidence alone ("St Luke's", "by Michael Morpurgo": the
 * word); inside a title ("sang Mamma Mia") it is unclear.
 */
function firstNamesAlone(scan: Scan, keepUnclear: boolean): void {
  const { tables, tt, inFullName } = scan;
  for (let i = 0; i < scan.tokens.length; i++) {
    for (const first of scan.firstNameSpans[i] ?? []) {
      if (anySet(inFullName, first.start, first.end) || anySet(scan.notPupil, first.start, first.end)) continue;
      const key = first.entries[0]?.parts.join('') ?? '';
      const kind = tables.ambiguity(key);
      const judged = kind ? judgeRole(tt, first, key, kind, tables.evidenceRoster) : judgePlainName(tt, first, key, tables.evidenceRoster);
      if (judged?.role === 'word') continue;
      if (judged?.role === 'unclear' && !keepUnclear) continue;
      const r = originalRange(scan, first.start, first.end);
      const written = scan.text.slice(r.start, r.end);
      const seen = new Set<number>();
      for (const entry of first.entries) {
        if (seen.has(entry.pupil)) continue;
        seen.add(entry.pupil);
        scan.mentions.push({
          pupil: entry.pupil,
          kind: 'first',
          start: r.start,
          end: r.end,
          match: written,
          name: written,
          ...(kind !== null ? { wordName: true } : {}),
          ...(judged ? { evidence: judged.evidence } : {}),
          ...(judged?.role === 'unclear' ? { role: 'unclear' as const } : {}),
          ...(first.fuzzy ? { fuzzy: true } : {}),
        });
      }
    }
  }
}
