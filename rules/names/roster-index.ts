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
import { isSpaceGap, tokenize, type Token, type TokenizedText } from '../text/tokenize';
import { compileGroups, type GroupMention } from './groups';
import { GENERIC_SCHOOL_WORDS, inTitle, judgeRole, type Ambiguity, type EvidenceId, type EvidenceRoster } from './name-evidence';
import { TITLES, matchParts, nameTokens, partKeys } from './name-parts';
import { withinEditDistance } from '../text/fuzzy';
import { compileOcrCorrector, ocrClean } from './ocr-correction';
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
  // Names that are also words of this school's groups, its own name or its staff's names.
  const wordNames = new Set<string>();
  const placeWords = new Set<string>(); // school-name words: "at Kingsley" is the school
  for (const person of staff) for (const w of [...nameTokens(person.forename), ...nameTokens(person.surname)]) wordNames.add(w);
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

  const groupIndex = compileGroups(groups);
  const ocr = compileOcrCorrector(nameParts);

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

  const evidenceRoster: EvidenceRoster = {
    isFirstName: (w) => firstIndex.has(w),
    isSurname: (w) => surnameIndex.has(w),
    groupAt: groupIndex.groupAt,
    isAmbiguous: (w) => ambiguity(w) !== null,
  };
  /** How a (folded, run-together) first name is ambiguous, if it is; worked out once per name. */
  const ambiguityByKey = new Map<string, Ambiguity | null>();
  const ambiguity = (key: string): Ambiguity | null => {
    let a = ambiguityByKey.get(key);
    if (a === undefined) {
      const ambiguous = wordNames.has(key) || isCommonWord(key);
      a = ambiguous ? { time: TIME_WORD_NAMES.has(key), place: placeWords.has(key) || isPlaceName(key) } : null;
      ambiguityByKey.set(key, a);
    }
    return a;
  };

  function find(text: string, options: FindOptions = {}): PupilMention[] {
    if (pupils.length === 0 || !text) return [];
    const typed = tokenize(text);
    const fuzzy = !!options.fuzzy;
    const n = typed.tokens.length;
    // OCR: read "Smith-J0nes" as "Smith-Jones", "Olivcr" as "Oliver" — one
    // wrong letter in a capitalised word of 4+ letters, against roster words only.
    const { tt, corrected } = fuzzy ? ocr.correct(typed) : { tt: typed, corrected: new Uint8Array(n) };
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
            if (!firsts.some((f) => f.length >= 3 && withinEditDistance(ocrClean(prev.lower), f, 2))) continue;
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
        const kind = ambiguity(key);
        const isWord = kind !== null;
        const judged = kind
          ? judgeRole(tt, fs, key, kind, evidenceRoster)
          : inTitle(tt, fs, evidenceRoster)
            ? ({ role: 'unclear', evidence: 'titlePhrase' } as const)
            : undefined;
        if (judged?.role === 'word') continue;
        if (judged?.role === 'unclear' && !options.unclear) continue;
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
            ...(judged ? { evidence: judged.evidence } : {}),
            ...(judged?.role === 'unclear' ? { role: 'unclear' as const } : {}),
            ...(fs.fuzzy ? { fuzzy: true } : {}),
          });
        }
      }
    }
    out.sort((a, b) => a.start - b.start || b.end - a.end || a.pupil - b.pupil);
    return out;
  }

  return {
    size: pupils.length,
    find,
    findGroups: groupIndex.findGroups,
    firstNameCount: (name) => firstCounts.get(nameTokens(name).join('')) ?? 0,
    isWordName: (name) => ambiguity(nameTokens(name).join('')) !== null,
    groups: groupIndex.groups,
  };
}
