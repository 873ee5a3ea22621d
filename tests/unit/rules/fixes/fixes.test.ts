/**
 * One-click fixes, table-driven: the draft, which finding, and the text the
 * draft must read after each fix offered (best first). Fixes come with the
 * findings from the real engine (each rule suggests its own), so a fix is
 * tested on what the panel really shows.
 */
import { describe, expect, it } from 'vitest';
import { ALL_RULES, check, compileProfile, type CompiledProfile, type Pupil, type Rule, type RuleId } from '../../../../rules';
import { applyFixToText, fixesForGroup } from '../../../../rules/fixes';
import { removeFix, replaceFix, inCaseOf, startsSentence } from '../../../../rules/fixes/edit';

/** The compose panel's check: with the fixes the rules suggest. */
const WITH_FIXES = { fixes: true };

const hours = { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as ('Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun')[], start: '00:00', end: '23:59', timezone: 'Europe/London' };
const PUPILS: Pupil[] = [
  { forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true },
  { forename: 'Bartholomew', surname: 'Quayle', preferred: 'Barty', group: 'Year 5', photoConsent: false, nameConsent: true },
  { forename: 'Ione', surname: 'Fairweather', group: 'Year 3', photoConsent: true, nameConsent: false },
  { forename: 'Perdita', surname: 'Lamb', group: 'Oak Class', photoConsent: true, nameConsent: true },
  { forename: 'Perdita', surname: 'Hartnell', group: 'Ash Class', photoConsent: true, nameConsent: false },
  { forename: 'Wilf', surname: 'Stannard', group: '', photoConsent: true, nameConsent: true },
];

function profile(naming: 'first-name-only' | 'none' = 'first-name-only'): CompiledProfile {
  return compileProfile({ version: 1, settings: { school: 'Hollowmere Primary', naming, hours }, pupils: PUPILS, staff: [] });
}

/** The texts the draft reads after each fix offered for the finding of `rule` on `match`. */
function fixed(text: string, rule: RuleId, match: string, options: { naming?: 'first-name-only' | 'none'; images?: number } = {}): string[] {
  const compiled = profile(options.naming);
  const images = Array.from({ length: options.images ?? 0 }, () => ({ text: '' }));
  const { findings } = check({ text, images }, compiled, ALL_RULES, WITH_FIXES);
  const finding = findings.find((f) => f.rule === rule && f.match === match);
  if (!finding) throw new Error(`no ${rule} finding on "${match}": ${findings.map((f) => `${f.rule}:${f.match}`).join(', ')}`);
  return (finding.fixes ?? []).map((fix) => applyFixToText(text, fix));
}

describe('pupil names', () => {
  it.each<[string, string, RuleId, string, string[], { naming?: 'first-name-only' | 'none'; images?: number }?]>([
    ['full name, first names allowed, consent', 'Well done Tamsin Okonkwo-Reyes today', 'pupil-full-name', 'Tamsin Okonkwo-Reyes', ['Well done Tamsin today', 'Well done a pupil in Year 4 today']],
    ['possessive keeps its ’s', "Tamsin Okonkwo-Reyes's painting won", 'pupil-full-name', 'Tamsin Okonkwo-Reyes', ["Tamsin's painting won", "A pupil in Year 4's painting won"]],
    ['surname first, lower case: the roster spelling', 'congratulations to okonkwo-reyes, tamsin!', 'pupil-full-name', 'okonkwo-reyes, tamsin', ['congratulations to Tamsin!', 'congratulations to a pupil in Year 4!']],
    ['the name written is kept (legal name, not the preferred)', 'Bartholomew Quayle scored', 'pupil-full-name', 'Bartholomew Quayle', ['Bartholomew scored', 'A pupil in Year 5 scored']],
    // The fix's label is shown in x.com's page: no first name the teacher never typed (issue 11).
    ['initial and surname: no first name the draft lacks, only the group', 'Goal from B. Quayle', 'pupil-full-name', 'B. Quayle', ['Goal from a pupil in Year 5']],
    ['no name consent: only the group', 'Ione Fairweather read aloud', 'pupil-full-name', 'Ione Fairweather', ['A pupil in Year 3 read aloud']],
    ['first name alone without consent (pupil-name)', 'Lovely work Ione', 'pupil-name', 'Ione', ['Lovely work a pupil in Year 3']],
    ['naming none: only the group', 'Tamsin Okonkwo-Reyes won', 'pupil-full-name', 'Tamsin Okonkwo-Reyes', ['A pupil in Year 4 won'], { naming: 'none' }],
    ['an image attached: no name at all', 'Tamsin Okonkwo-Reyes won', 'pupil-full-name', 'Tamsin Okonkwo-Reyes', ['A pupil in Year 4 won'], { images: 1 }],
    ['first name shared with a pupil without consent', 'Perdita Lamb sang', 'pupil-full-name', 'Perdita Lamb', ['A pupil in Oak Class sang']],
    ['no group in the roster', 'Wilf Stannard sang', 'pupil-full-name', 'Wilf Stannard', ['Wilf sang', 'A pupil sang']],
  ])('%s', (_name, text, rule, match, expected, options) => {
    expect(fixed(text, rule, match, options)).toEqual(expected);
  });

  it('a first name inside an e-mail address gets no name fix (removing the address is the fix)', () => {
    const text = 'Write to tamsin@example.com';
    const compiled = profile();
    const { findings } = check({ text }, compiled, ALL_RULES, WITH_FIXES);
    const inAddress = findings.filter((f) => f.match.toLowerCase() === 'tamsin');
    expect(inAddress.length).toBeGreaterThan(0);
    for (const f of inAddress) expect(f.fixes).toBeUndefined();
    const fixes = fixesForGroup(findings);
    expect(fixes.map((f) => applyFixToText(text, f))).toEqual(['Write to']);
  });
});

