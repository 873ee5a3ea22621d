/**
 * Generated test photos of text, the project's own (no images of unclear
 * licence): certificates, name displays, whiteboards and door signs with
 * names, codes and numbers, rendered with the system's free fonts (DejaVu,
 * Liberation, Noto) and then "photographed": perspective, rotation, blur,
 * noise, uneven light, JPEG. Plus text-free pictures that must read as
 * nothing. Seeded: the same seed gives the same set.
 *
 *   npx tsx scripts/gen/text-photos.ts [outDir] [count] [seed]
 *
 * Writes outDir/NNN.jpg and outDir/labels.json: per image its key words
 * (every name, code and number on it) and its split. Half the images are
 * "tune" (may be looked at while choosing settings), half "holdout" (only
 * measured: scripts/eval/text-photos.ts reports both).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export interface TextPhotoLabel {
  file: string;
  kind: string;
  split: 'tune' | 'holdout';
  /** Words that must be read (names, codes, numbers); empty for a text-free picture. */
  keywords: string[];
  /** Every line drawn, for diagnostics. */
  lines: string[];
  /** How it was "photographed". */
  camera: { rotate: number; perspective: number; blur: number; noise: number };
}

export { seeded as random } from '../lib/random';
import { seeded as random } from '../lib/random';

const FIRST = ['Percival', 'Amara', 'Tobias', 'Elowen', 'Kofi', 'Maisie', 'Rafferty', 'Niamh', 'Bartholomew', 'Ines', 'Caspian', 'Zainab', 'Florian', 'Marnie', 'Idris', 'Beatrix', 'Soren', 'Lottie', 'Emeka', 'Wilhelmina', 'Jasper', 'Anouk', 'Dmitri', 'Saoirse', 'Hamish', 'Priya', 'Lucan', 'Ottilie', 'Yusuf', 'Clementine'];
const LAST = ['Ashdown', 'Fairweather', 'Okonkwo', 'Pemberton', 'Nakamura', 'Thistlewood', 'Varga', 'Blackwell', 'Quinlan', 'Moreau', 'Hargreaves', 'Osei', 'Lindqvist', 'Carrow', 'Delacroix', 'Whitmore', 'Iqbal', 'Penhaligon', 'Sato', 'Brannigan'];
const FONTS = ['DejaVu Sans', 'DejaVu Serif', 'Liberation Sans', 'Liberation Serif', 'DejaVu Sans Condensed', 'Liberation Sans Narrow'];
const INKS = ['#111111', '#1b2a6b', '#6b1111', '#0d4d2a', '#333333'];

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const name = (rng: Rng) => `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
const code = (rng: Rng) => `${pick(rng, ['HOLLOW', 'MAPLE', 'ORCHID', 'KESTREL', 'BIRCH', 'COMET'])}-${int(rng, 1000, 9999)}`;

interface Card {
  kind: string;
  lines: { text: string; size: number; bold?: boolean }[];
  keywords: string[];
  paper: string;
}

function card(rng: Rng, kind: string): Card {
  switch (kind) {
    case 'certificate': {
      const who = name(rng);
      const year = `Year ${int(rng, 1, 6)}`;
      return {
        kind,
        paper: pick(rng, ['#fdfbf2', '#fff8e6', '#f4f8ff']),
        lines: [
          { text: pick(rng, ['Star Reader', 'Star of the Week', 'Certificate of Merit', 'Super Speller']), size: 74, bold: true },
          { text: 'awarded to', size: 40 },
          { text: who, size: 68, bold: true },
          { text: `${year}  ${int(rng, 1, 28)}/${int(rng, 1, 12)}/2026`, size: 42 },
        ],
        keywords: [...who.split(' '), ...year.split(' ').slice(1)],
      };
    }
    case 'display': {
      const names = Array.from({ length: int(rng, 4, 7) }, () => name(rng));
      return {
        kind,
        paper: pick(rng, ['#fff2cc', '#e6f2ff', '#f0ffe6']),
        lines: [{ text: pick(rng, ['Our Class Helpers', 'Reading Stars', 'Team Captains']), size: 64, bold: true }, ...names.map((n) => ({ text: n, size: 50 }))],
        keywords: names.flatMap((n) => n.split(' ')),
      };
    }
    case 'whiteboard': {
      const key = code(rng);
      const network = `${pick(rng, ['Visitor', 'Guest', 'Staff'])}Net`;
      return {
        kind,
        paper: '#f7f7f4',
        lines: [
          { text: 'Welcome visitors!', size: 58 },
          { text: `Wi-Fi: ${network}`, size: 54 },
          { text: `Password: ${key}`, size: 54 },
          { text: `Room ${int(rng, 1, 40)}`, size: 46 },
        ],
        keywords: [network, key],
      };
    }
    default: {
      const digits = String(int(rng, 1000, 999999));
      return {
        kind,
        paper: pick(rng, ['#ffffff', '#fffbe0']),
        lines: [
          { text: pick(rng, ['Staff entrance', 'Office door', 'Side gate']), size: 56, bold: true },
          { text: `Door code ${digits}`, size: 66 },
          { text: `Call ${int(rng, 100, 999)} for help`, size: 44 },
        ],
        keywords: [digits],
      };
    }
  }
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function renderCard(rng: Rng, c: Card, width: number, height: number): Promise<Buffer> {
  const font = pick(rng, FONTS);
  const ink = pick(rng, INKS);
  const total = c.lines.reduce((s, l) => s + l.size * 1.5, 0);
  let y = (height - total) / 2 + c.lines[0]!.size;
  const texts = c.lines.map((l) => {
    const el = `<text x="${width / 2}" y="${y}" font-family="${font}" font-size="${l.size}" ${l.bold ? 'font-weight="bold"' : ''} text-anchor="middle" fill="${ink}">${escapeXml(l.text)}</text>`;
    y += l.size * 1.5;
    return el;
  });
  const border = c.kind === 'certificate' ? `<rect x="20" y="20" width="${width - 40}" height="${height - 40}" fill="none" stroke="${ink}" stroke-width="6"/>` : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${c.paper}"/>${border}${texts.join('')}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** "Photographs" a flat card: background, perspective, rotation, light falloff, blur, noise, JPEG. */
export function photograph(rng: Rng, cardPng: string, out: string, w: number, h: number): TextPhotoLabel['camera'] {
  const perspective = rng() * 0.16;
  const rotate = (rng() * 2 - 1) * 12;
  const blur = rng() < 0.5 ? 0.6 + rng() * 1.6 : 0;
  const noise = rng() * 0.5;
  const j = (f: number) => Math.round((rng() * 2 - 1) * f * w);
  // Corners move inwards by up to `perspective` of the width: a board shot from the side or from below.
  const corners = [0, 0, j(perspective), Math.abs(j(perspective)), w, 0, w - Math.abs(j(perspective)), Math.abs(j(perspective)), w, h, w - Math.abs(j(perspective)), h - Math.abs(j(perspective)), 0, h, Math.abs(j(perspective)), h - Math.abs(j(perspective))];
  const background = pick(rng, ['#8a7a60', '#556070', '#a0a0a0', '#704030', '#3a4a3a']);
  const args = [
    cardPng,
    '-virtual-pixel', 'background', '-background', background,
    '-distort', 'Perspective', corners.join(','),
    '-rotate', rotate.toFixed(2),
    '-gravity', 'center', '-extent', `${Math.round(w * 1.25)}x${Math.round(h * 1.25)}`,
    // Uneven light: a soft gradient multiplied in.
    '(', '-size', `${Math.round(w * 1.25)}x${Math.round(h * 1.25)}`, `radial-gradient:white-gray${int(rng, 55, 85)}`, ')', '-compose', 'multiply', '-composite',
    ...(blur > 0 ? ['-blur', `0x${blur.toFixed(2)}`] : []),
    '-attenuate', noise.toFixed(2), '+noise', 'Gaussian',
    '-quality', String(int(rng, 70, 92)),
    out,
  ];
  execFileSync('/usr/bin/convert', args);
  return { rotate: +rotate.toFixed(2), perspective: +perspective.toFixed(3), blur: +blur.toFixed(2), noise: +noise.toFixed(2) };
}

/** A picture with no text: gradients, blotches and noise. */
export function textFree(rng: Rng, out: string, w: number, h: number): void {
  const a = pick(rng, ['#7fa37f', '#d8c8a8', '#ffffff', '#202830', '#c0d8f0']);
  const b = pick(rng, ['#305030', '#a08060', '#f0f0f0', '#405060', '#6080a0']);
  execFileSync('/usr/bin/convert', ['-size', `${w}x${h}`, `gradient:${a}-${b}`, '-attenuate', (rng() * 0.8).toFixed(2), '+noise', 'Gaussian', '-blur', `0x${(rng() * 2).toFixed(1)}`, '-quality', '85', out]);
}

export async function generateTextPhotos(outDir: string, count = 40, seed = 20261130): Promise<TextPhotoLabel[]> {
  mkdirSync(outDir, { recursive: true });
  const rng = random(seed);
  const labels: TextPhotoLabel[] = [];
  const kinds = ['certificate', 'display', 'whiteboard', 'door-sign'];
  for (let i = 0; i < count; i++) {
    const file = `${String(i).padStart(3, '0')}.jpg`;
    const out = join(outDir, file);
    const split = i % 2 === 0 ? 'tune' : 'holdout';
    const w = int(rng, 1100, 1500);
    const h = Math.round(w * (0.62 + rng() * 0.25));
    if (i % 10 === 9) {
      textFree(rng, out, w, h);
      labels.push({ file, kind: 'text-free', split, keywords: [], lines: [], camera: { rotate: 0, perspective: 0, blur: 0, noise: 0 } });
      continue;
    }
    const c = card(rng, kinds[i % kinds.length]!);
    const flat = join(outDir, `.card-${i}.png`);
    writeFileSync(flat, await renderCard(rng, c, w, h));
    const camera = photograph(rng, flat, out, w, h);
    execFileSync('rm', ['-f', flat]);
    labels.push({ file, kind: c.kind, split, keywords: c.keywords, lines: c.lines.map((l) => l.text), camera });
  }
  writeFileSync(join(outDir, 'labels.json'), `${JSON.stringify(labels, null, 1)}\n`);
  return labels;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = '.test-results/text-photos', count = '40', seed = '20261130'] = process.argv.slice(2);
  const labels = await generateTextPhotos(outDir, Number(count), Number(seed));
  console.log(`${labels.length} images in ${outDir} (labels.json)`);
}
