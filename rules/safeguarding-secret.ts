/**
 * safeguarding-secret (Western): "Sharing information that could cause
 * safeguarding issues (e.g. Passwords, Zoom codes, etc...)" is
 * inappropriate. Fires on an actual secret: a password, passcode, PIN,
 * door/gate/keypad code, Wi-Fi key, or a Zoom/Teams/Meet meeting id or
 * link. Talking about passwords ("remember to change your password", "the
 * link will be e-mailed") is fine: there must be a value that looks like a
 * secret after the cue.
 *
 * Works on OCR text of whiteboards and notes too: the value may be on the
 * next line ("iPad passcode\n2468") and digits may be read as letters.
 */
import type { RawFinding, Rule } from './types';
import { dropOverlapping, execAll, findAll, normalized, type TextRange } from './text/patterns';
import { ocrDigits } from './text/ocr-digits';
import { tokenize, withinEditDistance } from './text';
import { removeDetailFix } from './fixes/edit';
import { CODE_CONTEXT_RE, collapseSpelledDigits, isNumberWord } from './text/spelled-digits';
import { pageSecrets } from './secrets/adjacent-lines';

/** Words that name a secret, with the label the message uses. */
const SECRET_CUES: ReadonlyArray<[pattern: string, label: string]> = [
  [String.raw`wi-?\s?fi\s+(?:password|passcode|key|code|pw|pwd)|network\s+key|wpa2?\s+key|wireless\s+key`, 'Wi-Fi key'],
  [String.raw`(?:zoom|teams|meet|google\s+meet|webinar|meeting)\s+(?:meeting\s+)?(?:passcode|password|code|pin)`, 'meeting passcode'],
  [String.raw`pass\s?code|pass\s?word|passphrase|pass\s+phrase|pwd|pw`, 'password'],
  [String.raw`(?:door|gate|keypad|key\s?pad|key\s+safe|keysafe|entry|access|alarm|lock|padlock|locker|safe|side\s+gate|front\s+door|staffroom|staff\s+room|office|classroom|class|login|log-?in|join|invite|invitation)\s+(?:entry\s+)?(?:code|pin|combination|number)`, 'access code'],
  [String.raw`PIN(?:\s+(?:code|number))?|pin\s+(?:code|number)`, 'PIN'],
  // A bare keypad / key safe / padlock names a code too ("the staffroom keypad is 2580"); its value must have digits.
  [String.raw`keypad|key\s?pad|key\s?safe|padlock|door\s+lock`, 'access code'],
  [String.raw`combination`, 'combination'],
  // A bare "code" says what it opens in its qualifier: "the code for the side gate is 4471".
  [String.raw`code(?=\s+(?:for|to|on)\s+(?:the\s+|our\s+)?(?:side\s+|front\s+|back\s+|main\s+|staff\s+|school\s+)?(?:gate|door|keypad|alarm|key\s?safe|padlock|lock|office|staff\s?room|building|entrance|wi-?\s?fi))`, 'access code'],
];

/** Between the cue and the value: ":", "=", "is", "changes to", "will be", "–", "the word", or a line break (whiteboards). */
const CONNECTIVE = String.raw`(?:\s*(?:[:=\-–—]|the\s+word|it['’]?s\s+now|it\s+is\s+now|is(?:\s+now)?|are|changes?\s+to(?![\p{L}])|changed\s+to(?![\p{L}])|has\s+changed(?:\s+to(?![\p{L}]))?|will\s+be|now|for\s+(?:today|tonight)(?:\s+is)?|today|tonight|\(|'|")?\s*){1,3}`;

/**
 * What the secret is for, between the cue and the connective: "code for the
 * side gate is", "PIN for the school card is", "password to the staff laptop:".
 * Up to three words; the connective after it must then be explicit.
 */
const QUALIFIER = String.raw`(?:\s+(?:for|to|on|of|from|until|till|as\s+of|starting|after|before|during|over)\s+(?:the\s+|our\s+|your\s+|this\s+|next\s+)?[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2}?(?![\p{L}\p{N}'’-])(?=\s*(?:[:=\-–—]|is\b|will\s+be\b|changes?\s+to\b|has\s+changed\s+to\b|changed\s+to\b|it['’]?s\s+now\b)))?`;

