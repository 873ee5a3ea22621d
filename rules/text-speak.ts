/**
 * text-speak (Western Primary): "Any Tweets from the official school account
 * will be grammatically correct and will not contain text language like lol,
 * gr8 or l8r."
 *
 * Whole tokens only, so standard school abbreviations (Y6, U10, U11s, PE,
 * SATs, KS2) and words that contain a text-speak string ("ultra", "plus")
 * never fire. The single letter "u" is the awkward one: it is text-speak in
 * "proud of u" but not in a phonics post ("the letter u", "a, e, i, o, u"),
 * a "U-turn" or a hyphenated code, so lone letters are checked in context.
 */
import type { RawFinding, Rule, TextFix } from './types';
import { inCaseOf, quoted, removeDetailFix, replaceFix } from './fixes/edit';
import { findAll, insideNonProse, normalized, wordsRegex, type TextRange } from './text/patterns';

/** Text-speak token → the standard English to suggest. Keys are regex alternatives (lower case). */
const TEXT_SPEAK: ReadonlyArray<[pattern: string, standard: string]> = [
  ['lol+|lolz|lols', '(leave it out)'],
  ['rofl|lmao|lmfao', '(leave it out)'],
  ['omg+|omfg', '(leave it out, or "What a day!")'],
  ['gr8|gr8t', 'great'],
  ['l8r|l8', 'later'],
  ['m8|m8s', 'friend'],
  ['h8', 'hate'],
  ['w8', 'wait'],
  ['str8', 'straight'],
  ['2moro+w?|2morow|2morrow|2mrw|2mro|tmrw|tmrow|tmoz|2moz', 'tomorrow'],
  ['2day', 'today'],
  ['2nite|2night|2nyt|tonite', 'tonight'],
  ['b4', 'before'],
  ['4u|4eva|4ever', 'for you / forever'],
  ['pls|plz|plez|pleez|plss+|plzz+', 'please'],
  ['thx|thnx|thnks|thanx|thanq|tnx', 'thank you'],
  ['btw', 'by the way'],
  ['imo|imho', 'in our view'],
  ['idk|dunno', "we don't know"],
  ['tbh', 'to be honest'],
  ['brb|ttyl|ttfn|cya|cu|laterz', 'see you'],
  ['ppl', 'people'],
  ['msg|msgs', 'message'],
  ['txt|txts', 'text'],
  ['luv', 'love'],
  ['wiv', 'with'],
  ['coz|cuz|bcoz|bcuz|bcos', 'because'],
  ['wot', 'what'],
  ['gud', 'good'],
  ['wknd|wkend', 'weekend'],
  ['sum1|some1|any1|every1|ne1', 'someone / anyone / everyone'],
  ['soz|sozz', 'sorry'],
  ['nvm|smh|ikr|afaik|irl', '(write it out in full)'],
  ['xoxo', '(leave it out)'],
  ['ur', 'your / you are'],
];

const TOKEN_RE = wordsRegex(TEXT_SPEAK.map(([p]) => p));
const STANDARD = TEXT_SPEAK.map(([p, standard]) => ({ re: new RegExp(`^(?:${p})$`, 'iu'), standard }));

/** "c u", "r u", "c u l8r": single-letter text-speak that only means something in pairs. */
const LETTER_PAIR_RE = /(?<![\p{L}\p{N}_'-])(?:c|r)\s+u(?![\p{L}\p{N}_'-])/giu;

