/**
 * Name evidence from a photo's page structure. In a sentence a roster name
 * that is also a word ("holly", "May") is judged from the words around it
 * (./name-evidence.ts). A photo of a worksheet, a certificate, a peg or a
 * tray has no sentence: its layout says what a word is. A "Name:" label, a
 * line that holds only a name under an award title, a name alone on a tray
 * label are names, whatever their case ("name: ivy", "NAME OTIS").
 *
 * Like EVIDENCE_ENTRIES, the evidence is a table (PAGE_EVIDENCE_ENTRIES),
 * each entry documented and tested on its own
 * (tests/unit/rules/names/page-evidence.test.ts). Each entry picks the words
 * on one line that it vouches for; the roster then says whether they are a
 * pupil's name (its own index: staff, the school's name and groups stay
 * excluded, and OCR's one wrong letter is still tolerated).
 */
import type { Segment } from '../types';
import { placeLines, type PlacedLine } from '../text/ocr-lines';
import type { CompiledRoster, PupilMention } from './roster-index';

/** Why a word in a photo is a name. */
export const PAGE_EVIDENCE = {
  label:
    'after a label that asks for a name, in any case or spacing: name, pupil, child, by, author, awarded to, presented to, this certificate belongs to ("Name:Reuben", "name - ivy", "NAME OTIS")',
  certificateLine:
    'a line holding only a roster name (perhaps with its group), next to certificate or award words ("READING CHAMPION" / "May" / "finished the reading ladder")',
  shortLine:
    'a short line that is only a roster name, as on a peg, tray, label or display; a month, season or place too when every line of the picture is a short label without digits (on a calendar or a poster with dates, "May" alone stays a question)',
} as const;
export type PageEvidenceId = keyof typeof PAGE_EVIDENCE;

/** A pupil mention the page vouches for; `page` says which evidence. */
export type PageMention = PupilMention & { page: PageEvidenceId };

/** The words on a line that one piece of evidence vouches for, in the line's own offsets. */
interface Candidate {
  start: number;
  end: number;
}

export interface PageLineContext {
  line: PlacedLine;
  /** Every line of the page, in reading order. */
  lines: readonly PlacedLine[];
  /** Position of `line` in `lines`. */
  at: number;
}

export interface PageEvidenceEntry {
  id: PageEvidenceId;
  /** Whether an unclear use (a month, a season, a place) becomes a name too, or stays a question. */
  decidesUnclear: boolean | ((context: PageLineContext) => boolean);
  /** The words of the line this evidence points at, if any. */
  candidates(context: PageLineContext): Candidate[];
  /** A found name is only kept when it covers the whole candidate (a line that is only a name). */
  wholeCandidate: boolean;
}

/** Labels that ask for a person's name. Longest first, so "awarded to" wins over nothing and "name" over "n". */
const LABELS = ['this certificate belongs to', 'presented to', 'awarded to', 'author', 'pupil', 'child', 'name', 'by'];
const LABEL_SOURCE = LABELS.map((l) => l.replace(/ /g, String.raw`\s+`)).join('|');
/** At the start of a line the separator may be missing ("NAME Oliver"); mid-line a label needs one ("Date: 4 May  Name: Reuben"). */
const LABEL_AT_START_RE = new RegExp(String.raw`^[^\p{L}\p{N}]*(?:${LABEL_SOURCE})(?![\p{L}])\s*[:;.=\-–—]*\s*`, 'iu');
const LABEL_MID_RE = new RegExp(String.raw`(?<=[^\p{L}])(?:${LABEL_SOURCE})\s*[:=\-–—]+\s*`, 'giu');
/** One or two words after a label: a first name, or a first name and surname. */
const VALUE_RE = /^[\p{L}][\p{L}'’-]*(?:[ \t]+[\p{L}][\p{L}'’-]*)?/u;

/** Words that make a page a certificate, an award or a display of achievement. */
const AWARD_WORDS =
  /\b(?:certificate|award(?:ed|s)?|star|reader|writer|mathematician|scientist|artist|achievement|achiever|congratulations|well\s+done|winner|champion|presented|merit|medal|trophy|prize|honour|superstar|proud|effort|progress|of\s+the\s+(?:week|month|term)|headteacher|books?\s+read|attendance|kindness|values?)\b/i;

/** A line of at most this many words may be "only a name" (a name, a surname, a group such as "Year 2"). */
const SHORT_LINE_WORDS = 4;

function labelValues({ line }: PageLineContext): Candidate[] {
  const out: Candidate[] = [];
  const take = (valueStart: number) => {
    const value = VALUE_RE.exec(line.text.slice(valueStart));
    if (value) out.push({ start: valueStart, end: valueStart + value[0].length });
  };
  const atStart = LABEL_AT_START_RE.exec(line.text);
  if (atStart) take(atStart[0].length);
  for (const m of line.text.matchAll(LABEL_MID_RE)) take((m.index ?? 0) + m[0].length);
  return out;
}