/** A candidate secret: one token of letters, digits and the symbols passwords use. */
const VALUE = String.raw`([\p{L}\p{N}!@#$%^&*?._+~-]{3,40})`;

const CUE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${SECRET_CUES.map(([p]) => `(${p})`).join('|')})(?![\p{L}])${QUALIFIER}${CONNECTIVE}${VALUE}`,
  'giud',
);
/**
 * The value first: "7392 is the new gate code from Monday", "Owl$2024 will be
 * the Wi-Fi password". Only values that look like secrets on their own (digits,
 * symbols, mixed case) count: no cue before them vouches for a plain word.
 */
const VALUE_FIRST_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])([\p{L}\p{N}!@#$%^&*?._+~-]{3,40})\s+(?:is|will\s+be|becomes|=)\s+(?:now\s+)?(?:the|our|your)?\s*(?:new\s+|current\s+|latest\s+)?(?:${SECRET_CUES.map(([p]) => `(?:${p})`).join('|')})(?![\p{L}])`,
  'giud',
);
/** "It's now bluebird42 for the Wi-Fi": a new value for a thing that takes one. */
const NOW_FOR_RE = new RegExp(
  String.raw`(?:it['’]?s|it\s+is|is|changed\s+to|changes\s+to)\s+now\s+([\p{L}\p{N}!@#$%^&*?._+~-]{3,40})\s+(?:for|on)\s+(?:the\s+|our\s+)?(?:wi-?\s?fi|wireless|network|gate|side\s+gate|door|front\s+door|keypad|key\s?safe|laptop|ipad|tablet|login|portal|alarm|safe|printer|computer|padlock)(?![\p{L}])`,
  'giud',
);
/** Which label a value-first cue gets. */
function labelOf(cue: string): string {
  for (const [p, label] of SECRET_CUES) if (new RegExp(`^(?:${p})$`, 'iu').test(cue.trim())) return label;
  return 'password';
}

const PIN_CUE = SECRET_CUES.findIndex(([, label]) => label === 'PIN');
const BARE_DEVICE_CUE = SECRET_CUES.findIndex(([p]) => p.startsWith('keypad|'));

/** Words that follow a password cue in prose and are not the password. */
const NOT_A_SECRET = new Set(
  `the a an and or on in at to for from of with by your our their his her its this that these those it is be been being
  was were will can should must may might need needs needed required sent send sending emailed e-mailed shared
  secure safe private secret strong weak new old same different changed changing change reset protected
  available written printed below above attached here there via when if until please not still now also only
  each every all any some no yes case sensitive case-sensitive login details information info link letter email
  e-mail text message app website account accounts system systems school class teacher office parents children
  pupils staff everyone protect protection required important remember forgotten forget lost tips rules policy
  policies hint hints guidance advice security reminder reminders manager managers day week term termly today
  tomorrow tonight soon later shortly separately individually privately number numbers code codes`.split(/\s+/),
);

/**
 * Where a number right after a password's word ends ("hedgehog four seven",
 * "otter 26", "badger and the number 2024"), or 0 when no number follows:
 * figures, or number words as the spelled-digits vocabulary reads them.
 */
function numberFollowing(norm: string, from: number): number {
  const m = /^\s+(?:(?:and|then|plus)\s+(?:the\s+)?(?:number\s+|digits\s+)?)?(\d{1,8}(?![\p{L}\p{N}])|[\p{L}]+(?:[-\s][\p{L}]+){0,5})/u.exec(norm.slice(from));
  if (!m) return 0;
  const run = m[1] as string;
  if (/^\d/.test(run)) return from + m[0].length;
  // The longest leading run of number words ("four seven", "twenty-six").
  const words = run.split(/([-\s])/);
  let end = 0;
  let length = m[0].length - run.length;
  for (let k = 0; k < words.length; k += 2) {
    if (!isNumberWord((words[k] as string).toLowerCase())) break;
    end = length + (words[k] as string).length;
    length = end + (words[k + 1]?.length ?? 0);
  }
  return end > 0 ? from + end : 0;
}