/** A lone "u" token (not "U10", "U-turn", "'u'"). */
const LONE_U_RE = /(?<![\p{L}\p{N}_'"‘“\-/.])u(?![\p{L}\p{N}_'"’”\-/])/giu;

function standardFor(token: string): string {
  return STANDARD.find((s) => s.re.test(token))?.standard ?? '(write it out in full)';
}

/** The standard English for a text-speak match as this rule reports it ("gr8", "c u", a lone "u"). */
function textSpeakStandard(match: string): string {
  const token = match.trim();
  if (/^c\s+u$/i.test(token)) return 'see you';
  if (/^r\s+u$/i.test(token)) return 'are you';
  if (/^u$/i.test(token)) return 'you';
  return standardFor(token);
}

/**
 * Whether a lone "u" is a letter being talked about rather than "you":
 * "the letter u", "the u sound", "vowels a, e, i, o, u", "Block U", "Plan U".
 */
function isLetterUse(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 16);
  if (/\b(?:letters?|sounds?|vowels?|phonemes?|graphemes?|grade|block|plan|section|row|group|type|capital|lower[- ]?case|upper[- ]?case)\s*$/i.test(before)) return true;
  if (/^\s*(?:sound|shape|shaped|bend|boat|tube|turn|certificate|rated|rating)\b/i.test(after)) return true;
  // Film classification: "rated U", "Frozen (U)".
  if (/\brated\s*$/i.test(before) || (/\(\s*$/.test(before) && /^\s*\)/.test(after))) return true;
  // A list of single letters: "a, e, i, o, u" / "o and u" / "U, V, W".
  if (/(?:^|[^\p{L}\p{N}])\p{L}\s*(?:,|&|\/|and|or)\s*$/iu.test(before)) return true;
  if (/^\s*(?:,|&|\/|and|or)\s*\p{L}(?![\p{L}\p{N}])/iu.test(after)) return true;
  return false;
}

/** "Ur" with a capital inside a sentence is most likely the Sumerian city. */
function isCityOfUr(text: string, start: number, token: string): boolean {
  if (token !== 'Ur') return false;
  return !/(?:^|[.!?:\n]\s*)$/.test(text.slice(0, start));
}

/** "B4" (paper), "M8" (a motorway), "W8": a capital letter and a digit reads as a code, not text-speak. */
function looksLikeCode(token: string): boolean {
  return /^[A-Z][0-9]$/.test(token);
}

/**
 * The one-click fix: spell it out ("gr8" → "great", "thx" → "thank you"), or
 * take it out where the standard English is "leave it out" (lol, omg,
 * xoxo). Where the meaning is a guess ("ur": your or you are) there is no
 * fix: the hint asks the teacher.
 */
function textSpeakFixes(text: string, range: { start: number; end: number }): TextFix[] {
  const match = text.slice(range.start, range.end);
  const standard = textSpeakStandard(match);
  if (standard.startsWith('(leave it out')) return [removeDetailFix(text, range)];
  // "(write it out in full)", "your / you are": no single right answer.
  if (/[()/]/.test(standard)) return [];
  const replacement = inCaseOf(match, standard);
  return [replaceFix(text, range.start, range.end, replacement, `Write ${quoted(replacement)}`)];
}

export const textSpeak: Rule = {
  id: 'text-speak',
  meta: {
    description: 'Text language such as lol, gr8, l8r, u, pls or thx in a post from the school account',
    defaultSeverity: 'warn',
    policySource: ['western-primary'],
    messages: {
      default: 'Tweets from the school account should be grammatically correct and not contain text language like lol, gr8 or l8r ("{match}").',
    },
    hints: {
      default: 'Write "{match}" out in full: {standard}.',
    },
  },
  scope: 'segment',
  check(segment) {
    const text = segment.text;
    if (!text) return [];
    const nt = normalized(text);
    const hits: Array<TextRange & { standard: string }> = [];

    for (const r of findAll(nt, LETTER_PAIR_RE)) {
      hits.push({ ...r, standard: r.match.toLowerCase().startsWith('c') ? 'see you' : 'are you' });
    }
    for (const r of findAll(nt, TOKEN_RE)) {
      if (isCityOfUr(text, r.start, r.match) || looksLikeCode(r.match)) continue;
      hits.push({ ...r, standard: standardFor(r.match) });
    }
    // OCR of a photo throws up stray one- and two-letter fragments ("u", "ur"): only longer text-speak counts there.
    const ocr = segment.source === 'image';
    if (ocr) {
      for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.match.replace(/\s/g, '').length < 3) hits.splice(i, 1);
    }
    for (const r of ocr ? [] : findAll(nt, LONE_U_RE)) {
      if (isLetterUse(text, r.start, r.end)) continue;
      hits.push({ ...r, standard: 'you' });
    }

    const findings: RawFinding[] = [];
    const taken: Array<{ start: number; end: number }> = [];
    for (const h of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (taken.some((t) => h.start < t.end && t.start < h.end)) continue;
      if (insideNonProse(text, h)) continue;
      taken.push(h);
      findings.push({ match: h.match, start: h.start, end: h.end, data: { match: h.match, standard: h.standard }, suggest: () => textSpeakFixes(text, h) });
    }
    return findings;
  },
};
