/**
 * Secrets on a photographed page, read from its layout. A whiteboard puts the
 * Wi-Fi name on one line and its key on the next ("Wi-Fi network: Larkfield"
 * above "Password: Pebble#2031"); a door sign puts "Side gate" above "5820#". In the
 * joined text neither line says enough, so the lines are read as a pair.
 * And a keypad code in a script font may be all OCR can read ("3852#"):
 * that is asked about, not blocked, since nothing says what the digits open.
 *
 * The evidence is a table (SECRET_PAGE_EVIDENCE), each entry tested on its own
 * (tests/unit/rules/secrets/adjacent-lines.test.ts). Used by
 * rules/safeguarding-secret.ts on image segments that carry lines.
 */
import type { Segment } from '../types';
import { isBelow, placeLines, type PlacedLine } from '../text/ocr-lines';
import { ocrDigits } from '../text/ocr-digits';

export const SECRET_PAGE_EVIDENCE = {
  networkAboveKey: 'a Wi-Fi, SSID or network line above a key, password or code line ("Wi-Fi network: Larkfield" / "Password: Pebble#2031")',
  doorAboveDigits: 'a door, gate or keypad line above digits ("Side gate" / "5820#")',
  codeDigitsAlone: 'code-like digits next to # or * in a photo with no readable words ("3852#"): asked, not blocked',
} as const;
export type SecretPageEvidenceId = keyof typeof SECRET_PAGE_EVIDENCE;

export interface PageSecret {
  evidence: SecretPageEvidenceId;
  /** Offsets of the value in the segment's text. */
  start: number;
  end: number;
  match: string;
  label: string;
  /** Too weak to block on: the finding asks. */
  ask?: boolean;
}

const NETWORK_RE = /(?<![\p{L}])(?:wi-?\s?fi|wifi|wlan|ssid|network|wireless|hotspot)(?![\p{L}])/iu;
/** The lower line: a key label, then its value. */
const KEY_LINE_RE = /^[^\p{L}\p{N}]*(?:key|password|pass\s?word|passcode|pass\s?code|code|pw|pwd|pin)(?![\p{L}])\s*([:=\-–—]?)\s*([\p{L}\p{N}!@#$%^&*?._+~-]{3,40})/iu;
const DOOR_RE = /(?<![\p{L}])(?:door|gate|keypad|key\s?pad|entrance|entry|key\s?safe|padlock|lock)(?![\p{L}])/iu;
/** Digits as a code is written: 3-8 of them, perhaps with # or * at either end. */
const DIGITS_RE = /(?<![\p{L}\p{N}])([#*]?\s?\d{3,8}\s?[#*]?)(?![\p{L}\p{N}])/gu;
/** A code-like run: digits right next to # or *, as on a keypad. */
const KEYPAD_CODE_RE = /(?<![\p{L}\p{N}])(?:[#*]\s?\d{3,8}|\d{3,8}\s?[#*])(?![\p{L}\p{N}])/gu;
/** "Readable words": three letters or more. More than this many on the page and the text rules decide. */
const MAX_WORDS_FOR_BARE_CODE = 1;

interface PairContext {
  upper: PlacedLine;
  lower: PlacedLine;
  /** The lower line with OCR's digit look-alikes read as digits (same length). */
  lowerDigits: string;
}

function networkAboveKey({ upper, lower }: PairContext): Omit<PageSecret, 'evidence'> | undefined {
  if (!NETWORK_RE.test(upper.text)) return undefined;
  const key = KEY_LINE_RE.exec(lower.text);
  if (!key) return undefined;
  const value = key[2] as string;
  // "Key Stage 2": without a separator only a value that looks like a secret (digits, symbols) counts.
  if (!key[1] && !/[\p{N}!@#$%^&*?._+~-]/u.test(value)) return undefined;
  const start = lower.start + key[0].length - value.length;
  return { start, end: start + value.length, match: value, label: 'Wi-Fi key' };
}

function doorAboveDigits({ upper, lower, lowerDigits }: PairContext): Omit<PageSecret, 'evidence'> | undefined {
  if (!DOOR_RE.test(upper.text)) return undefined;
  const m = [...lowerDigits.matchAll(DIGITS_RE)][0];
  if (!m) return undefined;
  const value = (m[1] as string).trim();
  const start = lower.start + (m.index ?? 0) + (m[1] as string).indexOf(value);
  return { start, end: start + value.length, match: lower.text.slice(start - lower.start, start - lower.start + value.length), label: 'access code' };
}

const PAIR_ENTRIES: ReadonlyArray<[SecretPageEvidenceId, (pair: PairContext) => Omit<PageSecret, 'evidence'> | undefined]> = [
  ['networkAboveKey', networkAboveKey],
  ['doorAboveDigits', doorAboveDigits],
];

function readableWords(lines: readonly PlacedLine[]): number {
  return lines.reduce((n, l) => n + (l.text.match(/\p{L}{3,}/gu)?.length ?? 0), 0);
}

/** Secrets the page's layout shows, in the segment's offsets. */
export function pageSecrets(segment: Pick<Segment, 'text' | 'lines'>): PageSecret[] {
  if (!segment.lines || segment.lines.length === 0) return [];
  const lines = placeLines(segment.text, segment.lines);
  const out: PageSecret[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const upper = lines[i] as PlacedLine;
    const lower = lines[i + 1] as PlacedLine;
    if (!isBelow(upper, lower)) continue;
    const pair = { upper, lower, lowerDigits: ocrDigits(lower.text) };
    for (const [evidence, find] of PAIR_ENTRIES) {
      const hit = find(pair);
      if (hit) {
        out.push({ ...hit, evidence });
        break;
      }
    }
  }
  if (readableWords(lines) <= MAX_WORDS_FOR_BARE_CODE) {
    for (const line of lines) {
      for (const m of ocrDigits(line.text).matchAll(KEYPAD_CODE_RE)) {
        const start = line.start + (m.index ?? 0);
        out.push({ evidence: 'codeDigitsAlone', start, end: start + m[0].length, match: segment.text.slice(start, start + m[0].length), label: 'door or keypad code', ask: true });
      }
    }
  }
  return out;
}
