/**
 * Generated development set for detection quality (issue 9). Four fictional
 * schools, each with a roster the generator makes, and labelled drafts built
 * from templates written for SafePost (none of the shared corpora's
 * sentences): every kind of ambiguous roster name (ordinary words, months,
 * places, words of the school's, a group's or a staff member's name) in name
 * and word roles, in many contexts, cases and positions; each pattern rule's
 * phrasings; and the ordinary posts schools write.
 *
 * Seeded: the same seed gives the same set. Every draft belongs to a template
 * family (one template, with every name, group, case and prefix it is filled
 * with), and whole families go to the `tune` half or the `held` half, by a
 * second fixed seed, the same family in every school. A held-out draft so never
 * shares its sentence shape with a tuning draft, and the gap between the
 * halves shows how far the rules were fitted to the shapes they were tuned on.
 * Rules and thresholds are tuned on `tune` only; `held` and the shared corpora
 * are only measured (`npm run eval -- --devset` reports both halves and the gap).
 *
 *   npx tsx scripts/devset/generate.ts [outDir]   (default .test-results/devset)
 *
 * writes <outDir>/<school>/{settings.json,pupils.csv,staff.csv,tune.jsonl,held.jsonl}
 * in the RULES.md formats, drafts with `expect` as in ../shared/eval.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEVSET_SEED = 20260309;
export const SPLIT_SEED = 9;

export { seeded as rng } from '../lib/random';
import { seeded as rng } from '../lib/random';

type Rand = () => number;
const pickIndex = (r: Rand, xs: readonly unknown[]): number => Math.floor(r() * xs.length);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[pickIndex(r, xs)] as T;

export type Verdict = 'ok' | 'warn' | 'confirm' | 'block';
export interface DevDraft {
  id: string;
  text: string;
  at: string;
  expect: { verdict: Verdict; rules: string[]; allow: string[] };
  /** What the draft exercises (for reports): "name:word:praise", "word:month:date", "secret", "ordinary". */
  kind: string;
  /**
   * The template it was made from, "<list>:<index>" ("name-praise:3",
   * "word-month:0", "secret:5"): the unit of the tune/held split.
   */
  family: string;
}
export interface DevPupil {
  forename: string;
  surname: string;
  group: string;
  photo: boolean;
  name: boolean;
}
export interface DevSchool {
  slug: string;
  settings: { school: string; accounts: string[]; naming: 'none' | 'first-name-only'; hours: unknown; rules: Record<string, string> };
  pupils: DevPupil[];
  staff: Array<{ title: string; forename: string; surname: string }>;
  drafts: DevDraft[];
}

// ---------------------------------------------------------------- rosters

/** Given names that are not English words (fictional rosters; any ordinary names would do). */
const PLAIN_NAMES = [
  'Oliver', 'Amelia', 'Noah', 'Isla', 'Leo', 'Freya', 'Arthur', 'Ava', 'Theo', 'Evie', 'Oscar', 'Mia',
  'Harry', 'Ella', 'George', 'Sophia', 'Archie', 'Isabella', 'Alfie', 'Emily', 'Finley', 'Zara', 'Ethan',
  'Maya', 'Reuben', 'Niamh', 'Tobias', 'Aisha', 'Kacper', 'Priya', 'Callum', 'Eliza', 'Dylan', 'Hannah',
  'Rhys', 'Imogen', 'Yusuf', 'Layla', 'Jakub', 'Chloe', 'Samuel', 'Esme', 'Ibrahim', 'Matilda', 'Ryan',
  'Nadia', 'Elliot', 'Thea', 'Harvey', 'Aaliyah', 'Jenson', 'Orla', 'Ezra', 'Sienna', 'Kai', 'Lucia',
];
const SURNAMES = [
  'Ashdown', 'Bellamy', 'Carrow', 'Dunmore', 'Ellery', 'Fairbrother', 'Gadsby', 'Hollins', 'Ingleby',
  'Jessop', 'Kershaw', 'Lindqvist', 'Mallory', 'Northcott', 'Okafor', 'Pemberton', 'Quayle', 'Radcliffe',
  'Sandeman', 'Thorne', 'Underwood', 'Varga', 'Whitlock', 'Yardley', 'Zielinski', 'Abiodun', 'Brennan',
  'Castellano', 'Drummond', 'Eastwood', 'Fenwick', 'Grayling', 'Haworth', 'Iqbal', 'Kowalczyk', 'Latimer',
];

