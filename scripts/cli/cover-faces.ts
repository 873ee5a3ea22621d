/**
 * `safepost cover-faces --image photo.jpg --out covered.jpg` (RULES.md "CLI:
 * cover faces"): a copy of the photo with a round sticker over every face
 * found, the same size and format, and no metadata (sharp writes none unless
 * asked: EXIF, GPS and XMP are gone). The copy is checked again; any face
 * still found is covered too, so the output has no detectable face.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { stickersFor, stickersSvg } from '../../components/faces/cover';
import type { FaceBox } from '../../rules/types';
import { EXIT } from './exit';
import { InputError } from './inputs';

export const COVER_FACES_HELP = `Usage: npm run -s safepost -- cover-faces --image FILE --out FILE

Writes a copy of the image with every face found covered by an opaque round
sticker (with a margin), the same size and format, with no metadata (no EXIF,
no location). Prints {"image", "out", "faces": N} as one JSON line.

Exit codes: 0 written; 2 bad arguments; 3 the image cannot be read.`;

/** Re-checks of the covered copy: a face the first pass missed (e.g. one half-hidden by another) is covered next. */
const MAX_ROUNDS = 3;

const OUTPUT_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif']);

export async function runCoverFaces(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { image: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${COVER_FACES_HELP}\n`);
    return EXIT.ok;
  }
  const problems: string[] = [];
  if (!values.image) problems.push('--image FILE is required');
  if (!values.out) problems.push('--out FILE is required');
  if (problems.length) throw new InputError(problems);
  const imagePath = values.image!;
  const outPath = values.out!;

  let original: Buffer;
  let oriented: Buffer;
  let format: string;
  try {
    original = await readFile(imagePath);
    const image = sharp(original, { failOn: 'truncated' });
    format = (await image.metadata()).format ?? '';
    if (!OUTPUT_FORMATS.has(format)) throw new Error(`${format || 'unknown'} images cannot be written back`);
    // Turn the pixels upright (EXIF orientation) before anything else: the copy carries no orientation tag.
    oriented = await image.rotate().png({ compressionLevel: 1 }).toBuffer();
  } catch (error) {
    process.stderr.write(`error: cannot read image ${imagePath}: ${(error as Error).message}\n`);
    return EXIT.unreadableImages;
  }

  const { facesInBytes, terminateImageReader } = await import('./ocr-node');
  try {
    const { width, height } = await sharp(oriented).metadata();
    let current = oriented;
    let covered = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const faces: FaceBox[] = await facesInBytes(current, imagePath);
      if (faces.length === 0) break;
      covered += faces.length;
      const svg = stickersSvg(stickersFor(faces, width!, height!), width!, height!);
      current = await sharp(current).composite([{ input: Buffer.from(svg), left: 0, top: 0 }]).png({ compressionLevel: 1 }).toBuffer();
    }
    const encoded = await encodeLike(current, format);
    await writeFile(outPath, encoded);
    process.stdout.write(`${JSON.stringify({ image: imagePath, out: outPath, faces: covered })}\n`);
    return EXIT.ok;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code && /^E[A-Z]+$/.test(String((error as NodeJS.ErrnoException).code))) {
      throw new InputError([`cannot write ${outPath}: ${(error as Error).message}`]);
    }
    throw error;
  } finally {
    await terminateImageReader();
  }
}

/** Pixels re-encoded in the original's format, metadata-free (sharp keeps none unless told to). */
function encodeLike(pixels: Buffer, format: string): Promise<Buffer> {
  const image = sharp(pixels);
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 92 }).toBuffer();
    case 'webp':
      return image.webp({ quality: 92 }).toBuffer();
    default:
      return image.toFormat(format as keyof sharp.FormatEnum).toBuffer();
  }
}
