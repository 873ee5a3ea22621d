import { describe, expect, it } from 'vitest';
import { compileOcrCorrector, confusedShapeVariants, ocrClean } from '../../../../rules/names/ocr-correction';
import { tokenize } from '../../../../rules/text/tokenize';

describe('ocrClean', () => {
  it('reads digits inside a word as the letters OCR confuses them with', () => {
    expect(ocrClean('0liver')).toBe('oliver');
    expect(ocrClean('5ophie')).toBe('sophie');
    expect(ocrClean('ro8in')).toBe('robin');
    expect(ocrClean('1ily')).toBe('lily');
  });
  it('leaves numbers alone', () => expect(ocrClean('2026')).toBe('2026'));
});

describe('confusedShapeVariants', () => {
  it.each([
    ['iuy', ['ivy', 'luy']],
    ['ernma', ['ernrna', 'emma']],
    ['davvn', ['dawn', 'dauvn', 'davun', 'clavvn']],
    ['clara', ['dara', 'ciara']],
    ['zoe', []],
  ])('%s → %j', (word, variants) => expect(confusedShapeVariants(word).sort()).toEqual([...variants].sort()));
});

describe('compileOcrCorrector', () => {
  const words = new Set(['oliver', 'smith', 'jones', 'amelia', 'year', 'ivy', 'emma', 'amy']);
  const ocr = compileOcrCorrector(words);

  it('nearest: the roster word one edit away, nothing for short or far words', () => {
    expect(ocr.nearest('olivcr')).toBe('oliver');
    expect(ocr.nearest('amella')).toBe('amelia');
    expect(ocr.nearest('olvcr')).toBeUndefined();
    expect(ocr.nearest('yer')).toBeUndefined(); // under 4 letters: too much noise
  });

  it.each([
    ['Iuy', 'ivy', 'u read for v (script fonts)'],
    ['Ernma', 'emma', 'rn read for m'],
    ['Arny', 'amy', 'rn read for m in a short name'],
  ])('%s is read as %s: %s', (text, want) => {
    const { tt, corrected } = ocr.correct(tokenize(text));
    expect(tt.tokens.map((t) => t.lower)).toEqual([want]);
    expect([...corrected]).toEqual([1]);
  });

  it.each([
    ['iuy', 'a lower-case short word is noise, not a name'],
    ['Ivo', 'a short word one arbitrary edit away is not corrected'],
    ['Amo', 'no confused shape leads to a roster word'],
  ])('%s is left alone: %s', (text) => {
    const { tt, corrected } = ocr.correct(tokenize(text));
    expect(tt.tokens[0]!.lower).toBe(text.toLowerCase());
    expect([...corrected]).toEqual([0]);
  });

  it('corrects capitalised misreads and a lost first capital at a line start, not lower-case noise', () => {
    const typed = tokenize('Olivcr Smith-J0nes\nliver was here with amella');
    const { tt, corrected } = ocr.correct(typed);
    expect(tt.tokens.map((t) => t.lower)).toEqual(['oliver', 'smith', 'jones', 'oliver', 'was', 'here', 'with', 'amella']);
    expect([...corrected]).toEqual([1, 0, 1, 1, 0, 0, 0, 0]);
  });

  it('does not modify the shared tokenisation', () => {
    const typed = tokenize('Olivcr');
    ocr.correct(typed);
    expect(typed.tokens[0]?.lower).toBe('olivcr');
  });
});

describe('a month or day read as itself is never corrected into a name', () => {
  const corrector = compileOcrCorrector(new Set(['juno', 'monda', 'marco']));
  it.each(['Saturday 9 June', 'Monday club', 'March 2026'])('%s', (text) => {
    const { corrected } = corrector.correct(tokenize(text));
    expect([...corrected]).not.toContain(1);
  });
});
