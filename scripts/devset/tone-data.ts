/**
 * Generated, labelled tone data (issue 20 item 5): posts a school account
 * might draft, each labelled for negative-tone (complaint, sarcasm,
 * argument-inviting question, negative or personal remark about a named
 * colleague) and for staff-opinion (a named colleague with a negative or
 * personal opinion). Written for SafePost from the policies' wording (no
 * sentence of the shared corpora). Every template is a family; whole families
 * go to `tune` or `held` (familyHalves, as the dev set does), so the held half
 * measures sentence shapes neither the lexicon nor the classifier was fitted to.
 *
 * Slots: {staff} a staff member ("Mr Hale"), {event}, {people}, {doing},
 * {topic}, {org}, {thing}, {y} (year group), {day}.
 */
import { familyHalves, rng, type Half } from './generate';

export interface ToneExample {
  text: string;
  /** negative-tone must fire. */
  negative: boolean;
  /** staff-opinion must fire. */
  staff: boolean;
  family: string;
}

/** The staff list every example school has (fictional). */
export const TONE_STAFF = [
  { title: 'Mr', forename: 'Daniel', surname: 'Hale' },
  { title: 'Mrs', forename: 'Priya', surname: 'Okonjo' },
  { title: 'Miss', forename: 'Laura', surname: 'Brennan' },
  { title: 'Ms', forename: 'Joanne', surname: 'Whitlow' },
  { title: 'Mr', forename: 'Tomasz', surname: 'Wieczorek' },
];

