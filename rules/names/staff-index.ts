/**
 * Staff index: finds staff named by full name ("Claire Magill"), by title and
 * surname ("Mrs Magill", "mrs. magill", "Ms Magill" whatever the CSV's title),
 * or title, initial or first name and surname ("Mrs C. Magill",
 * "Mrs Claire Magill"). Compiled once per profile; one pass over the tokens.
 */
import type { Staff } from '../profile/schema';
import { tokenize, type Token, type TokenizedText } from '../text/tokenize';
import { TITLES, isInitialToken, matchParts, nameTokens, partKeys } from './name-parts';

export interface StaffMention {
  /** Index into the profile's staff. */
  staff: number;
  /** Offsets into the ORIGINAL text. */
  start: number;
  end: number;
  match: string;
  /** How they were named. */
  kind: 'full' | 'title';
}

export interface StaffIndex {
  size: number;
  find(text: string): StaffMention[];
  /** Same, on text already tokenised (avoids a second pass). */
  findInTokens?(tt: TokenizedText): StaffMention[];
}

interface Entry {
  staff: number;
  parts: string[];
}

function addTo(map: Map<string, Entry[]>, key: string | undefined, entry: Entry): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** "Mrs Magill", "Mrs. Magill", "Mrs C. Magill": a dot and spaces, no line break. */
function titleGap(t: Token | undefined): boolean {
  return !!t && /^\.?[ \t]+$|^\.$/.test(t.before);
}

/** Particles that start a surname and are no name on their own ("van Dijk", "Mac an t-Saoir", "Nic Dhòmhnaill"). */
const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'del', 'della', 'des', 'dos', 'das', 'mac', 'nic', 'mhic', 'uí', 'ui', 'bin', 'ben', 'bint', 'abu', 'ibn', 'st', 'saint']);

export function compileStaff(staff: readonly Staff[]): StaffIndex {
  // first token of surname (and of the run-together surname) → entries
  const bySurname = new Map<string, Entry[]>();
  const byForename = new Map<string, Array<Entry & { surname: string[] }>>();
  staff.forEach((person, index) => {
    const surname = nameTokens(person.surname);
    if (surname.length === 0) return;
    const entry = { staff: index, parts: surname };
    for (const key of partKeys(surname)) addTo(bySurname, key, entry);
    const forename = nameTokens(person.forename);
    if (forename.length > 0) {
      const fe = { staff: index, parts: forename, surname };
      for (const key of partKeys(forename)) {
        const list = byForename.get(key);
        if (list) list.push(fe);
        else byForename.set(key, [fe]);
      }
    }
  });

  // "Okafor" of Okafor-Bello: a double-barrelled surname's first half, after a title only.
  const bySurnameFirstPart = new Map<string, Entry[]>();
  staff.forEach((person, index) => {
    const halves = person.surname.trim().split(/\s*-\s*/);
    if (halves.length < 2) return;
    const first = nameTokens(halves[0] as string);
    if (first.join('').length <= 2 || SURNAME_PARTICLES.has(first.join(''))) return;
    addTo(bySurnameFirstPart, first[0], { staff: index, parts: first });
  });

  function surnameAt(tokens: readonly Token[], i: number): { entry: Entry; end: number }[] {
    const t = tokens[i];
    if (!t) return [];
    const out: { entry: Entry; end: number }[] = [];
    for (const entry of bySurname.get(t.lower) ?? []) {
      const end = matchParts(tokens, i, entry.parts);
      if (end > 0) out.push({ entry, end });
    }
    return out;
  }

  /** A capitalised staff forename, or the first part of a double surname, at token i (after a title). */
  function forenameOrFirstSurnamePartAt(tokens: readonly Token[], i: number): { entry: Entry; end: number }[] {
    const t = tokens[i];
    if (!t || !t.capitalized) return [];
    const out: { entry: Entry; end: number }[] = [];
    for (const fe of byForename.get(t.lower) ?? []) {
      const end = matchParts(tokens, i, fe.parts);
      if (end > 0) out.push({ entry: { staff: fe.staff, parts: fe.parts }, end });
    }
    for (const entry of bySurnameFirstPart.get(t.lower) ?? []) {
      const end = matchParts(tokens, i, entry.parts);
      // Not when the rest of the surname follows (that is the full surname, matched above).
      const after = tokens[end];
      if (end > 0 && !(after && after.before === '-')) out.push({ entry, end });
    }
    return out;
  }

  // The roster index (to keep staff names out of pupil matches) and the engine
  // (ctx.staffMentions) ask about the same shared tokenisation on every keystroke.
  const found = new WeakMap<TokenizedText, StaffMention[]>();
  function findInTokens(tt: TokenizedText): StaffMention[] {
    let mentions = found.get(tt);
    if (!mentions) {
      mentions = scan(tt);
      found.set(tt, mentions);
    }
    return mentions;
  }

  function scan(tt: TokenizedText): StaffMention[] {
    const { tokens } = tt;
    const out: StaffMention[] = [];
    const mention = (staffIdx: number, from: Token, toExclusive: number, kind: StaffMention['kind']) => {
      const last = tokens[toExclusive - 1] as Token;
      out.push({
        staff: staffIdx,
        start: from.origStart,
        end: last.origEnd,
        match: tt.normalized.original.slice(from.origStart, last.origEnd),
        kind,
      });
    };
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      let consumed = 0;
      if (TITLES.has(t.lower)) {
        // Title [.] Surname | Title [.] Initial[.] Surname | Title Forename Surname
        let j = i + 1;
        const hits = titleGap(tokens[j]) ? surnameAt(tokens, j) : [];
        if (hits.length === 0) {
          const mid = tokens[j];
          if (mid && titleGap(mid) && (isInitialToken(mid) || byForename.has(mid.lower))) {
            j += 1;
            if (titleGap(tokens[j])) for (const h of surnameAt(tokens, j)) hits.push(h);
          }
        }
        // "Fr Declan", "Sister Bernadette", "Miss Rachel": a title and a staff member's forename alone,
        // as priests, sisters and many primary teachers are called; "Mrs Okafor" for Mrs Okafor-Bello.
        // Only a capitalised title ("her sister Grace" may be a pupil), and not "Master", which a boy is called.
        if (hits.length === 0 && t.capitalized && t.lower !== 'master' && titleGap(tokens[i + 1])) for (const h of forenameOrFirstSurnamePartAt(tokens, i + 1)) hits.push(h);
        for (const h of hits) mention(h.entry.staff, t, h.end, 'title');
        if (hits.length) consumed = Math.max(...hits.map((h) => h.end)) - i;
      }
      if (!consumed) {
        for (const fe of byForename.get(t.lower) ?? []) {
          const afterFirst = matchParts(tokens, i, fe.parts);
          if (afterFirst < 0) continue;
          const next = tokens[afterFirst];
          if (!next || !/^[ \t]+$/.test(next.before)) continue;
          const end = matchParts(tokens, afterFirst, fe.surname);
          if (end > 0) {
            mention(fe.staff, t, end, 'full');
            consumed = Math.max(consumed, end - i);
          }
        }
      }
      i += consumed || 1;
    }
    return out;
  }

  return {
    size: staff.length,
    find: (text) => (staff.length === 0 ? [] : findInTokens(tokenize(text))),
    findInTokens,
  };
}
