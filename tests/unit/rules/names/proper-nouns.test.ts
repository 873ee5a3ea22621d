/**
 * Proper-noun evidence (issue 20, rules/names/proper-nouns.ts), entry by
 * entry, through the real engine at an invented church primary whose pupils
 * are called Mark, Luke, John, Michael, May, June, Summer, Autumn, Sunny,
 * Holly, Ivy, Grace, Matilda, Charlie, Harry, Peter, Wilson, Aidan and Hope
 * (naming `none`: a name in a name role is blocked, an unclear one asked).
 *
 * valid: a harmless post about a book, a saint, a church, a place or the
 * weather: neither blocked (pupil-name) nor asked (possible-pupil-name).
 * invalid: the same kind of phrase with a pupil's name in a name role beside
 * it: still found.
 */
import { describe, expect, it } from 'vitest';
import { compileProfile } from '../../../../rules/engine';
import { PROPER_NOUN_ENTRIES, judgePlainName, type EvidenceEntryId } from '../../../../rules/names/name-evidence';
import { tokenize } from '../../../../rules/text/tokenize';
import { churchPupils, churchSchool, churchStaff } from '../../../fixtures/church-school';
import { bilingualPupils, bilingualSchool, bilingualStaff } from '../../../fixtures/bilingual-school';
import { ruleTester, type InvalidCase } from '../rule-tester';

const profile = compileProfile({ settings: churchSchool, pupils: churchPupils, staff: churchStaff });
const at = new Date('2026-03-04T10:00:00Z');

interface EntryCases {
  valid: string[];
  /** [text, the pupil's name found in it]: blocked by pupil-name */
  invalid: Array<[string, string]>;
  /** [text, the name asked about]: a guess, so possible-pupil-name asks (and pupil-name does not block) */
  asked?: Array<[string, string]>;
}

