/**
 * Each piece of page evidence (rules/names/page-evidence.ts PAGE_EVIDENCE),
 * tested on its own: the words it vouches for in a photo's lines, that it is
 * the entry that decided, and the engine's verdict with the photo attached
 * (name-with-photo blocks; the photo-consent tick cannot clear it).
 */
import { describe, expect, it } from 'vitest';
import { check, compileProfile } from '../../../../rules/engine';
import { PAGE_EVIDENCE, PAGE_EVIDENCE_ENTRIES, pageMentions, type PageEvidenceId } from '../../../../rules/names/page-evidence';
import type { ImageLine } from '../../../../rules/types';
import type { Pupil } from '../../../../rules/profile/schema';

const pupil = (forename: string, surname: string, group: string): Pupil =>
  ({ forename, surname, preferred: '', group, photoConsent: true, nameConsent: true }) as Pupil;
const pupils = [
  pupil('Bryn', 'Ormerod', 'Year 2'),
  pupil('Holly', 'Tranter', 'Year 2'),
  pupil('Otis', 'Quayle', 'Oak Class'),
  pupil('May', 'Fennimore', 'Year 2'),
  pupil('Autumn', 'Marwood', 'Oak Class'),
  pupil('Mabel', 'Lovell', 'Oak Class'),
];
const staff = [{ title: 'Mrs', forename: 'Joanne', surname: 'Holly' }];
const compiled = compileProfile({ settings: { school: 'Brookmere Primary School', naming: 'first-name-only' }, pupils, staff } as never);

/** A photographed page: one line under another, each 6 % of the height. */
function page(...texts: string[]): { text: string; lines: ImageLine[] } {
  const lines = texts.map((text, i) => ({ text, box: { x: 0.1, y: 0.1 + i * 0.08, w: 0.6, h: 0.06 } }));
  return { text: texts.join('\n'), lines };
}

const AT = new Date('2026-03-04T10:00:00Z');

const NAMED: ReadonlyArray<[PageEvidenceId, string[], string]> = [
  ['label', ['Name:Bryn', 'Adding to 20'], 'Bryn'],
  ['label', ['name: holly', 'Date: 3rd March'], 'holly'],
  ['label', ['name - holly'], 'holly'],
  ['label', ['NAME OTIS', 'Spelling test'], 'OTIS'],
  ['label', ['Pupil: Mabel'], 'Mabel'],
  ['label', ['child: autumn'], 'autumn'],
  ['label', ['Fractions', 'by may'], 'may'],
  ['label', ['Author - MABEL'], 'MABEL'],
  ['label', ['Awarded to Holly'], 'Holly'],
  ['label', ['PRESENTED TO MAY'], 'MAY'],
  ['label', ['This certificate belongs to autumn'], 'autumn'],
  ['label', ['Date: 4 May   Name: Bryn'], 'Bryn'],
  ['label', ['Name: Bryn Ormerod'], 'Bryn Ormerod'],
  ['certificateLine', ['READING CHAMPION', 'May', 'finished the reading ladder'], 'May'],
  ['certificateLine', ['Certificate of Achievement', 'Autumn', 'for kindness'], 'Autumn'],
  ['certificateLine', ['WRITER OF THE WEEK', 'holly - Year 2'], 'holly'],
  ['shortLine', ['holly'], 'holly'],
  ['shortLine', ['OTIS'], 'OTIS'],
  ['shortLine', ['Bryn', 'Mabel', 'Otis'], 'Bryn'],
  ['shortLine', ['- Mabel -'], 'Mabel'],
  ['shortLine', ['MAY'], 'MAY'],
  ['shortLine', ['Autumn', 'Bryn'], 'Autumn'],
];

describe('page evidence: each entry names the pupil, whatever the case or spacing', () => {
  it.each(NAMED)('%s: %j → %s', (id, texts, name) => {
    const found = pageMentions(page(...texts), compiled.roster);
    const m = found.find((f) => f.match === name);
    expect(m, JSON.stringify(found)).toBeDefined();
    expect(m!.page).toBe(id);
    expect(m!.role).toBeUndefined();
  });

  it.each(NAMED)('%s: %j blocks with the photo, even once the consent box is ticked', (_id, texts, name) => {
    const result = check({ text: 'Look at this!', images: [page(...texts)], at: AT }, compiled);
    const named = result.findings.filter((f) => f.rule === 'name-with-photo' && f.source === 'image');
    expect(named.map((f) => f.match)).toContain(name);
    expect(named.every((f) => f.severity === 'block')).toBe(true);
    expect(result.verdict).toBe('block');
    // The finding points at the line in the picture, for the card's box and its "Cover name".
    expect(named[0]!.boxes?.length).toBeGreaterThan(0);
  });

  it('every documented entry has a case above', () => {
    expect(new Set(NAMED.map(([id]) => id))).toEqual(new Set(Object.keys(PAGE_EVIDENCE)));
    expect(PAGE_EVIDENCE_ENTRIES.map((e) => e.id).sort()).toEqual(Object.keys(PAGE_EVIDENCE).sort());
  });
});

const NOT_NAMED: ReadonlyArray<[string, string[]]> = [
  ['a plant on a label line is not a name', ['holly leaves', 'holly wreath']],
  ['a phrase with a capital after it', ['Autumn Fair', 'Saturday 4 July']],
  ['a label with no roster name after it', ['Name: ____________', 'Date:']],
  ['a label word used in a sentence', ['Name of the book: The Gruffalo']],
  ['a staff member on a door sign', ['Mrs Holly', 'Headteacher']],
  ['a group, not a pupil', ['Oak Class']],
  ['a worksheet with no name', ['Adding to 20', '7 + 8 =', '12 + 5 =']],
];

describe('page evidence: what is not a name', () => {
  it.each(NOT_NAMED)('%s', (_why, texts) => {
    const result = check({ text: 'Look at this!', images: [page(...texts)], at: AT }, compiled);
    expect(result.findings.filter((f) => f.rule === 'name-with-photo' || f.rule === 'pupil-name')).toEqual([]);
  });
});

describe('page evidence: a month, season or place alone stays a question', () => {
  it('"May" above dates, with no certificate or label: possible-pupil-name asks with its own attestation', () => {
    const result = check({ text: 'Our calendar', images: [page('May', '1 2 3 4 5 6 7')], at: AT }, compiled);
    expect(result.findings.some((f) => f.rule === 'name-with-photo')).toBe(false);
    const asked = result.findings.find((f) => f.rule === 'possible-pupil-name');
    expect(asked?.severity).toBe('confirm');
    expect(asked?.attestation).toMatch(/not a pupil/);
    const consent = result.findings.find((f) => f.rule === 'photo-consent');
    expect(consent?.attestation).not.toBe(asked?.attestation);
    expect(consent?.attestation).toMatch(/faces only/);
  });
});