/** Ambiguous names by kind, and the senses the word templates use. */
type Sense = 'plant' | 'season' | 'month' | 'virtue' | 'verb' | 'gem' | 'place' | 'animal' | 'nature';
const AMBIGUOUS: Record<string, Sense> = {
  Hope: 'virtue', Grace: 'virtue', Joy: 'virtue', Faith: 'virtue',
  Mark: 'verb', Will: 'verb', Jack: 'verb', Frank: 'verb', Penny: 'verb', Miles: 'verb',
  Holly: 'plant', Ivy: 'plant', Poppy: 'plant', Hazel: 'plant', Daisy: 'plant', Lily: 'plant', Rose: 'plant', Olive: 'plant', Willow: 'plant', Rowan: 'plant',
  Summer: 'season', Autumn: 'season',
  May: 'month', June: 'month', April: 'month', August: 'month',
  Amber: 'gem', Ruby: 'gem', Jade: 'gem',
  Robin: 'animal', Wren: 'animal',
  River: 'nature', Sky: 'nature', Storm: 'nature',
  Paris: 'place', India: 'place', Jordan: 'place', Georgia: 'place', Sydney: 'place', Florence: 'place',
};

interface SchoolPlan {
  slug: string;
  school: string;
  short: string; // the school's own distinctive word(s), also a pupil's name
  account: string;
  naming: 'none' | 'first-name-only';
  groups: string[];
  /** A pupil whose name is a word of a group's name. */
  groupWordPupil: string;
  /** A pupil who shares a staff member's first name, and that staff member. */
  staffNamePupil: string;
  staffSurname: string;
}

const PLANS: SchoolPlan[] = [
  { slug: 'st-aidan', school: "St Aidan's CE Primary School", short: 'Aidan', account: '@StAidansCE', naming: 'none', groups: ['Owls', 'Kestrels', 'Robins', 'Year 2', 'Year 4', 'Year 6'], groupWordPupil: 'Robin', staffNamePupil: 'Grace', staffSurname: 'Pemberton' },
  { slug: 'rowan-vale', school: 'Rowan Vale Academy', short: 'Rowan', account: '@RowanValeAcad', naming: 'first-name-only', groups: ['Willow Class', 'Hazel Class', 'Oak Class', 'Year 3', 'Year 5'], groupWordPupil: 'Willow', staffNamePupil: 'Faith', staffSurname: 'Okafor' },
  { slug: 'kingsley-marsh', school: 'Kingsley Marsh Infant School', short: 'Kingsley', account: '@KingsleyMarsh', naming: 'none', groups: ['Ladybirds', 'Wrens', 'Year 1', 'Year 2'], groupWordPupil: 'Wren', staffNamePupil: 'Mark', staffSurname: 'Haworth' },
  { slug: 'holly-bank', school: 'Holly Bank Junior School', short: 'Holly', account: '@HollyBankJS', naming: 'first-name-only', groups: ['Year 3', 'Year 4', 'Year 5', 'Year 6'], groupWordPupil: 'Hazel', staffNamePupil: 'Joy', staffSurname: 'Latimer' },
];

function makeRoster(r: Rand, plan: SchoolPlan): DevPupil[] {
  const pupils: DevPupil[] = [];
  const add = (forename: string, name: boolean) =>
    pupils.push({ forename, surname: pick(r, SURNAMES), group: pick(r, plan.groups), photo: r() > 0.1, name });
  // Every ambiguous name, the school's own word, the group word and the staff first name:
  // under first-name-only, with no name consent, so naming them is a block.
  const special = new Set([...Object.keys(AMBIGUOUS), plan.short, plan.groupWordPupil, plan.staffNamePupil]);
  for (const n of special) add(n, plan.naming === 'none');
  while (pupils.length < 160) add(pick(r, PLAIN_NAMES), r() > 0.05);
  return pupils;
}

// ---------------------------------------------------------------- templates



