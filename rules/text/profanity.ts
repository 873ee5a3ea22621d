/**
 * Finds profanity, slurs and abuse in a draft, including the ways people
 * disguise them: masked letters ("f***", "bl**dy", "b*****d"), leetspeak
 * ("sh1t", "$hit"), look-alike letters, stretched letters ("fuuuck") and
 * spaced-out letters ("f u c k", "s.h.i.t").
 *
 * Built on `obscenity` (maintained, handles confusables/leetspeak/repeated
 * letters and whitelists) with its English data set, trimmed of words a
 * primary school legitimately writes (RSE vocabulary, "scat" singing, the
 * rugby "hooker") and extended with British swearing and playground abuse.
 * Used by offensive-language (to report) and negative-tone (swearing is
 * angry unless it is clearly praise).
 */
import {
  DataSet,
  RegExpMatcher,
  compareMatchByPositionAndId,
  englishDataset,
  englishRecommendedTransformers,
  parseRawPattern,
  pattern,
} from 'obscenity';
import type { TextRange } from './patterns';
import { execAll, insideNonProse } from './patterns';

export type OffenceKind = 'profanity' | 'slur' | 'abuse';

export interface OffensiveHit extends TextRange {
  /** The word it stands for, uncensored, lower case ("fucking" for "F***ing"). */
  word: string;
  kind: OffenceKind;
}

interface Meta {
  originalWord: string;
  kind: OffenceKind;
}

/**
 * Words in obscenity's English set that a primary school uses innocently:
 * relationships-and-sex-education vocabulary, music ("scat"), rugby
 * ("hooker"), and "cum" (Cummings, "magna cum laude").
 */
const DROPPED = new Set(['sex', 'anus', 'anal', 'penis', 'vagina', 'semen', 'scat', 'hooker', 'cum', 'ejaculate', 'orgasm']);

/** obscenity terms that are slurs rather than swearing (changes the message). */
const SLURS = new Set([
  'abeed', 'abo', 'africoon', 'arabush', 'boonga', 'chingchong', 'chink', 'dyke', 'fag', 'kike', 'negro',
  'nigger', 'retard', 'spastic', 'tranny',
]);

