/**
 * Given names that are also ordinary English words. A roster pupil with one of
 * these names is only "mentioned" when the word is used as a name ("Grace sang
 * the solo"), not as the word ("grace before lunch", "we hope", "Summer Fair").
 * General English vocabulary, written for SafePost; not taken from any roster.
 */
export const WORD_NAMES: ReadonlySet<string> = new Set([
  // virtues and feelings
  'hope', 'grace', 'joy', 'faith', 'charity', 'patience', 'prudence', 'mercy', 'honor', 'honour',
  'harmony', 'melody', 'liberty', 'justice', 'unity', 'destiny', 'trinity', 'serenity', 'bliss',
  'felicity', 'verity', 'constance', 'happy', 'sunny', 'merry', 'precious', 'blessing', 'glory',
  'promise', 'journey', 'miracle', 'chance', 'noble', 'true', 'love',
  // seasons, months, days, times
  'summer', 'autumn', 'winter', 'spring', 'may', 'june', 'april', 'august', 'january', 'dawn',
  'eve', 'noel', 'easter', 'sunday', 'tuesday',
  // plants and nature
  'willow', 'ivy', 'rose', 'holly', 'poppy', 'daisy', 'lily', 'iris', 'violet', 'hazel', 'heather',
  'jasmine', 'fern', 'sage', 'rowan', 'ash', 'oak', 'cedar', 'birch', 'aspen', 'laurel', 'olive',
  'myrtle', 'primrose', 'bryony', 'briar', 'clover', 'juniper', 'linden', 'hawthorn', 'forest',
  'river', 'brook', 'rain', 'storm', 'sky', 'skye', 'star', 'sunshine', 'meadow', 'ocean', 'misty',
  'stone', 'rock', 'clay', 'reed', 'glen', 'dale', 'heath', 'marsh', 'lake', 'bay', 'cliff', 'field',
  'blossom', 'berry', 'cherry', 'apple', 'peach', 'plum', 'honey', 'maple', 'cotton',
  // gems and colours
  'ruby', 'amber', 'pearl', 'jade', 'crystal', 'opal', 'jewel', 'coral', 'scarlett', 'scarlet',
  'rusty', 'ginger', 'sandy', 'golden', 'silver', 'blue', 'grey', 'gray', 'red', 'brown', 'green',
  'white',
  // birds and animals
  'robin', 'wren', 'jay', 'lark', 'dove', 'raven', 'phoenix', 'fox', 'wolf', 'bear', 'drake', 'fawn',
  'kitty', 'bunny', 'buck', 'colt', 'hawk', 'swift', 'finch', 'martin',
  // everyday words and verbs
  'will', 'mark', 'bill', 'jack', 'pat', 'rob', 'sue', 'guy', 'art', 'frank', 'grant', 'ray', 'drew',
  'miles', 'chase', 'cash', 'hunter', 'mason', 'carter', 'cooper', 'baker', 'taylor', 'archer',
  'fisher', 'porter', 'parker', 'tanner', 'turner', 'walker', 'penny', 'kit', 'dot', 'bob', 'don',
  'nick', 'sally', 'carol', 'gene', 'earl', 'duke', 'king', 'prince', 'princess', 'queen', 'major',
  'sterling', 'ernest', 'young', 'bishop', 'dean', 'page', 'lane', 'wade', 'reign', 'royal', 'angel',
  'hero', 'max', 'rich', 'sonny', 'rocky', 'billy', 'jimmy', 'ted', 'teddy', 'nat', 'ben', 'tom',
  'dash', 'echo', 'story', 'poem', 'lyric', 'song', 'harper', 'piper', 'sailor', 'ranger',
  'gunner', 'trooper', 'scout', 'rebel', 'legend', 'saint', 'christian', 'paris', 'india', 'china', 'georgia', 'jordan', 'london', 'sydney',
  'brooklyn', 'dallas', 'austin', 'eden', 'haven', 'zion', 'asia', 'africa', 'florence', 'bailey', 'woody', 'holly', 'ivory', 'ebony', 'sable', 'raine', 'hail', 'snow', 'frost',
]);

/**
 * Word-names whose everyday sense is a time of year: a copula after them
 * ("Summer is here", "May was busy") is not evidence of a person.
 */
export const TIME_WORD_NAMES: ReadonlySet<string> = new Set([
  'summer', 'autumn', 'winter', 'spring', 'may', 'june', 'april', 'august', 'january', 'easter',
  'dawn', 'eve', 'noel', 'sunday', 'tuesday',
]);
