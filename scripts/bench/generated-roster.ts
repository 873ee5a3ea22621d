/**
 * Generated rosters for benchmarks: realistic and deterministic (fixed seed).
 * Common and rare first names, accents, hyphenated first names and surnames,
 * particle surnames (da Silva, O'Neill), preferred names, classes of 30 and
 * consent flags (about 10% without photo consent, 5% without name consent).
 */
import type { Pupil, Staff } from '../../rules/profile/schema';

export { seeded } from '../lib/random';
import { seeded } from '../lib/random';

const COMMON = `Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Freya Willow Florence Emily Ella Poppy Evie
Elsie Charlotte Evelyn Sienna Daisy Phoebe Harper Sofia Alice Ruby Matilda Chloe Noah Oliver George Arthur Leo Muhammad
Harry Oscar Archie Henry Theodore Freddie Jack Charlie Theo Alfie Jacob Thomas Finley Arlo Lucas Teddy William Tommy
Isaac James Joshua Max Mohammed Ethan Adam Reuben Samuel Joseph Hugo Ali Ibrahim Zara Aisha Amir Hannah Sam Ben Joe
Daniel Ryan Mason Logan Dylan Lewis Jessica Megan Lucy Holly Katie`.split(/\s+/);
const RARE = `Zephyrine Ottoline Caspian Wolfgang Bartholomew Persephone Thaddeus Leocadia Ignatius Eulalie Marigold Peregrine
Seraphina Cosimo Araminta Lysander Ondine Barnaby Xanthe Evander Clementine Ptolemy Temperance Ambrose Philippa Cassius`.split(/\s+/);
const ACCENTED = `Chloé Zoë Anaïs Renée Adrián Mátyás Łucja Bartłomiej Søren Björn Inés José Noémie Aurélie Dawid Oskar`.split(/\s+/);
const SURNAMES = `Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson Evans Walker White
Roberts Green Hall Thomas Clarke Jackson Wood Harris Edwards Turner Martin Cooper Hill Ward Hughes Moore Clark King
Harrison Lewis Baker Lee Allen Morris Khan Scott Watson Davis Parker James Bennett Young Phillips Richardson Mitchell
Bailey Carter Cook Singh Shaw Bell Collins Morgan Kelly Begum Miller Cox Hussain Marshall Simpson Price Anderson Adams
Wilkinson Ali Ahmed Foster Ellis Murphy Chapman Mason Gray Richards Webb Griffiths Hunt Palmer Campbell Holmes Mills
Rogers Barnes Knight Matthews Barker Powell Stevens Kaur Fisher Butler Dixon Russell Harvey Pearson Graham Fletcher
Nowak Kowalski Wiśniewski Szymański Okafor Adeyemi Mensah Osei Nguyen Ferreira Rossi Müller`.split(/\s+/);
const PARTICLE_SURNAMES = ['da Silva', 'van der Berg', "O'Neill", "O'Brien", 'de Souza', "D'Arcy", 'McAllister'];
const TREES = ['Oak', 'Ash', 'Elm', 'Birch', 'Rowan', 'Hazel', 'Willow', 'Cedar', 'Maple', 'Holly', 'Beech', 'Larch'];
const TITLES = ['Mrs', 'Mr', 'Miss', 'Ms', 'Dr'];

export function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function forename(rand: () => number): string {
  const r = rand();
  if (r < 0.75) return pick(rand, COMMON);
  if (r < 0.85) return pick(rand, ACCENTED);
  if (r < 0.93) return pick(rand, RARE);
  return `${pick(rand, COMMON)}-${pick(rand, COMMON)}`; // Ella-Rose
}

function surname(rand: () => number): string {
  const r = rand();
  if (r < 0.88) return pick(rand, SURNAMES);
  if (r < 0.95) return `${pick(rand, SURNAMES)}-${pick(rand, SURNAMES)}`; // Smith-Jones
  return pick(rand, PARTICLE_SURNAMES);
}

export function generateRoster(size: number, seed = 20261121): { pupils: Pupil[]; staff: Staff[] } {
  const rand = seeded(seed + size);
  const classSize = 30;
  const pupils: Pupil[] = [];
  for (let i = 0; i < size; i++) {
    const classIndex = Math.floor(i / classSize);
    const year = (classIndex % 7) || 'R';
    const tree = TREES[classIndex % TREES.length]!;
    const stream = Math.floor(classIndex / (7 * TREES.length)) + 1;
    const first = forename(rand);
    const pupil: Pupil = {
      forename: first,
      surname: surname(rand),
      group: `${year === 'R' ? 'Reception' : `Year ${year}`} ${tree}${stream > 1 ? ` ${stream}` : ''} Class`,
      photoConsent: rand() >= 0.1,
      nameConsent: rand() >= 0.05,
    };
    if (rand() < 0.04) pupil.preferred = first.slice(0, Math.max(3, Math.ceil(first.length / 2)));
    pupils.push(pupil);
  }
  const staff: Staff[] = Array.from({ length: Math.max(20, Math.round(size / 15)) }, () => ({
    title: pick(rand, TITLES),
    forename: pick(rand, COMMON),
    surname: surname(rand),
  }));
  return { pupils, staff };
}

