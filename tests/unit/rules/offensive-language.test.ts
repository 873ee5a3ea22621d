import { ruleTester } from './rule-tester';
import { invalid, invalidImage, pin, pinned } from './content-helpers';


const staff = [{ title: 'Mr', forename: 'Ravi', surname: 'Wankhede' }];
const pupils = [{ forename: 'Isla', surname: 'Cockburn', group: 'Year 3', photoConsent: true, nameConsent: true }];

ruleTester('offensive-language', { staff, pupils }, {
  valid: [
    'Year 4 walked to Clitheroe Castle and back.',
    'Good luck to our netball team playing in Scunthorpe and Penistone this weekend.',
    'Year 6 are reading Moby Dick and some Dickens this term.',
    'The Owl and the Pussycat was our poem of the week.',
    'Spotted dick and custard for pudding today!',
    'We counted blue tits and a great tit in the Big Garden Birdwatch.',
    'Our Relationships and Sex Education evening for parents is on Tuesday.',
    'Jazz club tried scat singing for the first time.',
    'The under-11 rugby hooker scored a try!',
    'Non-alcoholic cocktail bar at the summer fair.',
    'Teachers will assess writing in class this week.',
    'Dick Whittington is our pantomime this year!',
    'We walked part of Offa’s Dyke on our residential.',
    'Rated 5* by our visitors, thank you!',
    'A stupid mistake by our printer: the letter says Tuesday, it is Thursday.',
    'Thank you Mr Wankhede for running chess club!',
    'Isla Cockburn won the poetry prize.',
    // OCR of a busy photo: short fragments that only look rude are noise.
    { text: 'Our rainforest display', images: [{ text: 'FROGS\nTit 3s hOme\nnig\n5s' }] },
  ],
  invalid: [
    invalid('What a sh*t day for the minibus to break down', [['sh*t', { severity: 'block', message: 'Offensive language', hint: 'hiding letters' }]]),
    invalid('F***ing superb concert tonight', ['F***ing']),
    invalid('That referee was b*****d awful', ['b*****d']),
    invalid('the car park is bl**dy chaos', ['bl**dy']),
    invalid('Total sh1t weather again', ['sh1t']),
    invalid('what the f u c k happened to the pitch', ['f u c k']),
    invalid('Fuuuuck, we lost again', ['Fuuuuck']),
    invalid('Absolute bollocks from the council', ['bollocks']),
    // Abbreviations with a doubled letter: obscenity collapses "ffs" to "fs", so the rule's own abbreviation list finds them.
    invalid('Minibus broke down again ffs', ['ffs']),
    invalid('F.F.S. who parked on the zigzags', ['F.F.S']),
    invalid('Some pillock parked across the gate', ['pillock']),
    invalid('The parents who left litter are idiots', [['idiots', { message: /aimed at the school/ }]]),
    invalid('Stupid parents blocking the driveway again', ['Stupid parents']),
    invalid('Honestly, you are so dumb', ['you are so dumb']),
    invalid('Bloody hell, what a game', ['Bloody hell']),
    invalid('$hit, the coach is late', ['$hit']),
    invalid('Our f***', ['f***']),
    invalidImage('NO PARKING\nf*ck off', ['f*ck']),
  ],
});

// Compound insults with a symbol for any letter, the first too, and spaced letters (issue 20 item 4): new sentences.
ruleTester('offensive-language', {}, {
  valid: [
    'A 5* review for the Year 2 café – thank you!',
    'Class 3* stars of the week: amazing effort from everyone.',
    'Spell it out: c l a s s, then write it three times.',
    'Year 6 met the author and asked about a s s e s s m e n t day.',
  ].map(pin),
  invalid: [
    invalid('Some *hithead has dented the minibus', ['*hithead']),
    invalid('The ref was a complete @rsehole today', ['@rsehole']),
    invalid('What a sh*thead move, blocking the gate', ['sh*thead']),
    invalid('Whoever did this is a total dumb*ss', ['dumb*ss']),
    invalid('Another f*ckwit on the zigzags', ['f*ckwit']),
    invalid('Total s h i t h e a d behaviour in the car park', ['s h i t h e a d']),
    invalid('This is  b  u  l  l  s  h  i  t', ['b  u  l  l  s  h  i  t']),
  ].map(pinned),
}, 'offensive-language: compound insults and spaced letters');
