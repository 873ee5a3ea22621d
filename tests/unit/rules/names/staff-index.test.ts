import { describe, expect, it } from 'vitest';
import { compileStaff } from '../../../../rules/names/staff-index';

const staff = [
  { title: 'Mrs', forename: 'Bronwen', surname: 'Tregarthen' },
  { title: 'Mr', forename: 'Idris', surname: "O'Callaghan-Hurst" },
  { title: 'Dr', forename: 'Femke', surname: 'van Dijk' },
];
const index = compileStaff(staff);

describe('staff index', () => {
  it.each([
    ['Thank you Mrs Tregarthen!', 0, 'Mrs Tregarthen'],
    ['thanks mrs. tregarthen', 0, 'mrs. tregarthen'],
    ['Ms Tregarthen led the choir', 0, 'Ms Tregarthen'], // any title, not only the CSV's
    ['Mrs B. Tregarthen', 0, 'Mrs B. Tregarthen'],
    ['Mrs Bronwen Tregarthen', 0, 'Mrs Bronwen Tregarthen'],
    ["Bronwen Tregarthen's class", 0, 'Bronwen Tregarthen'],
    ['MR OCALLAGHAN-HURST', 1, 'MR OCALLAGHAN-HURST'],
    ['Mr O’Callaghan Hurst', 1, 'Mr O’Callaghan Hurst'],
    ['Dr van Dijk visited', 2, 'Dr van Dijk'],
    ['Mx Tregarthen', 0, 'Mx Tregarthen'],
    // A title and a forename alone, as priests, sisters and many primary teachers are called (issue 20).
    ['Fr Idris said Mass', 1, 'Fr Idris'],
    ['Sister Bronwen ran the choir', 0, 'Sister Bronwen'],
    ['Miss Femke read a story', 2, 'Miss Femke'],
    // The first part of a double surname after a title.
    ['Mr O’Callaghan took the register', 1, 'Mr O’Callaghan'],
  ])('%j names staff %i', (text, who, match) => {
    const found = index.find(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ staff: who, match });
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(match);
  });

  it.each([
    'Tregarthen Road is closed', // surname alone is not a staff mention
    'Bronwen sang', // first name alone
    'Mrs\nTregarthen', // split over lines
    'Mrs Smith',
    'Mia and her sister Bronwen baked a cake', // a lower-case "sister" is family, and Bronwen may be a pupil
    'Master Idris won the junior race', // "Master" is what a boy is called
    'Dr van read the notices', // a surname's particle alone is no name
  ])('%j names no staff', (text) => {
    expect(index.find(text)).toEqual([]);
  });

  it('an empty staff list finds nothing', () => {
    expect(compileStaff([]).find('Mrs Tregarthen')).toEqual([]);
  });
});
