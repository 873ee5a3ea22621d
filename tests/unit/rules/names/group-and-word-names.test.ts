/**
 * Issue 20, second pass, through the real engine at an invented bilingual
 * church primary (tests/fixtures/bilingual-school.ts), where a class is
 * called Teifi and so is a pupil, and many first names are also words
 * (Hope, Blessing, Favour, Seren) or saints (Patrick, Brigid, David).
 *
 * - A first name with that pupil's surname is always a full name, whatever
 *   the first name is (a word, a saint, a class's name).
 * - A one-word class's name is the class where a class word marks it
 *   ("Teifi class", "Dosbarth Teifi"), and judged by the evidence elsewhere.
 * - A list of things led by a word-name is the things (`thingList`).
 * - Praise, a comma, then the name at the end is said to that child
 *   (`addressed.vocative`), and so a targeted comment.
 */
import { compileProfile } from '../../../../rules/engine';
import { bilingualFirstNames, bilingualPupils, bilingualSchool, bilingualStaff } from '../../../fixtures/bilingual-school';
import { ruleTester } from '../rule-tester';

const none = compileProfile({ settings: bilingualSchool, pupils: bilingualPupils, staff: bilingualStaff });
const firstNames = compileProfile({ settings: bilingualFirstNames, pupils: bilingualPupils, staff: bilingualStaff });
const at = new Date('2026-03-04T10:00:00Z');
const d = (text: string) => ({ text, at });
const e = (text: string, ...matches: string[]) => ({ text, at, errors: matches.map((match) => ({ match })) });

ruleTester(
  'pupil-full-name',
  firstNames,
  {
    valid: [d('Teifi class visited the castle'), d('Hope and joy at our carol service'), d('Seun and Peggy led the assembly')],
    invalid: [
      e('Well done Teifi Rowlands!', 'Teifi Rowlands'),
      e('Teifi Rowlands and Conwy class went to the beach', 'Teifi Rowlands'),
      e('Hope Adebayo read beautifully', 'Hope Adebayo'),
      e('Blessing Okonjo won the race', 'Blessing Okonjo'),
      e('Favour Nwachukwu, what a goal!', 'Favour Nwachukwu'),
      e("Great work from Patrick O'Sullivan today", "Patrick O'Sullivan"),
      e('Seun Adeyemi won the race', 'Seun Adeyemi'),
      e("Peggy D'Arcy sang a solo", "Peggy D'Arcy"),
      e('Rowan Bevan from Rowan Class won the poetry prize', 'Rowan Bevan'),
    ],
  },
  'a first name with that pupil\'s surname is always a full name (word-names, saints, a class\'s name, preferred names)',
);

ruleTester(
  'pupil-name',
  none,
  {
    valid: [
      d('Teifi class visited the castle'),
      d('Dosbarth Teifi enjoyed the trip'),
      d('Teifi pupils made bara brith'),
      d('Rowan Class planted bulbs'),
      d('Teifi and Conwy classes walked to the castle'),
      d('Ivy, holly and fir branches for our wreaths'),
      d('Hope, joy and peace this Advent'),
    ],
    invalid: [
      e('Well done Teifi!', 'Teifi'),
      e('Congratulations to Teifi for her poem', 'Teifi'),
      e('Teifi and her brother baked a cake', 'Teifi'),
      e('Teifi and Seren built a den', 'Teifi', 'Seren'),
      e('Ivy, you were brilliant today', 'Ivy'),
      e('Hope led the assembly today', 'Hope'),
      e('Blessing read her poem in assembly', 'Blessing'),
      e('Patrick scored the winning goal', 'Patrick'),
      e('Fantastic reading, Blessing!', 'Blessing'),
      e('What a goal, Favour.', 'Favour'),
    ],
  },
  'a class\'s name is the class only where a class word marks it; a list of things is things; praise then ", Name!" is a child',
);

ruleTester(
  'possible-pupil-name',
  none,
  {
    valid: [d('Teifi class visited the castle'), d('Ivy, holly and fir branches for our wreaths')],
    // A one-word class's name with only a person verb after it may be the class: asked, not blocked.
    invalid: [e('Teifi went on a trip to the castle', 'Teifi')],
  },
  'a class\'s name with a person verb after it is asked about',
);

ruleTester(
  'targeted-comment',
  firstNames,
  {
    valid: [d('Well done Teifi class!'), d('Fantastic reading, Year 3!')],
    invalid: [
      e('Fantastic reading, Blessing!', 'Blessing'),
      e('Well done Teifi!', 'Teifi'),
      e('Well done Seun!', 'Seun'),
      e("Well done Peggy D'Arcy", "Peggy D'Arcy"),
      e('Congratulations to Patrick for his brilliant goal', 'Patrick'),
      e('Brilliant singing, Hope!', 'Hope'),
      // Praise in Welsh and Irish, and a few more English phrasings of it.
      e("Maith thú Patrick O'Sullivan!", "Patrick O'Sullivan"),
      e("Da iawn Peggy D'Arcy!", "Peggy D'Arcy"),
      e('Llongyfarchiadau Seun!', 'Seun'),
      e('Favour got full marks in the spelling test', 'Favour'),
      e('Good luck to David in the final', 'David'),
      e('Pob lwc Dylan yn y ras!', 'Dylan'),
      e('Go n-éirí leat Patrick sa chluiche', 'Patrick'),
    ],
  },
  'praise aimed at a pupil with a word-name, a saint\'s name, a class\'s name or a preferred name',
);

ruleTester(
  'pupil-name',
  none,
  {
    valid: [
      d('Trip to Llyn Teifi, Afon Conwy and Cwm Idwal'),
      d('We visited Rowan Castle and the Teifi Museum'),
      d('A walk up Moel Eira today'),
      d('Nadolig llawen i chi gyd, seren'),
    ],
    invalid: [e('Teifi and Haf swam in Llyn Padarn', 'Teifi', 'Haf'), e('Well done Haf! Trip to Afon Conwy next week', 'Haf')],
  },
  'Welsh and Irish landforms before a place\'s name, and places after it, are places (placePhrase)',
);

/** A school named after a saint: the saint's name alone is a person (a pupil may be named after her), never the school's place. */
const saintSchool = compileProfile({
  settings: { school: "St Brigid's Catholic Primary School", naming: 'none' },
  pupils: bilingualPupils,
  staff: bilingualStaff,
});
ruleTester(
  'pupil-name',
  saintSchool,
  {
    valid: [d("Mass at St Brigid's this morning"), d("Welcome to St Brigid's!")],
    invalid: [e('Good luck to Brigid in the final', 'Brigid'), e('Thank you to Brigid for tidying up', 'Brigid')],
  },
  'a pupil named after the school\'s saint is a pupil, not the school',
);