/** Name role: every template carries evidence that it names a child. {n} the name, {o} another pupil, {g} a group. */
const NAME_ROLE: Array<[string, string]> = [
  ['praise', 'Well done {n} for a fantastic piece of writing today!'],
  ['praise', 'well done {n} on your swimming certificate'],
  ['praise', 'Huge congratulations to {n}, who reached the county final.'],
  ['praise', 'Thank you {n} for helping tidy the library at lunchtime.'],
  ['praise', 'Big thanks to {n} for organising the cake stall!'],
  ['praise', 'A lovely poem by {n} about the autumn leaves.'],
  ['praise', 'Congratulations {n} – you have earned your pen licence!'],
  ['praise', 'So proud of {n} for reading in front of the whole school.'],
  ['verb', '{n} scored the winning goal at the tournament on Saturday.'],
  ['verb', '{n} and her mum baked forty cupcakes for the fair.'],
  ['verb', '{n} read her poem aloud in assembly this morning.'],
  ['verb', '{n} has been chosen for the district choir.'],
  ['verb', 'At the gala {n} swam a personal best in the relay.'],
  ['verb', 'This morning {n} showed the class how to tie a reef knot.'],
  ['verb', '{n} wrote a brilliant letter to the council about litter.'],
  ['verb', 'Look what {n} made in forest school today!'],
  ['verb', '{n} brought in her hedgehog drawings to share.'],
  ['group', '{n} from {g} represented the school at the cross-country.'],
  ['group', '{n} in {g} built an erupting volcano for science week.'],
  ['possessive', "{n}'s mum sent in photos of the residential trip."],
  ['possessive', "{n}'s grandparents came in for our Grandparents' Afternoon."],
  ['possessive', "We all loved {n}'s painting of the harbour."],
  ['list', '{n} and {o} led our harvest assembly beautifully.'],
  ['list', '{o}, {n} and {o2} are this week’s reading champions.'],
  ['list', 'Reading champions this week: {o} and {n}.'],
  ['address', '{n}, what a brilliant effort at sports day!'],
  ['address', '{n} – you were a star on stage last night.'],
  ['line', 'Writer of the Week\n{n}\n{g}'],
];

/** "name-praise:0": name templates are split by their kind of evidence, so each kind has templates in both halves. */
const nameFamily = (k: number) => `name-${(NAME_ROLE[k] as [string, string])[0]}:${k}`;

/** Word role, by sense. {W} the word capitalised, {w} lower case. */
const WORD_ROLE: Record<Sense, string[]> = {
  plant: [
    'Reception planted {w} in the wildlife garden this week.',
    'The {w} by the front gate is in full bloom.',
    'Year 1 made {w} chains on the field at lunchtime.',
    'Look at the {W} flowers our gardening club grew!',
    'We pressed {w} leaves for our autumn collages.',
    'Please do not pick the {w} in the sensory garden.',
    'Our art display uses {w} and ferns from the woodland walk.',
  ],
  season: [
    'Our {W} Fair raised £640 for new playground equipment.',
    'Have a lovely {w} break, everyone!',
    'The {w} term clubs list is now on the website.',
    '{W} is nearly here: please send in sun hats and water bottles.',
    'Year 2 are writing {w} poems this week.',
    'A wonderful {W} concert from the choir today.',
    'See you all after the {W} holidays!',
    'Welcome back after half term – {w} has arrived!',
  ],
  month: [
    'Our next open morning is on 14 {W}.',
    'The garden will be in full bloom by {W}.',
    'Swimming lessons start in {W} for Year 4.',
    'Tickets for the {W} concert go on sale next week.',
    'Save the date: {W} 22nd is our sponsored walk.',
    'Applications close at the end of {W}.',
    '{W} half term begins on Friday.',
    'The Year 6 residential is booked for {W} 2027.',
    'From {W} the breakfast club will open at 7:45.',
  ],
  virtue: [
    'We {w} you all have a restful weekend.',
    'Our value this half term is {w}: being kind when it is hard.',
    'The choir sang ‘Amazing {W}’ at the carol service.',
    'Thank you for the {w} and kindness shown to our visitors.',
    '{W} and kindness were this week’s assembly theme.',
    'A {w}-filled morning at our harvest festival.',
  ],
  verb: [],
  gem: [
    '{W} weather warning: the school will close at 1pm.',
    'The {w} beads in the maths area need sorting.',
    'Year 5 found out how {w} is formed in science.',
    'Our {W} Award goes to the class with the best attendance.',
  ],
  animal: [
    'A {w} built a nest in the wildlife area!',
    'Year 2 counted the birds: a {w}, two blackbirds and a jay.',
    'The {w} feeder outside the library is popular this week.',
    'Big Garden Birdwatch: who spotted a {w} today?',
  ],
  nature: [
    'Our {w} study trip is on Thursday: wellies please.',
    'What a {w} this morning! Please bring coats.',
    'The {w} over the playing field looked amazing at home time.',
    'Year 4 measured the {w} level at the ford.',
  ],
  place: [
    'Year 6 are learning about {W} in geography this term.',
    'Our trip to {W} was the highlight of the languages week.',
    'Postcards from {W} are on display in the hall.',
    'This week’s food tasting: dishes from {W}.',
    'Madame Roux told us all about life in {W}.',
  ],
};

