/**
 * Disguised swearing (issue 20 item 4): symbols, leetspeak, repeated letters
 * and spacing, on their own or inside a compound word ("bull$hit",
 * "clusterf**k", "shiiiit", "f u c k i n g"). Properties: every generated
 * disguise is found, and a clean word that merely contains a swear string
 * (Scunthorpe, cocktail, assessment) is not. The angry tone of such a post
 * counts for negative-tone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOffensive } from '../../../../rules/text/profanity';
import { check, compileProfile } from '../../../../rules/engine';

const RUNS = Number(process.env.SAFEPOST_FC_RUNS) || 200;
const AT = new Date('2026-03-04T10:00:00Z');

const WORDS = ['fuck', 'fucking', 'shit', 'crap', 'bastard', 'bollocks', 'wanker', 'bitch', 'piss', 'twat'];
/** Compounds people build round a swear word. */
const PREFIXES = ['', '', 'bull', 'cluster', 'horse', 'dip', 'mother', 'holy '];
const SUFFIXES = ['', '', 'show', 'head', 'storm', 'ing', 'ty'];
const MASKS = ['*', '#', '%', '$', '!', '@', '_'];
const LEET: Record<string, string[]> = { a: ['@', '4'], s: ['$', '5'], i: ['!', '1'], o: ['0'], e: ['3'], t: ['7'] };

type Disguise = 'mask' | 'leet' | 'repeat' | 'spaced';

/** One disguise of `word`: its inner letters masked, swapped for leet, stretched, or spaced out. */
function disguise(word: string, kind: Disguise, pick: number[], sep: string): string {
  const chars = [...word];
  switch (kind) {
    case 'mask': {
      // Keep the first and last letters; hide one or more inner ones.
      const inner = chars.length - 2;
      const n = 1 + ((pick[0] ?? 0) % Math.max(1, Math.min(inner, 3)));
      const from = 1 + ((pick[1] ?? 0) % Math.max(1, inner - n + 1));
      return chars.map((c, i) => (i >= from && i < from + n ? MASKS[(pick[2] ?? 0) % MASKS.length] : c)).join('');
    }
    case 'leet': {
      const idx = chars.findIndex((c, i) => i > 0 && LEET[c]);
      if (idx < 0) return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
      const options = LEET[chars[idx] as string]!;
      chars[idx] = options[(pick[0] ?? 0) % options.length]!;
      return chars.join('');
    }
    case 'repeat': {
      const idx = 1 + ((pick[0] ?? 0) % (chars.length - 1));
      chars[idx] = (chars[idx] as string).repeat(3 + ((pick[1] ?? 0) % 4));
      return chars.join('');
    }
    case 'spaced':
      return chars.join(sep);
  }
}

describe('offensive-language: disguised swearing', () => {
  it('finds every disguise, on its own or inside a compound word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WORDS),
        fc.constantFrom<Disguise>('mask', 'leet', 'repeat', 'spaced'),
        fc.array(fc.nat(50), { minLength: 3, maxLength: 3 }),
        fc.constantFrom(' ', '.', '-'),
        fc.constantFrom(...PREFIXES),
        fc.constantFrom(...SUFFIXES),
        fc.boolean(),
        (word, kind, pick, sep, prefix, suffix, upper) => {
          let d = disguise(word, kind, pick, sep);
          // Spaced letters stand alone; other disguises go inside compounds.
          if (kind !== 'spaced') d = `${prefix}${d}${suffix}`;
          if (upper) d = d.toUpperCase();
          const text = `Honestly, what a ${d} this morning was.`;
          const hits = findOffensive(text);
          const at = text.indexOf(d);
          expect(hits.some((h) => h.start < at + d.length && at < h.end), text).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  const CLEAN = [
    'Scunthorpe', 'Penistone', 'Cockermouth', 'cocktail', 'peacock', 'shuttlecock', 'assessment', 'assembly', 'class',
    'grasshopper', 'passage', 'massive', 'compass', 'Essex', 'Sussex', 'Middlesex', 'shiitake', 'therapist', 'analyst',
    'document', 'Dickens', 'Hitchcock', 'arsenal', 'arsenic', 'scrap', 'skyscraper', 'cockerel', 'bassoon', 'embassy',
    'Hancock', 'titmouse', 'blue tits', 'pussy willow', 'sodium', 'idiom', 'Moroccan', 'cassette', 'brass', 'glass',
  ];

  it('leaves clean words that contain a swear string alone (the Scunthorpe problem)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CLEAN), fc.constantFrom('lower', 'upper', 'title', 'as is'), fc.constantFrom('We visited {w} today!', '{w}: what a lovely morning.', 'Year 3 loved the {w} lesson'), (w, c, frame) => {
        const word = c === 'lower' ? w.toLowerCase() : c === 'upper' ? w.toUpperCase() : c === 'title' ? w[0]!.toUpperCase() + w.slice(1) : w;
        const text = frame.replace('{w}', word);
        expect(findOffensive(text), text).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('counts the angry tone of a post with disguised swearing', () => {
    const profile = compileProfile();
    for (const text of [
      'What a clusterf**k this morning was with the buses.',
      'Parents parking on the zigzags again. Absolute bull$hit.',
      'The new system is a total sh*tshow.',
      'f u c k i n g printer broke again',
    ]) {
      const rules = check({ text, at: AT }, profile).findings.map((f) => f.rule);
      expect(rules, text).toContain('offensive-language');
      expect(rules, text).toContain('negative-tone');
    }
  });
});
