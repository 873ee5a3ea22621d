/**
 * personal-data (Forefield, Western): no phone numbers, e-mail addresses,
 * home addresses, postcodes or dates of birth on the school account.
 * Forefield: "No details ... relating to pupils will be posted"; Western:
 * never disclose "information ... that could compromise the security of the
 * school or the safeguarding of pupils and their families".
 *
 * What must NOT fire: event dates ("Friday 13/03/2026"), money, scores,
 * times, years and the emergency numbers 999/111. A bare dd/mm/yyyy is an
 * event date unless a birth cue ("born", "DOB", "date of birth",
 * "birthday") is right next to it.
 */
import type { RawFinding, Rule, Segment } from './types';
import { dropOverlapping, findAll, normalized, type TextRange } from './text/patterns';
import { ocrDigits } from './text/ocr-digits';
import { removeDetailFix } from './fixes/edit';
import { collapseSpelledDigits } from './text/spelled-digits';

/**
 * A run that starts like a UK number (0… or +44…) and continues with digits
 * and the separators people type: "07700 900562", "07700-900-562",
 * "+44 (0)7700 900562", "(01632) 960418", "0800 123 4567".
 */
const PHONE_CANDIDATE_RE = /(?<![\d+])(?:\+\s?44\s?(?:\(\s?0\s?\)\s?)?|\(?0)\d(?:[ \-.()]{0,2}\d){7,10}(?!\d)/g;

function isUkPhone(candidate: string): boolean {
  let digits = candidate.replace(/\D/g, '');
  if (candidate.trim().startsWith('+')) {
    digits = digits.replace(/^44/, '');
    if (digits.startsWith('0')) digits = digits.slice(1);
    digits = `0${digits}`;
  }
  if (/^07\d{9}$/.test(digits)) return true; // mobile
  if (/^0[123]\d{8,9}$/.test(digits)) return true; // geographic and 03 numbers
  if (/^08\d{7,9}$/.test(digits)) return true; // 0800 / 0845 / 0808
  return false;
}

/**
 * A number with another country's code (issue 20 item 2): "+234 803 123 4567", "+353 87 123 4567",
 * "+1 (555) 010 7788". Seven to fourteen digits after the code; UK numbers are PHONE_CANDIDATE_RE's.
 */
const INTL_PHONE_RE = /(?<![\p{L}\p{N}+])\+\s?(?!44)[1-9]\d{0,2}(?:[ \-.()]{0,3}\d){7,14}(?!\d)/gu;
/** Words that say a number is for calling: a long spelled run after one is a phone number whatever its country. */
const PHONE_CUE_RE = /(?<![\p{L}])(?:phone|call|ring|text|mobile|number|whats-?app|tel|contact)(?![\p{L}])/iu;

/** "jane dot okafor at gmail dot com", "office (at) school [dot] org": an address written in words. */
const AT_WORD = String.raw`(?:\s*(?:\(at\)|\[at\]|\{at\})\s*|\s+at\s+)`;
const DOT_WORD = String.raw`(?:\s*(?:\(dot\)|\[dot\]|\{dot\}|\.)\s*|\s+dot\s+)`;
const TLD = String.raw`(?:com|org|net|uk|co|ac|edu|sch|gov|ie|ng|io|info|wales|scot|cymru)`;
const SPELLED_EMAIL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}._-])[\p{L}\p{N}_%+-]+(?:${DOT_WORD}[\p{L}\p{N}_%+-]+)*${AT_WORD}[\p{L}\p{N}-]+(?:${DOT_WORD}[\p{L}\p{N}-]+){0,3}?${DOT_WORD}${TLD}(?:${DOT_WORD}(?:uk|ng|ie|com))?(?![\p{L}\p{N}])`,
  'giu',
);

const EMAIL_RE = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}/gu;

/** Royal Mail postcode areas: keeps "KS2", "Y6" and "U10" from reading as outward codes. */
const POSTCODE_AREAS =
  'AB AL BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY EC EH EN EX FK FY GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY LA LD LE LL LN LS LU ME MK ML NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB WA WC WD WF WN WR WS WV YO ZE B E G L M N S W'.split(' ');
/** Full UK postcode: area, district, optional space, inward code ("SW1A 1AA", "M1 1AE", "LS19 6QP"). */
const POSTCODE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:GIR ?0AA|(?:${POSTCODE_AREAS.join('|')})\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])`,
  'giu',
);

