import { ruleTester } from './rule-tester';
import { invalid, invalidImage } from './content-helpers';

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

// Details in plain words (issue 20 item 3, issue 16 item 4), by the categories of schools' and the DfE's
// guidance, next to a named pupil and next to an unnamed one. Each category has clean controls.
const AT = new Date('2026-03-04T10:00:00Z');
const plain = (text: string, matches: string[]) => ({ ...invalid(text, matches), at: AT });

ruleTester('sensitive-detail', { settings: { naming: 'first-name-only' }, pupils }, {
  valid: [
    { text: "Our pupils' behaviour was brilliant on the trip to the castle.", at: AT },
    { text: 'Our behaviour policy is on the website.', at: AT },
    { text: 'A Year 3 pupil read her poem in assembly.', at: AT },
    { text: 'Talia was assessed for her swimming badge and passed!', at: AT },
  ],
  invalid: [
    plain('Since her two suspensions, Talia has really turned a corner.', ['suspensions']),
    plain('Talia is on a reduced timetable this term.', ['reduced timetable']),
    plain('After the managed move, Rory has settled in well.', ['managed move']),
    plain('Rory has a behaviour plan now.', ['behaviour plan']),
    plain('Talia is on a part-time timetable for now.', ['part-time timetable']),
    plain('Rory spent the morning in isolation.', ['isolation']),
    plain('Rory now goes to the PRU three days a week.', ['PRU']),
    plain('Talia is in alternative provision on Fridays.', ['alternative provision']),
    plain('A Year 3 pupil has been suspended.', ['suspended']),
    plain('A boy in Year 5 was given a fixed-term exclusion.', ['fixed-term exclusion']),
  ],
}, 'sensitive-detail: behaviour and exclusion in plain words');

ruleTester('sensitive-detail', { settings: { naming: 'first-name-only' }, pupils }, {
  valid: [
    { text: 'Our SEND information report is on the website.', at: AT },
    { text: 'One of our pupils won the county chess tournament!', at: AT },
  ],
  invalid: [
    plain('Talia finally got her EHCP!', ['EHCP']),
    plain('Rory has his own one-to-one now.', ['one-to-one']),
    plain('Talia is being assessed for autism.', ['assessed for', 'autism']),
    plain('A child in our school is being assessed for dyslexia.', ['assessed for', 'dyslexia']),
    plain('Talia has an IEP.', ['IEP']),
    plain('Rory is working with our SENCo on his reading.', ['SENCo']),
    plain('One of our pupils has a statement of special educational needs.', ['statement of special educational needs']),
  ],
}, 'sensitive-detail: SEN and support plans in plain words');

ruleTester('sensitive-detail', { settings: { naming: 'first-name-only' }, pupils }, {
  valid: [
    { text: 'Our charity fundraiser raised £400 for the hospice!', at: AT },
    { text: 'Year 4 enjoyed a trip to the hospital museum.', at: AT },
    { text: 'Health week: Year 2 learned about healthy eating and exercise.', at: AT },
    { text: 'Talia raised money for the children’s hospital.', at: AT },
    { text: 'Talia treated us to a song in assembly!', at: AT },
    { text: 'Mental Health Awareness Week: we talked about our feelings.', at: AT },
    { text: 'Talia had a fantastic time at the hospital play day with Year 1.', at: AT },
  ],
  invalid: [
    plain('Rory is having treatment at the moment.', ['treatment']),
    plain('A charity who are currently treating one of our pupils deserve our thanks.', ['treating']),
    plain('One of our pupils is currently being treated by the Rainbow Trust.', ['treated']),
    plain('Rory has had surgery on his knee.', ['surgery']),
    plain('Talia is having therapy.', ['therapy']),
    plain('A child in our school is very poorly in hospital.', ['poorly', 'hospital']),
    plain('Talia was diagnosed last month.', ['diagnosed']),
    plain('Rory carries an epipen.', ['epipen']),
    plain('Please keep one of our Year 4 girls in your thoughts as she recovers from her operation.', ['recovers from', 'operation']),
    plain('Rory is under the care of a specialist.', ['under the care of']),
  ],
}, 'sensitive-detail: health and medication in plain words');

