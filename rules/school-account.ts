/**
 * Forefield: "No school information should be posted on personal social
 * networking sites – only the school account."
 *
 * Two questions: is the signed-in account one of the school's (handles
 * compared without case and with or without "@"), and is the draft about the
 * school? The second is a heuristic, so the rule only warns by default. A
 * teacher's personal account posting about a book or a holiday is fine.
 */
import type { CompiledProfile, RawFinding, Rule, RuleContext } from './types';

/** Handle without "@" and case, so "@OakfieldPrimary" = "oakfieldprimary". */
export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '').toLowerCase();
}

// Words in school names that say nothing about which school it is.
const GENERIC_NAME_WORDS = new Set([
  'the', 'of', 'and', 'a', 'an', 'at', 'in', 'on',
  'school', 'schools', 'primary', 'junior', 'juniors', 'infant', 'infants', 'nursery', 'academy', 'college',
  'high', 'secondary', 'first', 'middle', 'community', 'federation', 'trust', 'church', 'catholic', 'ce', 'rc',
  'cofe', 'c', 'e', 'voluntary', 'aided', 'controlled', 'st', 'saint', 'saints', 'sts', 'holy', 'your',
  'mary', 'john', 'peter', 'paul', 'james', 'joseph', 'michael', 'george', 'andrew', 'marys', 'johns',
]);

/**
 * School-life vocabulary. Each phrase is specific enough that a personal post
 * is unlikely to use it about something else ("trip" alone is a holiday;
 * "school trip" is school).
 */
const SCHOOL_PHRASES: RegExp[] = [
  /\bour (?:school|pupils|children|class(?:es)?|year ?groups?|students|learners|families|parents|staff|teachers|headteacher|governors)\b/i,
  /\b(?:pupils?|classmates?|year ?groups?|headteacher|head teacher|deputy head|governors?|PTA|PTFA|FOS|SENCO|INSET|ofsted)\b/i,
  /\b(?:assembly|assemblies|sports day|school (?:trip|fair|fete|play|council|disco|photos?|uniform|gates?|office|hall|library|choir|newsletter|holidays?|run|day|year|dinners?|lunch(?:es)?)|class (?:trip|assembly|teacher|novel|reader)|parents'? evening|open (?:day|evening)|nativity|residential|world book day|harvest festival|christmas fair|summer fair|leavers'?)\b/i,
  /\b(?:(?:this|next|last|end of|half|summer|spring|autumn) term|half[- ]term)\b/i,
  /\b(?:year|yr) ?(?:[1-9]|1[0-3])\b|\bY[1-9]\b|\b(?:reception|nursery|EYFS|KS[12]|key stage [12])(?: class| children| pupils)?\b/i,
  /\b(?:homework|spellings|times tables|SATs|phonics|playground|playtime|lunchtime|classroom)\b/i,
  /\b(?:at|in|to|from|after|before) school\b/i,
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface AboutSchool {
  patterns: RegExp[];
}

// Compiled per profile, not per keystroke.
const compiledSignals = new WeakMap<CompiledProfile, AboutSchool>();

function signalsFor(profile: CompiledProfile): AboutSchool {
  let signals = compiledSignals.get(profile);
  if (signals) return signals;
  const patterns: RegExp[] = [];
  const { school, accounts } = profile.settings;
  if (school.trim()) patterns.push(new RegExp(`\\b${escapeRegExp(school.trim())}`, 'i'));
  // Distinctive words of the school's name, also inside hashtags and handles ("#OakfieldSportsDay").
  const distinctive = school
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/'s$/i, ''))
    .filter((w) => w.length >= 4 && !GENERIC_NAME_WORDS.has(w.toLowerCase()));
  for (const word of distinctive) patterns.push(new RegExp(`(?<!\\p{L})${escapeRegExp(word)}`, 'iu'));
  for (const account of accounts) {
    const handle = normaliseHandle(account);
    if (handle) patterns.push(new RegExp(`@${escapeRegExp(handle)}\\b`, 'i'));
  }
  signals = { patterns };
  compiledSignals.set(profile, signals);
  return signals;
}

function firstMatch(text: string, patterns: readonly RegExp[]): { match: string; start: number; end: number } | undefined {
  for (const pattern of patterns) {
    const found = pattern.exec(text);
    if (found) return { match: found[0], start: found.index, end: found.index + found[0].length };
  }
  return undefined;
}

/** The first piece of the draft that shows it is about the school, or undefined. */
export function schoolReference(ctx: RuleContext): { match: string; start: number; end: number } | undefined {
  const text = ctx.draft.text ?? '';
  // In order: the school's own name and handles, then its groups, then school life in general.
  const named = firstMatch(text, signalsFor(ctx.profile).patterns);
  if (named) return named;
  // The roster's own groups ("Oak Class", "4B", "Year 3"), found by the roster index like every rule finds them.
  const group = ctx.profile.roster.findGroups(text)[0];
  if (group) return { match: group.match, start: group.start, end: group.end };
  const phrase = firstMatch(text, SCHOOL_PHRASES);
  if (phrase) return phrase;
  const mention = ctx.segments[0] ? ctx.pupilMentions(ctx.segments[0])[0] : undefined;
  if (mention) return { match: mention.match, start: mention.start, end: mention.end };
  return undefined;
}

export const schoolAccount: Rule = {
  id: 'school-account',
  meta: {
    description: "A post about the school from an account that is not one of the school's",
    defaultSeverity: 'warn',
    policySource: ['forefield-junior'],
    messages: {
      default:
        '{account} is not a school account. No school information should be posted on personal social networking sites – only the school account.',
    },
    hints: {
      default: 'Post this from {schoolAccounts} instead, or leave the school out of a personal post.',
    },
  },
  scope: 'draft',
  check(ctx): RawFinding[] {
    const accounts = ctx.profile.settings.accounts;
    // Without the school's accounts the rule cannot tell personal from school.
    if (accounts.length === 0 || !ctx.account.trim()) return [];
    const signedIn = normaliseHandle(ctx.account);
    if (accounts.some((a) => normaliseHandle(a) === signedIn)) return [];
    const reference = schoolReference(ctx);
    if (!reference) return [];
    return [
      {
        ...reference,
        data: { account: ctx.account.trim().startsWith('@') ? ctx.account.trim() : `@${ctx.account.trim()}`, schoolAccounts: accounts.join(' or ') },
      },
    ];
  },
};
