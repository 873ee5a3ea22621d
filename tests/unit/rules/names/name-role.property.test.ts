/**
 * Property test (issue 9): a roster first name used in a name role is never
 * passed silently — whatever its case, accents, invisible characters or
 * look-alike letters, the verdict holds the post (block, or confirm through
 * possible-pupil-name), and a finding points at the name. Covers ordinary
 * names and ambiguous ones (word-names, a month, a place, the school's name,
 * a group's word, a staff member's first name).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check, compileProfile } from '../../../../rules/engine';
import type { Pupil } from '../../../../rules/profile/schema';
import { noNames, pupils, staff } from '../../../fixtures/name-school';
import { ACCENTS, INVISIBLES, LOOKALIKE } from '../../../fixtures/obfuscation';

const roster: Pupil[] = [
  ...pupils,
  { forename: 'May', surname: 'Oyelaran', group: 'Year 2', photoConsent: true, nameConsent: true },
  { forename: 'Paris', surname: 'Kemble', group: 'Kestrel Class', photoConsent: true, nameConsent: true },
];
const compiled = compileProfile({ settings: noNames, pupils: roster, staff });
/** First names to test: every first/preferred name on the roster (Hope, Grace, Summer, Hazel, Harcourt, May, Paris…). */
const NAMES = [...new Set(roster.map((p) => p.preferred ?? p.forename))];


const charEdit = fc.record({
  caseMode: fc.constantFrom('keep', 'lower', 'upper'),
  lookalike: fc.nat(4),
  accent: fc.nat(ACCENTS.length * 2),
  invisible: fc.nat(INVISIBLES.length * 3),
});
type Edit = { caseMode: 'keep' | 'lower' | 'upper'; lookalike: number; accent: number; invisible: number };

function obfuscate(name: string, wholeCase: 'title' | 'lower' | 'upper', edits: Edit[]): string {
  const cased = wholeCase === 'lower' ? name.toLowerCase() : wholeCase === 'upper' ? name.toUpperCase() : name;
  const chars = [...cased];
  let out = '';
  chars.forEach((ch, i) => {
    const e = edits[i % edits.length]!;
    // Per-letter case changes only after the first letter: "HoPe" (the first letter keeps the text's case).
    let c = i === 0 || e.caseMode === 'keep' ? ch : e.caseMode === 'upper' ? ch.toUpperCase() : ch.toLowerCase();
    const alikes = LOOKALIKE[c];
    if (alikes && e.lookalike < alikes.length) c = alikes[e.lookalike]!;
    if (/\p{L}/u.test(c) && e.accent < ACCENTS.length) c += ACCENTS[e.accent];
    out += c;
    if (i < chars.length - 1 && e.invisible < INVISIBLES.length) out += INVISIBLES[e.invisible];
  });
  return out;
}

/** Name-role contexts: each carries evidence that does not depend on case ({n} is the name). */
const NAME_ROLE = [
  'Well done {n} for your super writing!',
  'Huge congratulations to {n} on the swimming gala.',
  'Thank you {n} for helping in the library.',
  '{n} scored the winning goal on Saturday.',
  'This morning {n} sang the solo in assembly.',
  '{n} from Year 2 represented the school.',
  "{n}'s grandparents came to our harvest service.",
  'Isobel and {n} led the assembly beautifully.',
  'So proud of {n} today.',
];

describe('a roster name in a name role is never passed silently', () => {
  it('whatever its case, accents, invisible characters or look-alike letters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...NAME_ROLE),
        fc.constantFrom('title' as const, 'lower' as const, 'upper' as const),
        fc.array(charEdit, { minLength: 1, maxLength: 8 }),
        (name, template, wholeCase, edits) => {
          const obf = obfuscate(name, wholeCase, edits);
          const text = template.replace('{n}', obf);
          const result = check({ text }, compiled);
          expect(['block', 'confirm'], JSON.stringify(text)).toContain(result.verdict);
          const at = text.indexOf(obf);
          const names = result.findings.filter((f) => f.rule === 'pupil-name' || f.rule === 'possible-pupil-name' || f.rule === 'pupil-full-name');
          expect(names.some((f) => f.start !== undefined && f.start <= at && (f.end ?? 0) >= at + obf.length), JSON.stringify(text)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);

  it('and plain text without obfuscation blocks (the evidence decides, not a guess)', () => {
    for (const name of NAMES) {
      for (const template of NAME_ROLE) {
        const text = template.replace('{n}', name);
        expect(check({ text }, compiled).verdict, text).toBe('block');
      }
    }
  });
});
