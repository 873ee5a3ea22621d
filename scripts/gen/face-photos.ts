/**
 * Makes SafePost's face test photos from clearly licensed pictures that
 * Debian's python3-skimage ships (apt-get install python3-skimage):
 *  - astronaut.png: Eileen Collins, NASA, public domain ("No known copyright
 *    restrictions, released into the public domain", skimage/data/_fetchers.py);
 *  - chelsea.png: Chelsea the cat, CC0 by Stefan van der Walt;
 *  - coffee.png: a coffee cup, CC0 by Rachel Michetti.
 * Group photos, small faces, covered faces, a line drawing and a pet photo are
 * composed from them. Writes JPEGs and manifest.json (expected face counts)
 * to tests/fixtures/faces/ (or the directory given):
 *
 *   npx tsx scripts/gen/face-photos.ts [outDir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export const SKIMAGE_DATA = '/usr/lib/python3/dist-packages/skimage/data';
const ASTRONAUT = join(SKIMAGE_DATA, 'astronaut.png');
const CAT = join(SKIMAGE_DATA, 'chelsea.png');
const COFFEE = join(SKIMAGE_DATA, 'coffee.png');

/** Eileen Collins's face in astronaut.png (512x512), as BlazeFace boxes it, grown to hair and chin. */
const ASTRONAUT_FACE = { x: 150, y: 30, w: 150, h: 185 };

export interface TestPhoto {
  file: string;
  /** Uncovered human faces in the picture. */
  faces: number;
  what: string;
}

type Layer = { input: Buffer; left: number; top: number };

async function astronautAt(side: number, cover?: 'disc' | 'emoji' | 'square'): Promise<Buffer> {
  let image = sharp(ASTRONAUT).removeAlpha();
  if (cover) image = sharp(await image.composite([{ input: Buffer.from(coverSvg(cover)), left: 0, top: 0 }]).png().toBuffer());
  return image.resize(side, side).png().toBuffer();
}

/** An opaque cover over the astronaut's face, as a teacher's photo app would put one. */
function coverSvg(kind: 'disc' | 'emoji' | 'square'): string {
  const { x, y, w, h } = ASTRONAUT_FACE;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const r = Math.max(w, h) / 2 + 6;
  const shape =
    kind === 'square'
      ? `<rect x="${x - 6}" y="${y - 6}" width="${w + 12}" height="${h + 12}" fill="#3a6ea5"/>`
      : kind === 'disc'
        ? `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#222222"/>`
        : // An emoji-like smiley sticker: a drawn face that must not count as a person.
          `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#ffcc33" stroke="#e0a800" stroke-width="6"/>` +
          `<ellipse cx="${cx - r * 0.35}" cy="${cy - r * 0.25}" rx="${r * 0.11}" ry="${r * 0.18}" fill="#402000"/>` +
          `<ellipse cx="${cx + r * 0.35}" cy="${cy - r * 0.25}" rx="${r * 0.11}" ry="${r * 0.18}" fill="#402000"/>` +
          `<path d="M ${cx - r * 0.5} ${cy + r * 0.2} Q ${cx} ${cy + r * 0.75} ${cx + r * 0.5} ${cy + r * 0.2}" stroke="#402000" stroke-width="${r * 0.09}" fill="none" stroke-linecap="round"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512">${shape}</svg>`;
}

async function canvas(width: number, height: number, layers: Layer[], background = { r: 214, g: 220, b: 226 }): Promise<sharp.Sharp> {
  return sharp({ create: { width, height, channels: 3, background } }).composite(layers);
}

async function jpeg(image: sharp.Sharp, path: string): Promise<void> {
  await image.jpeg({ quality: 72, mozjpeg: true }).toFile(path);
}

/** A row of `n` copies, `side` px each; `covers[i]` covers copy i's face. */
async function row(n: number, side: number, covers: Array<'disc' | 'emoji' | 'square' | undefined> = []): Promise<sharp.Sharp> {
  const layers: Layer[] = [];
  for (let i = 0; i < n; i++) layers.push({ input: await astronautAt(side, covers[i]), left: i * side, top: 0 });
  return canvas(n * side, side, layers);
}

