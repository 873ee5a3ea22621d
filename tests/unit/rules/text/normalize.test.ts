import { describe, expect, it } from 'vitest';
import { normalizeWithMap, foldText } from '../../../../rules/text/normalize';
import { isSpaceGap, tokenize } from '../../../../rules/text/tokenize';

describe('normalizeWithMap', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['CHLOÉ', 'chloe'],
    ['Ｍｉｌｌｉｅ', 'millie'], // fullwidth
    ['\u0410\u0441\u0435\u0440', 'acep'], // Cyrillic look-alikes
    ['Ro\u200Bsa\u00ADlind', 'rosalind'], // zero-width space, soft hyphen
    ['Wi\u2060ll\uFEFFow', 'willow'], // word joiner, BOM
    ['O’Brien', "o'brien"],
    ['Łucja Wróbel', 'lucja wrobel'],
    ['ﬁnn', 'finn'],
  ])('%j folds to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('maps normalised offsets back to the original text', () => {
    const original = 'Hi \u200BZo\u00eb\u0301 Ｃlarke!';
    const n = normalizeWithMap(original);
    const s = n.lower.indexOf('zoe');
    const r = n.toOriginalRange(s, s + 3);
    expect(original.slice(r.start, r.end)).toBe('Zo\u00eb\u0301');
    const c = n.lower.indexOf('clarke');
    const rc = n.toOriginalRange(c, c + 6);
    expect(original.slice(rc.start, rc.end)).toBe('Ｃlarke');
  });

  it('keeps norm and lower the same length even for İ and ß', () => {
    const n = normalizeWithMap('İstanbul Straße');
    expect(n.lower.length).toBe(n.norm.length);
    expect(n.lower).toBe('istanbul strasse');
  });
});

describe('tokenize', () => {
  it('gives original offsets and separators', () => {
    const text = 'Well done, Ella-Rose O’Neill’s team.';
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Well', 'done', 'Ella', 'Rose', 'O', 'Neill', 's', 'team']);
    const ella = tokens[2]!;
    expect(text.slice(ella.origStart, ella.origEnd)).toBe('Ella');
    expect(tokens[3]!.before).toBe('-');
    expect(tokens[5]!.before).toBe("'");
    expect(tokens[0]!.sentenceStart).toBe(true);
    expect(tokens[2]!.sentenceStart).toBe(false);
    expect(tokens[2]!.capitalized).toBe(true);
  });

  it('marks sentence starts after . ! ? and line breaks', () => {
    const { tokens } = tokenize('Great day! Hope you enjoyed it.\nGrace');
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['Great', 'Hope', 'Grace']);
  });
});

describe('isSpaceGap', () => {
  it.each([
    // [text, index of the token, only spaces or tabs before it?]
    ['Amelia Clarke', 1, true],
    ['Amelia \t Clarke', 1, true],
    ['Amelia, Clarke', 1, false],
    ['Amelia\nClarke', 1, false],
    ['Amelia-Clarke', 1, false],
    ["Amelia's", 1, false],
    ['Amelia', 0, false], // the first token: nothing before it
    ['  Amelia', 0, true], // leading spaces count as a gap
  ])('%j token %i → %s', (text, index, expected) => {
    expect(isSpaceGap(tokenize(text).tokens[index])).toBe(expected);
  });

  it('no token (past the end of the text) is no gap', () => {
    expect(isSpaceGap(tokenize('Amelia').tokens[1])).toBe(false);
  });
});
