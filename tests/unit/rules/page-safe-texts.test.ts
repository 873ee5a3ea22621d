/**
 * Issue 11 item 2: what the panel on x.com shows (a finding's page-safe
 * message and hint, its attestation, its one-click fixes' labels) names no
 * roster or staff person the draft does not itself contain: X's page scripts
 * can read the panel. The full messages stay for the CLI and the options page.
 */
import { describe, expect, it } from 'vitest';
import { check, compileProfile } from '../../../rules';
import { fixesForGroup } from '../../../rules/fixes';
import { pageText } from '../../../components/panel/group-findings';
import { firstNamesOnly, pupils, staff } from '../../fixtures/name-school';

const profile = compileProfile({ settings: firstNamesOnly, pupils, staff });
const photo = [{ text: '' }];

/** Name parts that are only names: not a group's or the school's words (group names may be shown). */
const places = [firstNamesOnly.school, ...pupils.map((p) => p.group)].join(' ');
const NAME_PARTS = [
  ...new Set([...pupils.flatMap((p) => [p.forename, p.preferred ?? '', ...p.surname.split(/[\s-]+/)]), ...staff.flatMap((s) => [s.forename ?? '', s.surname])]),
].filter((n) => n.length > 2 && !places.includes(n));

function namesNotInDraft(shown: string, draft: string): string[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return NAME_PARTS.filter((n) => new RegExp(`\\b${fold(n)}\\b`, 'u').test(fold(shown)) && !fold(draft).includes(fold(n)));
}

const DRAFTS: { text: string; images?: { text: string }[] }[] = [
  { text: 'Kestrel Class on the beach', images: photo },
  { text: 'Y2 at the farm', images: photo },
  { text: 'Tobias and his model', images: photo },
  { text: 'Thanks to I. Hartley for tidying' },
  { text: 'Goal from M. Ashworth today' },
  { text: 'Well done Isobel Hartley!' },
  { text: 'Kit Ashworth helped' },
  { text: 'Peregrine won the race' },
  { text: 'Arlo read a poem' },
  { text: 'Tobias was so rude again today' },
  { text: 'Declan has ADHD and struggled today' },
  { text: 'Mrs Whitlock is useless at her job' },
  { text: 'Lovely work', images: [{ text: 'Heron Class Assembly' }] },
  { text: 'Our artists', images: [{ text: 'Well done Zoe Fairbrother' }] },
];

describe('texts the panel on x.com shows', () => {
  it.each(DRAFTS)('name no one the draft does not: $text', (draft) => {
    const { findings } = check({ text: draft.text, images: draft.images }, profile, undefined, { fixes: true });
    expect(findings.length).toBeGreaterThan(0);
    const content = [draft.text, ...(draft.images ?? []).map((i) => i.text)].join('\n');
    const fixes = fixesForGroup(findings);
    const shown = [
      ...findings.flatMap((f) => [pageText(f).message, pageText(f).hint, f.attestation ?? '', f.match]),
      ...fixes.flatMap((fix) => [fix.label, fix.replacement]),
    ].join('\n');
    expect(namesNotInDraft(shown, content)).toEqual([]);
  });
});

describe('photo-consent', () => {
  it('lists the pupils in the full message; the page-safe one counts them and the finding carries their roster positions', () => {
    const [finding] = check({ text: 'kestrel class on the beach', images: photo }, profile).findings.filter((f) => f.rule === 'photo-consent');
    expect(finding!.message).toContain('No photo consent in Kestrel Class: Tobias P. and Hazel M.');
    expect(finding!.pageMessage).toBe(
      'No photo consent in Kestrel Class: 2 pupils. Photos are only posted of children whose parents have given consent (school policy).',
    );
    expect(finding!.pageHint).toMatch(/"See who" lists them/);
    expect(finding!.listed).toEqual({ groups: ['Kestrel Class'], pupils: [1, 16] });
  });

  it('one pupil is "1 pupil"; the named pupil comes first', () => {
    const [finding] = check({ text: 'Tobias and his model', images: photo }, profile).findings.filter((f) => f.rule === 'photo-consent');
    expect(finding!.pageMessage).toMatch(/^No photo consent in the pupils named: 1 pupil\./);
    expect(finding!.listed).toEqual({ groups: [], pupils: [1] });
  });

  it('without anyone to list there is no page-safe variant (nothing to hide)', () => {
    const [finding] = check({ text: 'Heron Class at the museum', images: photo }, profile).findings.filter((f) => f.rule === 'photo-consent');
    expect(finding!.message).toMatch(/Everyone on the roster in Heron Class has photo consent/);
    expect(finding!.pageMessage).toBeUndefined();
    expect(finding!.listed).toBeUndefined();
  });
});

describe('pupil-full-name hint', () => {
  it('"I. Hartley": the full hint names Isobel, the page-safe one does not', () => {
    const [finding] = check({ text: 'Thanks to I. Hartley for tidying' }, profile).findings.filter((f) => f.rule === 'pupil-full-name');
    expect(finding!.hint).toContain("'Isobel'");
    expect(finding!.pageHint).toBe("Use the pupil's first name only, or the class: 'a pupil in Kestrel Class'.");
  });

  it('"Isobel Hartley": the page-safe hint names the first name as the draft wrote it', () => {
    const [finding] = check({ text: 'well done isobel hartley' }, profile).findings.filter((f) => f.rule === 'pupil-full-name');
    expect(finding!.pageHint).toBe("Use the first name only ('isobel') or the class: 'a pupil in Kestrel Class'.");
  });
});