const STREET_SUFFIX = String.raw`(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl|Grove|Gardens|Gdns|Terrace|Tce|Mews|Row|Rise|Parade|Vale|Croft|Fold|Chase|Glade|Wharf|Approach|Boulevard|Walk|Hill|View|Square|Sq|Green|Park|Meadows?|Fields?|Gate|End|Cottages|Bank|Brow|Side|Yard|Wynd)`;
/** "12 Acacia Avenue", "3a Linden Close", "Flat 3, 41 Mill Road". */
const STREET_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+(?:\p{Lu}[\p{Ll}'’-]+\s+){1,3}${STREET_SUFFIX}\.?(?![\p{L}\p{N}])`,
  'gu',
);
/** "Flat 3", "Apartment 12B" on their own are part of an address too. */
/**
 * A home address without a postcode, after words that say someone lives there (issue 20 item 2):
 * "lives at 14 mill lane", "moved to number 3, Heol y Bryn". Welsh street words lead the name.
 */
const RESIDENCE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:lives?|living|moved|moving|staying|stays|house\s+is|home\s+is|address\s+is|based)\s+(?:at|to|on|in)\s+(?:number\s+|no\.?\s*)?\d{1,4}[A-Za-z]?,?\s+(?:(?:heol|ffordd|stryd|lôn|lon|rhodfa|stad|maes|bóthar)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+|(?:[\p{L}'’-]+\s+){1,3}${STREET_SUFFIX})(?![\p{L}\p{N}])`,
  'giu',
);
/** Welsh street names start with the street word: "12 Heol y Bryn", "3 Ffordd Glyndŵr". */
const WELSH_STREET_RE = /(?<![\p{L}\p{N}])\d{1,4}[A-Za-z]?,?\s+(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Stad)\s+(?:[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{Ll}'’ŵŷâêîôû-]+/gu;
const FLAT_RE = /(?<![\p{L}\p{N}])(?:Flat|Apartment|Apt)\s+\d+[A-Za-z]?,?(?:\s+\d{1,4}[A-Za-z]?,?)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,4}/gu;
/** "Year 5 Nature Walk", "Room 4 Green": a school label before the number means it is not a house number. */
const NOT_HOUSE_NUMBER = /\b(?:year|yr|y|class|room|group|set|team|key stage|ks|stage|level|step|page|no\.?|number|week|day|top|top-?\s?)\s*$/i;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** Day numbers in words: "the fourth of April", "twenty-first". */
const DAY_WORD = String.raw`(?:(?:twenty|thirty)[-\s]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
/** 03/04/2017, 3.4.17, 3-4-2017, 3 March 2017, 3rd of March 2017, March 3rd, 2017, the fourth of April 2016. */
const DATE = String.raw`(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|(?:\d{1,2}(?:st|nd|rd|th)?|(?:the\s+)?${DAY_WORD})\s+(?:of\s+)?${MONTH}\.?,?(?:\s+\d{4})?|${MONTH}\.?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|${DAY_WORD}),?(?:\s+\d{4})?)`;
/**
 * Someone of the school's own community: a birth date next to these is a real
 * person's, however long ago ("our oldest visitor, Mrs Thorne, born 4 April 1936").
 */
const COMMUNITY_RE = /\b(?:mrs?|miss|ms|mx|our|my|your|visitor|volunteer|resident|grandparents?|grand(?:ma|mother|ad|dad|pa|father)|great[-\s]grand\w*|nan|gran|turn(?:s|ed|ing)|years?\s+old|aged)\b/i;
/** Birth years before this are history lessons, not pupils' or staff members' dates of birth. */
const HISTORICAL_BEFORE = 1940;
const BIRTH_CUE = String.raw`(?:born|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday|b'?day)`;
/** A birth cue and a date within a few words of each other, in either order. */
const DOB_RE = new RegExp(
  String.raw`(?<![\p{L}])${BIRTH_CUE}(?![\p{L}])[^.!?\n\d]{0,25}?(${DATE})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(${DATE})[^.!?\n]{0,12}?(?<![\p{L}])\(?\s*${BIRTH_CUE}(?![\p{L}])`,
  'giud',
);

type Kind = 'phone' | 'email' | 'postcode' | 'address' | 'dob';

function findPhones(text: string, segment: Segment): TextRange[] {
  // OCR reads "0" as "O" and "1" as "l": read digits the way a person would, offsets unchanged.
  const source = segment.source === 'image' ? ocrDigits(text) : text;
  const nt = normalized(source);
  return [
    ...findAll(nt, PHONE_CANDIDATE_RE).filter((r) => isUkPhone(source.slice(r.start, r.end))),
    ...findAll(nt, INTL_PHONE_RE),
  ]
    .map((r) => ({ ...r, match: text.slice(r.start, r.end) }))
    .map((r) => {
      // A trailing ")" or "." is punctuation around the number, not part of it.
      let end = r.end;
      while (end > r.start && /[\s.)(-]/.test(text[end - 1] as string)) end--;
      return { start: r.start, end, match: text.slice(r.start, end) };
    });
}

/** A phone number read out in words or spaced digit by digit ("oh seven seven double oh…", "0 7 7 0 0…"). */
function findSpelledPhones(text: string, segment: Segment): TextRange[] {
  const sd = collapseSpelledDigits(segment.source === 'image' ? ocrDigits(text) : text);
  if (!sd.changed) return [];
  const out: TextRange[] = [];
  for (const run of sd.runs) {
    const digits = sd.text.slice(run.start, run.end);
    // Another country's number read out: "plus two three four, eight oh three…", or nine digits or more after "call"/"number".
    const plus = /(?:\+|(?<![\p{L}])plus)\s*$/iu.test(sd.text.slice(Math.max(0, run.start - 6), run.start));
    const cued = digits.length >= 9 && PHONE_CUE_RE.test(sd.text.slice(Math.max(0, run.start - 40), run.start));
    if (!isUkPhone(digits) && !((plus || cued) && digits.length >= 9 && digits.length <= 15)) continue;
    const r = sd.toOriginalRange(run.start, run.end);
    out.push({ start: r.start, end: r.end, match: text.slice(r.start, r.end) });
  }
  return out;
}

function findStreets(text: string): TextRange[] {
  const nt = normalized(text);
  const out: TextRange[] = [];
  for (const r of [...findAll(nt, FLAT_RE), ...findAll(nt, STREET_RE), ...findAll(nt, RESIDENCE_RE), ...findAll(nt, WELSH_STREET_RE)]) {
    if (NOT_HOUSE_NUMBER.test(text.slice(Math.max(0, r.start - 12), r.start))) continue;
    out.push(r);
  }
  return out;
}

function findPostcodes(text: string): TextRange[] {
  return findAll(normalized(text), POSTCODE_RE).filter((r) => {
    const upper = r.match === r.match.toUpperCase();
    const lower = r.match === r.match.toLowerCase();
    // Lower case only when written with the space ("ls19 6qp"); mixed case is prose.
    if (!upper && !(lower && /\s/.test(r.match))) return false;
    // "…N1 3PM" is a time more often than a postcode.
    return !/\d(?:am|pm)$/i.test(r.match);
  });
}

/** The year of a date, four digits ("03/04/17" → 2017); undefined when none is written. */
function yearOf(date: string): number | undefined {
  const four = /(?<!\d)(\d{4})(?!\d)/.exec(date);
  if (four) return Number(four[1]);
  const two = /[/.\-](\d{2})$/.exec(date.trim());
  return two ? 2000 + Number(two[1]) : undefined;
}

/** Both halves of DOB_RE need a birth cue and a date (which has a digit): most drafts have neither, and DOB_RE is slow to fail. */
const BIRTH_CUE_ANYWHERE = new RegExp(BIRTH_CUE, 'iu');

/** EMAIL_RE backtracks through every word; an address needs an "@" first. */
function findEmails(text: string): TextRange[] {
  const nt = normalized(text);
  const out = nt.norm.includes('@') ? findAll(nt, EMAIL_RE) : [];
  // Written in words: needs "dot" or a bracketed "at" somewhere, and one of them must be a word, not a plain address.
  if (/(?<![\p{L}])dot(?![\p{L}])|[([{]at[)\]}]|[([{]dot[)\]}]/iu.test(nt.norm)) {
    for (const r of findAll(nt, SPELLED_EMAIL_RE)) if (/(?<![\p{L}])(?:at|dot)(?![\p{L}])/iu.test(r.match)) out.push(r);
  }
  return out;
}

/** The sentence (or line) around a range. */
function sentenceOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.search(/[^.!?\n]*$/), 0);
  const after = text.slice(end).search(/[.!?\n]/);
  return text.slice(from, after < 0 ? text.length : end + after);
}

function findDatesOfBirth(text: string): TextRange[] {
  const nt = normalized(text);
  if (!/\d/.test(nt.norm) || !BIRTH_CUE_ANYWHERE.test(nt.norm)) return [];
  return [...findAll(nt, DOB_RE, 1), ...findAll(nt, DOB_RE, 2)].filter((r) => {
    const year = yearOf(r.match);
    // "Roald Dahl was born on 13 September 1916": a historical birth date identifies nobody at school.
    if (year !== undefined && year < HISTORICAL_BEFORE && !COMMUNITY_RE.test(sentenceOf(text, r.start, r.end))) return false;
    // "birthday" next to a date without a year is usually an event ("Roald Dahl's birthday, 13 September").
    const context = text.slice(Math.max(0, r.start - 30), Math.min(text.length, r.end + 15));
    if (year === undefined && !/\b(?:born|d\.?o\.?b|date\s+of\s+birth|birth\s*date)\b/i.test(context)) return false;
    return true;
  });
}

const WHOLE_EMAIL = /^\S+@\S+\.\S+$/u;
/** Digits and the separators people type in numbers, at least 8 digits: a phone number. */
const WHOLE_PHONE = /^[+(]?[\d\s().+-]+$/u;

/**
 * The one-click fix takes out a phone number or e-mail address: removing is
 * always right for these, and what to say instead (the school office) is the
 * teacher's to write. Addresses, postcodes and dates of birth sit inside
 * sentences a removal would break: those keep the hint only.
 */
function removable(match: string): boolean {
  return WHOLE_EMAIL.test(match) || (WHOLE_PHONE.test(match) && match.replace(/\D/g, '').length >= 8);
}

export const personalData: Rule = {
  id: 'personal-data',
  meta: {
    description: 'Phone numbers, e-mail addresses, home addresses or postcodes, and dates of birth',
    defaultSeverity: 'block',
    policySource: ['forefield-junior', 'western-primary'],
    messages: {
      default: 'Personal details must not be posted on the school account ("{match}").',
      phone: 'This looks like a phone number ("{match}"). Personal contact details must not be posted on the school account.',
      email: 'This is an e-mail address ("{match}"). Personal contact details must not be posted on the school account.',
      postcode: 'This looks like a postcode ("{match}"). Do not disclose information that could compromise the safeguarding of pupils and their families.',
      address: 'This looks like a street address ("{match}"). Do not disclose information that could compromise the safeguarding of pupils and their families.',
      dob: 'This looks like a date of birth ("{match}"). No details relating to pupils will be posted.',
    },
    hints: {
      default: 'Remove "{match}".',
      phone: 'Remove the number and ask people to contact the school office instead.',
      email: "Remove the address and point people to the school office or the school's own website.",
      postcode: 'Remove the postcode; say "the school office" or name the venue instead.',
      address: 'Remove the address; say "the school office" or name the venue instead.',
      dob: 'Remove the date of birth. "Happy birthday" needs no date.',
    },
  },
  scope: 'segment',
  check(segment) {
    const text = segment.text;
    if (!text) return [];
    const found: Array<TextRange & { kind: Kind }> = [
      ...findEmails(text).map((r) => ({ ...r, kind: 'email' as const })),
      ...findPhones(text, segment).map((r) => ({ ...r, kind: 'phone' as const })),
      ...findSpelledPhones(text, segment).map((r) => ({ ...r, kind: 'phone' as const })),
      ...findStreets(text).map((r) => ({ ...r, kind: 'address' as const })),
      ...findPostcodes(text).map((r) => ({ ...r, kind: 'postcode' as const })),
      ...findDatesOfBirth(text).map((r) => ({ ...r, kind: 'dob' as const })),
    ];
    return dropOverlapping(found)
      .map((f): RawFinding => ({
        match: f.match,
        start: f.start,
        end: f.end,
        messageId: f.kind,
        data: { match: f.match },
        suggest: () => (removable(f.match) ? [removeDetailFix(text, f)] : []),
      }));
  },
};