/** British swearing and slurs missing from the English set: [pattern, word, kind]. */
const BRITISH: ReadonlyArray<[string, string, OffenceKind]> = [
  ['|bloody|', 'bloody', 'profanity'],
  ['|bloodie|', 'bloody', 'profanity'],
  ['|bugger', 'bugger', 'profanity'],
  ['|sod off|', 'sod off', 'profanity'],
  ['|sod it|', 'sod it', 'profanity'],
  ['|sodding|', 'sodding', 'profanity'],
  ['|pillock', 'pillock', 'abuse'],
  ['|prat|', 'prat', 'abuse'],
  ['|prats|', 'prat', 'abuse'],
  ['|tosser', 'tosser', 'abuse'],
  ['|crap|', 'crap', 'profanity'],
  ['|crappy|', 'crap', 'profanity'],
  ['|crapped|', 'crap', 'profanity'],
  ['|bellend', 'bellend', 'abuse'],
  ['|knobhead', 'knobhead', 'abuse'],
  ['|knob head', 'knobhead', 'abuse'],
  ['|dickhead', 'dickhead', 'abuse'],
  ['|shite|', 'shite', 'profanity'],
  ['|damn|', 'damn', 'profanity'],
  ['|damned|', 'damn', 'profanity'],
  ['|dammit|', 'damn', 'profanity'],
  ['|goddamn', 'damn', 'profanity'],
  ['|effing|', 'effing', 'profanity'],
  ['|frigging|', 'frigging', 'profanity'],
  ['|feck', 'feck', 'profanity'],
  ['|wtf|', 'wtf', 'profanity'],
  ['|stfu|', 'stfu', 'profanity'],
  ['|fml|', 'fml', 'profanity'],
  ['|what the hell|', 'hell', 'profanity'],
  ['|go to hell|', 'hell', 'profanity'],
  ['|bloody hell|', 'hell', 'profanity'],
  ['|hell of a|', 'hell', 'profanity'],
  ['|slag|', 'slag', 'abuse'],
  ['|slags|', 'slag', 'abuse'],
  ['|skank', 'skank', 'abuse'],
  ['|bint|', 'bint', 'abuse'],
  ['|douche', 'douche', 'abuse'],
  ['|jackass', 'jackass', 'abuse'],
  ['|arsehole', 'arsehole', 'profanity'],
  ['|asshole', 'asshole', 'profanity'],
  ['|munter', 'munter', 'abuse'],
  ['|minger', 'minger', 'abuse'],
  ['|paki|', 'paki', 'slur'],
  ['|pakis|', 'paki', 'slur'],
  ['|pikey', 'pikey', 'slur'],
  ['|gyppo', 'gyppo', 'slur'],
  ['|spaz|', 'spaz', 'slur'],
  ['|spazz', 'spaz', 'slur'],
  ['|spacker', 'spacker', 'slur'],
  ['|mong|', 'mong', 'slur'],
  ['|mongs|', 'mong', 'slur'],
  ['|poof|', 'poof', 'slur'],
  ['|poofter', 'poofter', 'slur'],
  ['|nonce|', 'nonce', 'abuse'],
  ['|wog|', 'wog', 'slur'],
  ['|wogs|', 'wog', 'slur'],
  ['|coon|', 'coon', 'slur'],
  ['|coons|', 'coon', 'slur'],
  ['|chav|', 'chav', 'slur'],
  ['|chavs|', 'chav', 'slur'],
  ['|idiot', 'idiot', 'abuse'],
  ['|moron', 'moron', 'abuse'],
  ['|imbecile', 'imbecile', 'abuse'],
  ['|cretin', 'cretin', 'abuse'],
  ['|numpty', 'numpty', 'abuse'],
  ['|numpties|', 'numpty', 'abuse'],
  ['|dimwit', 'dimwit', 'abuse'],
  ['|halfwit', 'halfwit', 'abuse'],
  ['|nitwit', 'nitwit', 'abuse'],
  ['|plonker', 'plonker', 'abuse'],
  ['|dumbass', 'dumbass', 'abuse'],
  ['|scumbag', 'scumbag', 'abuse'],
  ['|son of a bitch|', 'son of a bitch', 'profanity'],
  ['|screw you|', 'screw you', 'abuse'],
];

/**
 * Words that contain a rude string but are innocent. obscenity ignores a hit
 * that lies inside one of these.
 */
const WHITELIST = [
  'spotted dick', 'pussycat', 'pussy cat', 'pussy willow', 'blue tits', 'great tits', 'coal tits', 'long-tailed tits', 'blue tit', 'great tit', 'coal tit', 'marsh tit', 'willow tit', 'crested tit', 'bearded tit',
  'long-tailed tit', 'long tailed tit', 'tit family', 'titmouse', 'shiitake', 'shitake', 'scunthorpe', 'penistone',
  'cockermouth', 'cocktail', 'peacock', 'woodcock', 'shuttlecock', 'cockerel', 'cockle', 'cockney', 'cockpit',
  'cockroach', 'hitchcock', 'hancock', 'babcock', 'weathercock', 'cocky', 'dickens', 'dickinson', 'dickson',
  'pissarro', 'arsenal', 'arsenic', 'assess', 'passage', 'class', 'bass', 'grass', 'glass', 'brass', 'assembly',
  'bassoon', 'massive', 'embassy', 'cassette', 'compass', 'flame retardant', 'fire retardant', 'retardant',
  'scrap', 'skyscraper', 'therapist', 'analyst', 'document', 'sussex', 'essex', 'middlesex', 'wessex',
  'idiom', 'sodium', 'slagheap', 'slag heap', 'moroccan',
];