const SLOTS: Record<string, string[]> = {
  staff: ['Mr Hale', 'Mrs Okonjo', 'Miss Brennan', 'Ms Whitlow', 'Mr Wieczorek'],
  event: ['sports day', 'the Christmas fair', 'parents’ evening', 'the school disco', 'the Year 6 play', 'the summer concert', 'the book fair', 'swimming gala', 'the nativity', 'the residential trip'],
  people: ['some parents', 'a few drivers', 'certain families', 'people', 'the same few parents', 'some grown-ups'],
  doing: ['parking on the zigzags', 'blocking the gate', 'letting dogs in the playground', 'dropping litter by the gate', 'turning up late to pick up', 'ignoring the one-way system'],
  topic: ['homework', 'the new uniform', 'the lunch menu', 'the longer school day', 'phones in school', 'the new reading scheme', 'term-time holidays', 'SATs'],
  org: ['the council', 'the bus company', 'the caterers', 'the trust', 'Ofsted', 'the builders'],
  thing: ['the timetable', 'the trip letter', 'the nativity rehearsals', 'the homework policy', 'the sports day races', 'the spelling tests'],
  y: ['1', '2', '3', '4', '5', '6'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
};

type Template = [text: string, negative: boolean, staff: boolean];

/** Template lists: each list's templates are families; a list's name starts the family id. */
const LISTS: Record<string, Template[]> = {
  complaint: [
    ['Sick of {people} {doing}. Please stop.', true, false],
    ['{people} are still {doing}. It is not good enough.', true, false],
    ['Why is it always {people} {doing}?', true, false],
    ['We have asked again and again: {people}, stop {doing}!', true, false],
    ['Really fed up with {people} {doing} every single morning.', true, false],
    ['Honestly, {people} {doing} is beyond a joke now.', true, false],
    ['Another week of {people} {doing}. Shocking.', true, false],
    ['Not impressed with {org} today. Totally let down again.', true, false],
    ['Once again {org} have let our children down.', true, false],
    ['{event} was ruined by {people} {doing}.', true, false],
  ],
  sarcasm: [
    ['Oh great, another letter from {org}. Just what we needed.', true, false],
    ['Thanks for nothing, {org}.', true, false],
    ['Brilliant. {org} have cancelled the buses again. Love that for us.', true, false],
    ['Well done {org}, another fantastic mess to sort out.', true, false],
    ['Yeah, because changing {thing} the night before is exactly what we wanted.', true, false],
    ['Oh wonderful, {people} {doing} again. Lovely.', true, false],
    ['Just what we all needed on a {day}: {org} changing everything again.', true, false],
    ['Cheers {org}, really appreciate the two hours’ notice. Not.', true, false],
    ['Great job {org}, nothing like a last-minute change to make our day.', true, false],
  ],
  debate: [
    ['Who else thinks {topic} is a waste of time?', true, false],
    ['Am I the only one who thinks {topic} has gone too far?', true, false],
    ['Is it just me or is {topic} getting ridiculous?', true, false],
    ['Does anyone else think {topic} should be scrapped?', true, false],
    ['Hands up if you think {topic} is pointless!', true, false],
    ['Anyone else fed up with {topic}?', true, false],
    ['Be honest: is {topic} actually worth it? Reply below.', true, false],
    ['Who agrees that {topic} needs to change? Let us know!', true, false],
    ['Unpopular opinion: {topic} does more harm than good. Discuss.', true, false],
  ],
  'staff-critical': [
    ['{staff} made a real mess of {thing} again.', true, true],
    ['{staff} clearly has no idea how to run {event}.', true, true],
    ['Not sure {staff} knows what they are doing with {thing}.', true, true],
    ['{staff} needs to sort {thing} out, it is a shambles.', true, true],
    ['Shame {staff} could not be bothered to turn up to {event}.', true, true],
    ['{staff} should stick to teaching and leave {event} to someone else.', true, true],
    ['Thanks to {staff} for making {thing} even more confusing.', true, true],
    ['Typical {staff}, late again for {event}.', true, true],
    ['{staff} was in a foul mood all through {event}.', true, true],
    ['Honestly {staff} has gone downhill this year.', true, true],
  ],
  'staff-personal': [
    ['{staff} is going through a messy divorce, so be kind.', true, true],
    ['{staff} looked exhausted after a big night out on {day}!', false, true],
    ['Rumour has it {staff} has a new boyfriend!', false, true],
    ['Between us, {staff} is my favourite by a mile.', false, true],
    ['{staff} is off with stress again.', true, true],
    ['Personally I think {staff} is the best teacher in the county.', false, true],
  ],
  negative: [
    ['What a miserable, pointless afternoon at {event}.', true, false],
    ['{event} was a total failure from start to finish.', true, false],
    ['Nobody bothered to come to {event}. Embarrassing.', true, false],
    ['Terrible organisation at {event}, nothing worked.', true, false],
    ['A dreadful, chaotic morning. Everyone is upset.', true, false],
    ['Hugely disappointing turnout at {event} tonight.', true, false],
    ['The worst {event} we have ever had, sadly.', true, false],
  ],
  news: [
    ['{event} is on {day}. Everyone welcome!', false, false],
    ['Great to see so many families at {event} tonight.', false, false],
    ['Thank you to {org} for the new playground markings.', false, false],
    ['Year {y} loved {event}. Photos on the website soon.', false, false],
    ['{event} is moved to {day} as rain is forecast; all else stays the same.', false, false],
    ['Reminder: please do not park on the zigzags at drop-off. Thank you!', false, false],
    ['Year {y} learned about the Great Fire of London and why it spread so fast.', false, false],
    ['Sadly the pool is closed this week, so swimming is cancelled.', false, false],
    ['A gentle reminder that {thing} is in book bags today.', false, false],
    ['Our assembly today was about handling worry and anger calmly.', false, false],
    ['Year {y} wrote persuasive letters about whether {topic} should change.', false, false],
  ],
  questions: [
    ['Who else is excited for {event}? See you on {day}!', false, false],
    ['Does anyone have spare jam jars? Please drop them at the office.', false, false],
    ['Who is coming to {event}? Tickets from the office.', false, false],
    ['Can you guess what Year {y} made today?', false, false],
    ['Did you know {event} raised over £500 last year?', false, false],
    ['Is your child starting in Reception? Our open morning is on {day}.', false, false],
    ['What do you think Year {y} found in the pond? Answer tomorrow!', false, false],
  ],
  'staff-praise': [
    ['Thank you {staff} for running {event} so brilliantly.', false, false],
    ['{staff} led a wonderful assembly about kindness today.', false, false],
    ['Welcome to {staff}, who joins Year {y} this term.', false, false],
    ['A huge well done to {staff} and the choir at {event}.', false, false],
    ['{staff} is running a coding club on {day}s after school.', false, false],
    ['We are sad to say goodbye to {staff}, who retires this summer. Thank you!', false, false],
    ['{staff} took Year {y} pond dipping: lots of newts!', false, false],
    ['Congratulations to {staff} on completing the marathon for charity!', false, false],
  ],
  'positive-exclaim': [
    ['Oh what a brilliant day at {event}!', false, false],
    ['Thanks for all your support with {event}, it was fantastic.', false, false],
    ['Well done Year {y}, what a fantastic effort at {event}!', false, false],
    ['Great news: {event} raised £640 for the hospice!', false, false],
    ['Brilliant performances from Year {y} at {event} tonight.', false, false],
  ],
};

function fill(r: () => number, t: string): string {
  return t.replace(/\{(\w+)\}/g, (_m, k: string) => {
    const xs = SLOTS[k] as string[];
    return xs[Math.floor(r() * xs.length)] as string;
  });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every example, `per` fillings of each template. */
export function toneExamples(seed = 20261207, per = 6): ToneExample[] {
  const r = rng(seed);
  const out: ToneExample[] = [];
  for (const [list, templates] of Object.entries(LISTS)) {
    for (const [i, [t, negative, staff]] of templates.entries()) {
      const seen = new Set<string>();
      for (let k = 0; k < per * 3 && seen.size < per; k++) {
        const text = capitalise(fill(r, t));
        if (seen.has(text)) continue;
        seen.add(text);
        out.push({ text, negative, staff, family: `tone-${list}:${i}` });
      }
    }
  }
  return out;
}

/** The examples by half; families dealt by the dev set's split. */
export function toneHalves(examples = toneExamples()): Record<Half, ToneExample[]> {
  const halves = familyHalves(examples.map((e) => e.family));
  return {
    tune: examples.filter((e) => halves.get(e.family) === 'tune'),
    held: examples.filter((e) => halves.get(e.family) === 'held'),
  };
}
