/**
 * Each piece of name evidence (rules/names/name-evidence.ts EVIDENCE), tested
 * on its own: the role it gives and that it is the evidence that decided. And
 * each entry of the ordered evidence list (EVIDENCE_ENTRIES): a case that it
 * decides, so an entry moved, removed or shadowed by another fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  EVIDENCE,
  EVIDENCE_ENTRIES,
  PLAIN_NAME_ENTRIES,
  decidingEntry,
  describeUse,
  judgeRole,
  type Ambiguity,
  type EvidenceEntryId,
  type EvidenceId,
  type NameRole,
} from '../../../../rules/names/name-evidence';
import { compileGroups } from '../../../../rules/names/groups';
import { tokenize } from '../../../../rules/text/tokenize';

const FIRST_NAMES = new Set(['sunny', 'will', 'hope', 'jack', 'mia', 'leo', 'may', 'june', 'grace', 'summer', 'rowan', 'holly', 'ivy', 'paris', 'robin', 'mark', 'amber']);
const groups = compileGroups(['Year 2', 'Owls', 'Oak Class']);
const roster = { isFirstName: (w: string) => FIRST_NAMES.has(w), isSurname: (w: string) => w === 'clarke', groupAt: groups.groupAt };
const TIME = new Set(['may', 'june', 'summer']);
// Sunny is a weather word, judged as any other word-name.
const PLACE = new Set(['rowan', 'paris']);
// Robin is also a one-word class's name ("Robin" class) in these cases.
const GROUP = new Set(['robin']);

/** The first occurrence of `word` in `text`, as the evidence sees it. */
function use(text: string, word: string) {
  const tt = tokenize(text);
  const i = tt.tokens.findIndex((t) => t.lower === word.toLowerCase());
  if (i < 0) throw new Error(`${word} not in ${text}`);
  const key = word.toLowerCase();
  const kind: Ambiguity = { time: TIME.has(key), place: PLACE.has(key), group: GROUP.has(key) };
  return { tt, span: { start: i, end: i + 1 }, key, kind };
}

/** The role of the first occurrence of `word` in `text`. */
function judge(text: string, word: string) {
  const { tt, span, key, kind } = use(text, word);
  return judgeRole(tt, span, key, kind, roster);
}

