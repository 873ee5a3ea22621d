/**
 * The generated development set (scripts/devset/generate.ts) is a measure only
 * while its halves are apart: whole template families are held out, the same
 * ones in every school, and the split never changes between runs. Its scores
 * are a report (`npm run eval -- --devset`), not a test: floors on a set the
 * rules are tuned on would make it a target (issue 19).
 */
import { describe, expect, it } from 'vitest';
import { devsetHalves, familyHalves, generateDevset, splitDrafts } from '../../../../scripts/devset/generate';

const schools = generateDevset();
const halves = devsetHalves(schools);
const listOf = (family: string) => family.slice(0, family.lastIndexOf(':'));

describe('generated development set', () => {
  it('has at least 3,000 drafts, each from a template family', () => {
    const drafts = schools.flatMap((s) => s.drafts);
    expect(drafts.length).toBeGreaterThanOrEqual(3000);
    for (const d of drafts) expect(d.family, d.id).toMatch(/^[a-z-]+(?::[a-z]+)?:\d+$/);
  });

  it('is the same set, split the same way, on every run', () => {
    const again = generateDevset();
    const shape = (s: typeof schools) => s.map((school) => school.drafts.map((d) => [d.id, d.text, d.family]));
    expect(shape(again)).toEqual(shape(schools));
    expect([...devsetHalves(again)]).toEqual([...halves]);
  });

  it('puts each family wholly in one half, in every school', () => {
    for (const s of schools) {
      const split = splitDrafts(s.drafts, halves);
      expect(split.tune.length + split.held.length).toBe(s.drafts.length);
      const tuneFamilies = new Set(split.tune.map((d) => d.family));
      expect(split.held.filter((d) => tuneFamilies.has(d.family)).map((d) => d.id)).toEqual([]);
    }
  });

  it('holds out about half the families and a fair share of the drafts', () => {
    const heldFamilies = [...halves.values()].filter((h) => h === 'held').length;
    expect(heldFamilies / halves.size).toBeGreaterThan(0.4);
    expect(heldFamilies / halves.size).toBeLessThan(0.6);
    const drafts = schools.flatMap((s) => s.drafts);
    const heldDrafts = drafts.filter((d) => halves.get(d.family) === 'held').length;
    expect(heldDrafts / drafts.length).toBeGreaterThan(0.3);
    expect(heldDrafts / drafts.length).toBeLessThan(0.7);
  });

  it('has templates of every list of two or more in both halves', () => {
    const seen = new Map<string, Set<string>>();
    const sizes = new Map<string, number>();
    for (const [family, half] of halves) {
      seen.set(listOf(family), (seen.get(listOf(family)) ?? new Set()).add(half));
      sizes.set(listOf(family), (sizes.get(listOf(family)) ?? 0) + 1);
    }
    for (const [list, halvesSeen] of seen) if ((sizes.get(list) ?? 0) >= 2) expect([...halvesSeen].sort(), list).toEqual(['held', 'tune']);
  });

  it.each([
    ['two lists of two', ['a:0', 'a:1', 'b:0', 'b:1'], { tune: 2, held: 2 }],
    ['lists of one share out between the halves', ['a:0', 'b:0', 'c:0', 'd:0'], { tune: 2, held: 2 }],
    ['a family met twice counts once', ['a:0', 'a:0', 'a:1'], { tune: 1, held: 1 }],
  ])('deals families into halves: %s', (_, families, counts) => {
    const values = [...familyHalves(families).values()];
    expect({ tune: values.filter((h) => h === 'tune').length, held: values.filter((h) => h === 'held').length }).toEqual(counts);
  });

  it('refuses a draft whose family is in neither half', () => {
    const draft = { ...schools[0]!.drafts[0]!, family: 'unknown:0' };
    expect(() => splitDrafts([draft], halves)).toThrow(/unknown:0/);
  });

  it('covers every kind of ambiguous name in both roles, each pattern rule and ordinary posts', () => {
    const kinds = new Set(schools.flatMap((s) => s.drafts.map((d) => d.kind)));
    for (const k of ['name:virtue', 'name:plant', 'name:month', 'name:place', 'name:school-group-staff', 'word:virtue', 'word:plant', 'word:month', 'word:place', 'word:school', 'word:group', 'word:staff', 'word:title']) {
      expect([...kinds].some((x) => x.startsWith(k)), k).toBe(true);
    }
    for (const k of ['secret', 'secret:none', 'dob', 'sensitive', 'swear', 'tone', 'ordinary']) expect(kinds.has(k), k).toBe(true);
  });
});