/** Words used as verbs or nouns have senses of their own. */
const VERB_SENSES: Record<string, string[]> = {
  Mark: ['Mark your calendars: sports day is on Friday 3 July.', 'Please mark the date on the permission slip.', 'Teachers will mark the mock papers this week.'],
  Will: ['Will you be joining us at the summer fete?', 'We will share photos on Friday.', 'Where there is a will, there is a way!'],
  Jack: ['Year 2 made a jack-in-the-box in DT.', 'The class book this term is ‘Jack and the Beanstalk’.', 'We had to jack up the minibus to change a tyre!'],
  Frank: ['Thank you for the frank and honest feedback in the survey.', 'To be frank, the weather has not been kind to us.'],
  Penny: ['Every penny raised goes to the new library.', 'The penny dropped in today’s maths lesson!'],
  Miles: ['Year 6 ran 10 miles between them for charity.', 'Miles of smiles at sports day today!'],
};

/** Kinds of month/plant/etc. word uses of the roster names, beyond the sense lists: songs and titles. */
const TITLE_ROLE = [
  'The choir sang ‘{W} and the Snowman’ at the winter concert.',
  'Year 3 are reading ‘The {W} Tree’ as their class book.',
  'Year 5 performed “{W} Rising” at the arts evening.',
];

/** Used where the word has no sense in WORD_ROLE: the school's own name and group words. */
const SCHOOL_WORD_ROLE = [
  'Welcome to {S}!',
  'A busy week at {S}: see the newsletter for photos.',
  'Proud to be part of {S}.',
  '{S} Chess Club meets on Mondays in the library.',
  'Come and see what we do at {S} on our open morning.',
];
const GROUP_ROLE = [
  '{g} visited the Roman museum today.',
  'Well done to {g} for the best attendance this week!',
  '{g} have been busy making bird feeders.',
];
const STAFF_ROLE = [
  'Thank you to {staff} for running the book fair.',
  'Welcome to {staff}, who joins us as our new SENCo.',
];

/** Unclear uses for the teacher to answer: capitalised mid-sentence with nothing either way. */
// (Not in the set: their right answer depends on who is meant.)

// ---------------------------------------------------------------- pattern rules

interface Labelled { text: string; verdict: Verdict; rules: string[]; allow?: string[]; kind: string }

const SECRET_POSITIVE = [
  'Gate code from Monday: {code}.',
  'From Monday the side gate code is {code}.',
  '{code} is the new gate code from Monday.',
  'The keypad code for the staff room changes to {code} on Friday.',
  'Reminder: the door code is now {code}',
  'Wi-Fi password for parents evening: {pw}',
  'The password for the hall laptop is now {pw}.',
  "It's now {pw} for the Wi-Fi – please don't share it.",
  'PIN for the office printer: {code}',
  'Meeting ID 845 2291 0073, passcode {code}',
  'Guest wifi key is {pw} until Friday.',
  'New pin code for the gate - {code}',
];
const SECRET_NEGATIVE = [
  'Children need their user name and password to continue this practice at home.',
  'Please do not share your password with anyone.',
  'The Zoom link and passcode will be emailed to parents.',
  'Forgotten your password? Use the reset link on the parent portal.',
  'The gate code will be sent by text message.',
  'In computing, Year 4 compared long passphrases with short ones.',
  'Remember your login details for Times Tables Rock Stars over the holidays!',
];
const DOB_POSITIVE = [
  'Our oldest visitor, Mrs Edna Thorne, was born 4 April 1936.',
  'Happy birthday to our caretaker, born on 12/03/1961!',
  'Lost property: a book bag labelled DOB 04.05.2018.',
  'The new pupil in Year 2 was born on the 3rd of May 2019.',
  'Date of birth: 17 September 2016 – please check the form.',
];
const DOB_NEGATIVE = [
  'Our school was founded on 4 April 1936.',
  'Born to Read week starts on Monday 9 March.',
  'The new library opened on 12/03/2024.',
];
const SENSITIVE_POSITIVE = [
  'One of the {g} with autism found the fire drill very hard today.',
  'A {g} pupil who has ADHD will have a quiet space in the hall.',
  'The {g} pupil whose mum is in hospital is being looked after by us.',
  'A child in {g} with epilepsy needs the room kept cool.',
  'One of our {g} whose parents are separating is finding things difficult.',
  'A {g} pupil is on a fixed-term exclusion after a fight.',
];
const SENSITIVE_NEGATIVE = [
  'Autism Awareness Week: {g} made posters about being kind.',
  '{g} learned about diabetes in science today.',
  'Reminder: we are a nut-free school because of allergies.',
  'Head lice are going round – please check your child’s hair this weekend.',
  'Mental Health Week: {g} talked about feelings.',
];
const SWEAR_POSITIVE = [
  'FFS the car park is full again',
  'ffs who left the gate open',
  'WTF happened to the heating today',
  'What the f*ck is going on with the buses',
];
const SWEAR_NEGATIVE = [
  'FS2 had a brilliant time at the farm.',
  'FSM vouchers will be sent out on Friday.',
  'Our Ofsted report is now on the website.',
  'Scunthorpe United visited for a football workshop.',
];
/**
 * Negative posts (Forefield: never "personal or upsetting tweets"). The first
 * five carry a complaint or debate phrase; the rest say it with sentiment
 * words alone, so only the score thresholds (rules/text/tone.ts) catch them.
 */