function wordsOf(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The line without the punctuation around it (a tray label "– Holly –", "May!"). */
function lineCore(line: PlacedLine): Candidate | undefined {
  const m = /^[^\p{L}\p{N}]*(.*?)[^\p{L}\p{N}]*$/su.exec(line.text);
  if (!m || !m[1]) return undefined;
  const start = line.text.indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** Every line of the picture is a short label without digits: pegs, trays, a name card. A calendar has digits. */
function onlyLabels({ lines }: PageLineContext): boolean {
  return lines.every((l) => wordsOf(l.text) <= 2 && !/\d/.test(l.text));
}

function nearAwardWords({ lines, at }: PageLineContext): boolean {
  for (let k = Math.max(0, at - 2); k <= Math.min(lines.length - 1, at + 2); k++) {
    if (k !== at && AWARD_WORDS.test((lines[k] as PlacedLine).text)) return true;
  }
  return false;
}

/**
 * The evidence, first match per line decides. Labels first: a labelled line
 * may hold more than the name ("Name: Reuben   Date: 4 May"). Then a line that is
 * only a name, which counts for more on a certificate than anywhere else.
 */
export const PAGE_EVIDENCE_ENTRIES: readonly PageEvidenceEntry[] = [
  { id: 'label', decidesUnclear: true, wholeCandidate: false, candidates: labelValues },
  {
    id: 'certificateLine',
    decidesUnclear: true,
    wholeCandidate: false,
    candidates: (context) => {
      const core = lineCore(context.line);
      return core && wordsOf(context.line.text) <= SHORT_LINE_WORDS && nearAwardWords(context) ? [core] : [];
    },
  },
  {
    id: 'shortLine',
    decidesUnclear: onlyLabels,
    wholeCandidate: true,
    candidates: ({ line }) => {
      const core = lineCore(line);
      return core && wordsOf(line.text) <= 2 ? [core] : [];
    },
  },
];

/** "holly" and "HOLLY" read as the name they are on a label: only the case changes, so offsets stay. */
function asName(text: string): string {
  return text.replace(/[\p{L}][\p{L}'’]*/gu, (word) =>
    word === word.toLowerCase() || word === word.toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word,
  );
}

/**
 * The names the page vouches for on one line: the roster reads the candidate
 * words as they would be written on their own line (title case), so its own
 * exclusions and OCR tolerance apply; a full name wins over its first name.
 */
function namesOnLine(entry: PageEvidenceEntry, context: PageLineContext, roster: CompiledRoster): PageMention[] {
  const { line } = context;
  const out: PageMention[] = [];
  for (const candidate of entry.candidates(context)) {
    const raw = line.text.slice(candidate.start, candidate.end);
    const value = asName(raw);
    if (value.length !== raw.length) continue;
    // The value alone on its line: a lone word is then judged as on a label, never by the words after it.
    const firstWord = /^[\p{L}][\p{L}'’-]*/u.exec(value)?.[0] ?? '';
    const whole = roster.find(value, { fuzzy: true, unclear: true });
    const full = whole.filter((m) => m.kind === 'full' && m.start === 0);
    const mentions = full.length > 0 ? full : roster.find(firstWord, { fuzzy: true, unclear: true }).filter((m) => m.start === 0);
    for (const m of mentions) {
      if (entry.wholeCandidate && value.slice(m.end).trim() !== '' && !(full.length > 0 && m.end === value.length)) {
        // "Holly Class" or "Holly wreath": not only a name.
        if (!roster.findGroups(value).some((g) => g.start <= m.end && g.end === value.length)) continue;
      }
      const decides = typeof entry.decidesUnclear === 'function' ? entry.decidesUnclear(context) : entry.decidesUnclear;
      if (m.role === 'unclear' && !decides) {
        out.push(shift({ ...m, page: entry.id }, line.start + candidate.start, raw));
        continue;
      }
      const { role: _role, ...named } = m;
      out.push(shift({ ...named, page: entry.id }, line.start + candidate.start, raw));
    }
  }
  return out;
}

function shift(m: PageMention, base: number, raw: string): PageMention {
  return { ...m, start: base + m.start, end: base + m.end, match: raw.slice(m.start, m.end) };
}

/** Every name the page vouches for, by the first entry that finds one on each line. */
export function pageMentions(segment: Pick<Segment, 'text' | 'lines'>, roster: CompiledRoster): PageMention[] {
  if (!segment.lines || segment.lines.length === 0) return [];
  const lines = placeLines(segment.text, segment.lines);
  const out: PageMention[] = [];
  lines.forEach((line, at) => {
    for (const entry of PAGE_EVIDENCE_ENTRIES) {
      const found = namesOnLine(entry, { line, lines, at }, roster);
      if (found.length > 0) {
        out.push(...found);
        break;
      }
    }
  });
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The roster's mentions in an image segment, with the page's evidence
 * applied: a name it vouches for replaces the same words judged unclear (or
 * not found: "name: ivy" was read as the plant), and adds to names already found.
 */
export function withPageEvidence(mentions: readonly PupilMention[], segment: Pick<Segment, 'text' | 'lines'>, roster: CompiledRoster): PupilMention[] {
  const page = pageMentions(segment, roster);
  if (page.length === 0) return [...mentions];
  const out = [...mentions];
  for (const m of page) {
    const clash = out.findIndex((o) => overlaps(o, m));
    if (clash < 0) {
      out.push(m);
      continue;
    }
    const other = out[clash] as PupilMention;
    // A name already found stays (the text's own evidence agreed); a question the page answers is replaced.
    if (other.role === 'unclear' && m.role !== 'unclear') out.splice(clash, 1, m);
  }
  return out.sort((a, b) => a.start - b.start);
}
