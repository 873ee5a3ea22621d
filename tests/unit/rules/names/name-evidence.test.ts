/**
 * Each piece of name evidence (rules/names/name-evidence.ts EVIDENCE), tested
 * on its own: the role it gives and that it is the evidence that decided.
 */
import { describe, expect, it } from 'vitest';
import { EVIDENCE, judgeRole, type Ambiguity, type EvidenceId, type NameRole } from '../../../../rules/names/name-evidence';
import { compileGroups } from '../../../../rules/names/groups';
import { tokenize } from '../../../../rules/text/tokenize';

const FIRST_NAMES = new Set(['will', 'hope', 'jack', 'mia', 'leo', 'may', 'june', 'grace', 'summer', 'rowan', 'holly', 'ivy', 'paris', 'robin', 'mark', 'amber']);
const groups = compileGroups(['Year 2', 'Owls', 'Oak Class']);
const roster = { isFirstName: (w: string) => FIRST_NAMES.has(w), isSurname: (w: string) => w === 'clarke', groupAt: groups.groupAt };
const TIME = new Set(['may', 'june', 'summer']);
const PLACE = new Set(['rowan', 'paris']);

/** The role of the first occurrence of `word` in `text`. */
function judge(text: string, word: string) {
  const tt = tokenize(text);
  const i = tt.tokens.findIndex((t) => t.lower === word.toLowerCase());
  if (i < 0) throw new Error(`${word} not in ${text}`);
  const key = word.toLowerCase();
  const kind: Ambiguity = { time: TIME.has(key), place: PLACE.has(key) };
  return judgeRole(tt, { start: i, end: i + 1 }, key, kind, roster);
}

const CASES: Array<[EvidenceId, NameRole, string, string]> = [
  // name role
  ['praiseBefore', 'name', 'Well done Hope for your writing!', 'Hope'],
  ['praiseBefore', 'name', 'well done hope', 'hope'],
  ['praiseBefore', 'name', 'Thank you Grace for helping', 'Grace'],
  ['praiseBefore', 'name', 'So proud of May today', 'May'],
  ['praiseBefore', 'name', 'A lovely poem by June about the sea', 'June'],
  ['personAfter', 'name', 'Grace sang the solo', 'Grace'],
  ['personAfter', 'name', 'May and her mum baked cakes', 'May'],
  ['personAfter', 'name', 'Summer has been excluded', 'Summer'],
  ['personAfter', 'name', 'Holly and friends tidied up', 'Holly'],
  ['inGroup', 'name', 'Rowan from Year 2 represented the school', 'Rowan'],
  ['inGroup', 'name', 'Ivy in Oak Class built a volcano', 'Ivy'],
  ['possessivePerson', 'name', "Rowan's grandparents came in", 'Rowan'],
  ['possessivePerson', 'name', "We loved Summer's painting", 'Summer'],
  ['nameList', 'name', 'Hope and Jack led the assembly', 'Hope'],
  ['nameList', 'name', 'Mia, Grace and Leo are champions', 'Grace'],
  ['addressed', 'name', 'Holly, what a brilliant race!', 'Holly'],
  ['addressed', 'name', 'June – you were a star', 'June'],
  ['lineAlone', 'name', 'Writer of the Week\nHolly\nwell done', 'Holly'],
  ['lineAlone', 'name', 'Writer of the Week\nMay\nYear 2', 'May'],
  // word role
  ['compound', 'word', 'Holly-berry red jumpers', 'Holly'],
  ['titlePhrase', 'word', 'Come to the Summer Fair', 'Summer'],
  ['titlePhrase', 'word', 'Singing Holly and ivy songs', 'Holly'],
  ['quotedTitle', 'word', 'The choir sang ‘Amazing Grace’ beautifully', 'Grace'],
  ['dateContext', 'word', 'Open morning on 14 May', 'May'],
  ['dateContext', 'word', 'Open morning on May 14th', 'May'],
  ['dateContext', 'word', 'In full bloom by May', 'May'],
  ['dateContext', 'word', 'June half term starts Friday', 'June'],
  ['determiner', 'word', 'We share the Hope of spring', 'Hope'],
  ['determiner', 'word', 'What a wonderful Summer it was', 'Summer'],
  ['thingContext', 'word', 'Reception made Holly wreaths', 'Holly'],
  ['thingContext', 'word', 'Amber weather warning today', 'Amber'],
  ['verbUse', 'word', 'Hope you have a lovely break', 'Hope'],
  ['verbUse', 'word', 'Mark your calendars for Friday', 'Mark'],
  ['timeCopula', 'word', 'Summer is nearly here', 'Summer'],
  ['schoolName', 'word', 'Proud to be at Rowan', 'Rowan'],
  ['schoolName', 'word', 'Year 6 are learning about Paris', 'Paris'],
  ['seasonPossessive', 'word', "Summer's here at last", 'Summer'],
  ['modifier', 'word', 'Summer safety talk for Year 2', 'Summer'],
  ['modifier', 'word', 'Holly week: wear something green', 'Holly'],
  ['modifier', 'word', 'Summer reading challenge starts today', 'Summer'],
  ['verbUse', 'word', 'Will parents please park considerately', 'Will'.toLowerCase() === 'will' ? 'Will' : 'Will'],
  ['praiseBefore', 'name', 'Great effort from Hope in the race', 'Hope'],
  // weak
  ['lowerCase', 'word', 'we hope to see you', 'hope'],
  ['noEvidence', 'unclear', 'Lovely to see May at the fete', 'May'],
  ['noEvidence', 'unclear', 'Photos with Paris at the match', 'Paris'],
];

describe('name evidence', () => {
  it.each(CASES)('%s → %s: %j', (evidence, role, text, word) => {
    expect(judge(text, word)).toEqual({ role, evidence });
  });

  it('every piece of evidence is documented and has a case here', () => {
    const tested = new Set(CASES.map(([e]) => e));
    for (const id of Object.keys(EVIDENCE)) expect(tested.has(id as EvidenceId), id).toBe(true);
    for (const text of Object.values(EVIDENCE)) expect(text.length).toBeGreaterThan(20);
  });

  it('-s, -ing and -ed words after it may be verbs: unclear, not a word', () => {
    expect(judge('Holly reading in the library', 'Holly').role).toBe('unclear');
    expect(judge('Ivy paints beautifully', 'Ivy').role).toBe('unclear');
  });

  it('case and position alone never make a name: a capitalised word with no evidence is unclear, not a name', () => {
    expect(judge('We saw Amber at lunch', 'Amber').role).toBe('unclear');
    expect(judge('Amber at lunch', 'Amber').role).toBe('unclear');
  });

  it('a place or month addressed without words said to a person stays unclear', () => {
    expect(judge('Paris, France is lovely', 'Paris').role).not.toBe('name');
  });
});