const BY_ENTRY: Record<string, EntryCases> = {
  'historicalFigure.epithet': {
    valid: ['A play about Peter the Great', 'John the Baptist in our RE lesson', 'Year 5 met Charlie the Chimp at the zoo'],
    invalid: [
      ['Michael the Year 4 class rep gave a speech', 'Michael'],
      ['Well done Peter the Year 5 captain', 'Peter'],
    ],
  },
  'character.story': {
    valid: ['Year 1 loved the story of Peter and the Wolf', 'The legend of Aidan and the fox is our class story', 'The tale of Charlie the brave mouse'],
    invalid: [
      ['Peter told the story of Peter and the Wolf', 'Peter'],
      ['A story by Charlie about the sea', 'Charlie'],
    ],
  },
  nameAsWord: {
    valid: ['The name Matilda means mighty in battle', 'Grace is the English word for a prayer before meals', 'Charlie comes from an old German name'],
    invalid: [
      ['Matilda means business on sports day', 'Matilda'],
      ['A girl named Matilda won the prize', 'Matilda'],
    ],
  },
  saint: {
    valid: [
      "Mass at St Mark's this morning",
      'Lovely service at St. Luke’s today',
      'Our visit to Saint John’s church',
      'Happy St Michael and All Angels day',
      "Year 3 made cards for St Aidan's day",
    ],
    invalid: [
      ["Mark read at St Mark's this morning", 'Mark'],
      ["Michael read at St Michael's", 'Michael'],
      ["Well done Luke for reading at St Luke's", 'Luke'],
    ],
  },
  gospel: {
    valid: ["Year 5 are reading Luke's Gospel", 'We read the Gospel of John in assembly', 'The Gospel according to Mark', "Mark's Gospel is the shortest"],
    invalid: [
      ["John's gospel reading was lovely, well done John!", 'John'],
      ['According to Luke, the trip was brilliant', 'Luke'],
    ],
  },
  institution: {
    valid: ["Our harvest service at St Mark's Church", 'Trip to Grace Cathedral', 'Netball against Holly Academy today', 'A friendly match with Hope Primary', 'Carols at John Street Chapel'],
    invalid: [
      ['Well done Grace! Church choir starts Monday', 'Grace'],
      ['Holly sang at the church', 'Holly'],
    ],
  },
  placePhrase: {
    valid: ['Year 6 visited the Isle of May', "Rock pools at Robin Hood's Bay", 'Lake Grace in the sunshine', 'A day out at Holly-on-Sea', 'Mount Hope was covered in snow'],
    invalid: [
      ['May and her mum went to the Isle of Wight', 'May'],
      ['Holly swam in the bay', 'Holly'],
    ],
  },
  author: {
    valid: [
      "Year 4 loved Kensuke's Kingdom by Michael Morpurgo",
      'The poet Michael Rosen visited',
      'A new book by John Agard',
      'Poems by Grace Nichols for National Poetry Day',
    ],
    invalid: [
      ['A poem by June', 'June'],
      ['A lovely story by Michael in Year 4', 'Michael'],
      ['Michael read a poem by Michael Rosen', 'Michael'],
    ],
  },
  'author.surname': {
    valid: ['Poems by Jacqueline Wilson', 'Stories by Jacqueline Hope'],
    invalid: [['Wilson read stories by Jacqueline Wilson', 'Wilson']],
  },
  character: {
    valid: ['Lots of us came as Matilda for World Book Day', 'Mrs Ellison dressed up as Willy Wonka', 'So many Harry Potter costumes today!', 'A brilliant Matilda costume'],
    invalid: [
      ['Matilda came as Matilda for World Book Day', 'Matilda'],
      ['Charlie came dressed as Willy Wonka', 'Charlie'],
      ['Sunny came as a pirate', 'Sunny'],
    ],
  },
  bookTitle: {
    valid: ['Year 2 loved *The Tale of Peter Rabbit*', 'Reading _Charlie Cook’s Favourite Book_ together'],
    invalid: [
      ['Peter read *The Gruffalo* to Reception', 'Peter'],
      ['*Well done Mark!*', 'Mark'],
      ['*Congratulations to Michael*', 'Michael'],
    ],
    asked: [['We all loved *Matilda*', 'Matilda']],
  },
  'bookTitle.titleCase': {
    valid: ['We read The Tale of Peter Rabbit', "Harry Potter and the Philosopher's Stone is our class book"],
    invalid: [
      ['Congratulations Harry and the Netball Team', 'Harry'],
      ['Thank you to Charlie and the Year 3 choir', 'Charlie'],
      ['Well done to Peter and the Natural History Club', 'Peter'],
      ['Congratulations Peter and the Natural History Club', 'Peter'],
    ],
    asked: [
      ['Peter and the Natural History Club won', 'Peter'],
      ['A trip to the Natural History Museum with Harry', 'Harry'],
      ['Year 3 read Charlie and the Chocolate Factory', 'Charlie'],
      ['Charlie and the Easter Bunny handed out eggs', 'Charlie'],
    ],
  },
  weatherPhrase: {
    valid: ['Sunny intervals this afternoon', 'sunny intervals this afternoon', 'Sunny and warm for sports day', 'Sunny spells for the fun run'],
    invalid: [
      ['Well done Sunny!', 'Sunny'],
      ['Sunny and her dad made a kite', 'Sunny'],
    ],
    asked: [['Lovely to see Sunny at the park today', 'Sunny']],
  },
  calendarPhrase: {
    valid: [
      'A June wedding for Mrs Ellison',
      'Bulbs planted for April showers',
      'Summer term begins',
      'Autumn leaves in the playground',
      'See you on the first of May',
      'May half term dates',
      // "leaves" + "for" is a verb only after a subject: not after "pressed".
      'We pressed holly leaves for our autumn collages',
    ],
    invalid: [
      ['Well done May!', 'May'],
      ['Autumn leaves at 3pm today for her dentist', 'Autumn'],
      ['So proud of June this term', 'June'],
    ],
  },
};