const TONE_POSITIVE = [
  'Their behaviour on the trip was embarrassing.',
  'Honestly, the parking at pick-up is a disgrace.',
  'Very disappointed that so few parents came to the meeting. Shameful.',
  'Some parents are being ridiculous about the new uniform rules.',
  'Are school uniforms a waste of money? Let us know your views.',
  'What an awful, miserable afternoon. Nothing went right.',
  'Honestly the worst parents evening we have ever had. Dreadful.',
  'Such a stupid decision by the council to cut our bus route.',
  'A horrible, ugly mess left in the hall after the party.',
  'Really annoyed and frustrated by the constant parking on the zigzags.',
  'The new lunch menu is a total failure and the children hate it.',
  'Pathetic turnout from families at the concert tonight.',
  'Worst sports day ever: chaos, tears and angry parents.',
];
/** Neutral news, some of it with words that are negative out of context: must not read as negative. */
const TONE_NEGATIVE = [
  'Sports day moves to next Tuesday as the field is waterlogged.',
  'Please remember to label school jumpers.',
  'The trip was a great success despite the rain.',
  'Unfortunately the pool is closed for repairs this week.',
  'Bad weather means no outdoor PE today; bring trainers for the hall.',
  'The old boiler has failed, so the engineer is coming tomorrow.',
  'No swimming this week as the pool heating has broken down.',
  'The fire alarm test is at 10am, so please do not worry.',
  'The Year 4 play about a grumpy giant and a terrible storm was brilliant.',
  'A nasty cold is going round, so keep poorly children at home.',
  'Year 5 found out why volcanoes are so destructive.',
  'Our assembly was about how to handle anger and worry.',
];
/** Swearing that also reads as negative: negative-tone must fire as well as offensive-language. */
const SWEAR_TONE = [
  'Bloody awful traffic at drop-off this morning',
  'What a crap start to the week',
  'Sh*t day for the football team, lost 5-0',
  'The bloody photocopier has jammed again, so newsletters come tomorrow',
];
/** Swearing in praise: offensive, but not negative in tone. */
const SWEAR_CHEERFUL = [
  'F***ing brilliant concert tonight, well done everyone',
  'Bloody good match from the under 11s',
  'Bloody marvellous effort from Year 5 at the gala',
];

const ORDINARY = [
  'Year 5 had a brilliant day at the science museum!',
  'Snow has closed the school today. Keep warm, everyone.',
  'Our Year 6 netball team won their league match 12–4.',
  'Thank you for your generous donations to the food bank.',
  'Book Fair all week in the library: open after school until 4pm.',
  'Reminder: PE kits needed on Tuesdays and Thursdays.',
  'The choir sang beautifully at the care home today.',
  'Non-uniform day on Friday for Children in Need: £1 donation.',
  'Please check the weather and send your child with a waterproof coat.',
  'Our harvest collection raised 212 tins for the local food bank.',
  'Year 2 are reading The Lighthouse Keeper’s Lunch.',
  'Cake sale after school on Thursday: all proceeds to the PTA.',
  'The pantomime trip leaves at 9:15 – please be on time.',
  'Flu vaccinations for all year groups next Wednesday.',
  'A reminder that head lice are common at this time of year.',
  'Please let the office know about any new allergies.',
  'Parents’ evening bookings open on Monday.',
  'Year 3 sang songs from Matilda at the end-of-term concert.',
  'Our football tournament was rained off: new date to follow.',
  'Fundraising total for the sponsored read: £1,380!',
];

