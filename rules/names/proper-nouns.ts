/**
 * Proper-noun evidence (issue 20): a roster name inside a title, an author's
 * or a character's name, a saint, a Gospel, a church or school, a place's
 * fixed phrase, or a weather or calendar phrase is the word, not a child.
 *
 * Grammatical patterns, not lists of names: "St X", "X's Gospel", "X Church",
 * "Isle of X", "by X Surname", "dressed as X" hold for every saint, author,
 * place and character, including those no list has. The word classes below
 * are closed classes of meaning (kinds of church, school and landform, words
 * that introduce an author, weather words), not names. Each predicate here is
 * one entry of EVIDENCE_ENTRIES (./name-evidence.ts), tested on its own in
 * tests/unit/rules/names/proper-nouns.test.ts.
 */
import { isSpaceGap, type Token } from '../text/tokenize';
import { TITLES } from './name-parts';
import type { NameUse } from './name-evidence';
import { TIME_WORD_NAMES, isCommonWord } from './word-names';

/** Welsh and Irish praise and thanks right before a name ("Da iawn Seren", "Maith thú Patrick", "Comhghairdeas le Bríd"). */
export const WELSH_IRISH_PRAISE: readonly string[] = ['iawn', 'llongyfarchiadau', 'diolch', 'gwych', 'ardderchog', 'thu', 'thú', 'sibh', 'comhghairdeas', 'lwc', 'leat', 'bhuíochas', 'buiochas', 'buíochas'];

/** An English word (or a month, day or place), in lower case. */
function isCommonLower(word: string): boolean {
  return isCommonWord(word);
}

/** Before a name: a saint ("St Mark's", "St. Luke", "Saint Aidan"). */
const SAINT_WORDS = new Set(['st', 'saint', 'sts', 'saints', 'ste', 'san', 'santa']);
/** After "X's" or before "of X": a book of the Bible. */
const GOSPEL_WORDS = new Set(['gospel', 'gospels', 'epistle', 'epistles']);
/** After a capitalised name: a church or a school named after it ("St Mark's Church", "Holly Academy"). */
const INSTITUTION_WORDS = new Set([
  'church', 'chapel', 'cathedral', 'abbey', 'minster', 'priory', 'parish', 'basilica', 'mosque', 'synagogue',
  'gurdwara', 'temple', 'academy', 'primary', 'school', 'college', 'infants', 'infant', 'juniors', 'junior',
  'nursery', 'high', 'grammar', 'university', 'ce', 'rc',
]);
/** Weather adjectives: before a time of day they are the weather ("Sunny day", "Misty mornings"). */
const WEATHER_ADJECTIVES = new Set(['sunny', 'stormy', 'rainy', 'windy', 'misty', 'frosty', 'snowy', 'cloudy', 'breezy', 'foggy', 'showery', 'icy']);
const TIMES_OF_DAY = new Set(['day', 'days', 'morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night', 'nights', 'weekend', 'start']);
/** Before a name, capitalised: a landform or a settlement's kind ("Lake Grace", "Mount Hope"); not Ben or Glen, which are names too. */
const PLACE_BEFORE = new Set([
  'lake', 'loch', 'lough', 'mount', 'mt', 'cape', 'port', 'fort', 'isle', 'river', 'lago', 'mont',
  // Welsh and Irish landforms before a place's name ("Llyn Teifi", "Afon Conwy", "Ynys Môn", "Slieve Donard", "Inis Mór").
  'llyn', 'afon', 'cwm', 'ynys', 'bae', 'coed', 'mynydd', 'castell', 'traeth', 'moel', 'nant', 'rhaeadr', 'slieve', 'sliabh', 'inis', 'inish', 'cnoc', 'croagh', 'carn', 'lake',
]);
/** "Isle of X", "Vale of X": a landform, then "of". */
const PLACE_BEFORE_OF = new Set(['isle', 'island', 'islands', 'vale', 'bay', 'forest', 'city', 'kingdom', 'firth', 'sound', 'straits', 'strait', 'gulf', 'mull', 'kyle', 'rhinns', 'rhins']);
/**
 * After a name, capitalised: a landform ("Robin Hood's Bay", "Grace Island").
 * Words that are also common surnames (Hill, Green, Wood, Bridge, Head, Park)
 * are left out: "Jack Hill" is as likely a child.
 */