function looksLikeSecret(value: string, cueHadExplicitConnective: boolean): boolean {
  const v = value.replace(/[.!?,;:)'"]+$/u, '');
  if (v.length < 3) return false;
  const lower = v.toLowerCase();
  if (NOT_A_SECRET.has(lower)) return false;
  if (/\d/.test(v)) return true; // "4821", "Ravens2026!", "rv83Kd"
  if (/\p{Ll}\p{Lu}/u.test(v) || /[!@#$%^&*?_+~]/.test(v)) return true; // "BlueSky", "tiger!cat"
  // Words joined by hyphens are a passphrase ("purple-otter-lamp"); one hyphen is a compound word ("well-known").
  if (/^\p{L}+(?:-\p{L}+){2,}$/u.test(v)) return true;
  // A plain word after "password is"/"password:": a real password can be a word ("sunflower"), but
  // prose words after a cue are usually -ed/-ing/-ly ("is changing", "is required").
  if (!cueHadExplicitConnective) return false;
  return !/(?:ed|ing|ly|tion|ment)$/.test(lower) && v.length >= 4;
}

/** 9–12 digit meeting ids in groups: "713 8824 1190", "267 118 993 405", "ID: 123 456 789 012", "Zoom meeting 812 3345 9921" (the id right after the service's name). */
const MEETING_ID_RE =
  /(?<![\p{L}])(?:(?:(?:zoom|teams|meeting|webinar|conference|meet)\s+)?(?:meeting\s+)?(?:id|i\.d\.|number|no\.?|code)|(?:zoom|teams|webinar)(?:\s+(?:meeting|call|session|room))?)(?![\p{L}])[^\d\n.!?]{0,40}?(\d{3}[ \-]?\d{3,4}[ \-]?\d{3,4}(?:[ \-]?\d{3})?)(?!\d)/giud;
const MEETING_CONTEXT_RE = /\b(?:zoom|teams|meeting|meet|webinar|conference|call|join|briefing|parents'? evening)\b/i;
/** Google Meet codes "abc-defg-hij" (with or without the meet.google.com host). */
const MEET_CODE_RE = /(?<![\p{L}\p{N}-])[a-z]{3}-[a-z]{4}-[a-z]{3}(?![\p{L}\p{N}-])/gu;
/** Joinable meeting links. */
const MEETING_LINK_RE =
  /(?:https?:\/\/)?(?:[\w-]+\.)?(?:zoom\.us\/(?:j|my|w)\/[\w?=.&-]+|teams\.microsoft\.com\/l\/meetup-join\/\S+|teams\.live\.com\/meet\/\S+|meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3})/giu;

interface Hit extends TextRange {
  label: string;
}

/**
 * A Wi-Fi key given next to its network name (issue 20 item 2): "network: Oakfield-Guest / key: maple-fox-river",
 * "Wi-Fi StaffNet, password sunflower7". In a sentence that names a wireless network, a bare "key", "password"
 * or "code" with a value after it is the key.
 */
const WIFI_CONTEXT_RE = /(?<![\p{L}])(?:wi-?\s?fi|wifi|wireless|network|ssid|hotspot)(?![\p{L}])/iu;
const WIFI_KEY_RE = /(?<![\p{L}])(?:key|password|pass|pw|passcode|code)(?:\s*[:=\-–—/]\s*|\s+(?:is\s+)?)([\p{L}\p{N}!@#$%^&*?._+~-]{4,40})/giu;
/** "the blog password is owls 2026": a word and a number typed apart are one password. */
const WORD_NUMBER_RE = /(?<![\p{L}])(?:pass\s?word|pass\s?code|login|log-?in|pw|pwd)(?:\s+(?:is|for\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+is))?\s*[:=\-–—]?\s*(\p{L}{3,20}\s+\d{2,6})(?![\p{N}])/giu;

function findWifiKeys(text: string): Hit[] {
  const out: Hit[] = [];
  for (const m of execAll(WIFI_KEY_RE, text)) {
    const start = (m.index ?? 0) + m[0].length - (m[1] as string).length;
    const sentence = text.slice(Math.max(0, text.lastIndexOf('\n', start) + 1, start - 120), start);
    if (!WIFI_CONTEXT_RE.test(sentence)) continue;
    const value = (m[1] as string).replace(/[.!?,;:)'"]+$/u, '');
    const explicit = /[:=\-–—/]|\bis\b/.test(m[0].slice(0, m[0].length - (m[1] as string).length).replace(/^\S+/, ''));
    if (!looksLikeSecret(value, explicit)) continue;
    out.push({ start, end: start + value.length, match: value, label: 'Wi-Fi key' });
  }
  for (const m of execAll(WORD_NUMBER_RE, text)) {
    const value = m[1] as string;
    if (NOT_A_SECRET.has(value.split(/\s+/)[0]!.toLowerCase())) continue;
    const start = (m.index ?? 0) + m[0].length - value.length;
    out.push({ start, end: start + value.length, match: value, label: 'password' });
  }
  return out;
}

function findCueValues(text: string): Hit[] {
  const nt = normalized(text);
  const out: Hit[] = [];
  {
    for (const m of execAll(CUE_RE, nt.norm)) {
      const indices = (m as RegExpMatchArray & { indices: Array<[number, number] | undefined> }).indices;
      const cueIndex = SECRET_CUES.findIndex((_c, i) => m[i + 1] !== undefined);
      if (cueIndex < 0) continue;
      // "PIN" only in capitals (a drawing pin, a pin badge), unless "pin code/number".
      if (cueIndex === PIN_CUE && !/^PIN|^pin\s+(?:code|number)/i.test(m[cueIndex + 1] as string)) continue;
      if (cueIndex === PIN_CUE && /^pin$/i.test(m[cueIndex + 1] as string) && !/^PIN$/.test(m[cueIndex + 1] as string)) continue;
      const valueSpan = indices[SECRET_CUES.length + 1];
      if (!valueSpan) continue;
      const cueEnd = indices[cueIndex + 1]?.[1] ?? valueSpan[0];
      const between = nt.norm.slice(cueEnd, valueSpan[0]);
      const explicit = /[:=\n]|\bis\b|\bto\b|\bbe\b/.test(between);
      const value = m[SECRET_CUES.length + 1] as string;
      // "password hedgehog four seven", "password otter and the number 26": a word then a number is a password.
      const numberAfter = looksLikeSecret(value, true) ? numberFollowing(nt.norm, valueSpan[1]) : 0;
      if (numberAfter > 0) {
        const r = nt.toOriginalRange(valueSpan[0], numberAfter);
        out.push({ start: r.start, end: r.end, match: text.slice(r.start, r.end), label: SECRET_CUES[cueIndex]![1] });
        continue;
      }
      if (!looksLikeSecret(value, explicit)) continue;
      // "The keypad is broken": a bare device word needs a value with digits.
      if (cueIndex === BARE_DEVICE_CUE && !/\d/.test(value)) continue;
      const trimmed = value.replace(/[.!?,;:)'"]+$/u, '');
      // Keep a trailing "!" that is part of a password with digits ("Ravens2026!").
      const keep = /\d[!?]$/.test(value) ? value.replace(/[.,;:)'"]+$/u, '') : trimmed;
      const r = nt.toOriginalRange(valueSpan[0], valueSpan[0] + keep.length);
      out.push({ start: r.start, end: r.end, match: text.slice(r.start, r.end), label: SECRET_CUES[cueIndex]![1] });
    }
  }
  for (const m of execAll(VALUE_FIRST_RE, nt.norm)) {
    const value = (m[1] as string).replace(/[.!?,;:)'"]+$/u, '');
    if (!looksLikeSecret(value, false)) continue;
    const start = m.index ?? 0;
    const r = nt.toOriginalRange(start, start + value.length);
    const cue = m[0].slice(m[0].search(/(?:wi-?\s?fi|zoom|teams|meet|webinar|meeting|pass|pwd|pw|door|gate|keypad|key|entry|access|alarm|lock|padlock|locker|safe|side|front|staff|office|class|login|log|join|invit|PIN|pin|combination|network|wpa|wireless)/iu));
    out.push({ start: r.start, end: r.end, match: text.slice(r.start, r.end), label: labelOf(cue) });
  }
  for (const m of execAll(NOW_FOR_RE, nt.norm)) {
    const value = (m[1] as string).replace(/[.!?,;:)'"]+$/u, '');
    if (!looksLikeSecret(value, false)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    const r = nt.toOriginalRange(start, start + value.length);
    out.push({ start: r.start, end: r.end, match: text.slice(r.start, r.end), label: /wi-?\s?fi|wireless|network/i.test(m[0]) ? 'Wi-Fi key' : 'access code' });
  }
  return out;
}

function findMeetingIds(text: string, digitsText: string): Hit[] {
  const nt = normalized(digitsText);
  return findAll(nt, MEETING_ID_RE, 1)
    .filter((r) => {
      const digits = r.match.replace(/\D/g, '');
      if (digits.length < 9 || digits.length > 12) return false;
      // "phone number 01632 960418" is personal-data's, not a meeting id.
      if (digits.startsWith('0')) return false;
      // A stock photo's "IMAGE ID: 1987342265" is not a meeting: want a meeting word close before.
      return MEETING_CONTEXT_RE.test(digitsText.slice(Math.max(0, r.start - 60), r.start));
    })
    .map((r) => ({ ...r, match: text.slice(r.start, r.end), label: 'meeting ID' }));
}

/**
 * OCR of a photographed whiteboard mangles the cue words themselves
 * ("feeting" for "Meeting", "Goople" for "Google", "2SSCON" for "passcode").
 * These helpers read image text more loosely; they never run on typed text.
 */
const MEETING_WORDS = ['meeting', 'zoom', 'teams', 'google', 'meet', 'passcode', 'password', 'webinar'];

/** Whether the OCR text has a word within one letter of a meeting word. */
function hasFuzzyMeetingWord(text: string): boolean {
  return tokenize(text).tokens.some(
    (t) => t.lower.length >= 4 && MEETING_WORDS.some((w) => withinEditDistance(t.lower, w, 1)),
  );
}

/** A number in three or more groups with 8–12 digits ("713 4624 11"): a meeting id once the picture is about a meeting. */
const DIGIT_GROUPS_RE = /(?<![\p{L}\p{N}])[1-9]\d{2}(?:[ \-]\d{2,4}){2,3}(?!\d)/gu;
/** "pa55word", "P 2SSCODE", "passcod": what OCR leaves of passcode/password. */
const MANGLED_PASS_RE = /[\p{L}\p{N}]*(?:ssc[o0]|ss\s?c[o0]d|pa[s5]{2}w[o0]?r?d?)[\p{L}\p{N}]*/giu;
/** A code-like token after a mangled cue, up to the next line or two. */
const NEXT_VALUE_RE = /^[\s:=\-–—]{0,6}(?:\n\s*)?([\p{L}\p{N}]{4,12})(?![\p{L}\p{N}])/u;
/** "… Net, codes kafmvmeevhp": a meeting code after a (mangled) platform word and "code". */
const PLATFORM_CODE_RE = /([\p{L}]{3,8})[\s,.:]{1,3}(?:[\p{L}]{0,6}[\s,.:]{1,3})?codes?[\s:;,.]{0,3}([\p{L}\p{N}-]{8,14})(?![\p{L}\p{N}])/giu;

function findOcrSecrets(text: string): Hit[] {
  const out: Hit[] = [];
  const digits = ocrDigits(text);
  if (hasFuzzyMeetingWord(text)) {
    for (const m of execAll(DIGIT_GROUPS_RE, digits)) {
      const n = m[0].replace(/\D/g, '').length;
      if (n < 8 || n > 12) continue;
      const start = m.index ?? 0;
      out.push({ start, end: start + m[0].length, match: text.slice(start, start + m[0].length), label: 'meeting ID' });
    }
  }
  for (const m of execAll(MANGLED_PASS_RE, text)) {
    const cueEnd = (m.index ?? 0) + m[0].length;
    const v = NEXT_VALUE_RE.exec(text.slice(cueEnd));
    if (!v || !/\d/.test(v[1] as string) && !/\p{Ll}\p{Lu}|\p{Lu}\p{Ll}*\d/u.test(v[1] as string)) continue;
    const start = cueEnd + v[0].length - (v[1] as string).length;
    out.push({ start, end: start + (v[1] as string).length, match: v[1] as string, label: 'password' });
  }
  for (const m of execAll(PLATFORM_CODE_RE, text)) {
    const platform = (m[1] as string).toLowerCase();
    if (!MEETING_WORDS.some((w) => withinEditDistance(platform, w, 1))) continue;
    const value = m[2] as string;
    if (NOT_A_SECRET.has(value.toLowerCase())) continue;
    const start = (m.index ?? 0) + m[0].length - value.length;
    out.push({ start, end: start + value.length, match: value, label: 'meeting code' });
  }
  return out;
}

/** How far a code word may sit from a spelled code: before it, and after it ("3 0 5 2 is the gate code"). */
const CONTEXT_BEFORE = 60;
const CONTEXT_AFTER = 40;

const CODE_AFTER_RE = /^[#*]?\s*(?:is|was|will\s+be|becomes|=|:|-|–|opens?|unlocks?|for|on|gets\s+you\s+(?:in|through))(?![\p{L}])/iu;

function labelForContext(word: string): string {
  if (/wi-?\s?fi|wireless|network/i.test(word)) return 'Wi-Fi key';
  if (/pass|login|log-?in/i.test(word)) return 'password';
  if (/pin/i.test(word)) return 'PIN';
  return 'access code';
}

/**
 * Codes spelled out ("the keypad is 3 0 5 2", "door code four seven one
 * nine", "PIN: three oh five two"): the spelled runs are read as digits
 * (./text/spelled-digits), then (1) the cue patterns run on that reading, and
 * (2) a run of 4–8 digits that was spelled out is a secret when a door, gate,
 * keypad, PIN, alarm, code, password or Wi-Fi word is close by in the same
 * sentence: nobody spells out an ordinary number digit by digit next to one.
 */
function findSpelledCodes(text: string, digitsText: string): Hit[] {
  const sd = collapseSpelledDigits(digitsText);
  if (!sd.changed) return [];
  const out: Hit[] = [];
  const inRun = (s: number, e: number) => sd.runs.some((r) => s < r.end && r.start < e);
  for (const h of findCueValues(sd.text)) {
    if (!inRun(h.start, h.end)) continue;
    const r = sd.toOriginalRange(h.start, h.end);
    out.push({ start: r.start, end: r.end, match: text.slice(r.start, r.end), label: h.label });
  }
  for (const run of sd.runs) {
    const n = run.end - run.start;
    // Up to 12 digits: a long Wi-Fi key or account code read out ("3 8 2 9 1 0 4 7 5 6"), cue before it (below).
    if (n < 4 || n > 12) continue;
    const before = sd.text.slice(Math.max(0, run.start - CONTEXT_BEFORE), run.start);
    const after = sd.text.slice(run.end, run.end + CONTEXT_AFTER);
    // Stay in the sentence: cut at a line break, "!" / "?", or a full stop before a capital.
    const b = before.split(/[\n!?]|\.\s+(?=\p{Lu})/u).pop() ?? '';
    // After the run, only a short stretch up to a comma: "3 0 5 2 is the gate code", not "one two three four, count the doors".
    const a = after.slice(0, 25).split(/[\n!?,;]|\.(?:\s|$)/u)[0] ?? '';
    // A code word after the run only when the run is said to be it or to open it ("… is the gate code", "… opens the side gate").
    const aOk = CODE_AFTER_RE.test(a);
    const cue = [...b.matchAll(CODE_CONTEXT_RE)].pop() ?? (aOk && n <= 8 ? [...a.matchAll(CODE_CONTEXT_RE)][0] : undefined);
    if (!cue) continue;
    // "PIN" is a code word in capitals only (a pin badge), unless "pin code/number".
    if (/^pin$/i.test(cue[0]) && cue[0] !== 'PIN') continue;
    let end = run.end;
    if (/^[#*]/.test(sd.text.slice(end))) end++;
    const r = sd.toOriginalRange(run.start, end);
    out.push({ start: r.start, end: r.end, match: text.slice(r.start, r.end), label: labelForContext(cue[0]) });
  }
  return out;
}

export const safeguardingSecret: Rule = {
  id: 'safeguarding-secret',
  meta: {
    description: 'Passwords, PINs, door or gate codes, Wi-Fi keys, and Zoom/Teams/Meet meeting ids and passcodes',
    defaultSeverity: 'block',
    policySource: ['western-primary'],
    messages: {
      default: 'This looks like a {label} ("{match}"). Sharing passwords, Zoom codes and the like could cause safeguarding issues.',
      link: 'This is a joinable meeting link ("{match}"). Sharing passwords, Zoom codes and the like could cause safeguarding issues.',
      possibleCode: 'The photo shows "{match}", which looks like a door or keypad code, and SafePost cannot read the words around it.',
    },
    hints: {
      default: 'Remove the {label}. Send it privately (e.g. by e-mail or the school messaging app) to the people who need it.',
      link: 'Remove the link; say "the link will be e-mailed to parents" and send it through the school messaging app.',
      possibleCode: 'If it is a code, crop or cover it, or post another photo. If it is not (a room number, a price), tick below.',
    },
    attestations: { possibleCode: '"{match}" in the photo is not a door, gate or keypad code' },
  },
  scope: 'segment',
  check(segment) {
    const text = segment.text;
    if (!text) return [];
    const digitsText = segment.source === 'image' ? ocrDigits(text) : text;
    const nt = normalized(text);
    const hits: Array<Hit & { messageId?: string; ask?: boolean }> = [
      ...findAll(nt, MEETING_LINK_RE).map((r) => ({ ...r, label: 'meeting link', messageId: 'link' })),
      // "nine-four-nine" can have a Meet code's shape; all number words, it is a spelled number (read below).
      ...findAll(nt, MEET_CODE_RE)
        .filter((r) => !r.match.split('-').every(isNumberWord))
        .map((r) => ({ ...r, label: 'Google Meet code' })),
      ...findMeetingIds(text, digitsText),
      // Before the plain cue patterns: "door code: four seven one nine" is the whole code, not the word "four".
      ...findSpelledCodes(text, digitsText),
      // Before the plain cue patterns: "owls 2026" is the whole password, not "owls".
      ...findWifiKeys(text),
      ...findCueValues(text),
    ];
    if (segment.source === 'image') {
      if (digitsText !== text) for (const h of findCueValues(digitsText)) hits.push({ ...h, match: text.slice(h.start, h.end) });
      hits.push(...findOcrSecrets(text));
      // The page's layout: a label above its value, or a bare keypad code (asked: rules/secrets/adjacent-lines.ts).
      for (const s of pageSecrets(segment)) hits.push(s.ask ? { ...s, messageId: 'possibleCode' } : s);
    }
    return dropOverlapping(hits)
      .map((h): RawFinding => ({
        match: h.match,
        start: h.start,
        end: h.end,
        ...(h.messageId ? { messageId: h.messageId } : {}),
        ...(h.ask ? { atMost: 'confirm' as const, attestationId: 'possibleCode' } : {}),
        data: { match: h.match, label: h.label },
        // Removing a password, code or meeting id is always right; what to say instead is the teacher's to write.
        suggest: () => [removeDetailFix(text, h)],
      }));
  },
};
