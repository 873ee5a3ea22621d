/**
 * Roster groups ("Oak Class", "Year 4") found in a text, however written:
 * "oak class", "Year 4", "Y4", "Yr 4", "Year Four". Compiled once per roster.
 */
import { isSpaceGap, tokenize, type Token } from '../text/tokenize';
import { matchParts, nameTokens, partKeys } from './name-parts';

export interface GroupMention {
  /** The group as the roster writes it. */
  group: string;
  start: number;
  end: number;
  match: string;
}

export interface GroupIndex {
  /** Roster groups, as written in the roster. */
  groups: readonly string[];
  /** Does a roster group start at token i ("Acorn Class", "Year 5", "Y5")? */
  groupAt(tokens: readonly Token[], i: number): boolean;
  findGroups(text: string): GroupMention[];
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8',
  nine: '9', ten: '10', eleven: '11', twelve: '12', thirteen: '13',
};

/** "Year 4", "Yr4", "Y 4", "Year Four" → "4"; anything else → undefined. */
export function yearNumber(parts: readonly string[]): string | undefined {
  const joined = parts.join(' ');
  const m = /^(?:year|yr|y)\s*(\d{1,2}|[a-z]+)$/.exec(joined);
  if (!m) return undefined;
  const n = m[1] as string;
  return /^\d+$/.test(n) ? String(Number(n)) : NUMBER_WORDS[n];
}

export function compileGroups(groupNames: Iterable<string>): GroupIndex {
  const groups = [...new Set(groupNames)];
  // "year N" groups by number, others by their tokens.
  const yearGroups = new Map<string, string>();
  const groupPhrases = new Map<string, Array<{ group: string; parts: string[] }>>();
  for (const g of groups) {
    const parts = nameTokens(g);
    const year = yearNumber(parts);
    if (year) yearGroups.set(year, g);
    else if (parts.length) {
      for (const key of partKeys(parts)) {
        const list = groupPhrases.get(key);
        if (list) list.push({ group: g, parts });
        else groupPhrases.set(key, [{ group: g, parts }]);
      }
    }
  }

  /** The year group a token (or a token and the next) names, with the token index just after it. */
  function yearAt(tokens: readonly Token[], i: number): { group: string; end: number } | undefined {
    if (!yearGroups.size) return undefined;
    const t = tokens[i];
    if (!t) return undefined;
    // Every spelling starts with "y" ("year 4", "yr4", "y4"): most tokens stop here, before any regex or array.
    if (t.lower.charCodeAt(0) !== 121) return undefined;
    const one = /^(?:year|yr|y)(\d{1,2})$/.exec(t.lower);
    const two = tokens[i + 1];
    const year = one ? String(Number(one[1])) : two && isSpaceGap(two) ? yearNumber([t.lower, two.lower]) : undefined;
    const group = year ? yearGroups.get(year) : undefined;
    return group ? { group, end: one ? i + 1 : i + 2 } : undefined;
  }

  function groupAt(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i];
    if (!t) return false;
    if (yearAt(tokens, i)) return true;
    return groupPhrases.get(t.lower)?.some(({ parts }) => matchParts(tokens, i, parts) > 0) ?? false;
  }

  function findGroups(text: string): GroupMention[] {
    if (groups.length === 0 || !text) return [];
    const { tokens } = tokenize(text);
    const out: GroupMention[] = [];
    // Runs on every keystroke over every token: no closure or empty array per token.
    const emit = (group: string, first: Token, endTok: number) => {
      const last = tokens[endTok - 1] as Token;
      out.push({ group, start: first.origStart, end: last.origEnd, match: text.slice(first.origStart, last.origEnd) });
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const year = yearAt(tokens, i);
      if (year) {
        emit(year.group, t, year.end);
        continue;
      }
      const phrases = groupPhrases.get(t.lower);
      if (!phrases) continue;
      for (const { group, parts } of phrases) {
        const end = matchParts(tokens, i, parts);
        if (end > 0) emit(group, t, end);
      }
    }
    return out;
  }

  return { groups, groupAt, findGroups };
}
