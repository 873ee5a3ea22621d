import { ruleTester } from './rule-tester';
import { invalid } from './content-helpers';

const pupils = [
  { forename: 'Talia', surname: 'Brooks', group: 'Elm Class', photoConsent: true, nameConsent: true },
  { forename: 'Rory', surname: 'Dunn', group: 'Year 2', photoConsent: true, nameConsent: true },
];

ruleTester('sensitive-detail', { settings: { naming: 'first-name-only' }, pupils }, {
  valid: [
    "It's Autism Acceptance Week!",
    'Year 5 learned about healthy eating and why exercise matters.',
    'Flu vaccinations for Reception on Tuesday.',
    'Talia read her poem for Anti-Bullying Week.',
    'Rory stole the show in the nativity!',
    'Year 6 learned how many soldiers died in the war, and Talia wrote a poem about it.',
    'Rory adopted a penguin at the zoo for Elm Class.',
    'Operation Christmas Child: Talia filled a shoebox!',
    'PLEASE SEND IN YOUR FORMS, TALIA',
    'Year 3 visited the children’s hospital radio station.',
  ],
  invalid: [
    invalid('A boy in Year 2 has a nut allergy, so no nuts in packed lunches please.', [
      ['allergy', { severity: 'block', message: 'health detail about "A boy in Year 2"', hint: 'never on social media' }],
    ]),
    invalid('One of our Elm Class pupils broke his arm at the weekend.', ['broke his arm']),
    invalid('Talia is back from hospital today.', [['hospital', { message: 'health detail about Talia' }]]),
    invalid("Rory's grandad died last week.", [['died', { message: 'family detail' }]]),
    invalid('A pupil in Year 3 is being supported by social services.', [['social services', { message: 'safeguarding detail' }]]),
    invalid('Talia has ADHD and needs movement breaks.', [['ADHD', { message: 'special educational needs detail' }]]),
    invalid('A Year 4 girl was excluded after the incident.', [['excluded', { message: 'behaviour detail' }]]),
    invalid('Rory, please remember your inhaler for PE.', ['inhaler']),
    invalid('Rory is off school with measles.', ['measles']),
  ],
});

// Generalisation cases: specialist services, someone's behaviour, "our pupil".
ruleTester('sensitive-detail', { settings: { naming: 'first-name-only' }, pupils }, {
  valid: [
    'Our pupils were a credit to us on the trip.',
    'The behaviour policy is on the website.',
    'Rory and Talia were referred to as "the dream team" by the coach!',
  ],
  invalid: [
    invalid('A boy in Year 2 is waiting for a CAMHS appointment', ['CAMHS']),
    invalid('Talia has been referred to the paediatrician', ['referred to', 'paediatrician']),
    invalid("We were not impressed by Rory's behaviour in assembly", ['behaviour']),
    invalid('Our pupil with dyspraxia in Elm Class ran the whole cross-country', ['dyspraxia']),
    invalid('This Year 2 girl has started seeing a counsellor', ['counsellor']),
  ],
});
