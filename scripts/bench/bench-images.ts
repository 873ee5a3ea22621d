/**
 * Images the benches make for themselves (sharp, no files committed): a
 * 4032×3024 "phone photo" of a notice board, the size the 1.5 s goal is about.
 */
import sharp from 'sharp';

export async function twelveMegapixelPhoto(): Promise<Uint8Array> {
  const width = 4032;
  const height = 3024;
  const lines = ['Star Reader of the Week', 'Percival Ashdown  Year 5', 'Wi-Fi key: HOLLOW-7731', 'Door code 4829'];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#c9b48f"/>
    <g transform="rotate(-4 2016 1512)">
      <rect x="700" y="500" width="2600" height="1900" fill="#fbfaf4"/>
      ${lines.map((line, i) => `<text x="2000" y="${900 + i * 380}" font-family="DejaVu Sans" font-size="170" text-anchor="middle" fill="#222">${line}</text>`).join('')}
    </g></svg>`;
  const buffer = await sharp(Buffer.from(svg)).blur(1.2).jpeg({ quality: 88 }).toBuffer();
  return new Uint8Array(buffer);
}

/** The same bytes with one trailing byte changed per run, so the image host's cache never answers. */
export function uncached(bytes: Uint8Array, run: number): Uint8Array {
  const copy = new Uint8Array(bytes.length + 1);
  copy.set(bytes);
  copy[bytes.length] = run & 0xff;
  return copy;
}