// ---------------------------------------------------------------- assembly

const WEEKDAY_TIMES = ['2026-03-09T10:15:00+00:00', '2026-03-10T13:40:00+00:00', '2026-03-11T09:05:00+00:00', '2026-03-12T15:30:00+00:00', '2026-03-13T11:20:00+00:00'];
const CODES = ['7392', '4471', '1948', '5521', '8036', '2619'];
const PASSWORDS = ['bluebird42', 'Owl$2024', 'Kestrel!88', 'sunflower7', 'Maple#19'];

function fill(t: string, v: Record<string, string>): string {
  return t.replace(/\{(\w+)\}/g, (whole, k: string) => v[k] ?? whole);
}

/** Case and position variants that keep the evidence: as written, a prefix before it, all lower case, all caps. */
function variants(r: Rand, text: string, lowerOk: boolean): string[] {
  const out = [text];
  const prefix = pick(r, ['Today: ', 'Update – ', 'News from school! ', '📣 ', 'Friday round-up: ']);
  out.push(prefix + text);
  if (lowerOk) out.push(text.toLowerCase());
  if (r() < 0.3) out.push(text.toUpperCase());
  return out;
}

export function generateSchool(plan: SchoolPlan, seed: number): DevSchool {
  const r = rng(seed);
  const pupils = makeRoster(r, plan);
  const staff = [
    { title: 'Mrs', forename: plan.staffNamePupil, surname: plan.staffSurname },
    { title: 'Mr', forename: 'Daniel', surname: 'Ashworth' },
    { title: 'Miss', forename: 'Laura', surname: 'Quinn' },
    { title: 'Ms', forename: 'Helen', surname: 'Marchetti' },
  ];
  const drafts: DevDraft[] = [];
  let n = 0;
  const push = (text: string, verdict: Verdict, rules: string[], allow: string[], kind: string, family: string) => {
    drafts.push({ id: `${plan.slug}-${++n}`, text, at: pick(r, WEEKDAY_TIMES), expect: { verdict, rules, allow }, kind, family });
  };
  const namePupils = pupils.filter((p) => !p.name);
  const plainOthers = PLAIN_NAMES.filter((x) => pupils.some((p) => p.forename === x));
  const nameAllow = ['targeted-comment', 'identifiable-name', 'possible-pupil-name', 'sensitive-detail'];
  const groupOf = (name: string) => pupils.find((p) => p.forename === name)?.group ?? plan.groups[0] as string;

  // Ambiguous names in the name role (all of them lack consent or naming is none → block).
  const ambiguousHere = [...Object.keys(AMBIGUOUS), plan.short, plan.groupWordPupil, plan.staffNamePupil];
  for (const name of new Set(ambiguousHere)) {
    if (!namePupils.some((p) => p.forename === name) && plan.naming !== 'none') continue;
    for (const [k, [evidence, t]] of NAME_ROLE.entries()) {
      if (r() < 0.45) continue; // a sample of templates per name keeps the set balanced
      const text = fill(t, { n: name, o: pick(r, plainOthers), o2: pick(r, plainOthers), g: groupOf(name) });
      const lowerOk = evidence === 'praise' || evidence === 'list' || evidence === 'group';
      for (const v of variants(r, text, lowerOk).slice(0, 1 + Math.floor(r() * 2))) {
        push(v, 'block', ['pupil-name'], nameAllow, `name:${AMBIGUOUS[name] ?? 'school-group-staff'}:${evidence}`, nameFamily(k));
      }
    }
  }
  // Ambiguous names in the word role.
  for (const [name, sense] of Object.entries(AMBIGUOUS)) {
    const templates = [
      ...WORD_ROLE[sense].map((t, k) => [t, `word-${sense}:${k}`] as const),
      ...(VERB_SENSES[name] ?? []).map((t, k) => [t, `verb-${name.toLowerCase()}:${k}`] as const),
    ];
    for (const [t, family] of templates) {
      const text = fill(t, { W: name, w: name.toLowerCase() });
      for (const v of variants(r, text, false).slice(0, 1 + Math.floor(r() * 2))) push(v, 'ok', [], ['negative-tone'], `word:${sense}`, family);
    }
    if (r() < 0.5) {
      const k = pickIndex(r, TITLE_ROLE);
      push(fill(TITLE_ROLE[k] as string, { W: name }), 'ok', [], [], 'word:title', `title:${k}`);
    }
  }
  for (const [k, t] of SCHOOL_WORD_ROLE.entries()) push(fill(t, { S: r() < 0.5 ? plan.school : plan.short }), 'ok', [], [], 'word:school', `school-word:${k}`);
  for (const g of plan.groups) for (const [k, t] of GROUP_ROLE.entries()) push(fill(t, { g }), 'ok', [], ['targeted-comment'], 'word:group', `group:${k}`);
  for (const [k, t] of STAFF_ROLE.entries()) push(fill(t, { staff: `Mrs ${plan.staffNamePupil} ${plan.staffSurname}` }), 'ok', [], [], 'word:staff', `staff:${k}`);

  // Plain (unambiguous) names: always names.
  for (const name of plainOthers.slice(0, 12)) {
    const consent = pupils.filter((p) => p.forename === name).every((p) => p.name);
    const k = pickIndex(r, NAME_ROLE);
    const [, t] = NAME_ROLE[k] as [string, string];
    const text = fill(t, { n: name, o: pick(r, plainOthers), o2: pick(r, plainOthers), g: groupOf(name) });
    if (plan.naming === 'none' || !consent) push(text, 'block', ['pupil-name'], nameAllow, 'name:plain', nameFamily(k));
  }

  // Pattern rules.
  const group = () => pick(r, plan.groups);
  const addAll = (list: readonly string[], make: (t: string) => Labelled, times: number) => {
    for (const [i, t] of list.entries()) for (let k = 0; k < times; k++) {
      const l = make(fill(t, { code: pick(r, CODES), pw: pick(r, PASSWORDS), g: group() }));
      push(l.text, l.verdict, l.rules, l.allow ?? [], l.kind, `${l.kind}:${i}`);
    }
  };
  addAll(SECRET_POSITIVE, (text) => ({ text, verdict: 'block', rules: ['safeguarding-secret'], kind: 'secret' }), 3);
  addAll(SECRET_NEGATIVE, (text) => ({ text, verdict: 'ok', rules: [], allow: ['negative-tone'], kind: 'secret:none' }), 2);
  addAll(DOB_POSITIVE, (text) => ({ text, verdict: 'block', rules: ['personal-data'], allow: ['staff-opinion'], kind: 'dob' }), 2);
  addAll(DOB_NEGATIVE, (text) => ({ text, verdict: 'ok', rules: [], kind: 'dob:none' }), 2);
  addAll(SENSITIVE_POSITIVE, (text) => ({ text, verdict: 'block', rules: ['sensitive-detail'], allow: ['negative-tone'], kind: 'sensitive' }), 3);
  addAll(SENSITIVE_NEGATIVE, (text) => ({ text, verdict: 'ok', rules: [], kind: 'sensitive:none' }), 2);
  addAll(SWEAR_POSITIVE, (text) => ({ text, verdict: 'block', rules: ['offensive-language'], allow: ['negative-tone', 'text-speak'], kind: 'swear' }), 2);
  addAll(SWEAR_NEGATIVE, (text) => ({ text, verdict: 'ok', rules: [], kind: 'swear:none' }), 2);
  addAll(SWEAR_TONE, (text) => ({ text, verdict: 'block', rules: ['offensive-language', 'negative-tone'], allow: ['text-speak'], kind: 'swear:tone' }), 2);
  addAll(SWEAR_CHEERFUL, (text) => ({ text, verdict: 'block', rules: ['offensive-language'], allow: ['text-speak'], kind: 'swear:cheerful' }), 2);
  addAll(TONE_POSITIVE, (text) => ({ text, verdict: 'warn', rules: ['negative-tone'], kind: 'tone' }), 2);
  addAll(TONE_NEGATIVE, (text) => ({ text, verdict: 'ok', rules: [], kind: 'tone:none' }), 2);
  addAll(ORDINARY, (text) => ({ text, verdict: 'ok', rules: [], allow: ['negative-tone'], kind: 'ordinary' }), 3);

  return {
    slug: plan.slug,
    settings: {
      school: plan.school,
      accounts: [plan.account],
      naming: plan.naming,
      hours: { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], start: '08:00', end: '18:00', timezone: 'Europe/London' },
      rules: { 'identifiable-name': 'off' },
    },
    pupils,
    staff,
    drafts,
  };
}

