import { ruleTester } from './rule-tester';
import { invalid, pin, pinned } from './content-helpers';


const staff = [
  { title: 'Mrs', forename: 'Jane', surname: 'Hollis' },
  { title: 'Mr', forename: 'Tom', surname: 'Reeve' },
];

ruleTester('staff-opinion', { staff }, {
  valid: [
    'Thank you Mrs Hollis for a fantastic trip despite the awful rain!',
    'Welcome Mr Reeve to our teaching team!',
    'Mrs Hollis ran a brilliant assembly about kindness.',
    "Mr Reeve leaves us in July and we're sorry he is going. We'll miss you!",
    'Mr Reeve is leaving us at Easter for a new job – good luck!',
    'Congratulations to Jane Hollis on her marathon time.',
    // No staff member named: not this rule's business.
    'The assembly was painfully boring.',
    'Mr Smith is useless',
  ],
  invalid: [
    invalid("Mr Reeve's lessons are so dull.", [["Mr Reeve's lessons are so dull", { severity: 'warn', message: 'No opinions regarding another member of staff', hint: 'Headteacher' }]]),
    invalid('Jane Hollis can’t even spell.', ['Jane Hollis can’t even spell']),
    invalid('Not impressed with Mrs Hollis today.', ['Not impressed with Mrs Hollis']),
    invalid('Mr Reeve has no idea how to run a football team.', ['Mr Reeve has no idea']),
    invalid('Mrs Hollis is getting divorced, poor thing.', [['Mrs Hollis is getting divorced', { message: 'personal details about Mrs Hollis', hint: 'private life' }]]),
    invalid('Mr Reeve looked so tired today', ['Mr Reeve looked so tired']),
    invalid('mr reeve was a terrible, horrible referee today', ['mr reeve was a terrible']),
    invalid('Mrs Hollis’s assembly went on forever, painfully boring.', ['Mrs Hollis’s assembly went on forever']),
  ],
});

// Generalisation cases: personal opinions (even kind ones) and more criticism.
ruleTester('staff-opinion', { staff }, {
  valid: [
    'Thank you Mrs Hollis for a wonderful trip.',
    'Mr Reeve thinks the match will go ahead.',
  ],
  invalid: [
    invalid('In my opinion Mrs Hollis is the best head in the county', ['In my opinion Mrs Hollis']),
    invalid('Mr Reeve is not really cut out for PE, if you ask me', ['Mr Reeve is not really cut out for']),
    invalid("Mrs Hollis's homework is far too hard for Year 3", ['Mrs Hollis\'s homework is far too hard']),
  ],
});

// Negative or personal remarks about a named colleague in plain words (issue 20 item 5).
ruleTester('staff-opinion', { staff }, {
  valid: [
    'Mr Reeve made a brilliant start with the new football team.',
    'Mrs Hollis sticks to her promise: ice lollies for everyone on Friday!',
  ],
  invalid: [
    invalid('Mr Reeve made a real mess of the trip letter.', ['Mr Reeve made a real mess of']),
    invalid('Mrs Hollis should stick to teaching.', ['Mrs Hollis should stick to']),
    invalid('Typical Mr Reeve, late again.', ['Typical Mr Reeve']),
    invalid('Honestly Mrs Hollis has gone downhill this year.', ['Mrs Hollis has gone downhill']),
    invalid('Between us, Mr Reeve is my favourite.', ['Between us, Mr Reeve']),
  ],
}, 'staff-opinion: plain-word criticism and personal opinions');

// Sarcasm, work not done, put-downs and private life about a named colleague (issue 20 item 5): new sentences.
ruleTester('staff-opinion', { staff }, {
  valid: [
    'Mrs Hollis finally revealed the answer to the riddle: a shadow!',
    'Mr Reeve read the register in French today. Très bien!',
    'Thank you Mrs Hollis for organising the cake sale for the children’s hospital.',
    'Mr Reeve coached the debate club to the regional final.',
    'Mr Reeve’s nightmare before Christmas display is in the hall.',
    'Mrs Hollis is expecting great things from the choir at the festival.',
  ].map(pin),
  invalid: [
    invalid('Nice of Mr Reeve to finally turn up to the staff meeting.', ['Nice of Mr Reeve to finally']),
    invalid('Mrs Hollis still hasn’t marked the Year 4 books from October.', ['Mrs Hollis still hasn’t marked']),
    invalid('Mr Reeve forgot the minibus keys again.', ['Mr Reeve forgot the minibus keys again']),
    invalid('Mrs Hollis is off with stress again, so supply it is.', [['Mrs Hollis is off with stress', { message: 'personal details' }]]),
    invalid('Anyone else notice Mrs Hollis is pregnant?', [['Mrs Hollis is pregnant', { message: 'personal details' }]]),
    invalid('Mr Reeve is going through a messy divorce, bless him.', ['Mr Reeve is going through a messy divorce']),
    invalid('Mr Reeve wouldn’t know a fronted adverbial if it hit him.', ['Mr Reeve wouldn’t know a']),
    invalid('Mrs Hollis thinks she is always right.', ['Mrs Hollis thinks she is always right']),
    invalid('Mr Reeve’s new seating plan is a nightmare.', ['Mr Reeve’s new seating plan is a nightmare']),
    invalid('Mrs Hollis was so patronising in the meeting.', ['Mrs Hollis was so patronising']),
    invalid('Who decided Mr Reeve should run sports day?', ['Who decided Mr Reeve should']),
  ].map(pinned),
}, 'staff-opinion: sarcasm, work not done, private life');

// Second pass of issue 20 item 5: sarcasm, lapses, put-downs and private life in other phrasings; two-sentence remarks.
ruleTester('staff-opinion', { staff }, {
  valid: [
    'Mr Reeve was late to the party but still won the staff quiz.',
    'Thanks to Mrs Hollis, who stayed late to fix the stage lights.',
    'Mrs Hollis has been on a well-earned holiday and is back on Monday.',
    'Mr Reeve led a lovely assembly. His stories made us smile.',
    'Mrs Hollis is retiring after 20 years. We will all miss her.',
  ].map(pin),
  invalid: [
    invalid('Mr Reeve, punctual as ever, strolled in at twenty past nine.', ['Mr Reeve, punctual as ever']),
    invalid('Top marks to Mrs Hollis for losing the dinner money tin.', ['Top marks to Mrs Hollis for losing']),
    invalid('Mrs. Hollis missed the coach again this morning.', ['Mrs. Hollis missed the coach again']),
    invalid('Mr Reeve ran the parents\' evening rota. Let\'s just say it did not go to plan.', ["Mr Reeve ran the parents' evening rota. Let's just say"]),
    invalid('Mrs Hollis planned the trip. She forgot to book the coach.', ['Mrs Hollis planned the trip. She forgot to']),
    invalid('Mr Reeve has no control over that class whatsoever.', ['Mr Reeve has no control over']),
    invalid('Mrs Hollis is back in hospital, poor thing.', [['Mrs Hollis is back in hospital', { message: 'personal details' }]]),
    invalid('Mr Reeve looks shattered since the twins arrived.', [['Mr Reeve looks shattered', { message: 'personal details' }]]),
    invalid('Mrs Hollis is expecting her second baby in the spring.', [['Mrs Hollis is expecting her second baby', { message: 'personal details' }]]),
    invalid("Mr Reeve's new beard is certainly a brave choice.", [["Mr Reeve's new beard", { message: 'personal details' }]]),
  ].map(pinned),
}, 'staff-opinion: sarcasm, lapses, private life; a remark carried into the next sentence');
