/**
 * Generated photos of children's work and school signs, for the page
 * evidence of issue 16 (rules/names/page-evidence.ts,
 * rules/secrets/adjacent-lines.ts): worksheets with a name label,
 * certificates with the name on a line of its own, pegs and tray labels,
 * display boards, whiteboards with a Wi-Fi key, door and keypad signs, and
 * photos with neither a name nor a secret that must not be blocked.
 *
 * Each picture comes from a template *family* (a layout); families, not
 * pictures, are split into "tune" and "holdout", so the held-out figure is
 * measured on layouts never looked at while tuning. Names come from a
 * generated roster (scripts/lib/random.ts seeded), word-names included
 * ("holly", "May"), in any case. Fonts: the system's free ones, the script
 * face Z003 (Debian fonts-urw-base35) for handwriting. Nothing here comes from
 * ../shared/eval.
 *
 *   npx tsx scripts/gen/page-photos.ts [outDir] [perFamily] [seed]
 *
 * Writes outDir/NNN.jpg, outDir/pupils.csv and outDir/labels.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { seeded } from '../lib/random';
import { photograph, textFree } from './text-photos';

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/** What a picture must get: block (a name or a secret), confirm at least (a bare keypad code), or no block. */
export type Expected = 'block' | 'ask' | 'no-block';

export interface PagePhotoLabel {
  file: string;
  family: string;
  split: 'tune' | 'holdout';
  expect: Expected;
  /** The pupil's name or the secret drawn, for the report. */
  target?: string;
  lines: string[];
  naming: 'none' | 'first-name-only';
}

/** The generated roster: ordinary names and names that are also words, months or seasons. */
const ROSTER_FIRST = [
  'Kai', 'Nia', 'Otis', 'Lyra', 'Felix', 'Bryn', 'Cosmo', 'Delphine', 'Ezra', 'Fenna', 'Gwen', 'Hugo', 'Juno', 'Mabel', 'Orla', 'Tamsin',
  'Holly', 'May', 'Robin', 'Poppy', 'Hazel', 'Faith', 'Autumn', 'Dawn',
];
const ROSTER_LAST = ['Ashcombe', 'Brennan', 'Calloway', 'Dunstan', 'Ellison', 'Farrant', 'Gillow', 'Hestley', 'Kendrick', 'Lovell', 'Marwood', 'Northey'];
const GROUPS = ['Year 1', 'Year 2', 'Year 3', 'Year 4', 'Oak Class', 'Ash Class'];

const FONTS = ['DejaVu Sans', 'Liberation Serif', 'URW Gothic', 'URW Bookman', 'C059', 'Nimbus Sans', 'Z003'];
const INKS = ['#111111', '#1b2a6b', '#6b1111', '#0d4d2a', '#333333'];

export interface RosterPupil {
  forename: string;
  surname: string;
  group: string;
}

export function generatedRoster(rng: Rng): RosterPupil[] {
  return ROSTER_FIRST.map((forename) => ({ forename, surname: pick(rng, ROSTER_LAST), group: pick(rng, GROUPS) }));
}

/** A name as a child or a teacher might write it: as is, lower case or capitals. */
function written(rng: Rng, name: string): string {
  const r = rng();
  return r < 0.25 ? name.toLowerCase() : r < 0.5 ? name.toUpperCase() : name;
}

interface PlacedText {
  text: string;
  size: number;
  /** Fractions of the card: where the text's anchor sits. */
  x: number;
  y: number;
  anchor?: 'start' | 'middle';
  bold?: boolean;
  script?: boolean;
}

interface Page {
  texts: PlacedText[];
  expect: Expected;
  target?: string;
  paper: string;
}

type Family = (rng: Rng, roster: readonly RosterPupil[]) => Page;

const SUMS = () => ['7 + 8 =', '12 - 5 =', '3 x 4 =', '20 ÷ 5 =', '9 + 6 ='];