const PLACE_AFTER = new Set([
  'bay', 'island', 'islands', 'isle', 'loch', 'lough', 'valley', 'forest', 'beach', 'sands', 'falls', 'estuary',
  'cove', 'harbour', 'harbor', 'peninsula', 'mountains', 'mountain', 'reservoir', 'canal', 'gorge', 'cliffs', 'pier', 'lighthouse',
  'castle', 'square', 'stadium', 'museum', 'gardens', 'zoo', 'airport', 'station', 'lagoon', 'market', 'waterfall', 'national',
]);
/** "X-on-Sea", "X-upon-Tyne", "X-in-Furness", "X-by-the-Sea", "X-le-Street": a town's joining word. */
const PLACE_JOINERS = new Set(['on', 'upon', 'in', 'under', 'by', 'le', 'la', 'next', 'cum', 'super', 'sur', 'en', 'over', 'with']);
/** Before an author's name ("by", "the poet", "author and illustrator"). */
const AUTHOR_LEADS = new Set(['by', 'author', 'authors', 'poet', 'poets', 'illustrator', 'illustrators', 'novelist', 'playwright', 'laureate']);
/** Before "as": dressing up as a character ("came as Matilda", "dressed up as Willy Wonka"). */
const COSTUME_VERBS = new Set([
  'dressed', 'dress', 'dresses', 'dressing', 'came', 'come', 'comes', 'coming', 'went', 'go', 'going', 'arrived',
  'appeared', 'up', 'costume', 'costumes', 'disguised',
]);
const COSTUME_NOUNS = new Set(['costume', 'costumes', 'outfit', 'outfits', 'fancy', 'onesie']);
/** Small words inside a Title Case run ("Charlie and the Chocolate Factory", "The Tale of Peter Rabbit"); not "to", "at" or "with": "a trip to the Science Museum with Jack". */
const TITLE_CONNECTORS = new Set(['and', 'the', 'of', 'a', 'an']);
/** Praise and address: between asterisks they are emphasis ("*Congratulations to Michael*"), not a title. */
const PRAISE_WORDS = new Set([
  'well', 'done', 'congratulations', 'congrats', 'thanks', 'thank', 'bravo', 'welcome', 'dear', 'hi', 'hello', 'go', 'proud', 'amazing', 'brilliant', 'star', 'superstar', 'happy', 'birthday',
  // Welsh and Irish: "da iawn" (well done), "llongyfarchiadau", "diolch", "gwych"; "maith thú" (well done), "comhghairdeas le".
  ...WELSH_IRISH_PRAISE,
]);
/** Small words a title between asterisks may keep in lower case ("*Room on the Broom*"). */
const TITLE_SMALL_WORDS = new Set([...TITLE_CONNECTORS, 'in', 'on', 'to', 'at', 'for', 'with', 'from', 'by', 'or', 'but']);
/** Capitalised words of school life that are not titles ("Jack and the Head Teacher"). */
const NOT_TITLE_WORDS = new Set([
  'head', 'headteacher', 'teacher', 'teachers', 'deputy', 'mayor', 'vicar', 'governors', 'governor', 'pta', 'year',
  'class', 'team', 'choir', 'staff', 'police', 'council', 'reception', 'nursery', 'school', 'i',
]);
/** Weather words: a name that is one ("Sunny", "Stormy", "Misty", "Frost") before a forecast word. */
const WEATHER_WORDS = new Set([
  'sunny', 'stormy', 'rainy', 'windy', 'misty', 'frosty', 'snowy', 'cloudy', 'breezy', 'foggy', 'showery', 'icy',
  'storm', 'rain', 'snow', 'frost', 'mist', 'sunshine', 'sun', 'sky', 'skye', 'cloud', 'hail', 'thunder', 'breeze',
  'bright', 'fair', 'fine', 'dry', 'wet', 'cold', 'warm', 'hot', 'mild', 'dawn', 'rainbow', 'calm', 'clear',
]);
/** After a weather word: a forecast ("sunny intervals", "Stormy weather", "Frosty mornings"). */
const FORECAST_NOUNS = new Set([
  'intervals', 'spells', 'spell', 'periods', 'skies', 'weather', 'conditions', 'outlook', 'forecast', 'showers',
  'breaks', 'winds', 'patches', 'spells',
]);
/** "Sunny and warm", "Stormy but dry": a weather word joined to another. */
const WEATHER_JOINERS = new Set(['and', 'but', 'then', 'or', 'with']);
/** After a month or season: a thing of that time ("a June wedding", "April showers", "Summer term", "Autumn leaves"). */
const SEASONAL_NOUNS = new Set([
  'wedding', 'weddings', 'showers', 'leaves', 'colours', 'colors', 'term', 'terms', 'blossom', 'blossoms', 'sky',
  'skies', 'solstice', 'equinox', 'harvest', 'frost', 'frosts', 'heatwave', 'rain', 'snow', 'sunshine', 'sales',
  'ball', 'picnic', 'fayre', 'bulbs', 'flowers', 'fruits', 'berries', 'sunset', 'sunsets', 'storms', 'winds',
  'exams', 'residential', 'timetable', 'uniform', 'calendar', 'garden', 'gardens',
]);
/** After "Autumn leaves": a verb use ("Autumn leaves at 3pm", "Holly leaves us on Friday"), not the leaves. */
const LEAVES_VERB_NEXT = new Set(['at', 'for', 'school', 'early', 'today', 'tomorrow', 'tonight', 'us', 'her', 'his', 'after', 'before', 'soon', 'next', 'this', 'to', 'when', 'class', 'year']);
const ORDINALS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|\d{1,2}(?:st|nd|rd|th)?)$/;

function tok(use: NameUse, k: number): Token | undefined {
  return use.tokens[k];
}

/** "St Mark", "St. Luke's", "Saint Aidan": a saint's name, a church's or a school's, never a child. */
export function afterSaint(use: NameUse): boolean {
  const { prev, word } = use;
  return !!prev && SAINT_WORDS.has(prev.lower) && /^\.?[ \t]+$/.test(word.before) && (prev.lower.length > 2 || prev.capitalized || !word.capitalized);
}

/** "Mark's Gospel", "the Gospel of Luke", "the Gospel according to John", "the Book of Ruth". */
export function gospel(use: NameUse): boolean {
  const { possessive, afterPossessive, prev, prev2 } = use;
  if (possessive && !!afterPossessive && GOSPEL_WORDS.has(afterPossessive.lower)) return true;
  if (!use.prevGap || !prev) return false;
  if (prev.lower === 'of' && !!prev2 && (GOSPEL_WORDS.has(prev2.lower) || (prev2.lower === 'book' && prev2.capitalized))) return true;
  const prev3 = tok(use, use.span.start - 3);
  return prev.lower === 'to' && prev2?.lower === 'according' && !!prev3 && GOSPEL_WORDS.has(prev3.lower);
}