export function generateDevset(seed = DEVSET_SEED): DevSchool[] {
  return PLANS.map((plan, k) => generateSchool(plan, seed + k * 7919));
}

export type Half = 'tune' | 'held';

/** "name-praise:3" → "name-praise": the template list a family comes from. */
const listOf = (family: string) => family.slice(0, family.lastIndexOf(':'));

/**
 * Which half each template family goes to. The families of each template
 * list are shuffled by `seed` and dealt alternately, the deal running on from
 * one list to the next, so every list with two or more templates has some in
 * each half and the lists of one template are shared out between the halves.
 * Depends only on the set of families, never on a school, so a family is
 * held out in every school.
 */
export function familyHalves(families: Iterable<string>, seed = SPLIT_SEED): Map<string, Half> {
  const r = rng(seed);
  const byList = new Map<string, string[]>();
  for (const f of new Set(families)) byList.set(listOf(f), [...(byList.get(listOf(f)) ?? []), f]);
  const halves = new Map<string, Half>();
  let deal = 0;
  for (const list of [...byList.keys()].sort()) {
    const members = (byList.get(list) as string[]).sort();
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [members[i], members[j]] = [members[j] as string, members[i] as string];
    }
    for (const f of members) halves.set(f, deal++ % 2 === 0 ? 'tune' : 'held');
  }
  return halves;
}

