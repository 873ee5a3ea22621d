/**
 * A made-up school for `npm run demo` and the README screenshots: invented
 * pupils and staff (no real children, nothing from the evaluation corpora).
 * The account matches the X stand-in's signed-in handle (@OakfieldPri).
 */
const FORENAMES = ['Poppy', 'Alfie', 'Imogen', 'Rafferty', 'Saoirse', 'Ptolemy', 'Wren', 'Caspar', 'Ottilie', 'Barnaby', 'Juniper', 'Lysander'];
const SURNAMES = ['Ashgrove-Lund', 'Fennimore', 'Quarrington', 'Holloway', 'Brightwater', 'Okafor-Haines', 'Pemberton', 'Vasquez-Reid'];

export const DEMO_SCHOOL = 'Oakfield Primary School (demo)';

/** Every forename/surname pair at most once: no accidental namesakes. */
const pupils = FORENAMES.flatMap((forename, i) =>
  [0, 1].map((k) => {
    const n = i * 2 + k;
    return {
      forename,
      surname: SURNAMES[(i + k * 3) % SURNAMES.length]!,
      group: `Year ${(n % 6) + 1}`,
      photoConsent: n % 5 !== 0,
      nameConsent: n % 4 !== 0,
    };
  }),
);

export const DEMO_PROFILE = {
  version: 1,
  settings: {
    school: DEMO_SCHOOL,
    accounts: ['@OakfieldPri'],
    naming: 'first-name-only',
    // Wide hours so a demo in the evening is not all "outside posting hours"; the confirm screenshot narrows them.
    hours: { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], start: '06:00', end: '22:00', timezone: 'Europe/London' },
  },
  pupils,
  staff: [
    { title: 'Mrs', forename: 'Helena', surname: 'Marchbank' },
    { title: 'Mr', forename: 'Tobias', surname: 'Greenhalgh' },
  ],
};

/**
 * The same school with its posting hours open round the clock (a start equal
 * to the end: rules/outside-hours.ts). Screenshots show the card for each
 * verdict, and are taken at any hour: at night the demo's own hours would
 * turn every clean draft into "outside posting hours".
 */
export function demoProfileOpenAllHours() {
  return { ...DEMO_PROFILE, settings: { ...DEMO_PROFILE.settings, hours: { ...DEMO_PROFILE.settings.hours, start: '00:00', end: '00:00' } } };
}

/** The same school, with posting hours that never open: every post asks "school event or urgent news?". */
export function demoProfileOutsideHours() {
  return { ...DEMO_PROFILE, settings: { ...DEMO_PROFILE.settings, hours: { days: [], start: '08:00', end: '18:00', timezone: 'Europe/London' } } };
}
