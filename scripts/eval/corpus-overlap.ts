/**
 * Finds runs of words that a file of this repository shares with a draft of
 * the shared evaluation corpora (../shared/eval). The corpora measure the
 * rules; a sentence of theirs copied into a rule, a test, a generator or a
 * fixture turns the measure into a target the code was fitted to (issue 19).
 *
 * Text is compared as words: lower case, accents dropped, every other
 * non-letter non-digit a word break, so "Don't — WELL done!" and "dont well
 * done" are the same three words. An apostrophe is read both ways, dropped
 * ("dont") and as a word break ("don t"): a scorer that counts a possessive
 * "'s" as a word of its own sees an 8-word run where dropping it sees 7. Every window of `size` words of
 * every corpus text is hashed into a set (shingles); a file is read once and
 * each of its windows looked up, then each hit is grown to the longest run.
 *
 *   npx tsx scripts/eval/corpus-overlap.ts [--words N] [--eval DIR]
 *
 * lists every tracked file that shares a run of N words (default 8, the
 * figure tests/build/corpus-overlap.test.ts enforces) and exits 1 if any does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A text of a corpus: a draft's text, or the text drawn on one of its images. */
export interface CorpusText {
  /** Where it is: "first-names/drafts.jsonl f012" or "no-names/img/MANIFEST.tsv 03.jpg". */
  source: string;
  text: string;
}

export interface SharedRun {
  /** The repository file, relative to the repository root. */
  file: string;
  /** 1-based line of the run's first word in that file. */
  line: number;
  /** The run's words, normalised. */
  words: string[];
  /** The corpus text it was found in. */
  source: string;
}

interface Word {
  word: string;
  /** Offset in the original text, for line numbers. */
  at: number;
}

const APOSTROPHES = /['\u2019\u02bc]/g;
const COMBINING_MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** How an apostrophe splits words: "dont" (join) or "don t" (split). */
export type Apostrophes = 'join' | 'split';

/** The words of a text, compared without case, accents or punctuation. */
export function normalisedWords(text: string, apostrophes: Apostrophes = 'join'): Word[] {
  const words: Word[] = [];
  // Removing an apostrophe keeps "don't" one word ("dont"); decomposing before
  // dropping marks keeps "Chloé" one word ("chloe"). Each word keeps the offset
  // of its whitespace-separated token in `text`, for the line number.
  for (const m of text.matchAll(/\S+/g)) {
    const token = m[0].normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, apostrophes === 'join' ? '' : ' ').toLowerCase();
    for (const w of token.matchAll(WORD)) words.push({ word: w[0], at: m.index });
  }
  return words;
}

const shingle = (words: readonly Word[], start: number, size: number) =>
  words.slice(start, start + size).map((w) => w.word).join(' ');

/** Every window of `size` words of the corpus texts, with the first text it came from. */
export function shingleIndex(texts: readonly CorpusText[], size: number, apostrophes: Apostrophes = 'join'): Map<string, CorpusText> {
  const index = new Map<string, CorpusText>();
  for (const t of texts) {
    const words = normalisedWords(t.text, apostrophes);
    for (let i = 0; i + size <= words.length; i++) {
      const key = shingle(words, i, size);
      if (!index.has(key)) index.set(key, t);
    }
  }
  return index;
}

/**
 * The runs of at least `size` words `text` shares with the indexed corpus, each
 * grown to its longest, overlapping hits merged into one run.
 */
export function sharedRuns(
  file: string,
  text: string,
  index: ReadonlyMap<string, CorpusText>,
  size: number,
  apostrophes: Apostrophes = 'join',
): SharedRun[] {
  const words = normalisedWords(text, apostrophes);
  const runs: SharedRun[] = [];
  let i = 0;
  while (i + size <= words.length) {
    const hit = index.get(shingle(words, i, size));
    if (!hit) {
      i++;
      continue;
    }
    let end = i + size;
    while (end < words.length && index.has(shingle(words, end - size + 1, size))) end++;
    const first = words[i] as Word;
    runs.push({ file, line: lineOf(text, first.at), words: words.slice(i, end).map((w) => w.word), source: hit.source });
    i = end;
  }
  return runs;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) line++;
  return line;
}