/** The families of every school of the development set, split into halves. */
export function devsetHalves(schools: readonly DevSchool[], seed = SPLIT_SEED): Map<string, Half> {
  return familyHalves(schools.flatMap((s) => s.drafts.map((d) => d.family)), seed);
}

/** A school's drafts by the half their family is in. */
export function splitDrafts(drafts: readonly DevDraft[], halves: ReadonlyMap<string, Half>): Record<Half, DevDraft[]> {
  const split: Record<Half, DevDraft[]> = { tune: [], held: [] };
  for (const d of drafts) {
    const half = halves.get(d.family);
    if (!half) throw new Error(`draft ${d.id}: family ${d.family} is in neither half`);
    split[half].push(d);
  }
  return split;
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function pupilsCsv(pupils: readonly DevPupil[]): string {
  const yn = (b: boolean) => (b ? 'Y' : 'N');
  return ['Forename,Surname,Preferred Forename,Group,Photo Consent,Name Consent', ...pupils.map((p) => [p.forename, p.surname, '', p.group, yn(p.photo), yn(p.name)].map(csvCell).join(','))].join('\n') + '\n';
}

export function staffCsv(staff: DevSchool['staff']): string {
  return ['Title,Forename,Surname', ...staff.map((s) => [s.title, s.forename, s.surname].map(csvCell).join(','))].join('\n') + '\n';
}

export function draftsJsonl(drafts: readonly DevDraft[]): string {
  return drafts.map((d) => JSON.stringify({ id: d.id, text: d.text, at: d.at, expect: d.expect, kind: d.kind, family: d.family })).join('\n') + '\n';
}

export function writeDevset(outDir: string, seed = DEVSET_SEED): { schools: number; drafts: number; tune: number; held: number } {
  let drafts = 0;
  let tune = 0;
  let held = 0;
  const schools = generateDevset(seed);
  const halves = devsetHalves(schools);
  for (const school of schools) {
    const dir = join(outDir, school.slug);
    mkdirSync(dir, { recursive: true });
    const split = splitDrafts(school.drafts, halves);
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(school.settings, null, 2) + '\n');
    writeFileSync(join(dir, 'pupils.csv'), pupilsCsv(school.pupils));
    writeFileSync(join(dir, 'staff.csv'), staffCsv(school.staff));
    writeFileSync(join(dir, 'tune.jsonl'), draftsJsonl(split.tune));
    writeFileSync(join(dir, 'held.jsonl'), draftsJsonl(split.held));
    drafts += school.drafts.length;
    tune += split.tune.length;
    held += split.held.length;
  }
  return { schools: PLANS.length, drafts, tune, held };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? '.test-results/devset';
  const counts = writeDevset(out);
  console.log(`devset: ${counts.drafts} drafts in ${counts.schools} schools (tune ${counts.tune}, held ${counts.held}) → ${out}`);
}