/**
 * The second pass of issue 20, at an invented bilingual church primary
 * (tests/fixtures/bilingual-school.ts): pupils called Seren, Eira, Haf,
 * Teifi (also a class), Rowan, Hope, Blessing, Favour, Patrick, Brigid,
 * David, Joseph, Mary, Ivy, Gwyn, Dylan, and Seun and Peggy by preference.
 */
const bilingual = compileProfile({ settings: bilingualSchool, pupils: bilingualPupils, staff: bilingualStaff });

const BILINGUAL_BY_ENTRY: Record<string, EntryCases> = {
  historicalFigure: {
    valid: ['Queen Mary and King David in our history topic', 'Year 5 made crowns for King David', 'Prince Llywelyn and the castles of Gwynedd'],
    invalid: [
      ['Mary read about Queen Victoria', 'Mary'],
      ['Well done David! King Arthur would be proud', 'David'],
    ],
  },
  'historicalFigure.nativity': {
    valid: [
      'Mary and Joseph travelled to Bethlehem in our nativity',
      'The shepherds and Mary were played by Year 1',
      'Joseph and Mary found no room at the inn',
      'The angel Gabriel visited Mary in Nazareth',
    ],
    invalid: [
      ['Mary sang beautifully in our nativity', 'Mary'],
      ['Well done Joseph for learning your lines for the nativity', 'Joseph'],
      ['Joseph was the innkeeper and made us all laugh', 'Joseph'],
      ['Mary was chosen to carry the star to Bethlehem in our nativity', 'Mary'],
      ['Mary lit the Advent candle and read a Christmas prayer', 'Mary'],
    ],
  },
  feastDay: {
    valid: ["Year 2 made Brigid's crosses", "Soda bread for Brigid's Day", 'Cawl and Welsh cakes for Gŵyl Dewi', 'Mass for the feast of Patrick'],
    invalid: [
      ["Brigid's mum came in to help", 'Brigid'],
      ["Patrick's reading has come on so much", 'Patrick'],
      ["Patrick's cross-country run was brilliant", 'Patrick'],
      ["Brigid's well deserved award", 'Brigid'],
    ],
  },
  'bookTitle.byAuthor': {
    valid: ['Year 2 loved Seren and the Moon by Jane Evans', 'Our class book is Blessing Goes to Market by Ade Ola', "Favour's Big Day by Kemi Bello is in the library"],
    invalid: [
      ['Well done Blessing by the way, what a race', 'Blessing'],
      ['A lovely poem by Hope about the sea', 'Hope'],
    ],
  },
  'bookTitle.called': {
    valid: ['A book called Blessing is our story of the week', 'We learnt a hymn called Seren yr Hwyr', 'Our class novel is titled Favour'],
    invalid: [
      ['A pupil called Favour asked a brilliant question', 'Favour'],
      ['Hope wrote a story called The Lost Cat', 'Hope'],
    ],
  },
  sungOrReadTitle: {
    valid: ['We sang Seren Bethlehem at the carol service', 'Year 4 read Rowan of Rin this week', 'The choir performed Eira Wen in assembly'],
    invalid: [
      ['We read Seren a story at lunch', 'Seren'],
      ['Seren sang Calon Lân beautifully', 'Seren'],
    ],
  },
  otherLanguage: {
    valid: ["Mae'r haf yn dod a'r plant yn hapus", 'Mae seren fach yn y nen heno', "Roedd eira ar y mynydd bore 'ma", "Nadolig llawen! Mae'r seren yn disgleirio"],
    invalid: [
      ['Well done Seren! Mae hi wedi gweithio yn galed', 'Seren'],
      ['haf sang a solo in assembly today', 'haf'],
    ],
  },
  'otherLanguage.capitalized': {
    valid: ['Diolch to everyone who came to the eisteddfod'],
    invalid: [
      ['Seren read her poem in English and Welsh', 'Seren'],
      // Praise in Welsh or Irish is still said to a child.
      ['Da iawn Seren am ganu heddiw', 'Seren'],
      ['Comhghairdeas le Brigid inniu', 'Brigid'],
    ],
    asked: [['Mae Seren yn canu heddiw', 'Seren']],
  },
  otherPerson: {
    valid: ['Year 6 learnt about Mary Seacole', 'A talk on Joseph Lister and germs', 'Patrick Kavanagh wrote poems about the fields', 'Reception read Mary Bear at story time'],
    invalid: [
      ['Patrick met David Walliams at the book fair', 'Patrick'],
      ['Mary Seacole inspired Mary to be a nurse', 'Mary'],
      ['Well done Joseph Lister-Jones!', 'Joseph'],
    ],
  },
  'placePhrase.travel': {
    valid: ['A day trip to Teifi for the whole of Year 6', 'The ferry to Teifi was cancelled', "Teifi's beaches are perfect for rock pooling", 'Pilgrims sailed across to Teifi'],
    invalid: [
      ["Teifi's reading has come on so much", 'Teifi'],
      ['Seren sailed to Teifi with her dad', 'Seren'],
      ['Well done Teifi on your trip to the castle', 'Teifi'],
    ],
  },
  'historicalFigure.scripture': {
    valid: [
      'Year 3 learnt how David beat Goliath in the Bible',
      'In RE we heard about Joseph and his coat in the Old Testament',
      'Stories of Brigid and the old Irish myths',
      'Mary is the mother of Jesus in the Gospel and in the Qur’an',
    ],
    invalid: [
      ['David read a psalm beautifully in assembly', 'David'],
      ['Mary was chosen to read from the Bible', 'Mary'],
      ['Well done Joseph for learning your Bible verse', 'Joseph'],
      ["Joseph's Bible reading was lovely", 'Joseph'],
    ],
  },
};

