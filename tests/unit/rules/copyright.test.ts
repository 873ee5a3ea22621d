import { ruleTester } from './rule-tester';
import { invalidImage } from './content-helpers';

ruleTester('copyright', {}, {
  valid: [
    // Copyright reads images only: a caption is the teacher's own words.
    'Photo © Oakfield PTA',
    { text: 'Our science fair', images: [{ text: 'Year 5 Science Fair\nThursday 2pm' }] },
    { text: 'Quiz', images: [{ text: 'Which is a mammal?\n(a) Shark (b) Trout (c) Whale' }] },
    { text: 'Harbour trip', images: [{ text: 'a petty jetty' }] },
    { text: 'No text in this photo', images: [{ text: '' }] },
    // A stray © from OCR noise, with nothing after it, is not a notice.
    { text: 'Times tables board', images: [{ text: '"  es © |' }] },
  ],
  invalid: [
    invalidImage('shutterstock\nshutterstock · IMAGE ID: 55512 · www.shutterstock.com', ['shutterstock']),
    invalidImage('shuttcrstock', ['shuttcrstock']),
    invalidImage('GettyImages / iStockphoto', ['GettyImages', 'iStockphoto']),
    invalidImage('Getty Images', ['Getty Images']),
    invalidImage('a alamy\nwww.alamy.com', ['alamy']),
    invalidImage('Adobe Stock #39921', ['Adobe Stock']),
    // One warning per notice, however many times it repeats.
    invalidImage('© 2021 Sam Ellis. All rights reserved', ['©']),
    invalidImage('(c) 2019 Harbour Photos', ['(c)']),
    // All OCR can read of a faint tiled watermark is often the library's footer.
    invalidImage('xO\nol\n— IMAGE ID: 4471902235 —', ['IMAGE ID: 4471902235']),
    {
      text: 'Trip photo',
      images: [{ text: 'Dreamstime' }],
      errors: [{ match: 'Dreamstime', source: 'image', image: 0, severity: 'warn', message: 'watermark from Dreamstime', hint: 'school device' }],
    },
  ],
});
