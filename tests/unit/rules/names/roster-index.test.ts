import { describe, expect, it } from 'vitest';
import { compileRoster } from '../../../../rules/names/roster-index';
import { resolveSettings } from '../../../../rules/profile/defaults';
import { firstNamesOnly, pupils, staff } from '../../../fixtures/name-school';

const roster = compileRoster(pupils, resolveSettings(firstNamesOnly), staff);
const brief = (text: string, fuzzy = false) =>
  roster.find(text, { fuzzy }).map((m) => [m.kind, m.pupil, m.match, m.start, m.end] as const);

describe('roster index', () => {
  it('maps a shared first name to every pupil with it', () => {
    expect(brief('Arlo won')).toEqual([
      ['first', 11, 'Arlo', 0, 4],
      ['first', 12, 'Arlo', 0, 4],
      ['first', 13, 'Arlo', 0, 4],
    ]);
  });

  it('a full name names one pupil, and its first name is not reported again', () => {
    expect(brief('Arlo Quince won')).toEqual([['full', 12, 'Arlo Quince', 0, 11]]);
  });

  it('records the form of a full name', () => {
    const forms = (t: string) => roster.find(t).map((m) => m.form);
    expect(forms('Isobel Hartley')).toEqual(['first-surname']);
    expect(forms('Hartley, Isobel')).toEqual(['surname-first']);
    expect(forms('Isobel H.')).toEqual(['first-initial']);
    expect(forms('I. Hartley')).toEqual(['initial-surname']);
  });

  it('flags word-names used as names', () => {
    const [m] = roster.find('Well done Hope!');
    expect(m).toMatchObject({ kind: 'first', pupil: 7, wordName: true });
    expect(roster.find('we hope so')).toEqual([]);
  });

  it('never reports staff, titles or handles as pupils', () => {
    expect(brief('Mrs Grace Whitlock')).toEqual([]);
    expect(brief('Miss Isobel is our new student teacher')).toEqual([]);
    expect(brief('@Isobel')).toEqual([]);
  });

  it('marks OCR matches as fuzzy and only in fuzzy mode', () => {
    expect(brief('Tobiaz')).toEqual([]);
    const [m] = roster.find('Tobiaz', { fuzzy: true });
    expect(m).toMatchObject({ pupil: 1, fuzzy: true, match: 'Tobiaz' });
  });

  it('OCR: a name that lost its first letter (and capital) at a line start', () => {
    expect(brief('Award\nobias\nfor effort', true)).toEqual([['first', 1, 'obias', 6, 11]]);
    expect(brief('the obias was', true)).toEqual([]); // mid-line lower-case fragment: noise
    expect(brief('Award\nrobias', true)).toEqual([]); // lower-case and not a lost first letter
  });

  it('OCR: an exact surname lets a badly read first name through as a full name', () => {
    expect(brief('Star of the Week\nIsbl Hartley', true)).toEqual([['full', 0, 'Isbl Hartley', 17, 29]]);
    expect(brief('Star of the Week\nIsbl Hartley')).toEqual([]); // typed text: no such tolerance
  });

  it('counts pupils per first name and knows word-names', () => {
    expect(roster.firstNameCount('Arlo')).toBe(3);
    expect(roster.firstNameCount('Zoe')).toBe(1);
    expect(roster.firstNameCount('Nobody')).toBe(0);
    expect(roster.isWordName('Hope')).toBe(true);
    expect(roster.isWordName('Hazel')).toBe(true);
    expect(roster.isWordName('Isobel')).toBe(false);
  });

  it('an empty roster finds nothing', () => {
    expect(compileRoster([], resolveSettings({}), []).find('Isobel Hartley')).toEqual([]);
  });
});

describe('roster groups', () => {
  it.each([
    ['Kestrel Class on the beach', 'Kestrel Class', 0, 13],
    ['well done kestrel class', 'Kestrel Class', 10, 23],
    ['Y2 at the farm', 'Year 2', 0, 2],
    ['Yr 2 at the farm', 'Year 2', 0, 4],
    ['Off we go, Year Two!', 'Year 2', 11, 19],
    ['YEAR 2', 'Year 2', 0, 6],
  ])('%j mentions %s', (text, group, start, end) => {
    expect(roster.findGroups(text)).toEqual([{ group, start, end, match: text.slice(start, end) }]);
  });

  it.each(['Year 6 leavers', 'Kestrels are birds', 'Year 20'])('%j mentions no roster group', (text) => {
    expect(roster.findGroups(text)).toEqual([]);
  });
});