/** Every text the corpora hold: drafts of each *.jsonl and the text drawn on each image (MANIFEST.tsv). */
export function corpusTexts(evalDir: string): CorpusText[] {
  const texts: CorpusText[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const where = relative(evalDir, path);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.jsonl')) texts.push(...jsonlTexts(where, readFileSync(path, 'utf8')));
      else if (name === 'MANIFEST.tsv') texts.push(...manifestTexts(where, readFileSync(path, 'utf8')));
    }
  };
  walk(evalDir);
  return texts;
}

function jsonlTexts(where: string, content: string): CorpusText[] {
  const texts: CorpusText[] = [];
  for (const [k, line] of content.split('\n').entries()) {
    if (!line.trim()) continue;
    try {
      const draft = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof draft.text === 'string') texts.push({ source: `${where} ${String(draft.id ?? `line ${k + 1}`)}`, text: draft.text });
    } catch {
      // A line that is not JSON holds no draft; the scorer reports such lines.
    }
  }
  return texts;
}

function manifestTexts(where: string, content: string): CorpusText[] {
  // file <TAB> text (lines written as a literal \n) <TAB> distortions
  return content
    .split('\n')
    .slice(1)
    .map((row) => row.split('\t'))
    .filter((cells) => cells.length >= 2 && cells[1])
    .map((cells) => ({ source: `${where} ${cells[0]}`, text: (cells[1] as string).replace(/\\n/g, '\n') }));
}

/** Files that hold no prose: images, fonts, models, archives, and lock files (package hashes). */
const NOT_TEXT = /\.(png|jpe?g|gif|webp|ico|svg|woff2?|ttf|otf|wasm|onnx|bin|zip|gz|pdf)$|(^|\/)package-lock\.json$/i;

/** The tracked text files of the repository at `repo` (git ls-files), minus those that hold no prose. */
export function trackedTextFiles(repo: string): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\0')
    .filter((f) => f && !NOT_TEXT.test(f) && existsSync(join(repo, f)));
}

/** Every run of `size` or more words a tracked file of `repo` shares with a text of the corpora in `evalDir`. */
export function repoOverlap(repo: string, evalDir: string, size: number): SharedRun[] {
  const texts = corpusTexts(evalDir);
  const ways: Apostrophes[] = ['join', 'split'];
  const indexes = ways.map((way) => shingleIndex(texts, size, way));
  const runs: SharedRun[] = [];
  for (const file of trackedTextFiles(repo)) {
    const bytes = readFileSync(join(repo, file));
    if (bytes.subarray(0, 8000).includes(0)) continue; // binary
    const text = bytes.toString('utf8');
    // A run found both ways is reported once, as the first way found it.
    const lines = new Set<number>();
    ways.forEach((way, k) => {
      for (const run of sharedRuns(file, text, indexes[k]!, size, way)) {
        if (!lines.has(run.line)) runs.push(run);
        lines.add(run.line);
      }
    });
  }
  return runs;
}

export const describeRun = (r: SharedRun) => `${r.file}:${r.line}: "${r.words.join(' ')}" (${r.words.length} words, as in ${r.source})`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => {
    const k = process.argv.indexOf(name);
    return k === -1 ? undefined : process.argv[k + 1];
  };
  const repo = join(fileURLToPath(import.meta.url), '..', '..', '..');
  const size = Number(arg('--words') ?? 8);
  const evalDir = arg('--eval') ?? process.env.SAFEPOST_EVAL_DIR ?? join(repo, '..', 'shared', 'eval');
  if (!Number.isInteger(size) || size < 2 || !existsSync(evalDir)) {
    console.error(`usage: corpus-overlap.ts [--words N>=2] [--eval DIR]  (no corpora at ${evalDir}?)`);
    process.exit(2);
  }
  const runs = repoOverlap(repo, evalDir, size);
  for (const r of runs) console.log(describeRun(r));
  console.log(`${runs.length} run(s) of ${size}+ words shared with ${evalDir}`);
  process.exit(runs.length ? 1 : 0);
}