ruleTester('sensitive-detail', { settings: { naming: 'first-name-only' }, pupils }, {
  valid: [
    { text: 'One of our families donated a bench for the garden.', at: AT },
    { text: 'Free school meals applications: the form is on our website.', at: AT },
    { text: 'Talia collected tins for the food bank.', at: AT },
    { text: 'One of our families runs the bakery that made the cakes.', at: AT },
  ],
  invalid: [
    plain('Talia is looked after by the local authority.', ['looked after']),
    plain('A Year 6 pupil has been placed with a new foster family.', ['placed with', 'foster family']),
    plain('Rory is a young carer for his mum.', ['young carer']),
    plain("Rory's mum and dad are separating.", ['mum and dad are separating']),
    plain("Talia's dad is in prison.", ['in prison']),
    plain('Rory gets free school meals.', ['free school meals']),
    plain('Rory lost his grandma this week.', ['lost his grandma']),
    plain('One of our families is grieving.', ['grieving']),
    plain('Our thoughts are with one of our families after a bereavement.', ['bereavement']),
    plain('A girl in Year 1 is having a hard time since her dad left.', ['dad left']),
  ],
}, 'sensitive-detail: family and care in plain words');

ruleTester('sensitive-detail', { settings: { naming: 'first-name-only' }, pupils }, {
  valid: [
    { text: 'Our safeguarding policy is on the website.', at: AT },
    { text: 'Thank you to our Early Help team for the parenting workshop.', at: AT },
  ],
  invalid: [
    plain('Talia has a social worker.', ['social worker']),
    plain('Rory is on a child protection plan.', ['child protection plan']),
    plain('Talia is on a CP plan.', ['CP plan']),
    plain('Rory’s family are getting Early Help.', ['Early Help']),
    plain('We made a referral about Talia.', ['referral']),
    plain('A boy in Year 5 has a family support worker.', ['family support worker']),
  ],
}, 'sensitive-detail: safeguarding in plain words');

// More plain words by DfE category (issue 20 item 3): new sentences, named and unnamed, with clean controls.
const riverPupils = [...pupils, { forename: 'Nia', surname: 'Price', group: 'Severn', photoConsent: true, nameConsent: true }];
ruleTester('sensitive-detail', { settings: { naming: 'first-name-only' }, pupils: riverPupils }, {
  valid: [
    { text: 'Talia stole the show as the narrator in our nativity!', at: AT },
    { text: 'Rory learned how violent eruptions shaped Iceland.', at: AT },
    { text: 'Talia built a shelter in forest school today.', at: AT },
    { text: 'Rory showed great restraint when his tower fell over.', at: AT },
    { text: 'Talia noticed the shorter days and drew the sunset.', at: AT },
    { text: 'Severn class made Christmas puddings for the fair.', at: AT },
    { text: 'Talia doesn’t speak French yet, but she can count to ten!', at: AT },
    { text: 'Rory raised £50 for the sickle cell charity fun run.', at: AT },
    { text: 'Year 3 helped transplant the tomato seedlings with Talia.', at: AT },
  ],
  invalid: [
    plain('Rory is doing anger management sessions on Tuesdays.', ['anger management']),
    plain('Talia has been caught stealing from the cloakroom.', ['stealing']),
    plain('Rory had another violent outburst at lunch.', ['violent', 'outburst']),
    plain('Talia only comes in the mornings for now.', ['only comes in the mornings']),
    plain('Rory goes home at lunchtime each day this half term.', ['goes home at lunchtime each day']),
    plain('Talia is having a fresh start at another school after Easter.', ['fresh start at another']),
    plain('Talia has sickle cell and misses a lot of PE.', ['sickle cell']),
    plain('Rory can’t eat nuts, so please check the party food.', ['can’t eat nuts']),
    plain('Rory takes his ADHD meds at lunch.', ['ADHD']),
    plain('Talia had another absence seizure in maths.', ['absence seizure']),
    plain('Rory finally has his education, health and care plan!', ['education, health and care plan']),
    plain('Talia and her mum are in emergency housing at the moment.', ['emergency housing']),
    plain('A boy in Year 5 is fed through a feeding tube at lunch.', ['feeding tube']),
    plain('A girl in Severn is non-verbal and uses Makaton.', ['non-verbal', 'uses Makaton']),
    plain('One of our Year 2 children keeps having toileting accidents.', ['toileting accidents']),
    plain('A girl in Year 4 came back from holiday with malaria.', ['malaria']),
    plain('Since her dad’s death, a girl in Year 6 has found school hard.', ['dad’s death']),
  ],
}, 'sensitive-detail: more plain words, named and unnamed');

