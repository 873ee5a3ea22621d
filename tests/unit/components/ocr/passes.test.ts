import { describe, expect, test } from 'vitest';
import {
  confidentWordCount,
  fallbackNeeded,
  joinPassTexts,
  readWithPasses,
  type Reading,
  type ReadWord,
  wordsOfBlocks,
} from '../../../../components/ocr/passes';
import { OCR_CONFIDENT_WORD, OCR_ENOUGH_CONFIDENT_WORDS, OCR_PASSES, type OcrPass } from '../../../../components/ocr/config';

describe('joinPassTexts', () => {
  test.each([
    [['Sports Day\n'], 'Sports Day'],
    [['Sports Day', 'Wednesday 8 July'], 'Sports Day\n\nWednesday 8 July'],
    [['Sports  Day\n', 'Sports Day'], 'Sports  Day'], // same words, other spacing: kept once
    [['', '  \n', 'Getty Images'], 'Getty Images'],
    [[], ''],
  ])('%j → %j', (texts, expected) => {
    expect(joinPassTexts(texts)).toBe(expected);
  });
});

test('every configured pass uses a page segmentation mode tesseract knows and at most two run', () => {
  expect(OCR_PASSES.length).toBeGreaterThan(0);
  expect(OCR_PASSES.length).toBeLessThanOrEqual(2);
  for (const pass of OCR_PASSES) expect(['3', '6', '11']).toContain(pass.psm);
  // The first reading always runs: a fallback needs a reading to fall back from.
  expect(OCR_PASSES[0]!.fallback).toBeFalsy();
});

/** Words "w1 w2 …" all at one confidence. */
const words = (count: number, confidence: number, text = 'Lantern'): ReadWord[] =>
  Array.from({ length: count }, () => ({ text, confidence }));

describe('confidentWordCount', () => {
  test.each<[string, ReadWord[], number]>([
    ['no words', [], 0],
    ['confident words count', words(3, 96), 3],
    ['at the threshold counts', words(2, OCR_CONFIDENT_WORD), 2],
    ['just under the threshold does not', words(2, OCR_CONFIDENT_WORD - 0.5), 0],
    ['one-letter texture "words" do not count', [{ text: 'A', confidence: 95 }, { text: '|', confidence: 99 }, { text: '\\', confidence: 91 }], 0],
    ['punctuation does not make a word', [{ text: '—.', confidence: 95 }, { text: 'x.', confidence: 95 }], 0],
    ['two digits are a word (a year, a room number)', [{ text: '42', confidence: 90 }, { text: '7,', confidence: 90 }], 1],
    ['letters outside ASCII count', [{ text: 'Zoë', confidence: 88 }, { text: 'Łódź', confidence: 88 }], 2],
    ['NaN confidence is not confident', [{ text: 'Lantern', confidence: Number.NaN }], 0],
    ['mixed', [...words(2, 91), ...words(5, 40), { text: 'I', confidence: 99 }], 2],
  ])('%s', (_name, input, expected) => {
    expect(confidentWordCount(input)).toBe(expected);
  });
});

describe('fallbackNeeded', () => {
  const reading = (w: ReadWord[]): Reading => ({ text: w.map((x) => x.text).join(' '), words: w });
  const enough = OCR_ENOUGH_CONFIDENT_WORDS;
  test.each<[string, Reading[], boolean]>([
    ['no reading yet', [], true],
    ['the first reading found nothing', [reading([])], true],
    ['only low-confidence text (texture, script fonts, watermarks)', [reading(words(40, 35))], true],
    ['one confident word short', [reading(words(enough - 1, 95))], true],
    ['enough confident words', [reading(words(enough, 95))], false],
    ['plenty of confident words among junk', [reading([...words(enough + 3, 92), ...words(30, 20)])], false],
    ['enough only when one-letter words are counted', [reading([...words(enough - 1, 95), ...words(3, 95, 'A')])], true],
    ['any earlier reading with enough words settles it', [reading([]), reading(words(enough, 90))], false],
    ['confident words are not summed across readings', [reading(words(enough - 1, 90)), reading(words(enough - 1, 90))], true],
  ])('%s → %s', (_name, readings, expected) => {
    expect(fallbackNeeded(readings)).toBe(expected);
  });

  test('thresholds can be given', () => {
    expect(fallbackNeeded([reading(words(2, 70))], 2, 60)).toBe(false);
    expect(fallbackNeeded([reading(words(2, 70))], 2, 75)).toBe(true);
    expect(fallbackNeeded([reading(words(2, 70))], 3, 60)).toBe(true);
  });
});

