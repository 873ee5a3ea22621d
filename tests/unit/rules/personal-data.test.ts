import { ruleTester } from './rule-tester';
import { invalid, invalidImage, pin, pinned } from './content-helpers';

ruleTester('personal-data', {}, {
  valid: [
    'Our Summer Fair is on 27/06/2026 from 12 till 3pm.',
    'We raised £1,482.50 for the food bank!',
    'Final score 3-2 to the Year 6 team.',
    'In an emergency always call 999; for health advice ring 111.',
    'Year 5 Nature Walk starts at 9:15 in Room 4.',
    'Happy birthday to everyone celebrating this week!',
    'The 2026 leavers’ service is in the church.',
    'Year 2 learned about the Great Fire of 1666.',
    'KS2 SATs results arrive in July.',
    'Y6 2PM pick-up on Friday.',
    'Book fair: Thursday 12 March, 3:15pm.',
    'Roald Dahl was born on 13 September 1916 – happy Roald Dahl Day!',
    'Come to the birthday party for our school on 14 June!',
  ],
  invalid: [
    invalid('Text me on 07700 900417 if you are running late', [['07700 900417', { severity: 'block', message: 'phone number', hint: 'school office' }]]),
    invalid('Ring 07700900417 or +44 7700 900 418', ['07700900417', '+44 7700 900 418']),
    invalid('Office: (01632) 960 123.', ['(01632) 960 123']),
    invalid('Free line 0808 157 0192', ['0808 157 0192']),
    invalid('Questions to jo.bloggs@example.org please', [['jo.bloggs@example.org', { message: 'e-mail address' }]]),
    invalid('Drop the costumes at 14 Maple Crescent, Eastbury', [['14 Maple Crescent', { message: 'street address' }]]),
    invalid('Flat 2, Harbour View is where the raffle prize is', ['Flat 2, Harbour View']),
    invalid('Post entries to the office, EX4 7QT', [['EX4 7QT', { message: 'postcode' }]]),
    invalid('Our address ends SW1A 1AA and m1 1ae', ['SW1A 1AA', 'm1 1ae']),
    invalid('Happy birthday Jess, born 04/09/2017!', [['04/09/2017', { message: 'date of birth' }]]),
    invalid('DOB: 2 March 2016', ['2 March 2016']),
    invalid('Her date of birth is 11.5.17', ['11.5.17']),
    invalid('Happy 7th birthday Zac, 12 May 2019 feels like yesterday', ['12 May 2019']),
    invalid('Congratulations to Mr Hale on baby Ivy, born 3rd June!', ['3rd June']),
    invalidImage('Helpers wanted\ntext O77OO 9OO 321', ['O77OO 9OO 321']),
  ],
});

// Contact details in other spellings (issue 20 item 2): new sentences with clean controls.
ruleTester('personal-data', {}, {
  valid: [
    'Year 6 moved to 3 new classrooms over half term.',
    'We met at the park at 10 and walked to the Green.',
    'Our dot-to-dot pictures are at the office window.',
    'Scores: +3 for the Owls, +12 for the Kestrels.',
    'Ring the bell at 3 and line up at the door.',
  ].map(pin),
  invalid: [
    invalid('Ayo lives at 14 Mill Lane if anyone finds her coat.', ['14 Mill Lane']),
    invalid('Ayo lives at 14 mill lane if anyone finds her coat.', ['lives at 14 mill lane']),
    invalid('The Joneses are staying at 9 Heol y Bryn, so post goes there.', ['staying at 9 Heol y Bryn']),
    invalid('Call his dad on +234 803 555 0142 for pick-up.', ['+234 803 555 0142']),
    invalid('WhatsApp Mrs Byrne on +353 87 555 0199.', ['+353 87 555 0199']),
    invalid('Text me on oh seven seven double oh, nine double oh, five six two.', ['oh seven seven double oh, nine double oh, five six two']),
    invalid('Email ada dot okafor at gmail dot com with any questions.', ['ada dot okafor at gmail dot com']),
    invalid('Send photos to office (at) brambleschool [dot] org.', ['office (at) brambleschool [dot] org']),
  ].map(pinned),
}, 'personal-data: addresses without a postcode, other countries, numbers and e-mail in words');