/** The entry of the evidence list that decides the first occurrence of `word` in `text`. */
function decider(text: string, word: string) {
  const { tt, span, key, kind } = use(text, word);
  return decidingEntry(describeUse(tt, span, key, kind, roster));
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
  // word role: proper nouns (more cases, valid and invalid, in proper-nouns.test.ts)
  ['saint', 'word', "Harvest service at St Mark's", 'Mark'],
  ['gospel', 'word', "Year 5 are reading Mark's Gospel", 'Mark'],
  ['institution', 'word', 'Carols at Grace Church', 'Grace'],
  ['placePhrase', 'word', 'A trip to the Isle of May', 'May'],
  ['author', 'word', 'Kensuke’s Kingdom by Mark Morpurgo', 'Mark'],
  ['character', 'word', 'Jack came as Holly for World Book Day', 'Holly'],
  ['bookTitle', 'word', 'We loved *Ivy and the Moon*', 'Ivy'],
  ['weatherPhrase', 'word', 'Sunny spells and a breeze', 'Sunny'],
  ['calendarPhrase', 'word', 'A June wedding for Mrs Clarke', 'June'],
  // word role: proper nouns, second pass of issue 20 (more cases, valid and invalid, in proper-nouns.test.ts)
  ['historicalFigure', 'word', 'Year 4 learnt about Queen Mary and her ships', 'Mary'],
  ['historicalFigure', 'word', 'Mary and Joseph travelled to Bethlehem', 'Mary'],
  ['feastDay', 'word', "Year 2 made Brigid's crosses", 'Brigid'],
  ['feastDay', 'word', 'Cawl for Gŵyl Dewi', 'Dewi'],
  ['sungOrReadTitle', 'word', 'Year 4 read Rowan of Rin', 'Rowan'],
  ['sungOrReadTitle', 'word', 'We sang Seren Bethlehem at the carol service', 'Seren'],
  ['otherLanguage', 'word', "Mae'r haf yn dod a'r plant yn hapus", 'haf'],
  ['otherLanguage', 'unclear', 'Mae Seren yn canu heddiw', 'Seren'],
  ['praiseBefore', 'name', 'Da iawn Seren am ganu heddiw', 'Seren'],
  ['otherPerson', 'word', 'Year 6 learnt about Mary Seacole', 'Mary'],
  ['nameAsWord', 'word', 'The name Hope comes from Old English', 'Hope'],
  ['nameAsWord', 'word', 'Amber is the Arabic word for a resin', 'Amber'],
  // word role: a list of things; name role: said to at the end
  ['thingList', 'word', 'Ivy, holly and fir for the wreaths', 'Ivy'],
  ['thingList', 'word', 'Hope, joy and peace this Advent', 'Hope'],
  ['addressed', 'name', 'Fantastic reading, Hope!', 'Hope'],
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

  it('every piece of evidence is documented and has a case here (a plain name\'s own evidence in proper-nouns.test.ts)', () => {
    const tested = new Set([...CASES.map(([e]) => e), ...PLAIN_NAME_ENTRIES.map((e) => e.judgement.evidence)]);
    for (const id of Object.keys(EVIDENCE)) expect(tested.has(id as EvidenceId), id).toBe(true);
    for (const text of Object.values(EVIDENCE)) expect(text.length).toBeGreaterThan(20);
  });

  it('the documented evidence ids are the ones the entries report', () => {
    const reported = new Set([...EVIDENCE_ENTRIES, ...PLAIN_NAME_ENTRIES].map((e) => e.judgement.evidence));
    expect([...reported].sort()).toEqual(Object.keys(EVIDENCE).sort());
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

/**
 * One case per entry, where that entry decides: [entry id, role, text, the
 * ambiguous word]. May, June and Summer are times; Rowan and Paris places.
 */
const ENTRY_CASES: Array<[EvidenceEntryId, NameRole, string, string]> = [
  ['saint', 'word', "Harvest service at St Mark's", 'Mark'],
  ['gospel', 'word', 'We read the Gospel of Mark', 'Mark'],
  ['institution', 'word', 'Netball against Holly Academy', 'Holly'],
  ['placePhrase', 'word', 'Rock pools at Robin Bay', 'Robin'],
  ['author', 'word', 'Poems by Grace Nichols', 'Grace'],
  ['author.surname', 'word', 'Stories by Jacqueline Hope', 'Hope'],
  ['character', 'word', 'Jack wore a Holly costume', 'Holly'],
  ['bookTitle', 'word', 'Reading _The Holly Tree Inn_ together', 'Holly'],
  ['bookTitle.titleCase', 'word', 'We are reading The Tale of Summer Mouse', 'Summer'],
  ['bookTitle.byAuthor', 'word', 'Year 2 loved Grace Goes Home by Ade Ola', 'Grace'],
  ['bookTitle.called', 'word', 'A book called Hope is our story of the week', 'Hope'],
  ['weatherPhrase', 'word', 'Sunny intervals later', 'Sunny'],
  ['calendarPhrase', 'word', 'Showers on the first of May', 'May'],
  ['historicalFigure', 'word', 'A history topic on King Mark and Queen Grace', 'Mark'],
  ['historicalFigure.nativity', 'word', 'The shepherds and Mary were played by Year 1', 'Mary'],
  ['feastDay', 'word', "Soda bread for Brigid's Day", 'Brigid'],
  ['sungOrReadTitle', 'word', 'Year 4 read Rowan of Rin', 'Rowan'],
  ['otherLanguage', 'word', 'Mae seren fach yn y nen heno', 'seren'],
  ['otherLanguage.capitalized', 'unclear', 'Mae Seren yn canu heddiw', 'Seren'],
  ['otherPerson', 'word', 'Year 6 learnt about Mary Seacole', 'Mary'],
  ['historicalFigure.epithet', 'word', 'A play about Mark the Evangelist', 'Mark'],
  ['historicalFigure.scripture', 'word', 'In RE we read how Mark appears in the Bible', 'Mark'],
  ['character.story', 'word', 'We acted out the legend of Robin Hood', 'Robin'],
  ['placePhrase.travel', 'word', 'Year 6 took the ferry to Rowan', 'Rowan'],
  ['nameAsWord', 'word', 'The name Hope comes from Old English', 'Hope'],
  ['nameList.groups', 'unclear', 'Robin and Owls walked to the park', 'Robin'],
  ['nameList.afterGroup', 'unclear', 'Owls and Robin walked to the park', 'Robin'],
  ['compound', 'word', 'Rose-tinted glasses for Holly-berry red jumpers', 'Holly'],
  ['dateContext.dayBefore', 'word', 'Open morning on 14 May', 'May'],
  ['dateContext.numberAfter', 'word', 'Open morning on May 14th', 'May'],
  ['quotedTitle', 'word', 'The choir sang ‘Amazing Grace’ beautifully', 'Grace'],
  ['praiseBefore', 'name', 'Well done Hope for your writing!', 'Hope'],
  ['praiseBefore.thankYou', 'name', 'Thank you Grace for helping', 'Grace'],
  ['praiseBefore.cueWithPreposition', 'name', 'So proud of May today', 'May'],
  ['praiseBefore.cueWithPreposition', 'name', 'Good luck to Hope in the final', 'Hope'],
  ['praiseBefore.workBy', 'name', 'A lovely poem by June about the sea', 'June'],
  ['praiseBefore.workFrom', 'name', 'Great effort from Hope in the race', 'Hope'],
  ['possessivePerson', 'name', "Rowan's grandparents came in", 'Rowan'],
  ['inGroup', 'name', 'Ivy in Oak Class built a volcano', 'Ivy'],
  ['personAfter.andPronoun', 'name', 'May and her mum baked cakes', 'May'],
  ['personAfter.pronounClause', 'name', 'Holly, she tried so hard', 'Holly'],
  ['personAfter.leavesVerb', 'name', 'Holly leaves us on Friday', 'Holly'],
  ['personAfter.participle', 'name', 'Summer has been excluded', 'Summer'],
  ['nameList', 'name', 'Hope and Jack led the assembly', 'Hope'],
  ['nameList.afterName', 'name', 'Jack and Hope led the assembly', 'Hope'],
  ['personAfter.andPeople', 'name', 'Holly and friends tidied up', 'Holly'],
  ['addressed', 'name', 'June – you were a star', 'June'],
  ['addressed.vocative', 'name', 'What a brilliant goal, Hope!', 'Hope'],
  ['thingList', 'word', 'Ivy, holly and fir for the wreaths', 'Ivy'],
  ['titlePhrase', 'word', 'Come to the Summer Fair', 'Summer'],
  ['titlePhrase.afterCapital', 'word', 'Tickets for Mamma Grace go on sale', 'Grace'],
  ['determiner', 'word', 'We share the Hope of spring', 'Hope'],
  ['schoolName', 'word', 'Proud to be at Rowan', 'Rowan'],
  ['dateContext.timePreposition', 'word', 'In full bloom by May', 'May'],
  ['dateContext.timeNounAfter', 'word', 'June half term starts Friday', 'June'],
  ['seasonPossessive', 'word', "Summer's here at last", 'Summer'],
  ['thingContext', 'word', 'Reception made Holly wreaths', 'Holly'],
  ['titlePhrase.andCommonNoun', 'word', 'Singing Holly and ivy songs', 'Holly'],
  ['timeCopula', 'word', 'Summer is nearly here', 'Summer'],
  ['personAfter.groupName', 'unclear', 'Robin went to the castle', 'Robin'],
  ['personAfter', 'name', 'Grace sang the solo', 'Grace'],
  ['determiner.adjectiveBetween', 'word', 'What a wonderful Summer it was', 'Summer'],
  ['possessivePerson.anyNoun', 'name', "We loved Grace's smile", 'Grace'],
  ['possessivePerson.lowerCase', 'unclear', "we loved grace's smile", 'grace'],
  ['addressed.punctuation', 'name', 'Grace, take a bow', 'Grace'],
  ['addressed.timeOrPlace', 'unclear', 'Paris, France is lovely', 'Paris'],
  ['verbUse', 'word', 'Mark your calendars for Friday', 'Mark'],
  ['verbUse.modal', 'word', 'Will parents please park considerately', 'Will'],
  ['modifier', 'word', 'Holly week: wear something green', 'Holly'],
  ['lowerCase', 'word', 'we hope to see you', 'hope'],
  ['lineAlone', 'name', 'Writer of the Week\nHolly\nwell done', 'Holly'],
  ['lineAlone.timeOrPlace', 'unclear', 'Writer of the Week\nMay\nwell done', 'May'],
  ['noEvidence', 'unclear', 'Lovely to see May at the fete', 'May'],
];

describe('the evidence list, entry by entry', () => {
  it.each(ENTRY_CASES)('%s decides → %s: %j', (id, role, text, word) => {
    const entry = decider(text, word);
    expect(entry.id).toBe(id);
    expect(entry.role).toBe(role);
    expect(judge(text, word)).toEqual(entry.judgement);
  });

  it('every entry has a case above, and ids are unique', () => {
    const ids = EVIDENCE_ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tested = new Set(ENTRY_CASES.map(([id]) => id));
    expect(ids.filter((id) => !tested.has(id))).toEqual([]);
    expect(ENTRY_CASES.map(([id]) => id).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('each entry reports the evidence id its own id starts with', () => {
    for (const entry of EVIDENCE_ENTRIES) expect(entry.id.split('.')[0], entry.id).toBe(entry.judgement.evidence);
  });

  it('the last entry applies to every use, so every use is judged', () => {
    const last = EVIDENCE_ENTRIES[EVIDENCE_ENTRIES.length - 1];
    expect(last?.id).toBe('noEvidence');
    for (const [, , text, word] of ENTRY_CASES) {
      const { tt, span, key, kind } = use(text, word);
      expect(last?.applies(describeUse(tt, span, key, kind, roster)), text).toBe(true);
    }
  });
});