describe('personal details and codes', () => {
  it.each<[string, string, RuleId, string, string[]]>([
    ['phone number mid-sentence', 'Call 07700 900562 today', 'personal-data', '07700 900562', ['Call today']],
    ['phone number before a full stop', 'Questions? Ring 01632 960123.', 'personal-data', '01632 960123', ['Questions? Ring.']],
    ['e-mail address at the end', 'Questions to office@hollowmere.sch.uk', 'personal-data', 'office@hollowmere.sch.uk', ['Questions to']],
    ['door code', 'The gate code is 4512 today', 'safeguarding-secret', '4512', ['The gate code is today']],
    ['meeting id', 'Zoom meeting id 812 3456 7890 thanks', 'safeguarding-secret', '812 3456 7890', ['Zoom meeting id thanks']],
  ])('%s', (_name, text, rule, match, expected) => {
    expect(fixed(text, rule, match)).toEqual(expected);
  });

  it('postcodes and addresses keep the hint only (removing them breaks the sentence)', () => {
    const text = 'Meet at 12 Acacia Avenue, LS19 6QP';
    const compiled = profile();
    const { findings } = check({ text }, compiled, ALL_RULES, WITH_FIXES);
    const pd = findings.filter((f) => f.rule === 'personal-data');
    expect(pd.length).toBeGreaterThan(0);
    for (const f of pd) expect(f.fixes).toBeUndefined();
  });
});

describe('text-speak', () => {
  it.each<[string, string, string, string[]]>([
    ['spelt out', 'Gr8 work today', 'Gr8', ['Great work today']],
    ['lower case mid-sentence', 'What a gr8 day', 'gr8', ['What a great day']],
    ['capitals stay capitals', 'THX everyone', 'THX', ['THANK YOU everyone']],
    ['two words', 'Back 2moro with more', '2moro', ['Back tomorrow with more']],
    ['a lone u', 'So proud of u all', 'u', ['So proud of you all']],
    ['c u', 'Fun day, c u on Monday', 'c u', ['Fun day, see you on Monday']],
    ['lol is taken out', 'What a day lol', 'lol', ['What a day']],
    ['lol before punctuation', 'Muddy but happy lol!', 'lol', ['Muddy but happy!']],
    ['ambiguous: no fix', 'Thanks for ur help', 'ur', []],
  ])('%s', (_name, text, match, expected) => {
    expect(fixed(text, 'text-speak', match)).toEqual(expected);
  });
});

