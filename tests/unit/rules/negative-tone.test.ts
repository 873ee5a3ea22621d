import { describe, expect, it } from 'vitest';
import { ruleTester } from './rule-tester';
import { invalid, pin, pinned } from './content-helpers';
import { NEGATIVE_THRESHOLD, toneScore } from '../../../rules/text/tone';


ruleTester('negative-tone', {}, {
  valid: [
    'Unfortunately snow means the Year 3 castle visit is off today; we will rebook it.',
    'Sadly the disco is cancelled this week; tickets will be refunded.',
    'We will miss Mr Howe, who retires this summer after 30 years. Thank you!',
    'Year 6 learned about the Blitz and why so many people died in the war.',
    'Nursery have been reading Where the Wild Things Are at story time.',
    'Lost property will go to the charity shop on Friday.',
    'A gentle reminder: please do not park on the zigzag lines. Thank you!',
    'Hazel Class held a debate about school uniform – the “keep it” side won!',
    'Can you spare an hour at the book fair? Do you think you could help?',
    'Terrible weather but the children had a fantastic time at the farm!',
    'F***ing superb concert tonight',
  ],
  invalid: [
    invalid('We are sick of parents parking across the gates.', [['sick of', { severity: 'warn', message: 'complaint', hint: 'polite reminder' }]]),
    invalid('Fed up with the litter on the field every Monday.', ['Fed up']),
    invalid('Shocking behaviour at the gates this morning.', ['Shocking behaviour']),
    invalid('Appalling mess left after the disco. Disgraceful.', ['Appalling']),
    invalid('Cars on the zigzags yet again!', ['yet again!']),
    invalid('Whoever keeps leaving the gate open should stop.', ['Whoever keeps']),
    invalid('A few drivers are still using the staff car park. It has to stop.', ['A few drivers are still']),
    invalid('Should we ban mobile phones for Year 6? Comment below!', [
      ['Should we ban mobile phones for Year 6?', { message: 'invites debate', hint: 'without asking for opinions' }],
    ]),
    invalid('Is homework worth it? Agree or disagree?', ['Agree or disagree']),
    invalid('New lunch menu. Thoughts?', ['Thoughts?']),
    invalid('Do you think the holidays are too short? Let us know your views.', ['Do you think the holidays are too short?']),
    invalid('Who the hell left this mess?!', ['Who the hell']),
    invalid('Such awful, horrible, miserable weather, the worst week ever', [['awful', { message: 'reads as negative' }]]),
    invalid('It is with great sadness that we share this news.', ['sadness']),
    // Forefield: never "upsetting tweets". No complaint phrase here: the sentiment sum alone decides.
    invalid('A gloomy, hopeless end to a rotten week.', ['rotten']),
    invalid('The worst, most miserable sports day in years.', ['worst']),
  ],
});

// Neutral news that uses a mildly negative word must still pass (Droxford: "positive messages", not silence about closures).
ruleTester('negative-tone', {}, {
  valid: [
    'The broken window in the Year 2 classroom has been mended.',
    'Year 3 learned why earthquakes are so dangerous.',
    'The heating failed overnight; classrooms are warm again by 9am.',
  ],
  invalid: [],
});

describe('negative-tone score', () => {
  it('counts swearing as angry and praise as offsetting it', () => {
    expect(toneScore('What a sh*t morning').score).toBeLessThan(0);
    expect(toneScore('F***ing brilliant effort').score).toBeGreaterThan(toneScore('F***ing awful effort').score);
  });
  it('ignores capitalised titles mid-sentence and school-neutral words', () => {
    expect(toneScore('We read Moby Dick and Horrid Henry').score).toBe(0);
    expect(toneScore('The trip is postponed, sadly').score).toBe(0);
  });
  it('threshold is below what neutral news scores', () => {
    expect(toneScore('Sadly the match is cancelled because of the storm').score).toBeGreaterThan(NEGATIVE_THRESHOLD);
  });
});

// Generalisation cases: a named colleague run down in public; a named child's behaviour.
ruleTester('negative-tone', { staff: [{ title: 'Mr', forename: 'Tom', surname: 'Reeve' }] }, {
  valid: [
    'Mr Reeve ran a brilliant cross-country club this term.',
    'Thank you Mr Reeve, we will miss you!',
  ],
  invalid: [
    invalid('Mr Reeve needs to retire, honestly', ['needs to retire']),
    invalid('Very disappointed in Rory’s behaviour at lunch', ['disappointed in Rory’s behaviour']),
  ],
});

// Complaints, sarcasm and argument-inviting questions in plain words (issue 20 item 5), with clean controls.
ruleTester('negative-tone', {}, {
  valid: [
    'Who else is excited for sports day? See you on Friday!',
    'Does anyone have spare jam jars? Please drop them at the office.',
    'Oh what a brilliant day at the farm!',
    'Thanks for all your support with the book fair.',
    'Year 4 discussed how to be a good friend.',
    'A typical day in Reception: painting, stories and snack.',
  ],
  invalid: [
    invalid('Oh great, another letter from the council.', [['Oh great, another', { message: 'complaint' }]]),
    invalid('Thanks for nothing, bus company.', ['Thanks for nothing']),
    invalid('Just what we needed on a Monday: the heating broken.', ['Just what we needed']),
    invalid('Cheers, really appreciate the two hours’ notice. Not.', ['really appreciate the two hours’ notice']),
    invalid('Who else thinks the new homework policy is too much?', [['Who else thinks', { message: 'invites debate' }]]),
    invalid('Am I the only one who finds the longer day exhausting?', ['Am I the only one']),
    invalid('Is it just me or are the lunches getting smaller?', ['Is it just me or']),
    invalid('Why is it always the same families parking on the grass?', ['Why is it always']),
    invalid('Asked again and again and the gate is still left open.', ['Asked again and again']),
  ],
}, 'negative-tone: complaints, sarcasm and argument-inviting questions');

