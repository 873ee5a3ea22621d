import { describe, expect, it } from 'vitest';
import { compileGroups, yearNumber } from '../../../../rules/names/groups';
import { tokenize } from '../../../../rules/text/tokenize';

describe('yearNumber', () => {
  it.each([
    [['year', '4'], '4'],
    [['yr4'], '4'],
    [['y', '04'], '4'],
    [['year', 'four'], '4'],
    [['year', 'twelve'], '12'],
    [['oak', 'class'], undefined],
    [['year', 'forty'], undefined],
  ])('%j → %s', (parts, want) => expect(yearNumber(parts)).toBe(want));
});

describe('compileGroups', () => {
  const index = compileGroups(['Year 4', 'Oak Class', 'Oak Class', 'Smith-Jones Set']);

  it('keeps each roster group once, as written', () => {
    expect(index.groups).toEqual(['Year 4', 'Oak Class', 'Smith-Jones Set']);
  });

  it('finds year groups however written, and named groups in any case', () => {
    const text = 'Y4 and Yr 4 and year four joined oak class and OAK CLASS';
    expect(index.findGroups(text).map((g) => [g.group, g.match])).toEqual([
      ['Year 4', 'Y4'],
      ['Year 4', 'Yr 4'],
      ['Year 4', 'year four'],
      ['Oak Class', 'oak class'],
      ['Oak Class', 'OAK CLASS'],
    ]);
  });

  it('offsets index the original text', () => {
    const text = 'Well done — Oak Class!';
    for (const g of index.findGroups(text)) expect(text.slice(g.start, g.end)).toBe(g.match);
  });

  it('does not find a year the roster has not got, nor half a group name', () => {
    expect(index.findGroups('Year 5 and the oak tree')).toEqual([]);
  });

  it('groupAt says whether a group starts at a token', () => {
    const { tokens } = tokenize('Mia from Year 4 and Ivy from Oak Class');
    expect(tokens.map((_, i) => index.groupAt(tokens, i))).toEqual([false, false, true, false, false, false, false, true, false]);
  });

  it('an empty roster finds nothing', () => {
    expect(compileGroups([]).findGroups('Year 4')).toEqual([]);
  });
});