/**
 * Words that are also names or places ("Moby Dick", "Dick Whittington",
 * "Offa's Dyke", "Fanny Burney"): when written with a capital next to
 * another capitalised word they are a name, not an insult.
 */
const NAME_LIKE = new Set(['dick', 'cock', 'dyke', 'fanny', 'willy', 'knob', 'prick', 'twat', 'tit', 'coon', 'chink']);

let matcher: RegExpMatcher | undefined;
let dataset: DataSet<Meta> | undefined;

/** The matcher and data set, built once (exported for the test that compares allMatches with obscenity's own method). */
export function profanityMatcher(): { matcher: RegExpMatcher; dataset: DataSet<Meta> } {
  if (matcher && dataset) return { matcher, dataset };
  const ds = new DataSet<Meta>();
  ds.addAll(englishDataset as unknown as DataSet<Meta>);
  ds.removePhrasesIf((p) => DROPPED.has(p.metadata?.originalWord ?? ''));
  for (const [src, word, kind] of BRITISH) {
    ds.addPhrase((b) => b.setMetadata({ originalWord: word, kind }).addPattern(parseRawPattern(src)));
  }
  ds.addPhrase((b) => {
    // A phrase that only carries whitelisted terms.
    b.setMetadata({ originalWord: '', kind: 'profanity' }).addPattern(pattern`zzqqzzqqzz`);
    for (const w of WHITELIST) b.addWhitelistedTerm(w);
    return b;
  });
  dataset = ds;
  matcher = new RegExpMatcher({ ...ds.build(), ...englishRecommendedTransformers });
  return { matcher, dataset };
}

/** The parts of obscenity 0.4.6's RegExpMatcher that getAllMatches uses (pinned version). */
interface TransformerSetInternals {
  applyTo(char: number): number | undefined;
  resetAll(): void;
}

interface MatcherInternals {
  blacklistedTerms: Array<{ id: number; regExp: RegExp }>;
  blacklistMatcherTransformers: TransformerSetInternals;
  getWhitelistedIntervals(input: string): { query(lower: number, upper: number): boolean };
  applyTransformers(input: string, transformers: unknown): [number[], string];
}

interface FastScan {
  internals: MatcherInternals;
  /** Zero-width: matches wherever at least one term's regex matches. */
  anyTermAt: RegExp;
  /** Each term's regex, sticky, in the matcher's term order. */
  terms: Array<{ id: number; sticky: RegExp }>;
}
let fastScan: FastScan | null | undefined;

function fastScanFor(m: RegExpMatcher): FastScan | null {
  if (fastScan !== undefined) return fastScan;
  const internals = m as unknown as Partial<MatcherInternals>;
  const terms = internals.blacklistedTerms;
  const usable =
    Array.isArray(terms) &&
    terms.length > 0 &&
    terms.every((t) => t.regExp instanceof RegExp && t.regExp.flags === 'gs') &&
    typeof internals.applyTransformers === 'function' &&
    typeof internals.getWhitelistedIntervals === 'function' &&
    typeof internals.blacklistMatcherTransformers?.applyTo === 'function' &&
    typeof internals.blacklistMatcherTransformers?.resetAll === 'function';
  fastScan = usable
    ? {
        internals: internals as MatcherInternals,
        anyTermAt: new RegExp(`(?=${terms.map((t) => `(?:${t.regExp.source})`).join('|')})`, 'gs'),
        terms: terms.map((t) => ({ id: t.id, sticky: new RegExp(t.regExp.source, 'ys') })),
      }
    : null;
  return fastScan;
}

interface Payload {
  termId: number;
  startIndex: number;
  endIndex: number;
  matchLength: number;
}