test('wordsOfBlocks flattens blocks → paragraphs → lines → words in reading order', () => {
  const word = (text: string, confidence: number) => ({ text, confidence, bbox: { x0: 0, y0: 0, x1: 1, y1: 1 } });
  const blocks = [
    { paragraphs: [{ lines: [{ words: [word('Harvest', 93), word('Fair', 91)] }, { words: [] }] }] },
    { paragraphs: [{ lines: [{ words: [word('Saturday', 64)] }] }, { lines: [] }] },
  ];
  expect(wordsOfBlocks(blocks)).toEqual([
    { text: 'Harvest', confidence: 93 },
    { text: 'Fair', confidence: 91 },
    { text: 'Saturday', confidence: 64 },
  ]);
  expect(wordsOfBlocks(null)).toEqual([]);
  expect(wordsOfBlocks(undefined)).toEqual([]);
});

describe('readWithPasses', () => {
  const sparse: OcrPass = { psm: '11', clean: true };
  const block: OcrPass = { psm: '6', clean: true, fallback: true };
  const always: OcrPass = { psm: '6', clean: true };
  const raw: OcrPass = { psm: '3', clean: false };

  /** A recogniser that answers each psm with the given reading, recording what it was asked. */
  function recogniser(byPsm: Record<string, Reading>) {
    const calls: string[] = [];
    const prepared: boolean[] = [];
    return {
      calls,
      prepared,
      prepare: async (clean: boolean) => {
        prepared.push(clean);
        return { clean };
      },
      recognize: async (image: { clean: boolean }, pass: OcrPass) => {
        calls.push(`${pass.psm}:${image.clean ? 'clean' : 'raw'}`);
        return byPsm[pass.psm]!;
      },
    };
  }
  const plenty: Reading = { text: 'Harvest Fair on Saturday at the village hall', words: words(8, 94) };
  const little: Reading = { text: 'Hx', words: [{ text: 'Hx', confidence: 31 }] };
  const credit: Reading = { text: 'Photo: Fernhill Studio', words: words(3, 92) };

  test.each<[string, OcrPass[], Record<string, Reading>, string[], string]>([
    ['confident first reading: fallback skipped', [sparse, block], { '11': plenty, '6': credit }, ['11:clean'], plenty.text],
    ['weak first reading: fallback made and joined', [sparse, block], { '11': little, '6': credit }, ['11:clean', '6:clean'], `${little.text}\n\n${credit.text}`],
    ['a pass that is not a fallback always runs', [sparse, always], { '11': plenty, '6': credit }, ['11:clean', '6:clean'], `${plenty.text}\n\n${credit.text}`],
    ['a lone fallback pass still runs', [block], { '6': credit }, ['6:clean'], credit.text],
  ])('%s', async (_name, passes, byPsm, expectedCalls, expectedText) => {
    const r = recogniser(byPsm);
    const result = await readWithPasses(passes, r.prepare, r.recognize);
    expect(r.calls).toEqual(expectedCalls);
    expect(result.ran.map((p) => p.psm)).toEqual(expectedCalls.map((c) => c.split(':')[0]));
    expect(result.text).toBe(expectedText);
  });

  test('each pixel preparation is made once, whatever the number of readings', async () => {
    const r = recogniser({ '11': little, '6': little, '3': little });
    await readWithPasses([sparse, raw, block], r.prepare, r.recognize);
    expect(r.prepared).toEqual([true, false]);
    expect(r.calls).toEqual(['11:clean', '3:raw', '6:clean']);
  });

  test('a failing preparation or reading rejects (never empty text)', async () => {
    await expect(readWithPasses([sparse], () => Promise.reject(new Error('bad image')), async () => plenty)).rejects.toThrow('bad image');
    await expect(
      readWithPasses([sparse], async () => ({}), () => Promise.reject(new Error('worker died'))),
    ).rejects.toThrow('worker died');
  });
});
