/**
 * Property tests: case changes, accents, invisible characters and look-alike
 * letters never let a roster full name through, and the mention always points
 * at exactly the obfuscated text in the original string.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileRoster } from '../../../../rules/names/roster-index';
import { resolveSettings } from '../../../../rules/profile/defaults';
import { firstNamesOnly, pupils, staff } from '../../../fixtures/name-school';
import { ACCENTS, INVISIBLES, LOOKALIKE } from '../../../fixtures/obfuscation';

const roster = compileRoster(pupils, resolveSettings(firstNamesOnly), staff);


/** One obfuscation step per character, chosen by fast-check. */
const charEdit = fc.record({
  upper: fc.boolean(),
  lookalike: fc.nat(3),
  accent: fc.nat(ACCENTS.length * 2),
  invisible: fc.nat(INVISIBLES.length * 3),
  fullwidth: fc.nat(8),
});

function obfuscate(name: string, edits: Array<{ upper: boolean; lookalike: number; accent: number; invisible: number; fullwidth: number }>): string {
  const chars = [...name];
  let out = '';
  chars.forEach((ch, i) => {
    const e = edits[i % edits.length]!;
    let c = e.upper ? ch.toUpperCase() : ch.toLowerCase();
    const alikes = LOOKALIKE[c];
    if (alikes && e.lookalike < alikes.length) c = alikes[e.lookalike]!;
    else if (/[A-Za-z]/.test(c) && e.fullwidth === 0) c = String.fromCharCode(c.charCodeAt(0) + 0xfee0);
    if (/\p{L}/u.test(c) && e.accent < ACCENTS.length) c += ACCENTS[e.accent];
    out += c;
    // invisible characters strictly inside the name
    if (i < chars.length - 1 && e.invisible < INVISIBLES.length) out += INVISIBLES[e.invisible];
  });
  return out;
}

const contexts = fc.constantFrom(
  ['Well done ', '!'],
  ['', ' read her poem'],
  ['Photo of ', ' at sports day'],
  ['Congratulations to ', ', star of the week.'],
  ['', ''],
);

describe('roster index: obfuscated full names are still found', () => {
  it('case, accents, invisibles, look-alikes and fullwidth letters', () => {
    fc.assert(
      fc.property(fc.nat(pupils.length - 1), fc.array(charEdit, { minLength: 1, maxLength: 12 }), contexts, (index, edits, [before, after]) => {
        const p = pupils[index]!;
        const name = `${p.preferred ?? p.forename} ${p.surname}`;
        const obf = obfuscate(name, edits);
        const text = `${before}${obf}${after}`;
        const full = roster.find(text).filter((m) => m.kind === 'full' && m.pupil === index);
        expect(full.length, `${JSON.stringify(text)}`).toBeGreaterThan(0);
        expect(full[0]!.start).toBe(before.length);
        expect(full[0]!.end).toBe(before.length + obf.length);
        expect(full[0]!.match).toBe(obf);
      }),
      { numRuns: 500 },
    );
  });

  it('possessive with a curly or straight apostrophe, any case', () => {
    fc.assert(
      fc.property(fc.nat(pupils.length - 1), fc.constantFrom("'", '’', 'ʼ'), fc.boolean(), (index, apostrophe, upper) => {
        const p = pupils[index]!;
        let name = `${p.forename} ${p.surname}`;
        name = upper ? name.toUpperCase() : name.toLowerCase();
        const text = `${name}${apostrophe}s painting`;
        const full = roster.find(text).filter((m) => m.kind === 'full' && m.pupil === index);
        expect(full.map((m) => m.match)).toContain(name);
      }),
    );
  });

  it('one wrong letter in OCR text still finds the full name', () => {
    fc.assert(
      fc.property(fc.nat(pupils.length - 1), fc.nat(), fc.constantFrom('x', 'q', 'z', 'c'), (index, pos, letter) => {
        const p = pupils[index]!;
        const surname = p.surname;
        // Letters in surname parts of 4+ letters: OCR correction works per word, and
        // a wrong letter in a 1–3 letter part ("O'", "da") is out of its reach.
        const letters: Array<readonly [string, number]> = [];
        for (const m of surname.matchAll(/\p{L}+/gu)) {
          if (m[0].length < 4) continue;
          [...m[0]].forEach((c, k) => letters.push([c, (m.index ?? 0) + k] as const));
        }
        if (letters.length === 0) return;
        const [orig, at] = letters[pos % letters.length]!;
        // OCR keeps the shape of a capital: a wrong capital is still a capital.
        const wrong = orig === orig.toUpperCase() ? letter.toUpperCase() : letter;
        const typo = surname.slice(0, at) + wrong + surname.slice(at + 1);
        const text = `Certificate\n${p.forename} ${typo}\nfor effort`;
        const full = roster.find(text, { fuzzy: true }).filter((m) => m.kind === 'full' && m.pupil === index);
        expect(full.length, text).toBeGreaterThan(0);
      }),
    );
  });
});