/**
 * `matcher.getAllMatches(input, true)`, same payloads in the same order, in
 * one pass instead of one full regex scan per term (~150): a zero-width
 * union finds where any term can match, and each term's regex is tried
 * (sticky) only there, giving exactly the matches of its own global scan.
 * Relies on obscenity's internals (version pinned); if they are not as
 * expected, obscenity's own method is used. Kept because the public method
 * costs 3× as much on the costliest rule of every keystroke (2026-12-07:
 * p50 0.05 → 0.15 ms a 280-character draft, 0.65 → 2 ms at 4,000);
 * tests/unit/rules/text/profanity.test.ts holds it to the public method.
 */
export function allMatches(m: RegExpMatcher, input: string): Payload[] {
  const fast = fastScanFor(m);
  if (!fast) return m.getAllMatches(input, true);
  const { internals } = fast;
  const [toOrig, transformed] = transformForBlacklist(input, internals.blacklistMatcherTransformers);
  const candidates = execAll(fast.anyTermAt, transformed).map((c) => c.index);
  const matches: Payload[] = [];
  if (candidates.length === 0) return matches;
  // Only needed to drop hits; each transformer pass resets its own state, so the order of passes does not matter.
  const whitelisted = internals.getWhitelistedIntervals(input);
  for (const { id, sticky } of fast.terms) {
    let from = 0;
    for (const at of candidates) {
      if (at < from) continue;
      sticky.lastIndex = at;
      const hit = sticky.exec(transformed);
      if (!hit) continue;
      const text = hit[0];
      from = at + text.length;
      const origStart = toOrig[at] as number;
      let origEnd = toOrig[at + text.length - 1] as number;
      // End index is inclusive; keep a surrogate pair whole (as obscenity does).
      if (origEnd < input.length - 1 && isHighSurrogate(input.charCodeAt(origEnd)) && isLowSurrogate(input.charCodeAt(origEnd + 1))) origEnd++;
      if (!whitelisted.query(origStart, origEnd)) {
        matches.push({ termId: id, startIndex: origStart, endIndex: origEnd, matchLength: [...text].length });
      }
    }
  }
  matches.sort(compareMatchByPositionAndId);
  return matches;
}

/**
 * obscenity's applyTransformers for the blacklist pass, without an iterator
 * result object and a string concatenation per character: code points in
 * order (a lone surrogate stands alone), each through the transformer chain;
 * every UTF-16 unit of the output maps to the start of the character it came
 * from; the transformers are reset afterwards, as obscenity does.
 */
