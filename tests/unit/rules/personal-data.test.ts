import { ruleTester } from './rule-tester';
import { invalid, invalidImage } from './content-helpers';

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