describe('proper-noun evidence: every entry has its cases here', () => {
  it('one table per entry of PROPER_NOUN_ENTRIES', () => {
    expect(Object.keys({ ...BY_ENTRY, ...BILINGUAL_BY_ENTRY }).sort()).toEqual(PROPER_NOUN_ENTRIES.map((e) => e.id).sort());
  });
});

for (const [id, cases] of Object.entries(BILINGUAL_BY_ENTRY)) {
  const valid = cases.valid.map((text) => ({ text, at }));
  const invalid: InvalidCase[] = cases.invalid.map(([text, name]) => ({ text, at, errors: [{ match: name }] }));
  ruleTester('pupil-name', bilingual, { valid, invalid }, `${id}: pupil-name blocks no harmless post and still finds a pupil`);
  const asked: InvalidCase[] = (cases.asked ?? []).map(([text, name]) => ({ text, at, errors: [{ match: name }] }));
  ruleTester('possible-pupil-name', bilingual, { valid, invalid: asked }, `${id}: possible-pupil-name does not ask about the harmless posts, and asks about a guess`);
  if (asked.length) ruleTester('pupil-name', bilingual, { valid: asked.map(({ text }) => ({ text, at })), invalid: [] }, `${id}: a guess is not blocked`);
}

for (const [id, cases] of Object.entries(BY_ENTRY)) {
  const valid = cases.valid.map((text) => ({ text, at }));
  const invalid: InvalidCase[] = cases.invalid.map(([text, name]) => ({ text, at, errors: [{ match: name }] }));
  ruleTester('pupil-name', profile, { valid, invalid }, `${id}: pupil-name blocks no harmless post and still finds a pupil`);
  const asked: InvalidCase[] = (cases.asked ?? []).map(([text, name]) => ({ text, at, errors: [{ match: name }] }));
  ruleTester(
    'possible-pupil-name',
    profile,
    { valid, invalid: asked },
    `${id}: possible-pupil-name does not ask about the harmless posts, and asks about a guess`,
  );
  if (asked.length) ruleTester('pupil-name', profile, { valid: asked.map(({ text }) => ({ text, at })), invalid: [] }, `${id}: a guess is not blocked`);
}