/** The families, with their split. Holdout families are only ever measured. */
export const FAMILIES: Record<string, { split: 'tune' | 'holdout'; make: Family }> = {
  // Names: a label, a name-only line near award words, a short name-only line.
  'worksheet-name-label': {
    split: 'tune',
    make: (rng, roster) => {
      const who = pick(rng, roster).forename;
      const label = pick(rng, ['Name:', 'name -', 'NAME', 'Name :']);
      const sep = label.endsWith(':') && rng() < 0.5 ? '' : ' ';
      return {
        paper: '#ffffff',
        expect: 'block',
        target: who,
        texts: [
          { text: `${label}${sep}${written(rng, who)}`, size: 44, x: 0.08, y: 0.14, anchor: 'start', script: rng() < 0.5 },
          { text: pick(rng, ['Adding within 20', 'Times tables', 'Number bonds']), size: 54, x: 0.5, y: 0.3, bold: true },
          ...SUMS().slice(0, 4).map((s, i) => ({ text: s, size: 44, x: 0.12, y: 0.45 + i * 0.12, anchor: 'start' as const })),
        ],
      };
    },
  },
  'certificate-name-line': {
    split: 'tune',
    make: (rng, roster) => {
      const who = pick(rng, roster).forename;
      return {
        paper: pick(rng, ['#fdfbf2', '#f4f8ff']),
        expect: 'block',
        target: who,
        texts: [
          { text: pick(rng, ['READING CHAMPION', 'MATHS WHIZZ', 'KIND HEART AWARD']), size: 70, x: 0.5, y: 0.25, bold: true },
          { text: written(rng, who), size: 80, x: 0.5, y: 0.5, script: rng() < 0.4 },
          { text: pick(rng, ['finished the reading ladder', 'for amazing times tables', 'for always helping others']), size: 40, x: 0.5, y: 0.72 },
        ],
      };
    },
  },
  'peg-labels': {
    split: 'tune',
    make: (rng, roster) => {
      const names = [pick(rng, roster).forename, pick(rng, roster).forename, pick(rng, roster).forename];
      return {
        paper: pick(rng, ['#e8f0ff', '#fff2cc']),
        expect: 'block',
        target: names[0],
        texts: names.map((n, i) => ({ text: written(rng, n), size: 66, x: 0.2 + i * 0.3, y: 0.45 + (i % 2) * 0.15, bold: true })),
      };
    },
  },
  'worksheet-by-line': {
    split: 'holdout',
    make: (rng, roster) => {
      const who = pick(rng, roster).forename;
      return {
        paper: '#fffdf5',
        expect: 'block',
        target: who,
        texts: [
          { text: pick(rng, ['My Weekend', 'The Lost Key', 'A Day at the Beach']), size: 60, x: 0.5, y: 0.16, bold: true },
          { text: `by ${written(rng, who)}`, size: 44, x: 0.5, y: 0.28, script: rng() < 0.5 },
          { text: 'On Saturday we went to', size: 40, x: 0.1, y: 0.45, anchor: 'start', script: true },
          { text: 'the park and played.', size: 40, x: 0.1, y: 0.57, anchor: 'start', script: true },
        ],
      };
    },
  },
  'tray-label': {
    split: 'holdout',
    make: (rng, roster) => {
      const p = pick(rng, roster);
      return {
        paper: pick(rng, ['#ffe0e0', '#e0ffe8', '#e0e8ff']),
        expect: 'block',
        target: p.forename,
        texts: [{ text: written(rng, p.forename), size: 110, x: 0.5, y: 0.5, bold: rng() < 0.5, script: rng() < 0.3 }],
      };
    },
  },
  'certificate-presented': {
    split: 'holdout',
    make: (rng, roster) => {
      const p = pick(rng, roster);
      return {
        paper: '#fdf6e3',
        expect: 'block',
        target: p.forename,
        texts: [
          { text: 'Certificate', size: 72, x: 0.5, y: 0.2, bold: true },
          { text: pick(rng, ['Presented to', 'awarded to', 'This certificate belongs to']), size: 40, x: 0.5, y: 0.38 },
          { text: written(rng, rng() < 0.5 ? p.forename : `${p.forename} ${p.surname}`), size: 70, x: 0.5, y: 0.55, script: true },
          { text: 'for brilliant effort', size: 40, x: 0.5, y: 0.75 },
        ],
      };
    },
  },
  // Added after the first held-out run (2026-12-07), never looked at: a fresh check of the held-out figure.
  'desk-name-card': {
    split: 'holdout',
    make: (rng, roster) => {
      const who = pick(rng, roster).forename;
      return {
        paper: pick(rng, ['#ffffff', '#fff8e0']),
        expect: 'block',
        target: who,
        texts: [
          { text: written(rng, who), size: 96, x: 0.5, y: 0.45, bold: true, script: rng() < 0.3 },
          { text: `Table ${int(rng, 1, 8)}`, size: 40, x: 0.5, y: 0.7 },
        ],
      };
    },
  },
  'display-title-names': {
    split: 'holdout',
    make: (rng, roster) => {
      const names = [pick(rng, roster).forename, pick(rng, roster).forename, pick(rng, roster).forename];
      return {
        paper: pick(rng, ['#e6f7ff', '#fff0e6']),
        expect: 'block',
        target: names[0],
        texts: [
          { text: pick(rng, ['Our Kind Hearts', 'Brilliant Builders', 'Reading Rockets']), size: 64, x: 0.5, y: 0.2, bold: true },
          ...names.map((n, i) => ({ text: written(rng, n), size: 54, x: 0.5, y: 0.4 + i * 0.16 })),
        ],
      };
    },
  },
  'lunch-menu': {
    split: 'holdout',
    make: (rng) => ({
      paper: '#fffef5',
      expect: 'no-block',
      texts: [
        { text: 'Lunch menu', size: 64, x: 0.5, y: 0.2, bold: true },
        { text: `Monday: ${pick(rng, ['pasta bake', 'fish fingers', 'veggie curry'])}`, size: 44, x: 0.1, y: 0.42, anchor: 'start' },
        { text: `Tuesday: ${pick(rng, ['roast dinner', 'jacket potato', 'pizza'])}`, size: 44, x: 0.1, y: 0.56, anchor: 'start' },
        { text: 'Pudding: fruit or yoghurt', size: 44, x: 0.1, y: 0.7, anchor: 'start' },
      ],
    }),
  },
  // Secrets: a label above its value.
  'whiteboard-wifi': {
    split: 'tune',
    make: (rng) => {
      const key = `${pick(rng, ['Lantern', 'Puffin', 'Copper'])}#${int(rng, 2020, 2040)}`;
      return {
        paper: '#f7f7f4',
        expect: 'block',
        target: key,
        texts: [
          { text: `${pick(rng, ['Wi-Fi network', 'SSID', 'Network:'])} ${pick(rng, ['SCH-Guest', 'Parents', 'Hall-Net'])}`, size: 54, x: 0.1, y: 0.35, anchor: 'start', script: rng() < 0.3 },
          { text: `${pick(rng, ['Password:', 'Passcode -', 'key'])} ${key}`, size: 54, x: 0.1, y: 0.52, anchor: 'start' },
        ],
      };
    },
  },
  'door-sign-digits': {
    split: 'holdout',
    make: (rng) => {
      const code = `${int(rng, 1000, 9999)}${pick(rng, ['#', '*', ''])}`;
      return {
        paper: '#ffffff',
        expect: 'block',
        target: code,
        texts: [
          { text: pick(rng, ['Side Gate', 'Staff Door', 'KEYPAD', 'Front gate']), size: 64, x: 0.5, y: 0.38, bold: true },
          { text: code, size: 80, x: 0.5, y: 0.6 },
        ],
      };
    },
  },
  'keypad-code-only': {
    split: 'tune',
    make: (rng) => {
      const code = `${int(rng, 1000, 9999)}#`;
      return { paper: '#fafafa', expect: 'ask', target: code, texts: [{ text: code, size: 110, x: 0.5, y: 0.5, script: rng() < 0.5 }] };
    },
  },
  // Neither a name nor a secret: no block (photo-consent still asks).
  'worksheet-blank-name': {
    split: 'tune',
    make: (rng) => ({
      paper: '#ffffff',
      expect: 'no-block',
      texts: [
        { text: 'Name: ______________', size: 44, x: 0.08, y: 0.14, anchor: 'start' },
        { text: pick(rng, ['Shapes', 'Telling the time', 'Halving']), size: 54, x: 0.5, y: 0.3, bold: true },
        ...SUMS().slice(1, 4).map((s, i) => ({ text: s, size: 44, x: 0.12, y: 0.45 + i * 0.12, anchor: 'start' as const })),
      ],
    }),
  },
  'event-poster': {
    split: 'tune',
    make: (rng) => ({
      paper: pick(rng, ['#fff0f5', '#f0fff0']),
      expect: 'no-block',
      texts: [
        { text: pick(rng, ['Summer Fair', 'Spring Concert', 'Book Week']), size: 76, x: 0.5, y: 0.3, bold: true },
        { text: `Saturday ${int(rng, 1, 28)} June`, size: 48, x: 0.5, y: 0.5 },
        { text: 'Cakes, games and a raffle', size: 40, x: 0.5, y: 0.66 },
      ],
    }),
  },
  'lesson-whiteboard': {
    split: 'holdout',
    make: (rng) => ({
      paper: '#f7f7f4',
      expect: 'no-block',
      texts: [
        { text: pick(rng, ['LO: to use adjectives', 'LO: to add fractions', 'Today: the water cycle']), size: 52, x: 0.08, y: 0.25, anchor: 'start', script: rng() < 0.5 },
        { text: 'Remember capital letters', size: 44, x: 0.08, y: 0.45, anchor: 'start' },
        { text: 'and full stops!', size: 44, x: 0.08, y: 0.58, anchor: 'start' },
      ],
    }),
  },
  'room-sign': {
    split: 'holdout',
    make: (rng) => ({
      paper: '#ffffff',
      expect: 'no-block',
      texts: [
        { text: pick(rng, ['Library', 'Music Room', 'Main Hall']), size: 72, x: 0.5, y: 0.4, bold: true },
        { text: `Room ${int(rng, 1, 30)}`, size: 54, x: 0.5, y: 0.6 },
      ],
    }),
  },
};

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function renderPage(rng: Rng, page: Page, width: number, height: number): Promise<Buffer> {
  const font = pick(rng, FONTS.slice(0, -1));
  const ink = pick(rng, INKS);
  const texts = page.texts.map((t) => {
    const family = t.script ? 'Z003' : font;
    return `<text x="${t.x * width}" y="${t.y * height}" font-family="${family}" font-size="${t.size}" ${t.bold ? 'font-weight="bold"' : ''} text-anchor="${t.anchor ?? 'middle'}" fill="${ink}">${escapeXml(t.text)}</text>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${page.paper}"/>${texts.join('')}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export async function generatePagePhotos(outDir: string, perFamily = 4, seed = 20261207): Promise<PagePhotoLabel[]> {
  mkdirSync(outDir, { recursive: true });
  const rng = seeded(seed);
  const roster = generatedRoster(rng);
  writeFileSync(
    join(outDir, 'pupils.csv'),
    `Forename,Surname,Preferred Forename,Group,Photo Consent,Name Consent\n${roster.map((p) => `${p.forename},${p.surname},,${p.group},Y,Y`).join('\n')}\n`,
  );
  const labels: PagePhotoLabel[] = [];
  let n = 0;
  for (const [family, { split, make }] of Object.entries(FAMILIES)) {
    for (let k = 0; k < perFamily; k++) {
      const file = `${String(n++).padStart(3, '0')}.jpg`;
      const page = make(rng, roster);
      const w = int(rng, 1100, 1500);
      const h = Math.round(w * (0.62 + rng() * 0.25));
      const flat = join(outDir, `.page-${n}.png`);
      writeFileSync(flat, await renderPage(rng, page, w, h));
      photograph(rng, flat, join(outDir, file), w, h);
      execFileSync('rm', ['-f', flat]);
      labels.push({
        file,
        family,
        split,
        expect: page.expect,
        ...(page.target ? { target: page.target } : {}),
        lines: page.texts.map((t) => t.text),
        naming: k % 2 === 0 ? 'first-name-only' : 'none',
      });
    }
  }
  // Text-free pictures: nothing to find, nothing to block.
  for (let k = 0; k < perFamily; k++) {
    const file = `${String(n++).padStart(3, '0')}.jpg`;
    textFree(rng, join(outDir, file), 1200, 900);
    labels.push({ file, family: 'text-free', split: k % 2 === 0 ? 'tune' : 'holdout', expect: 'no-block', lines: [], naming: 'first-name-only' });
  }
  writeFileSync(join(outDir, 'labels.json'), `${JSON.stringify(labels, null, 1)}\n`);
  return labels;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = '.test-results/page-photos', perFamily = '4', seed = '20261207'] = process.argv.slice(2);
  const labels = await generatePagePhotos(outDir, Number(perFamily), Number(seed));
  console.log(`${labels.length} images in ${outDir} (labels.json, pupils.csv)`);
}