function transformForBlacklist(input: string, transformers: TransformerSetInternals): [ArrayLike<number>, string] {
  // At most two output units per input unit (a BMP character may map to an astral one).
  const units = new Uint16Array(2 * input.length);
  const toOrig = new Int32Array(2 * input.length);
  let n = 0;
  let i = 0;
  while (i < input.length) {
    const at = i;
    let char = input.charCodeAt(i++);
    if (isHighSurrogate(char) && i < input.length) {
      const low = input.charCodeAt(i);
      if (isLowSurrogate(low)) {
        char = (char - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const out = transformers.applyTo(char);
    if (out === undefined) continue;
    if (out > 0xffff) {
      units[n] = ((out - 0x10000) >> 10) + 0xd800;
      toOrig[n++] = at;
      units[n] = ((out - 0x10000) & 0x3ff) + 0xdc00;
      toOrig[n++] = at;
    } else {
      units[n] = out;
      toOrig[n++] = at;
    }
  }
  transformers.resetAll();
  let transformed = '';
  // apply() reads the typed array as an array-like (spreading it would allocate an iterator result per unit).
  for (let k = 0; k < n; k += 4096) {
    transformed += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
  }
  return [toOrig.subarray(0, n), transformed];
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Leetspeak and mask characters → what they stand for; `null` = any one letter. */
const LEET: Record<string, string | null> = {
  '@': 'a', '4': 'a', '$': 's', '5': 's', '!': 'i', '1': 'i', '|': 'i', '0': 'o', '3': 'e', '€': 'e', '7': 't', '+': 't',
  '*': null, '#': null, '%': null, '^': null, '~': null, '_': null, '?': null, '.': null, '-': null, '&': null,
};

/** Rude words (with their common inflections) that masked or spaced spellings are matched against. */
const RUDE_WORDS: ReadonlyArray<[string, OffenceKind]> = [
  ...[
    'fuck', 'fucks', 'fucked', 'fucker', 'fuckers', 'fucking', 'fuckin', 'motherfucker', 'shit', 'shits', 'shite',
    'shitty', 'shitting', 'bullshit', 'bloody', 'bastard', 'bastards', 'bitch', 'bitches', 'bitching', 'bollocks',
    'bugger', 'crap', 'crappy', 'cunt', 'cunts', 'arse', 'arsehole', 'ass', 'asshole', 'twat', 'twats', 'wanker',
    'wankers', 'wank', 'piss', 'pissed', 'pissing', 'dick', 'dickhead', 'cock', 'prick', 'pricks', 'slut', 'whore',
    'damn', 'hell', 'tosser', 'bellend', 'sodding', 'effing', 'frigging', 'knobhead',
    // Compound insults (issue 20 item 4): a mask anywhere in them, the first letter too ("*hithead", "dumb*ss").
    'shithead', 'shitheads', 'dipshit', 'shitbag', 'shitshow', 'fuckwit', 'fuckwits', 'fuckface', 'dumbass', 'jackass',
    'smartass', 'arsewipe', 'twatface', 'douchebag', 'dickheads', 'knobheads', 'bellends', 'tossers', 'arseholes', 'assholes',
  ].map((w): [string, OffenceKind] => [w, 'profanity']),
  ...['nigger', 'niggers', 'nigga', 'retard', 'retards', 'retarded', 'spastic', 'paki', 'faggot', 'fag', 'tranny', 'spaz'].map(
    (w): [string, OffenceKind] => [w, 'slur'],
  ),
  ...['idiot', 'idiots', 'moron', 'morons', 'stupid'].map((w): [string, OffenceKind] => [w, 'abuse']),
];
const RUDE_BY_LENGTH = new Map<number, Array<[string, OffenceKind]>>();
for (const entry of RUDE_WORDS) {
  const list = RUDE_BY_LENGTH.get(entry[0].length) ?? [];
  list.push(entry);
  RUDE_BY_LENGTH.set(entry[0].length, list);
}

/** A word-like token that may contain mask/leet characters: "f***", "bl**dy", "$h1t", "F***ing". */
const MASKED_TOKEN_RE = /(?<![\p{L}\p{N}])[\p{L}\d@$!|*#%^~_?&+€]*\p{L}[\p{L}\d@$!|*#%^~_?&+€]*/gu;

/**
 * The rude word a masked token spells, if any: every letter must match,
 * every leet character must match its letter and every mask character
 * stands for exactly one letter.
 */
function unmask(token: string): [string, OffenceKind] | undefined {
  const lower = token.toLowerCase();
  const candidates = RUDE_BY_LENGTH.get([...lower].length);
  if (!candidates) return undefined;
  const chars = [...lower];
  outer: for (const [word, kind] of candidates) {
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i] as string;
      const w = word[i] as string;
      if (/\p{L}/u.test(c)) {
        if (c !== w) continue outer;
      } else {
        const leet = LEET[c];
        if (leet === undefined) continue outer;
        // A digit must stand for its own letter ("sh1t"); a symbol may hide any letter ("fu$k", "b!tch").
        if (leet !== null && leet !== w && /\d/.test(c)) continue outer;
      }
    }
    return [word, kind];
  }
  return undefined;
}

/** Rude words that may be one part of a compound ("clusterf**k", "horses**t", "sh*tshow", "bullsh!t"). */
const COMPOUND_PARTS = new Set(['fuck', 'fucking', 'fucked', 'shit', 'shite', 'crap', 'piss', 'arse', 'wank', 'wanker', 'twat', 'cunt', 'dick', 'cock', 'bitch', 'bastard', 'bollocks', 'prick', 'slut', 'whore', 'tosser', 'bellend', 'knobhead', 'dickhead', 'arsehole', 'asshole', 'bugger', 'shithead', 'dumbass', 'jackass', 'fuckwit', 'douchebag']);

/**
 * A rude word hidden inside a compound: a stretch of the token that starts
 * and ends with a letter, has a mask character strictly inside it, and spells
 * one of COMPOUND_PARTS ("clusterf**k" → f**k, "horses**t" → s**t). A clean
 * word has no mask inside it, so the Scunthorpe problem does not come back.
 */
function unmaskInside(token: string): [string, OffenceKind] | undefined {
  const chars = [...token.toLowerCase()];
  for (const word of COMPOUND_PARTS) {
    if (chars.length < word.length) continue;
    const n = word.length;
    for (let i = 0; i + n <= chars.length; i++) {
      const w = chars.slice(i, i + n);
      // A mask may stand for the first letter at the token's start ("*hitshow") or the last at its end
      // ("horsesh*"): a part of four letters or more, so "5*" or "Y6*" read nothing.
      const edgeMask =
        n >= 4 &&
        ((i === 0 && MASK_OR_LEET_CHAR.test(w[0] as string) && /\p{L}/u.test(w[n - 1] as string)) ||
          (i + n === chars.length && MASK_OR_LEET_CHAR.test(w[n - 1] as string) && /\p{L}/u.test(w[0] as string)));
      if (!edgeMask && (!/\p{L}/u.test(w[0] as string) || !/\p{L}/u.test(w[n - 1] as string))) continue;
      if (!edgeMask && !w.slice(1, -1).some((c) => MASK_OR_LEET_CHAR.test(c))) continue;
      const found = unmask(w.join(''));
      if (found && found[0] === word) return found;
    }
  }
  return undefined;
}

/** The non-letter characters MASKED_TOKEN_RE allows inside a token. */
const MASK_OR_LEET_CHAR = /[\d@$!|*#%^~_?&+€]/u;

function maskedHits(text: string): OffensiveHit[] {
  const out: OffensiveHit[] = [];
  for (const m of execAll(MASKED_TOKEN_RE, text)) {
    let token = m[0];
    // Only letters (most words): no mask to read.
    if (!MASK_OR_LEET_CHAR.test(token)) continue;
    const start = m.index ?? 0;
    // Trailing "!" / "?" / "&" are punctuation ("Wow!"), not masks; trailing "*" stays ("f***").
    token = token.replace(/[!?&]+$/u, '');
    const letters = token.replace(/[^\p{L}]/gu, '').length;
    const masks = token.length - letters;
    // Plain words are obscenity's job; a mask needs at least one real letter to read.
    if (masks === 0 || letters === 0) continue;
    // "5*" ratings, "Y6", "U11s": digits next to letters with no mask are codes, not leetspeak.
    if (!/[*#%^~_@$!|€?&+]/u.test(token) && /^\p{L}{0,2}\d+\p{L}{0,2}$/u.test(token)) continue;
    const found = unmask(token) ?? unmaskInside(token);
    if (!found) continue;
    out.push({ start, end: start + token.length, match: token, word: found[0], kind: found[1] });
  }
  return out;
}

/** "f u c k", "s.h.i.t", "f-u-c-k-i-n-g": three or more single letters joined by one separator. */
const SPACED_RE = /(?<![\p{L}\p{N}])\p{L}(?:([ .\-_*])\1?\p{L}){2,}(?![\p{L}\p{N}])/gu;

function spacedHits(text: string): OffensiveHit[] {
  const out: OffensiveHit[] = [];
  const spelled = (run: string): [string, OffenceKind] | undefined => {
    const sep = run[1] as string;
    const letters = run.split(sep).join('');
    if (/[ .\-_*]/.test(letters)) return undefined; // mixed separators
    const lower = letters.toLowerCase();
    const exact = RUDE_WORDS.find(([w]) => w === lower);
    if (exact) return exact;
    if (WHITELIST_FOLDED.includes(lower)) return undefined;
    // A spaced compound ("s h i t h e a d", "b u l l s h i t"): a rude part of four letters or more at its start or end.
    for (const part of COMPOUND_PARTS) {
      if (part.length >= 4 && lower.length > part.length && (lower.startsWith(part) || lower.endsWith(part))) return [part, 'profanity'];
    }
    return undefined;
  };
  for (const m of execAll(SPACED_RE, text)) {
    const start = m.index ?? 0;
    const exact = spelled(m[0]);
    if (exact) {
      out.push({ start, end: start + m[0].length, match: m[0], word: exact[0], kind: exact[1] });
      continue;
    }
    // "what a f u c k …", "I s.h.i.t you not": the article or "I" before it is a word of its own.
    if (/^[ai] /i.test(m[0])) {
      const rest = spelled(m[0].slice(2));
      if (rest) out.push({ start: start + 2, end: start + m[0].length, match: m[0].slice(2), word: rest[0], kind: rest[1] });
    }
  }
  return out;
}

/** A letter written three or more times running: no English word does that, a stretched swear word does ("shiiiit"). */
const STRETCHED_TOKEN_RE = /(?<![\p{L}])\p{L}*(\p{L})\1\1\p{L}*/gu;
const STRETCH_PARTS = [...COMPOUND_PARTS].filter((w) => w.length >= 4);
const WHITELIST_FOLDED = WHITELIST.map((w) => w.replace(/[^a-z]/g, ''));

/**
 * A stretched swear word inside a compound ("horsecrrrap", "dipshhhithead"):
 * obscenity reads stretched letters but wants the word on its own. The
 * token's stretches are folded to one and to two letters, and a rude word
 * inside the fold counts unless the fold contains a clean word that holds
 * it (obscenity's whitelist: "scrap", "cocktail").
 */
/** Every way of folding a token's stretches (3+ of a letter) to one or two of it; at most 8. */
function folds(lower: string): string[] {
  const parts = lower.split(/((\p{L})\2{2,})/u);
  let out = [''];
  for (let i = 0; i < parts.length; i += 3) {
    out = out.map((o) => o + (parts[i] as string));
    const run = parts[i + 1];
    if (run === undefined) continue;
    const c = run[0] as string;
    out = out.length >= 8 ? out.map((o) => o + c) : out.flatMap((o) => [o + c, o + c + c]);
  }
  return out;
}

const ANY_STRETCH_RE = /(\p{L})\1\1/u;

function stretchedHits(text: string): OffensiveHit[] {
  const out: OffensiveHit[] = [];
  if (!ANY_STRETCH_RE.test(text)) return out;
  for (const m of execAll(STRETCHED_TOKEN_RE, text)) {
    const lower = m[0].toLowerCase();
    for (const folded of folds(lower)) {
      const word = STRETCH_PARTS.find((w) => folded.includes(w));
      if (!word || WHITELIST_FOLDED.some((w) => folded.includes(w) && w.includes(word))) continue;
      const start = m.index ?? 0;
      out.push({ start, end: start + m[0].length, match: m[0], word, kind: 'profanity' });
      break;
    }
  }
  return out;
}

function isCapitalised(s: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(s);
}

/** "Moby Dick", "Dick Whittington", "Offa's Dyke": a capitalised name-like word beside another capitalised word. */
function readsAsName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!isCapitalised(word)) return false;
  const before = /(\p{L}[\p{L}'’-]*)['’]?s?\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  const after = /^(?:['’]s)?\s+(\p{L}[\p{L}'’-]*)/u.exec(text.slice(end, end + 30));
  return (!!before && isCapitalised(before[1] as string)) || (!!after && isCapitalised(after[1] as string));
}

export interface FindOffensiveOptions {
  /**
   * The text came from OCR. A busy photo throws up short fragments ("Tit",
   * "nig") that only look rude, so a hit needs four or more characters
   * ("f*ck", "shit") to count there.
   */
  ocr?: boolean;
}

/**
 * offensive-language and negative-tone both read the same segment on every
 * keystroke, and obscenity's scan is the costliest step of a check: keep the
 * last few results. Hits are never changed by callers; the array is copied.
 */
const offensiveCache = new Map<string, readonly OffensiveHit[]>();

/** Every offensive word in `text`, in order, without overlaps. */
export function findOffensive(text: string, options: FindOffensiveOptions = {}): OffensiveHit[] {
  if (!text) return [];
  const key = (options.ocr ? '1' : '0') + text;
  let hits = offensiveCache.get(key);
  if (!hits) {
    if (offensiveCache.size >= 16) offensiveCache.clear();
    hits = scanOffensive(text, options);
    offensiveCache.set(key, hits);
  }
  return hits.slice();
}

/**
 * Abbreviated swearing ("FFS", "ffs", "F.F.S.", "OMFG"). Obscenity's transformers collapse doubled
 * letters ("ffs" → "fs") before matching, so abbreviations with a doubled letter never reach its
 * patterns; these are matched here as whole words, dots allowed between the letters.
 */
const ABBREVIATED_SWEARING: ReadonlyArray<[letters: string, word: string]> = [
  ['ffs', 'ffs'], ['fml', 'fml'], ['stfu', 'stfu'], ['wtf', 'wtf'], ['omfg', 'omfg'], ['gtfo', 'gtfo'], ['fkn', 'fucking'], ['ffing', 'effing'],
];
const ABBREVIATED_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${ABBREVIATED_SWEARING.map(([l]) => [...l].join(String.raw`\.?`)).join('|')})\.?(?![\p{L}\p{N}])`,
  'giu',
);
function abbreviationHits(text: string): OffensiveHit[] {
  const out: OffensiveHit[] = [];
  for (const m of text.matchAll(ABBREVIATED_RE)) {
    const match = m[0].replace(/\.$/, '');
    const letters = match.replace(/\./g, '').toLowerCase();
    const word = ABBREVIATED_SWEARING.find(([l]) => l === letters)?.[1] ?? letters;
    const start = m.index ?? 0;
    out.push({ start, end: start + match.length, match, word, kind: 'profanity' });
  }
  return out;
}

function scanOffensive(text: string, options: FindOffensiveOptions): OffensiveHit[] {
  const { matcher: m, dataset: ds } = profanityMatcher();
  const hits: OffensiveHit[] = [];
  for (const payload of allMatches(m, text)) {
    const meta = ds.getPayloadWithPhraseMetadata(payload).phraseMetadata;
    const word = meta?.originalWord ?? '';
    if (!word) continue;
    // Extend to the whole word so the highlight covers "fucking", not "fuck".
    let start = payload.startIndex;
    let end = payload.endIndex + 1;
    while (start > 0 && /[\p{L}]/u.test(text[start - 1] as string)) start--;
    while (end < text.length && /[\p{L}]/u.test(text[end] as string)) end++;
    if (NAME_LIKE.has(word) && readsAsName(text, start, end)) continue;
    const kind: OffenceKind = meta?.kind ?? (SLURS.has(word) ? 'slur' : 'profanity');
    hits.push({ start, end, match: text.slice(start, end), word, kind });
  }
  hits.push(...maskedHits(text), ...spacedHits(text), ...abbreviationHits(text), ...stretchedHits(text));
  const kept: OffensiveHit[] = [];
  for (const h of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (kept.some((k) => h.start < k.end && k.start < h.end)) continue;
    // "@rsehole" has a handle's shape, but "@" stands for the first letter of a rude word (issue 20 item 4).
    if (insideNonProse(text, h) && !(h.match.startsWith('@') && h.word.length >= 4 && h.word.startsWith('a'))) continue;
    if (options.ocr && [...h.match].length < 4) continue;
    kept.push(h);
  }
  return kept;
}