// Sarcasm with no negative word, rhetorical and argument-inviting questions, a named colleague (issue 20 item 5): new sentences.
ruleTester('negative-tone', { staff: [{ title: 'Mr', forename: 'Tom', surname: 'Reeve' }] }, {
  valid: [
    'What a lovely surprise for Reception: the chicks hatched overnight!',
    'Thank you to everyone who came to the Christmas puddings sale.',
    'Our debate club argued whether zoos should exist – well done to both teams!',
    'Year 4 asked why the sky is blue and found the answer with Mr Reeve.',
    'Mr Reeve shows off his new netball whistle at training.',
    'We raised £420 for the children’s hospital. Thank you!',
    'Only two weeks until the Year 6 production – tickets on sale now.',
    'Brilliant! Year 5 won the quiz again this year.',
    'Who knew worms could be so fascinating? Year 1 loved the wormery!',
    'We love how the children wrote about their heroes.',
  ].map(pin),
  invalid: [
    invalid('The hall is double-booked for the concert. What a surprise.', [['What a surprise', { message: 'complaint' }]]),
    invalid('Thanks so much for the hour’s notice about the inspection.', ['Thanks so much for the hour’s notice']),
    invalid('The heating works today. Only took them three weeks.', ['Only took them three weeks']),
    invalid('Because another new reading scheme always goes so well.', ['Because another new reading scheme always goes so well']),
    invalid('What is the point of homework in Reception?', [['What is the point of', { message: 'invites debate' }]]),
    invalid('Why should parents pay for the coach when the trip is compulsory?', ['Why should parents']),
    invalid('How hard can it be to close the gate behind you?', ['How hard can it be to']),
    invalid('Surely nobody thinks a four-day week is a good idea?', ['Surely nobody thinks a four-day week is a good idea?']),
    invalid('Mr Reeve is going through a divorce, so be kind to him.', [['is going through a divorce', { message: 'complaint' }]]),
    invalid('Mr Reeve still hasn’t sent the trip letters.', ['still hasn’t sent']),
    invalid('Brilliant. The photocopier is broken again.', ['Brilliant. The photocopier is broken']),
    invalid('Gotta love a fire drill in the rain.', ['Gotta love a']),
    invalid('Apparently nobody reads the newsletter.', ['Apparently nobody reads']),
    invalid('Is it too much to ask for a gate to be shut?', ['Is it too much to ask']),
    invalid('Staff meeting until six. Living the dream.', ['Living the dream']),
  ].map(pinned),
}, 'negative-tone: sarcasm, rhetorical questions, named colleagues');

// Angry tone from disguised swearing (issue 20 item 4): the same reading as offensive-language.
ruleTester('negative-tone', {}, {
  valid: [] as string[],
  invalid: [
    invalid('Some *hithead has parked across the gate again', ['*hithead']),
    invalid('What a s h i t s h o w the car park was this morning', ['s h i t s h o w']),
  ].map(pinned),
}, 'negative-tone: disguised compound swearing reads angry');

// Complaints with no angry word, sarcasm and argument-inviting questions, second pass of issue 20 item 5: new sentences.
ruleTester('negative-tone', {}, {
  valid: [
    'Once again our brass band won the regional festival! So proud of them.',
    'Fantastic! Year 2 have broken the school record for reading minutes.',
    'The boiler has been fixed, so the hall is warm again. Brilliant!',
    'Why do leaves change colour? Year 2 found out in science.',
    'Year 4 debated whether homework should be banned; the vote was close.',
    'Only a few places left on the Year 5 residential, so book soon.',
    'Which is your favourite season? Year 1 made a bar chart to find out.',
    'Reminder: please do not park on the zigzags outside school.',
    'Bakewell tart and spotted dick for our Victorian day!',
    'F***ing superb concert tonight',
  ].map(pin),
  invalid: [
    invalid('For the third time this term, PE kits must be named.', ['For the third time']),
    invalid('We have asked parents several times to use the crossing.', ['have asked parents several times']),
    invalid('Once again the side gate was left wide open overnight.', ['Once again the side gate was left']),
    invalid('Still no sign of the new climbing frame we paid for in May.', ['Still no sign']),
    invalid('The minibus has been nothing but problems this year.', ['nothing but problems']),
    invalid('Nobody bothered to return the library books before half term.', ['Nobody bothered']),
    invalid('A note to the handful of drivers who still think the bus bay is a car park.', ['to the handful of drivers who still']),
    invalid('The printer is broken again. Marvellous.', ['is broken again']),
    invalid('Marvellous, the hall roof is leaking onto the stage.', ['Marvellous']),
    invalid('Our "streamlined" dinner system took forty minutes today.', ['"streamlined"']),
    invalid('Who decided a Monday morning inset was a good idea?', ['Who decided a Monday morning inset was a good']),
    invalid('Who thought a Friday deadline was a sensible idea?', ['Who thought a Friday deadline was a sensible idea']),
    invalid('How are families expected to afford three non-uniform days a month?', ['How are families expected to']),
    invalid('Uniform: sensible or pointless? Argue it out in the replies.', ['sensible or pointless?']),
    invalid('Does anyone actually read the weekly bulletin?', ['Does anyone actually read']),
    invalid('Well, that rehearsal was, let\'s just say, memorable.', ["let's just say"]),
    invalid('Some plonker has left the tap running in the boys’ toilets, thank you so much.', ['plonker']),
  ].map(pinned),
}, 'negative-tone: plain-word complaints, praise turned round, argument-inviting questions, insults beside thanks');
