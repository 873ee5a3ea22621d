/**
 * Pixel clean-up before OCR, shared by the extension (canvas ImageData) and
 * the CLI (sharp raw pixels) so both read the same picture the same way.
 * Pure: works on a bare RGBA byte array.
 */

/**
 * In place: RGBA → gray (Rec. 601 luma) with its contrast stretched so the
 * 1st percentile becomes black and the 99th white. Photographed whiteboards
 * and JPEG-washed posters have text at 40-70% gray that tesseract's own
 * binarisation loses; stretching first recovers much of it. Alpha becomes
 * opaque (transparent PNGs composite onto white, as they look on X).
 */
export function grayscaleStretch(rgba: Uint8ClampedArray | Uint8Array, lowPercentile = 0.01, highPercentile = 0.99): void {
  const pixels = rgba.length >> 2;
  if (pixels === 0) return;
  const histogram = new Uint32Array(256);
  for (let i = 0; i < pixels; i++) {
    const o = i << 2;
    const alpha = rgba[o + 3]! / 255;
    const luma = 0.299 * rgba[o]! + 0.587 * rgba[o + 1]! + 0.114 * rgba[o + 2]!;
    const gray = Math.round(luma * alpha + 255 * (1 - alpha));
    rgba[o] = gray;
    histogram[gray]!++;
  }
  const low = percentile(histogram, pixels, lowPercentile);
  const high = percentile(histogram, pixels, highPercentile);
  const span = high - low;
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) {
    lut[v] = span <= 0 ? v : Math.max(0, Math.min(255, Math.round(((v - low) * 255) / span)));
  }
  for (let i = 0; i < pixels; i++) {
    const o = i << 2;
    const v = lut[rgba[o]!]!;
    rgba[o] = v;
    rgba[o + 1] = v;
    rgba[o + 2] = v;
    rgba[o + 3] = 255;
  }
}

function percentile(histogram: Uint32Array, total: number, fraction: number): number {
  const target = Math.max(0, Math.min(total - 1, Math.floor(total * fraction)));
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!;
    if (seen > target) return v;
  }
  return 255;
}

/** Bytes at the start of an image that tesseract.js searches for an EXIF orientation tag. */
const EXIF_SNIFF_BYTES = 500;

/**
 * The gray channel of RGBA pixels (already gray: grayscaleStretch) as a
 * binary PGM (P5): the image format tesseract's reader (leptonica) takes with
 * no compression to make or undo. A PNG of a 1600 px page costs tens of ms to
 * encode and again to inflate inside the wasm worker, for every reading; the
 * pixels are the same. The header is padded with a comment to the first
 * 500 bytes: tesseract.js looks there for an EXIF orientation byte pattern,
 * which dark pixel rows could otherwise mimic and rotate the page.
 */
export function grayPgm(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Uint8Array {
  if (!(width > 0 && height > 0) || rgba.length !== width * height * 4) {
    throw new RangeError(`Not ${width}x${height} RGBA pixels: ${rgba.length} bytes`);
  }
  // leptonica takes a comment only straight after the magic number.
  const end = `\n${width} ${height}\n255\n`;
  const padding = Math.max(0, EXIF_SNIFF_BYTES - 'P5\n#'.length - end.length);
  const header = new TextEncoder().encode(`P5\n#${' '.repeat(padding)}${end}`);
  const out = new Uint8Array(header.length + width * height);
  out.set(header);
  for (let i = 0, o = header.length; i < rgba.length; i += 4, o++) out[o] = rgba[i]!;
  return out;
}

/**
 * A gray plane (0-255 floats) as a binary PGM, header padded like grayPgm's
 * (tesseract.js sniffs the first 500 bytes for an EXIF orientation pattern).
 */
export function planePgm(gray: Float32Array, width: number, height: number): Uint8Array {
  if (!(width > 0 && height > 0) || gray.length !== width * height) {
    throw new RangeError(`Not a ${width}x${height} gray plane: ${gray.length} values`);
  }
  const end = `\n${width} ${height}\n255\n`;
  const padding = Math.max(0, EXIF_SNIFF_BYTES - 'P5\n#'.length - end.length);
  const header = new TextEncoder().encode(`P5\n#${' '.repeat(padding)}${end}`);
  const out = new Uint8Array(header.length + gray.length);
  out.set(header);
  for (let i = 0; i < gray.length; i++) out[header.length + i] = Math.max(0, Math.min(255, Math.round(gray[i]!)));
  return out;
}

/** In place: stretches a gray plane so its 1st percentile becomes black and its 99th white (see grayscaleStretch). */
export function stretchPlane(gray: Float32Array, lowPercentile = 0.01, highPercentile = 0.99): void {
  if (gray.length === 0) return;
  const histogram = new Uint32Array(256);
  for (let i = 0; i < gray.length; i++) histogram[Math.max(0, Math.min(255, Math.round(gray[i]!)))]!++;
  const low = percentile(histogram, gray.length, lowPercentile);
  const high = percentile(histogram, gray.length, highPercentile);
  const span = high - low;
  if (span <= 0) return;
  for (let i = 0; i < gray.length; i++) gray[i] = Math.max(0, Math.min(255, ((gray[i]! - low) * 255) / span));
}
