/**
 * Sentiment of a text for the tone rules (negative-tone, staff-opinion):
 * AFINN-165 word scores (the lexicon of the `sentiment` package, with its
 * negators) summed over the text, with swearing counted as angry. Words that
 * are negative in AFINN but neutral in school news and topics ("sadly …
 * postponed", "the Great Fire of London", "lost property") score nothing;
 * the thresholds are set on the tune half of the generated development set
 * so that neutral news passes (see NEGATIVE_THRESHOLD).
 */
import english from 'sentiment/languages/en/index.js';
import negators from 'sentiment/languages/en/negators.json';
import type { TextRange } from './patterns';
import { codePointWidth, letterWidth } from './tokenize';
import { findOffensive } from './profanity';

/**
 * Sum at or below which a post reads as negative overall. Set on the tune half
 * of the generated development set only (scripts/devset/tune-tone.ts prints
 * how each value does there); never on its held half or the shared corpora,
 * which only measure.
 */
export const NEGATIVE_THRESHOLD = -4;
/** With swearing in it, a post needs less to read as angry ("what a f*cking joke"). Set as NEGATIVE_THRESHOLD is. */
export const SWEARING_THRESHOLD = -2;

export interface ToneThresholds {
  negative: number;
  swearing: number;
}

/** Whether a sentiment sum reads as negative: the score signal of negative-tone. */
export function readsNegative(
  tone: { score: number; swearing: number },
  thresholds: ToneThresholds = { negative: NEGATIVE_THRESHOLD, swearing: SWEARING_THRESHOLD },
): boolean {
  return tone.score <= thresholds.negative || (tone.swearing > 0 && tone.score <= thresholds.swearing);
}
/** What one swear word adds to the sum (AFINN scores "fuck" -4, "bloody" -3). */
const SWEAR_SCORE = -3;

/**
 * AFINN words that are negative in general English but ordinary in school
 * news, history and science topics, and weather/closure notices.
 */
const SCHOOL_NEUTRAL = new Set(
  `miss missed missing sorry sadly sad postponed postpone cancelled cancel canceled delayed delay trouble troubles afraid
  fire fires war wars battle battles death deaths died dies die dead killed kill poison poisonous danger dangerous storm
  storms flood floods flooding cold ill sick disaster disasters attack attacked fear fears scared scary spooky monster
  monsters lost lose loss pain hurt wound wounded bomb bombs bombing evacuated evacuee evacuees crash fight fighting
  crying cry tears tired hunger hungry poverty poor alone lonely no stop stopped warning warn careful caution bad
  hard difficult problem problems problem-solving challenge challenges challenging struggle struggling worry worried
  weird strange mystery mysterious shark sharks grave graves ghost ghosts witch witches villain villains toil
  pressure sharp drown drowning emergency injury injured accident accidents risk risks limited limit limits
  closed closure shortage shortages rain rainy wet mess messy dirt dirty destroy destroyed destruction extinct
  extinction collapse collapsed abandon abandoned`.split(/\s+/),
);

const LEXICON: Record<string, number> = english.labels;
const NEGATORS = negators as Record<string, number>;

/** School-post complaint words missing from AFINN or scored too mildly there. */
const EXTRA: Record<string, number> = {
  disgraceful: -4,
  appalling: -4,
  appalled: -4,
  shambles: -3,
  fuming: -3,
  livid: -4,
  inconsiderate: -3,
  selfish: -3,
  unacceptable: -3,
  dreadful: -3,
  diabolical: -4,
  atrocious: -4,
  rude: -3,
  useless: -3,
  incompetent: -3,
  clueless: -3,
  boring: -3,
};

/** A rude-looking word after the word that makes it innocent: a pudding ("spotted dick"), as in profanity.ts's whitelist. */
const INNOCENT_AFTER: Record<string, string> = { dick: 'spotted' };

export interface Scored extends TextRange {
  score: number;
}

/** AFINN-scored words of the text (school-neutral words skipped, negation flips). */
function scoredWords(text: string): Scored[] {
  const out: Scored[] = [];
  let previous = '';
  // Words as /[\p{L}][\p{L}'’-]*/gu would match them, read char code by char code
  // (no match array per word).
  let at = 0;
  while (at < text.length) {
    const first = letterWidth(text, at);
    if (first === 0) {
      at += codePointWidth(text, at);
      continue;
    }
    const start = at;
    at += first;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 39 || c === 0x2019 || c === 45) at++; // ' ’ -
      else {
        const w = letterWidth(text, at);
        if (w === 0) break;
        at += w;
      }
    }
    const match = text.slice(start, at);
    const lowered = match.toLowerCase();
    const word = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
    // A capitalised word inside a sentence is a name or title ("Moby Dick", "Horrid Henry"): no tone.
    if (/^\p{Lu}/u.test(match) && !/(?:^|[.!?:\n]\s*|["“‘(]\s*)$/u.test(text.slice(Math.max(0, start - 3), start)) && start > 0) {
      previous = word;
      continue;
    }
    let score = INNOCENT_AFTER[word] === previous ? 0 : (EXTRA[word] ?? (SCHOOL_NEUTRAL.has(word) ? 0 : (LEXICON[word] ?? 0)));
    if (score !== 0 && NEGATORS[previous]) score = -score;
    if (score !== 0) out.push({ start, end: at, match, score });
    previous = word;
  }
  return out;
}

/** Sentiment sum of a text with swearing counted as angry; exported for tests and tuning. */
export function toneScore(
  text: string,
  ocr = false,
): { score: number; swearing: number; words: Scored[]; swears: TextRange[] } {
  const swears = findOffensive(text, { ocr });
  const words = scoredWords(text).filter((w) => !swears.some((s) => w.start < s.end && s.start < w.end));
  const score = words.reduce((sum, w) => sum + w.score, 0) + swears.length * SWEAR_SCORE;
  return { score, swearing: swears.length, words, swears };
}