// Issue 16 item 4: the same details read off a photo (a newsletter, a display,
// a thank-you card) by OCR, about a pupil who is not named.
ruleTester('sensitive-detail', { settings: { naming: 'first-name-only' }, pupils }, {
  valid: [
    { text: 'Our fundraiser', images: [{ text: 'SPONSORED WALK\nfor the children\'s hospice\nSaturday 10am' }] },
    { text: 'Health week', images: [{ text: 'HEALTHY HEARTS WEEK\nEat well, move more' }] },
  ],
  invalid: [
    invalidImage('Thank you to the charity\nwho are treating one of our pupils', ['treating'], 'A lovely card'),
    invalidImage('A Year 3 pupil\nis in hospital this week', ['hospital'], 'Our class card'),
  ],
});

// Year groups as Scotland, Wales and Ireland write them, and the harms of "Keeping children safe in education" (issue 20 item 3, second pass).
ruleTester('sensitive-detail', { settings: { naming: 'first-name-only' }, pupils }, {
  valid: [
    { text: 'P7 had a fantastic time at the science centre.', at: AT },
    { text: 'Our P2 pupils made cards for the care home.', at: AT },
    { text: 'Junior infants loved the farm visit.', at: AT },
    { text: 'Staff training today on spotting the signs of FGM and forced marriage.', at: AT },
    { text: 'Year 3 learnt how sound travels and how deafness affects hearing.', at: AT },
    { text: 'Well done to our P6 footballers, who ran out of the changing room to a huge cheer.', at: AT },
    { text: 'Attendance this week was 97%, well done everyone!', at: AT },
  ],
  invalid: [
    plain('A P4 boy is off this week after a seizure at home.', ['seizure']),
    plain('One of our Primary 6 girls cares for her mum as a young carer.', ['young carer']),
    plain('A child in senior infants was bereaved at the weekend.', ['bereaved']),
    plain('A wee one in the nursery still wears nappies.', ['wears nappies']),
    plain('A Year 6 girl could be at risk of FGM this summer.', ['be at risk of FGM']),
    plain('A pupil in Blwyddyn 5 has been referred to social services.', ['referred to', 'social services']),
    // Plain words for incidents, sanctions, speech and hearing, support plans and family (second pass).
    plain('A girl in P2 spat at a dinner supervisor and lost her golden time.', ['spat at a', 'lost her golden time']),
    plain('A boy in Year 3 has a stammer and wears grommets for glue ear.', ['stammer', 'grommets', 'glue ear']),
    plain('A child in P5 has ASN and a co-ordinated support plan.', ['ASN', 'co-ordinated support plan']),
    plain('One of our Year 6 boys ran out of school at lunchtime.', ['ran out of school']),
    plain('A girl in Year 1 lives with her nan now since her dad was arrested.', ['lives with her nan now', 'dad was arrested']),
  ],
}, 'sensitive-detail: year groups of the four nations; safeguarding harms by name');
