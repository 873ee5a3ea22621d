import { ruleTester } from './rule-tester';
import { invalid, invalidImage, pin, pinned } from './content-helpers';

ruleTester('safeguarding-secret', {}, {
  valid: [
    'Remember to change your password regularly!',
    'Safer Internet Day: Year 4 practised inventing passwords nobody could guess.',
    'The link will be e-mailed to parents on Monday.',
    'Your login details are in your child’s book bag.',
    'Password protected documents will be sent home.',
    'The Wi-Fi is down today, sorry.',
    'Our PIN badges for the road safety team have arrived.',
    'Code Club meets on Tuesdays at 3:15.',
    'Dress code: non-uniform for Children in Need.',
    'Call the office on 01632 960 222.',
    'Passwords must be at least 8 characters long.',
    'Zoom meeting for Year 6 parents on 14 March at 6pm.',
    'A strong password has twelve characters or more.',
    'Password tips from Year 6: use three words and two numbers.',
  ],
  invalid: [
    invalid('Join us on Zoom: Meeting ID 845 2210 9931, passcode Tf4kq2', [
      ['845 2210 9931', { severity: 'block', message: 'meeting ID', hint: 'Send it privately' }],
      ['Tf4kq2', { message: 'password' }],
    ]),
    invalid('Teams meeting ID: 318 442 990 127', ['318 442 990 127']),
    // The id right after the service's name, no "ID" word (issue 20).
    invalid('Governors: Zoom meeting 714 2290 3318 at 7pm', ['714 2290 3318']),
    invalid('Join the Teams call 402 117 889 315 tonight', ['402 117 889 315']),
    // A word then a number, with or without "is" (issue 20): a password as children are told it.
    invalid('The reading app password is kestrel forty-one.', ['kestrel forty-one']),
    invalid('Log in with password walrus 83 tonight', ['walrus 83']),
    invalid('The class blog password is the word lantern and the number 2025.', ['lantern and the number 2025']),
    invalid('Guest Wi-Fi password is Acorns!2025', [['Acorns!2025', { message: 'Wi-Fi key' }]]),
    invalid('The front door code is 7290 until Friday', [['7290', { message: 'access code' }]]),
    invalid('Keypad code changes to 5531 from next week', ['5531']),
    invalid('Staff PIN: 0417', ['0417']),
    invalid('The password is marmalade', ['marmalade']),
    invalid('Join at meet.google.com/pqr-stuv-wxy tonight', [['meet.google.com/pqr-stuv-wxy', { message: 'meeting link' }]]),
    invalid('Google Meet code: mnb-vcxz-lkj', ['mnb-vcxz-lkj']),
    invalid('https://zoom.us/j/84522109931?pwd=Xy12 for the talk', ['https://zoom.us/j/84522109931?pwd=Xy12']),
    invalidImage('Class iPads\npasscode\n8642', ['8642']),
    invalidImage('Zoom Meeting ID: 8l2 44O9 7731\nPasscode: gH72pq', ['8l2 44O9 7731', 'gH72pq']),
    // Photographed whiteboards: OCR mangles the cue words too.
    invalidImage('Governors meeting\nZocm, Neeting 1D: 552 9031 77%', ['552 9031 77']),
    invalidImage('Staff P 4SSCODF\n\n9753', ['9753']),
    invalidImage('Briefing 7pm\nGoogel Meet, codes hwqtrzmpla', ['hwqtrzmpla']),
  ],
});

ruleTester('safeguarding-secret', {}, {
  valid: [
    { text: 'New stock photo!', images: [{ text: 'stockphotos\nIMAGE ID: 2281947763' }] },
    { text: 'Puzzle time', images: [{ text: 'Crossword club\n1234' }] },
    { text: 'Sports day', images: [{ text: 'Sports Day 2026\nWednesday 8 July\n300 400 500 metres' }] },
  ],
  invalid: [],
}, 'safeguarding-secret: an image id is not a meeting id');

// Generalisation cases: what the code is for between cue and value; a bare keypad.
ruleTester('safeguarding-secret', {}, {
  valid: [
    'The keypad on the front door is broken, please ring the bell.',
    'The password for the reading app is on the letter in book bags.',
    'Your login to the learning platform is changing next week.',
  ],
  invalid: [
    invalid('The code for the bike shed padlock is 7193', ['7193']),
    invalid('PIN for the minibus fuel card is 6621 – keep it private', ['6621']),
    invalid('Reminder: the office keypad is 3308#', ['3308#']),
    invalid('Password to the staff laptop: Kestrel42', ['Kestrel42']),
  ],
});

// Wi-Fi keys next to the network name, passphrases, a word and a number typed apart, long spaced keys (issue 20 item 2).
ruleTester('safeguarding-secret', {}, {
  valid: [
    'The Wi-Fi password changes tomorrow; staff will get it by e-mail.',
    'Our network is down this morning, so the blog will update later.',
    'Wi-Fi is back on in Year 4 – thank you to our technician!',
    'Year 2 learned the password game: pass the word round the circle.',
    'The Wi-Fi key is printed in the staff handbook.',
  ].map(pin),
  invalid: [
    invalid('Guests: network Oakfield-Guest / key: maple-fox-river', ['maple-fox-river']),
    invalid('Wi-Fi BrambleStaff, password sunflower7', ['sunflower7']),
    invalid('For the hall Wi-Fi the key is purple-otter-lamp-nine.', ['purple-otter-lamp-nine']),
    invalid('The class blog password is owls 2026 – enjoy!', ['owls 2026']),
    invalid('Staff Wi-Fi key: 3 8 2 9 1 0 4 7 5 6', ['3 8 2 9 1 0 4 7 5 6']),
  ].map(pinned),
}, 'safeguarding-secret: Wi-Fi pairs, passphrases, split passwords, long spaced keys');