/**
 * A crowded group photo: `cols` x `rows` people of varying size on a
 * 1600 px wide picture, faces about 60-100 px (the size one pass misses).
 */
async function crowd(cols: number, rows: number, width: number, height: number): Promise<sharp.Sharp> {
  const layers: Layer[] = [];
  const cellW = Math.floor(width / cols);
  const cellH = Math.floor(height / rows);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      // Face box is ~0.28 of the copy: copies of 215-350 px give 60-100 px faces.
      const side = Math.min(cellW, cellH, 215 + ((k * 53) % 136));
      layers.push({ input: await astronautAt(side), left: c * cellW + Math.floor((cellW - side) / 2), top: r * cellH + Math.floor((cellH - side) / 2) });
      k++;
    }
  }
  return canvas(width, height, layers);
}

/** A line drawing of the astronaut (edges only, dark on white): a picture of a person, not a person. */
async function drawing(): Promise<sharp.Sharp> {
  const edges = await sharp(ASTRONAUT)
    .greyscale()
    .blur(1.2)
    .convolve({ width: 3, height: 3, kernel: [-1, -1, -1, -1, 8, -1, -1, -1, -1] })
    .linear(4, 0)
    .negate()
    .threshold(200)
    .png()
    .toBuffer();
  return sharp(edges);
}

export async function makeTestPhotos(outDir: string): Promise<TestPhoto[]> {
  mkdirSync(outDir, { recursive: true });
  const photos: TestPhoto[] = [];
  const add = async (file: string, faces: number, what: string, image: sharp.Sharp | Promise<sharp.Sharp>) => {
    await jpeg(await image, join(outDir, file));
    photos.push({ file, faces, what });
  };
  await add('single-portrait.jpg', 1, 'one person, face ~145 px', sharp(ASTRONAUT).removeAlpha());
  await add('single-small.jpg', 1, 'one person shrunk to 256 px, face ~70 px', sharp(ASTRONAUT).removeAlpha().resize(256, 256));
  await add('group-row-4.jpg', 4, 'four people in a row', row(4, 300));
  await add('group-crowd-12.jpg', 12, 'twelve people, faces 60-100 px, 1600x1066', crowd(4, 3, 1600, 1066));
  await add('group-crowd-20.jpg', 20, 'twenty people, faces 60-100 px, 1800x1350', crowd(5, 4, 1800, 1350));
  await add('group-partly-covered.jpg', 2, 'four people, two faces covered (disc, emoji sticker)', row(4, 300, [undefined, 'disc', undefined, 'emoji']));
  await add('covered-disc.jpg', 0, 'one person, face under a dark disc', sharp(await astronautAt(512, 'disc')));
  await add('covered-emoji.jpg', 0, 'one person, face under a smiley sticker', sharp(await astronautAt(512, 'emoji')));
  await add('covered-group.jpg', 0, 'four people, every face covered (square, disc, emoji, square)', row(4, 300, ['square', 'disc', 'emoji', 'square']));
  await add('drawing.jpg', 0, 'a line drawing of a person', drawing());
  await add('cat.jpg', 0, 'a cat (Chelsea)', sharp(CAT).removeAlpha());
  await add('cat-and-person.jpg', 1, 'a cat beside a person', canvas(451 + 300, 300, [
    { input: await sharp(CAT).removeAlpha().png().toBuffer(), left: 0, top: 0 },
    { input: await astronautAt(300), left: 451, top: 0 },
  ]));
  await add('no-people.jpg', 0, 'a coffee cup', sharp(COFFEE).removeAlpha());
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(photos, null, 2)}\n`);
  return photos;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? join(import.meta.dirname, '../../tests/fixtures/faces');
  const photos = await makeTestPhotos(out);
  console.log(`${photos.length} photos in ${out}`);
}