/** A roster name that is no ordinary word is judged by the proper-noun entries alone. */
const PLAIN_CASES: Array<[EvidenceEntryId, string, string]> = [
  ['saint', "Service at St Luke's", 'Luke'],
  ['gospel', "Reading Luke's Gospel", 'Luke'],
  ['institution', 'Match against Aidan Academy', 'Aidan'],
  ['placePhrase', 'Trip to Lake Matilda', 'Matilda'],
  ['author', 'Kensuke’s Kingdom by Michael Morpurgo', 'Michael'],
  ['author.surname', 'Stories by Jacqueline Wilson', 'Wilson'],
  ['character', 'Dressed up as Matilda', 'Matilda'],
  ['bookTitle', 'We loved *Matilda and the Moon*', 'Matilda'],
  ['bookTitle.titleCase', 'We read The Tale of Peter Rabbit', 'Peter'],
  ['commonNoun', 'The Aidan is the lifeboat in our story', 'Aidan'],
  ['commonNoun', 'we lit a matilda lamp', 'matilda'],
  ['commonNoun', 'Year 4 built a model Charlie puffer', 'Charlie'],
];

describe('a plain roster name (no ordinary word): proper-noun evidence only', () => {
  const roster = {
    isFirstName: (w: string) => churchPupils.some((p) => p.forename.toLowerCase() === w),
    isSurname: (w: string) => churchPupils.some((p) => p.surname.toLowerCase() === w),
    groupAt: () => false,
  };
  const judge = (text: string, word: string) => {
    const tt = tokenize(text);
    const i = tt.tokens.findIndex((t) => t.text === word);
    return judgePlainName(tt, { start: i, end: i + 1 }, word.toLowerCase(), roster);
  };
  it.each(PLAIN_CASES)('%s: %j', (id, text, word) => {
    expect(judge(text, word)).toEqual({ role: 'word', evidence: id.split('.')[0] });
  });
  it('a name in a name role stays undefined (the name rules treat it as a name)', () => {
    expect(judge('Well done Michael!', 'Michael')).toBeUndefined();
    expect(judge('Happy birthday to the brilliant Michael!', 'Michael')).toBeUndefined();
    expect(judge('The amazing Peter scored twice', 'Peter')).toBeUndefined();
    expect(judge('Luke read at church', 'Luke')).toBeUndefined();
  });
  it('"Charlie and the Chocolate Factory" reads like "Charlie and the Easter Bunny": asked, not blocked and not passed', () => {
    expect(judge('We read Charlie and the Chocolate Factory', 'Charlie')).toEqual({ role: 'unclear', evidence: 'titlePhrase' });
  });
});

/**
 * A one-word class named after a scientist whose first name a pupil has
 * (a class Newton, a pupil Isaac without name consent): "Isaac Newton" is
 * the scientist; "Isaac, Newton class" and "Isaac Newton class" are the pupil.
 */
const scienceClasses = compileProfile({
  settings: { school: 'Invented Science Academy', naming: 'first-name-only' },
  pupils: [
    { forename: 'Isaac', surname: 'Mensah', group: 'Newton', photoConsent: true, nameConsent: false },
    { forename: 'Marie', surname: 'Kowalska', group: 'Curie', photoConsent: true, nameConsent: false },
  ],
  staff: [],
});
ruleTester(
  'pupil-name',
  scienceClasses,
  {
    valid: [
      { text: 'In science we learnt how Isaac Newton explained gravity', at },
      { text: 'Marie Curie won two Nobel prizes', at },
      { text: 'Curie class made posters about Marie Curie', at },
    ],
    invalid: [
      { text: 'Isaac, Newton class star of the week!', at, errors: [{ match: 'Isaac' }] },
      { text: 'Isaac Newton class had a great day', at, errors: [{ match: 'Isaac' }] },
      { text: 'Well done Marie Curie class!', at, errors: [{ match: 'Marie' }] },
    ],
  },
  'otherPerson: a one-word class after a first name is a surname when no class word marks it',
);