describe('edits', () => {
  it.each<[string, number, number, string]>([
    ['a b c', 2, 3, 'a c'],
    ['lol great', 0, 3, 'great'],
    ['great lol', 6, 9, 'great'],
    ['great lol.', 6, 9, 'great.'],
    ['one\nlol two', 4, 7, 'one\ntwo'],
    ['x', 0, 1, ''],
  ])('remove %j [%i, %i) → %j', (text, start, end, expected) => {
    expect(applyFixToText(text, removeFix(text, start, end, 'Remove'))).toBe(expected);
  });

  it('capitalises at a sentence start only', () => {
    expect(startsSentence('Hi. a', 4)).toBe(true);
    expect(startsSentence('Hi a', 3)).toBe(false);
    expect(replaceFix('x', 0, 1, 'a pupil', 'Say').replacement).toBe('A pupil');
    expect(inCaseOf('Thx', 'thank you')).toBe('Thank you');
  });
});

/** Which rules suggest fixes, on a draft where each does: the fixes must come from that rule alone. */
const SUGGESTING: [RuleId, string, string][] = [
  ['pupil-full-name', 'Well done Tamsin Okonkwo-Reyes today', 'Tamsin Okonkwo-Reyes'],
  ['pupil-name', 'Lovely work Ione', 'Ione'],
  ['identifiable-name', 'Lovely work Bartholomew', 'Bartholomew'],
  ['name-with-photo', 'Tamsin at the fair', 'Tamsin'],
  ['targeted-comment', 'Tamsin, you must try harder', 'Tamsin'],
  ['personal-data', 'Call 07700 900562 today', '07700 900562'],
  ['safeguarding-secret', 'The gate code is 4512 today', '4512'],
  ['text-speak', 'What a gr8 day', 'gr8'],
];

describe('every fix comes from the rule that found the problem', () => {
  const compiled = compileProfile({ version: 1, settings: { school: 'Hollowmere Primary', naming: 'first-name-only', hours, rules: { 'identifiable-name': 'warn', 'targeted-comment': 'warn' } }, pupils: PUPILS, staff: [] });
  const rule = (id: RuleId): Rule => ALL_RULES.find((r) => r.id === id)!;

  it.each(SUGGESTING)('%s suggests its fixes with its finding: %j', (id, text, match) => {
    const images = id === 'name-with-photo' ? [{ text: '' }] : [];
    const alone = check({ text, images }, compiled, [rule(id)], WITH_FIXES).findings.find((f) => f.match === match);
    expect(alone?.fixes?.length).toBeGreaterThan(0);
    const together = check({ text, images }, compiled, ALL_RULES, WITH_FIXES).findings.find((f) => f.rule === id && f.match === match);
    expect(together?.fixes).toEqual(alone?.fixes);
  });

  it('a check not asked for fixes builds none (the CLI, the request guard)', () => {
    for (const [, text] of SUGGESTING) {
      const images = [{ text: '' }];
      expect(check({ text, images }, compiled).findings.filter((f) => f.fixes)).toEqual([]);
    }
  });

  it('a rule that suggests nothing leaves its findings without fixes', () => {
    const suggesting = new Set(SUGGESTING.map(([id]) => id));
    const drafts = [...SUGGESTING.map(([, text]) => text), 'Disappointing results, the ref was useless', 'Ur all amazing'];
    for (const text of drafts) {
      for (const f of check({ text, images: [{ text: 'Tamsin Okonkwo-Reyes 07700 900562' }] }, compiled, ALL_RULES, WITH_FIXES).findings) {
        if (!suggesting.has(f.rule) || f.source === 'image') expect({ rule: f.rule, source: f.source, fixes: f.fixes }).toEqual({ rule: f.rule, source: f.source, fixes: undefined });
      }
    }
  });

  it.each<[string, (text: string) => readonly { start: number; end: number; replacement: string; label: string; original: string }[]]>([
    ['throws', () => {
      throw new Error('broken fix');
    }],
    ['offered for a text its span does not fit', () => [{ start: 0, end: 3, replacement: 'x', label: 'x', original: 'abc' }]],
  ])('a suggestion that %s costs the fix, never the finding', (name, suggest) => {
    const probe: Rule = {
      id: 'text-speak',
      meta: rule('text-speak').meta,
      scope: 'segment',
      // The span is shifted for the second case: the engine must not offer fixes whose match the text does not hold.
      check: (segment) => [{ match: name.startsWith('offered') ? 'zzz' : 'gr8', start: 7, end: 10, data: { match: 'gr8', standard: 'great' }, suggest: () => suggest(segment.text) }],
    };
    const { findings, verdict } = check({ text: 'What a gr8 day' }, compiled, [probe], WITH_FIXES);
    expect(verdict).toBe('warn');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.fixes).toBeUndefined();
  });
});