/**
 * The capitalised word right after a capitalised name, past its possessive
 * ("Summer Fair", "St Mark's Church"), in the same sentence; else undefined.
 */
export function capitalAfter(use: NameUse): Token | undefined {
  const following = use.possessive ? use.afterPossessive : use.next;
  return use.word.capitalized && !!following && following.capitalized && !following.sentenceStart && /^['’]?[ \t]+$/.test(following.before)
    ? following
    : undefined;
}

/** "Mark Church", "St Mark's Church", "Holly Academy", "Hope Primary": a capitalised kind of church or school after it. */
export function institutionAfter(use: NameUse): boolean {
  const following = capitalAfter(use);
  return !!following && INSTITUTION_WORDS.has(following.lower) && !use.roster.groupAt(use.tokens, following.index);
}

/** "Lake Grace", "Mount Hope", "Isle of May", "Robin Hood's Bay", "Holly Island", "Grace-on-Sea". */
export function placePhrase(use: NameUse): boolean {
  const { word, prev, prev2, next, next2 } = use;
  if (prev && prev.capitalized && PLACE_BEFORE.has(prev.lower) && /^\.?[ \t]+$/.test(word.before) && word.capitalized) return true;
  if (prev && prev.lower === 'of' && use.prevGap && prev2 && prev2.capitalized && PLACE_BEFORE_OF.has(prev2.lower) && word.capitalized) return true;
  if (word.capitalized && next && use.nextGap && next.capitalized && !next.sentenceStart && PLACE_AFTER.has(next.lower)) return true;
  return !!next && next.before === '-' && PLACE_JOINERS.has(next.lower) && !!next2 && next2.before === '-';
}

/** A capitalised word after `k`-th token, space-gapped, that is no roster name: an author's other name. */
function otherNameAt(use: NameUse, k: number): boolean {
  const t = tok(use, k);
  return (
    !!t &&
    t.capitalized &&
    !t.sentenceStart &&
    isSpaceGap(t) &&
    !TITLES.has(t.lower) &&
    !NOT_TITLE_WORDS.has(t.lower) &&
    !TIME_WORD_NAMES.has(t.lower) &&
    !groupMarkedAt(use, k) &&
    !use.roster.isSurname(t.lower) &&
    !use.roster.isFirstName(t.lower)
  );
}

/** Words after a group's name that say it is the group ("Franklin class", "Newton Group"). */
const GROUP_NOUNS = new Set(['class', 'classes', 'group', 'groups', 'room', 'team', 'form', 'set', 'pupils', 'children', 'dosbarth', 'rang']);

/**
 * A roster group starts at token k and reads as the group: followed by a
 * class word, or itself more than a name ("Year 4"). A one-word group after a
 * first name with nothing to mark it ("Benjamin Franklin", at a school with
 * a class called Franklin) is the surname of someone else, not the class.
 */
function groupMarkedAt(use: NameUse, k: number): boolean {
  if (!use.roster.groupAt(use.tokens, k)) return false;
  const after = tok(use, k + 1);
  return !!after && isSpaceGap(after) && (GROUP_NOUNS.has(after.lower) || after.capitalized || /^\d/.test(after.lower));
}

/** "Kensuke's Kingdom by Michael Morpurgo", "the poet Benjamin Zephaniah": an author's first name, with a surname that is no pupil's. */
export function authorFirstName(use: NameUse): boolean {
  const { prev, word } = use;
  return !!prev && use.prevGap && AUTHOR_LEADS.has(prev.lower) && word.capitalized && otherNameAt(use, use.span.end);
}

/** "by Jacqueline Wilson", "the poet Ted Hughes": an author's surname after the author's first name. */
export function authorSurname(use: NameUse): boolean {
  const { prev, prev2, word } = use;
  return (
    !!prev &&
    !!prev2 &&
    use.prevGap &&
    word.capitalized &&
    prev.capitalized &&
    !prev.sentenceStart &&
    !TITLES.has(prev.lower) &&
    AUTHOR_LEADS.has(prev2.lower) &&
    isSpaceGap(prev)
  );
}

/** "came as Matilda", "dressed up as Willy Wonka", "a Harry Potter costume": a character worn as a costume. */
export function costumeCharacter(use: NameUse): boolean {
  const { prev, prev2, next, next2, possessive } = use;
  if (prev?.lower === 'as' && use.prevGap && !!prev2 && COSTUME_VERBS.has(prev2.lower)) return true;
  if (possessive || !next || !use.nextGap) return false;
  if (COSTUME_NOUNS.has(next.lower)) return true;
  // One more capitalised word of the character's name first: "a Willy Wonka costume".
  return next.capitalized && !next.sentenceStart && !!next2 && isSpaceGap(next2) && COSTUME_NOUNS.has(next2.lower);
}

/**
 * "*The Tale of Peter Rabbit*", "_Holly's Journey_": between asterisks or
 * underscores on one line, as italics are typed, `title` when what is
 * between them is two or more words in Title Case (small words may be lower
 * case); a single word ("*Matilda*") is only a `guess`; emphasis ("*Well done
 * Mark!*", "*Congratulations to Michael*") is neither.
 */
export function italicTitle(use: NameUse): 'title' | 'guess' | null {
  const { tokens, span } = use;
  let from = -1;
  for (let k = span.start; k >= Math.max(0, span.start - 8); k--) {
    const b = (tokens[k] as Token).before;
    if (/\n/.test(b)) return null;
    if (/[*_]/.test(b)) {
      from = k;
      break;
    }
  }
  if (from < 0) return null;
  let to = -1;
  for (let k = span.end; k <= Math.min(tokens.length, span.end + 8); k++) {
    const b = k < tokens.length ? (tokens[k] as Token).before : use.norm.slice((tokens[k - 1] as Token).end);
    if (/[*_]/.test(b)) {
      to = k;
      break;
    }
    if (/[\n!?]/.test(b) || k === tokens.length) return null;
  }
  if (to < 0) return null;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (PRAISE_WORDS.has(t.lower)) return null;
    if (!t.capitalized && !TITLE_SMALL_WORDS.has(t.lower) && !(t.lower === 's' && /^['’]$/.test(t.before))) return null;
  }
  return to - from >= 2 ? 'title' : 'guess';
}

/**
 * A Title Case run around the name with a small word inside it: "The Tale of
 * Peter Rabbit", "Harry Potter and the Philosopher's Stone", "Charlie and the
 * Chocolate Factory". `title` when the run holds two or more capitalised
 * words besides the name; only a `guess` when the name leads the run with
 * "and" ("Charlie and the Chocolate Factory" reads like "Peter and the Science
 * Club", where Peter is a child); null when there is no such run, or after
 * praise ("Well done to Peter and the Natural History Club").
 */
export function titleCaseRun(use: NameUse): 'title' | 'guess' | null {
  const { tokens, span, roster, prev, prev2 } = use;
  if (!use.word.capitalized) return null;
  // "Well done to Peter and the Natural History Club": praise says it is a child.
  if (prev && (PRAISE_WORDS.has(prev.lower) || (!!prev2 && ['to', 'of'].includes(prev.lower) && (PRAISE_WORDS.has(prev2.lower) || prev2.lower === 'you')))) return null;
  let capitals = 0;
  let connectors = 0;
  let leadsWithAnd = false;
  const walk = (from: number, step: 1 | -1): void => {
    let pending = 0;
    for (let k = from, n = 0; k >= 0 && k < tokens.length && n < 8; k += step, n++) {
      const t = tokens[k] as Token;
      // The gap between this token and the one nearer the name: spaces, or a possessive 's.
      const gap = (step === 1 ? t : (tokens[k + 1] as Token)).before;
      if (!/^['’]?[ \t]+$|^['’]$/.test(gap)) break;
      if (t.lower === 's' && /^['’]$/.test(t.before)) continue;
      if (TITLE_CONNECTORS.has(t.lower) && !t.capitalized) {
        if (step === 1 && k === span.end && t.lower === 'and') leadsWithAnd = true;
        pending++;
        continue;
      }
      if (!t.capitalized || t.allCaps || NOT_TITLE_WORDS.has(t.lower) || TITLES.has(t.lower) || roster.groupAt(tokens, k)) break;
      if (roster.isFirstName(t.lower) && !roster.isAmbiguous?.(t.lower)) break;
      if (t.sentenceStart && step === 1) break;
      if (!t.sentenceStart) capitals++;
      connectors += pending;
      pending = 0;
      if (t.sentenceStart) break;
    }
  };
  walk(span.end, 1);
  walk(span.start - 1, -1);
  if (connectors === 0 || capitals < 2) return null;
  return leadsWithAnd ? 'guess' : 'title';
}

/** "Sunny intervals", "Stormy weather", "Misty mornings", "Sunny and warm": a weather word before a forecast word (not "Sunny at the park"). */
export function weatherPhrase(use: NameUse): boolean {
  const { key, next, next2, nextGap } = use;
  if (!WEATHER_WORDS.has(key) || !next || !nextGap || use.possessive || next.capitalized) return false;
  if (FORECAST_NOUNS.has(next.lower) || (WEATHER_ADJECTIVES.has(key) && TIMES_OF_DAY.has(next.lower))) return true;
  // "Sunny and warm", not "Sunny and Misty" (two pupils).
  return WEATHER_JOINERS.has(next.lower) && !!next2 && WEATHER_WORDS.has(next2.lower) && !use.roster.isFirstName(next2.lower);
}

/** "a June wedding", "April showers", "Summer term", "Autumn leaves", "the first of May": a month or season in a calendar phrase. */
export function calendarPhrase(use: NameUse): boolean {
  const { time, next, prev, prev2, nextGap } = use;
  if (!time) return false;
  if (prev?.lower === 'of' && use.prevGap && !!prev2 && ORDINALS.test(prev2.lower)) return true;
  if (!next || !nextGap || use.possessive || next.capitalized || !SEASONAL_NOUNS.has(next.lower)) return false;
  return !leavesAsVerb(use);
}

/** "Autumn leaves at 3pm", "Holly leaves us on Friday": "leaves" is the verb, and the name a person. */
export function leavesAsVerb(use: NameUse): boolean {
  const { next, next2, prev, word } = use;
  // A subject: capitalised, and not after a lower-case word of its clause ("we pressed holly leaves for collages").
  const subject = word.capitalized && (use.clauseStart || !prev || !use.prevGap || prev.capitalized);
  return subject && !!next && use.nextGap && next.lower === 'leaves' && !!next2 && isSpaceGap(next2) && LEAVES_VERB_NEXT.has(next2.lower);
}

/** Before a capitalised name: a king, a queen, a pope ("Queen Mary", "King David", "Pope Gregory"): a figure of history, not a child. */
const FIGURE_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress', 'tsar', 'czar', 'pharaoh', 'sultan', 'archbishop', 'bishop', 'prophet', 'apostle', 'tywysog', 'brenin', 'brenhines']);

/** "Queen Mary", "King David", "Pope Gregory", "Prince Llywelyn": a title of history or scripture before the name. */
export function figureTitle(use: NameUse): boolean {
  const { prev, word } = use;
  return !!prev && prev.capitalized && FIGURE_TITLES.has(prev.lower) && word.capitalized && /^[ \t]+$/.test(word.before);
}

/** People of the Christmas story: with a word of that story in the sentence, they are its characters. */
const NATIVITY_FIGURES = new Set(['mary', 'joseph', 'gabriel', 'jesus', 'herod', 'caspar', 'gaspar', 'melchior', 'balthazar', 'balthasar', 'mair', 'iosef', 'muire', 'iósaf']);
/** Words of the story itself, not of a school's Christmas ("Advent", "star", "angel" are in pupils' posts too). */
const NATIVITY_WORDS = new Set([
  'nativity', 'bethlehem', 'manger', 'shepherd', 'shepherds', 'innkeeper', 'inn', 'magi', 'census', 'nazareth', 'frankincense', 'myrrh',
]);
/** After the name: a child playing the part ("Mary sang", "Joseph was played by", "Mary was the angel"). */
const PLAYING_VERBS = new Set(['chosen', 'picked', 'sang', 'sings', 'read', 'reads', 'performed', 'starred', 'acted', 'danced', 'spoke', 'recited', 'remembered', 'played', 'plays', 'as', 'who', 'did', 'made', 'looked', 'said', 'learnt', 'learned', 'won', 'got', 'has', 'had']);

/** The tokens of the sentence around token k (from its sentence start to the next one). */
function sentenceAround(use: NameUse): { from: number; to: number } {
  const { tokens, span } = use;
  let from = span.start;
  while (from > 0 && !(tokens[from] as Token).sentenceStart) from--;
  let to = span.end;
  while (to < tokens.length && !(tokens[to] as Token).sentenceStart) to++;
  return { from, to };
}

/** Praise or thanks right before the name ("well done Mary", "thanks to Joseph"): a child, whatever the story. */
function praisedBefore(use: NameUse): boolean {
  const { prev, prev2 } = use;
  if (!prev) return false;
  return PRAISE_WORDS.has(prev.lower) || (['to', 'of', 'le'].includes(prev.lower) && !!prev2 && (PRAISE_WORDS.has(prev2.lower) || prev2.lower === 'you'));
}

/** "Mary and Joseph travelled to Bethlehem", "the shepherds found Mary": a figure of the Christmas story in a sentence about it (not "Mary sang in our nativity"). */
export function nativityFigure(use: NameUse): boolean {
  const { key, next, next2 } = use;
  if (!NATIVITY_FIGURES.has(key) || praisedBefore(use) || use.possessive) return false;
  // "Mary sang in our nativity", "Joseph was chosen to…", "Mary has learnt her lines": a child.
  if (next && use.nextGap && (PLAYING_VERBS.has(next.lower) || ['was', 'is', 'has', 'had', 'will', 'can'].includes(next.lower))) return false;
  const { from, to } = sentenceAround(use);
  for (let k = from; k < to; k++) if (k < use.span.start || k >= use.span.end) if (NATIVITY_WORDS.has((use.tokens[k] as Token).lower)) return true;
  return false;
}

/** Before a title: singing, reading or performing it ("we sang Seren Bethlehem", "Year 4 read Rowan of Rin"). */
const TITLE_VERBS = new Set([
  'sang', 'sing', 'sings', 'singing', 'read', 'reads', 'reading', 'performed', 'performing', 'perform', 'watched', 'watching',
  'studied', 'studying', 'learnt', 'learned', 'learning', 'recited', 'reciting', 'listened', 'enjoyed', 'enjoying', 'finished',
]);

/** "We sang Seren Bethlehem", "Year 4 read Rowan of Rin": after a verb of singing or reading, the name leads a capitalised title. */
export function titleAfterVerb(use: NameUse): boolean {
  const { prev, word, tokens, span, roster } = use;
  if (!prev || !use.prevGap || !TITLE_VERBS.has(prev.lower) || !word.capitalized || use.possessive) return false;
  let k = span.end;
  if (tokens[k] && isSpaceGap(tokens[k] as Token) && ['of', 'a', 'an'].includes((tokens[k] as Token).lower)) k++;
  if (tokens[k] && isSpaceGap(tokens[k] as Token) && (tokens[k] as Token).lower === 'the') k++;
  const t = tokens[k];
  return (
    !!t && isSpaceGap(t) && t.capitalized && !t.sentenceStart && !t.allCaps && !roster.isSurname(t.lower) && !roster.isFirstName(t.lower) &&
    !roster.groupAt(tokens, k) && !NOT_TITLE_WORDS.has(t.lower) && !TITLES.has(t.lower)
  );
}

/** After "X's": a saint's day or emblem ("David's Day", "Patrick's Eve", "Brigid's cross", "Andrew's feast"). */
const FEAST_AFTER_POSSESSIVE = new Set(['cross', 'crosses', 'feast', 'eve']);

/** "Dewi's Day", "Brigid's cross", "the feast of Patrick", "Gŵyl Dewi": a saint's day, feast or emblem. */
export function feastDay(use: NameUse): boolean {
  const { possessive, afterPossessive, prev, prev2 } = use;
  if (possessive && !!afterPossessive && ((afterPossessive.capitalized && ['day', 'eve'].includes(afterPossessive.lower)) || FEAST_AFTER_POSSESSIVE.has(afterPossessive.lower))) {
    // Not "Patrick's cross-country run": a hyphen joins another word.
    const after = use.tokens[afterPossessive.index + 1];
    return !(after && after.before === '-');
  }
  if (!prev || !use.prevGap) return false;
  if (prev.lower === 'of' && !!prev2 && ['feast', 'day', 'festival', 'solemnity', 'memorial'].includes(prev2.lower) && use.word.capitalized) return true;
  return ['gŵyl', 'gwyl', 'lá', 'la', 'feile', 'féile'].includes(prev.lower) && prev.capitalized && use.word.capitalized;
}

/** A Title Case verb after a name ("Grace Wins", "Mark Scored", "Holly Sang"): -s, -ed and -ing forms and the common strong past tenses. */
const HEADLINE_VERB_RE = /(?:s|ed|ing)$|^(?:won|sang|ran|swam|made|got|took|came|went|gave|wrote|drew|read|led|met|did|had|is|was|will|can|to|and|at|on|in|for|with)$/;

/** "Marie Curie", "Mary Seacole", "Isaac Newton": the name, then a capitalised name that is no pupil's: someone else, not the child. */
export function otherPersonsName(use: NameUse): boolean {
  const { next, word } = use;
  // A surname that is also a word counts when it is a one-word class's name ("Isaac Newton" at a school with a class called Newton).
  // A capitalised noun names a character ("Peter Rabbit", "Paddington Bear"); a capitalised verb may be a headline ("Grace Wins Gold").
  const surnameLike = !!next && (!isCommonLower(next.lower) || use.roster.groupAt(use.tokens, use.span.end) || (!use.time && !HEADLINE_VERB_RE.test(next.lower)));
  return word.capitalized && !use.possessive && !praisedBefore(use) && !!next && otherNameAt(use, use.span.end) && surnameLike;
}

/**
 * The share of the sentence's words that are no English word: a Welsh or
 * Irish sentence ("Mae seren fach yn y nen", "Tá an ghrian ag taitneamh"),
 * where an ordinary Welsh or Irish word is also a pupil's name. Words of
 * three or more letters count (not capitalised ones inside the sentence),
 * and at least two must be no English word.
 */
export function inOtherLanguage(use: NameUse): boolean {
  const { from, to } = sentenceAround(use);
  let words = 0;
  let foreign = 0;
  for (let k = from; k < to; k++) {
    if (k >= use.span.start && k < use.span.end) continue;
    const t = use.tokens[k] as Token;
    // Words of one or two letters (a, i, o, y, yn, am, ar, sa) are shared between languages: they do not count.
    if (!/^\p{L}{3,}$/u.test(t.lower) || (t.capitalized && !t.sentenceStart)) continue;
    words++;
    if (!isCommonLower(t.lower)) foreign++;
  }
  return words >= 2 && foreign * 2 >= words && foreign >= 2;
}

/** Lower-case in a sentence in another language: that language's word ("mae'r haf yn dod"). */
export function otherLanguageWord(use: NameUse): boolean {
  return !use.word.capitalized && inOtherLanguage(use);
}

/** Capitalised in a sentence in another language: a name or a word there, not ours to say ("Da iawn Seren"): asked. */
export function otherLanguageName(use: NameUse): boolean {
  // Praise said in that language ("Da iawn Seren am ganu") is still said to a child.
  return use.word.capitalized && !praisedBefore(use) && inOtherLanguage(use);
}

/** Before a title's name: "a book called Matilda", "the hymn entitled Seren". */
const NAMING_VERBS = new Set(['called', 'titled', 'entitled']);
const WORK_KINDS = new Set([
  'book', 'books', 'story', 'stories', 'novel', 'poem', 'poems', 'song', 'songs', 'hymn', 'hymns', 'carol', 'carols', 'film',
  'play', 'musical', 'show', 'series', 'picturebook', 'text', 'class', 'reader',
]);

/** "a book called Matilda", "our class novel, titled Seren": a work named after its kind. */
export function calledTitle(use: NameUse): boolean {
  const { prev, span, tokens } = use;
  if (!prev || !use.prevGap || !NAMING_VERBS.has(prev.lower) || !use.word.capitalized) return false;
  for (let k = span.start - 2; k >= Math.max(0, span.start - 5); k--) {
    const t = tokens[k] as Token;
    if (WORK_KINDS.has(t.lower)) return true;
    if (/[.!?\n]/.test(t.before) && k < span.start - 2) return false;
  }
  return false;
}

/**
 * "Anna Hibiscus by Atinuke", "Amazing Grace by Mary Hoffman", "Seren and
 * the Moon by …": the name inside a capitalised run that ends with "by" and
 * a capitalised name: a title and its author (not after praise).
 */
export function titleBeforeBy(use: NameUse): boolean {
  const { tokens, span } = use;
  if (!use.word.capitalized || praisedBefore(use)) return false;
  let k = use.possessive ? span.end + 1 : span.end;
  for (let n = 0; n < 7 && k < tokens.length; n++, k++) {
    const t = tokens[k] as Token;
    if (!/^['’]?[ \t]+$|^['’]$/.test(t.before) && !(n === 0 && use.possessive)) return false;
    if (t.lower === 'by') {
      const author = tokens[k + 1];
      return k > span.end - 1 && !!author && isSpaceGap(author) && author.capitalized && !author.sentenceStart && !TITLES.has(author.lower);
    }
    if (t.lower === 's' && /^['’]$/.test(t.before)) continue;
    if (!t.capitalized && !TITLE_SMALL_WORDS.has(t.lower)) return false;
    if (t.capitalized && (use.roster.groupAt(tokens, k) || NOT_TITLE_WORDS.has(t.lower))) return false;
  }
  return false;
}

/**
 * "Robert the Bruce", "Alfred the Great", "Catherine the Great": a name, "the"
 * and a capitalised epithet is a ruler or a legend, not a child ("Robert the
 * Year 6 captain" is: Year is no epithet).
 */
export function epithetName(use: NameUse): boolean {
  const { word, next, next2, tokens, span, roster } = use;
  if (!word.capitalized || use.possessive || !next || !use.nextGap || next.lower !== 'the' || next.capitalized || !next2) return false;
  return (
    isSpaceGap(next2) && next2.capitalized && !next2.sentenceStart && !next2.allCaps && !NOT_TITLE_WORDS.has(next2.lower) && !TITLES.has(next2.lower) &&
    !roster.isFirstName(next2.lower) && !roster.groupAt(tokens, span.end + 1)
  );
}

/**
 * Words of scripture, sacred texts and myth. A capitalised name in a sentence
 * with one of them is a figure of that story (Maryam in the Qur'an, Arjun in
 * the Mahabharata, Isaac in the Bible), as the nativity's figures are; not
 * "legend" or "epic", which praise a child ("Arjun is a legend").
 */
const SACRED_WORDS = new Set([
  'bible', 'biblical', 'testament', 'gospel', 'gospels', 'psalm', 'psalms', 'scripture', 'scriptures', 'torah', 'talmud', 'quran',
  'koran', 'surah', 'hadith', 'mahabharata', 'ramayana', 'gita', 'bhagavad', 'vedas', 'upanishads', 'granth', 'sahib', 'goddess',
  'goddesses', 'gods', 'deity', 'deities', 'prophet', 'prophets', 'parable', 'parables', 'myth', 'myths', 'mythology', 'pharaoh',
  'disciples', 'apostles', 'israelites', 'pandavas', 'avatar', 'incarnation',
]);
/** "Qur'an" is tokenised as "qur" + "an". */
function sacredAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (SACRED_WORDS.has(t.lower)) return true;
  const after = tokens[k + 1];
  return t.lower === 'qur' && !!after && after.lower === 'an' && /^['’]$/.test(after.before);
}
/** After a scripture figure: what a child in the class does ("Maryam read from the Qur'an", "Isaac recited a psalm"). */
const CHILD_DOES = new Set([
  'sang', 'sings', 'read', 'reads', 'recited', 'recites', 'performed', 'won', 'got', 'made', 'wrote', 'drew', 'painted', 'learnt',
  'learned', 'brought', 'shared', 'told', 'explained', 'presented', 'led', 'lit', 'has', 'had', 'will', 'can', 'did', 'played', 'acted',
  'chosen', 'picked', 'asked', 'answered', 'helped',
]);

/**
 * "In RE we read about Maryam in the Qur'an", "Arjun was the greatest archer
 * in the Mahabharata", "a story of Krishna and the butter": a figure of
 * scripture or myth in a sentence about that text. A child of that name
 * doing something is still a child: praised, possessive ("Maryam's"), or
 * followed by a verb a pupil does ("Maryam read from the Qur'an"), or by a
 * copula that is not a description ("Arjun was chosen", but "Arjun was the
 * greatest archer" describes the figure).
 */
export function scriptureFigure(use: NameUse): boolean {
  const { word, next, next2, tokens } = use;
  if (!word.capitalized || praisedBefore(use) || use.possessive) return false;
  if (next && use.nextGap && CHILD_DOES.has(next.lower)) return false;
  if (next && use.nextGap && ['was', 'is'].includes(next.lower) && !(next2 && ['the', 'a', 'an'].includes(next2.lower))) return false;
  const { from, to } = sentenceAround(use);
  for (let k = from; k < to; k++) if ((k < use.span.start || k >= use.span.end) && sacredAt(tokens, k)) return true;
  return false;
}

/** Before "of" and a name: a story told about someone ("the story of Maryam", "the legend of Finn"). */
const STORY_WORDS = new Set(['story', 'stories', 'tale', 'tales', 'legend', 'legends', 'myth', 'myths', 'adventures', 'saga', 'ballad', 'epic']);
/** After a name: worship of a deity ("Lakshmi puja", "Krishna Janmashtami", "Ganesh Chaturthi"). */
const DEVOTION_AFTER = new Set(['puja', 'pooja', 'aarti', 'arti', 'jayanti', 'janmashtami', 'chaturthi', 'mandir', 'bhajan', 'bhajans']);
/** Before "to" and a name: praying to a deity ("families pray to Lakshmi"). */
const PRAYING = new Set(['pray', 'prays', 'prayed', 'praying', 'prayers', 'prayer', 'offerings', 'offering', 'dedicated', 'devoted']);

/** "the story of Maryam", "the tale of Peter Rabbit", "Lakshmi puja", "families pray to Lakshmi": a figure of a story or of worship. */
export function storyFigure(use: NameUse): boolean {
  const { word, prev, prev2, next } = use;
  if (!word.capitalized || praisedBefore(use)) return false;
  if (!use.possessive && next && use.nextGap && DEVOTION_AFTER.has(next.lower)) return true;
  if (!prev || !use.prevGap || !prev2) return false;
  if (prev.lower === 'of' && STORY_WORDS.has(prev2.lower)) return true;
  return prev.lower === 'to' && PRAYING.has(prev2.lower);
}

/** Languages a name's meaning is given in. */
const LANGUAGES = new Set([
  'arabic', 'urdu', 'hindi', 'punjabi', 'bengali', 'gujarati', 'sanskrit', 'persian', 'farsi', 'turkish', 'hebrew', 'greek', 'latin',
  'gaelic', 'welsh', 'irish', 'scots', 'cornish', 'yoruba', 'igbo', 'hausa', 'swahili', 'somali', 'amharic', 'twi', 'polish', 'romanian',
  'lithuanian', 'russian', 'ukrainian', 'spanish', 'french', 'german', 'italian', 'portuguese', 'chinese', 'japanese', 'tamil', 'norse',
]);
function languageInSentence(use: NameUse): boolean {
  const { from, to } = sentenceAround(use);
  for (let k = from; k < to; k++) {
    const w = (use.tokens[k] as Token).lower;
    if (LANGUAGES.has(w) || NAME_NOUNS.has(w)) return true;
  }
  return false;
}

/** Before the name: the name itself is what is talked about ("the name Asha", "the word alba"). */
const NAME_NOUNS = new Set(['name', 'names', 'word', 'words']);
/** After it: its meaning ("Noor means light", "Asha, meaning hope"). */
const MEANING_VERBS = new Set(['means', 'meant', 'meaning', 'translates', 'comes']);

/**
 * "The name Asha means hope", "Noor means light in Arabic", "Alba is the
 * Gaelic word for Scotland": the name as a word, talked about, not a child.
 * Not "named Asha" or "a girl called Noor" (those are the name role).
 */
export function nameAsWord(use: NameUse): boolean {
  const { prev, prev2, next, tokens, span } = use;
  if (prev && use.prevGap && NAME_NOUNS.has(prev.lower) && !!prev2 && ['the', 'a', 'an'].includes(prev2.lower)) return true;
  if (!next || !use.nextGap || use.possessive) return false;
  // "Noor means light in Arabic", not "Noor means business on the pitch": a language or "name" in the sentence.
  if (MEANING_VERBS.has(next.lower)) return (next.lower !== 'comes' || tokens[span.end + 1]?.lower === 'from') && languageInSentence(use);
  // "Alba is the Gaelic word for …", "Iman is an Arabic name meaning faith".
  if (!['is', 'was'].includes(next.lower)) return false;
  for (let k = span.end + 1; k <= span.end + 4 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (/[.!?\n]/.test(t.before)) return false;
    if (NAME_NOUNS.has(t.lower)) {
      const after = tokens[k + 1];
      return !!after && isSpaceGap(after) && ['for', 'meaning', 'that', 'which', 'in'].includes(after.lower);
    }
  }
  return false;
}

/** Before "to", "on" or "across" and a name: travel, so the name is a place ("sailed to Iona", "the ferry to Arran", "a pilgrimage to Makkah"). */
const TRAVEL_WORDS = new Set([
  'sailed', 'sail', 'sailing', 'ferry', 'ferries', 'boat', 'crossing', 'voyage', 'cruise', 'flew', 'fly', 'flight', 'flights', 'drove', 'travelled',
  'traveled', 'travel', 'travels', 'travelling', 'journey', 'journeyed', 'pilgrimage', 'pilgrims', 'trip', 'trips', 'holiday', 'holidays',
  'expedition', 'migrated', 'emigrated', 'rowed', 'paddled', 'hiked', 'cycled', 'island-hopping',
]);
/** After "X's": the land ("Arran's beaches", "Skye's mountains"), not a child's. */
const LANDSCAPE_AFTER = new Set([
  'beach', 'beaches', 'coast', 'coastline', 'shore', 'shores', 'hills', 'mountains', 'mountain', 'peaks', 'peak', 'cliffs', 'lochs', 'lakes',
  'rivers', 'villages', 'towns', 'capital', 'population', 'wildlife', 'castles', 'harbour', 'harbours', 'landscape', 'landscapes', 'scenery',
  'geography', 'climate', 'ferry', 'ferries', 'coastal', 'glens', 'moors', 'sand', 'dunes', 'desert', 'deserts', 'oasis', 'mosques',
]);

/** "sailed to Iona", "the ferry to Arran", "Arran's beaches", "Skye's mountains": a place reached by travel, or whose land is described. */
export function travelPlace(use: NameUse): boolean {
  const { word, prev, prev2, possessive, afterPossessive } = use;
  if (!word.capitalized) return false;
  if (possessive) return !!afterPossessive && !afterPossessive.capitalized && LANDSCAPE_AFTER.has(afterPossessive.lower);
  if (!prev || !use.prevGap || !prev2) return false;
  if (!['to', 'on', 'across', 'around', 'round'].includes(prev.lower)) return false;
  // "the ferry to Arran", "sailed across to Skye", "a day trip to Iona".
  const before = ['across', 'over', 'back', 'out'].includes(prev2.lower) ? tok(use, use.span.start - 3) : prev2;
  return !!before && TRAVEL_WORDS.has(before.lower);
}
