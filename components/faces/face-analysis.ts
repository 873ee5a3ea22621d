/**
 * The "faces" analysis of the image host (components/vision/): uncovered
 * human faces in every attached image, next to its text, in the same host,
 * cache and deadlines. Runtime-neutral: how Human starts (the browser bundle
 * in the extension, the node-wasm bundle in the CLI) comes in from outside.
 */
import { RunGenerations } from '../vision/abandon';
import type { ImageAnalysis, RgbaImage } from '../vision/types';
import { FACE_DETECT_TIMEOUT_MS, FACE_START_TIMEOUT_MS } from './config';
import { detectFaces, type LoadableHuman, type RgbImage } from './detector';
import type { FaceCandidate } from './merge';
import { faceTargetSize } from './tiles';

/** Starts Human on tfjs's wasm backend with the shipped models (components/vision/browser.ts, scripts/cli/vision-node.ts). */
export type StartFaceDetector = () => Promise<LoadableHuman>;

export interface FaceAnalysisOptions {
  /** Deadline for one image, detector start-up included. */
  timeoutMs?: number;
  /** Every candidate of every image, kept or not: benches and tests look at what was filtered out. */
  onCandidates?(candidates: readonly FaceCandidate[]): void;
}

/**
 * The decoded image as the detector wants it: float RGB at most FACE_MAX_SIDE
 * on its longest side, transparency composited onto white (as X shows it).
 * One pass of bilinear sampling: the host decodes at most 2048 px, so this
 * shrinks by 1.28x at most, where bilinear does not alias (~25 ms for a
 * 12 MP photo; an area filter cost 150 ms, tfjs's resize on the full-size
 * tensor ~40 ms with the copy).
 */
export function facePixels(image: RgbaImage): RgbImage {
  const { width, height } = image;
  const src = opaqueRgba(image);
  const size = faceTargetSize(width, height);
  const rgb = new Float32Array(size.width * size.height * 3);
  // Where each target column samples: the same for every row.
  const sx = width / size.width;
  const left = new Int32Array(size.width);
  const right = new Int32Array(size.width);
  const share = new Float32Array(size.width);
  for (let x = 0; x < size.width; x++) {
    const fx = Math.min(width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
    const x0 = Math.floor(fx);
    left[x] = x0 * 4;
    right[x] = Math.min(width - 1, x0 + 1) * 4;
    share[x] = fx - x0;
  }
  const sy = height / size.height;
  for (let y = 0, o = 0; y < size.height; y++) {
    const fy = Math.min(height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const row0 = y0 * width * 4;
    const row1 = Math.min(height - 1, y0 + 1) * width * 4;
    const ay = fy - y0;
    for (let x = 0; x < size.width; x++, o += 3) {
      const ax = share[x]!;
      const i00 = row0 + left[x]!;
      const i01 = row0 + right[x]!;
      const i10 = row1 + left[x]!;
      const i11 = row1 + right[x]!;
      for (let c = 0; c < 3; c++) {
        const top = src[i00 + c]! + (src[i01 + c]! - src[i00 + c]!) * ax;
        const bottom = src[i10 + c]! + (src[i11 + c]! - src[i10 + c]!) * ax;
        rgb[o + c] = top + (bottom - top) * ay;
      }
    }
  }
  return { ...size, data: rgb };
}

/** The pixels with transparency composited onto white; the image itself when it is opaque (photos: no copy). */
function opaqueRgba(image: RgbaImage): Uint8Array | Uint8ClampedArray {
  const { data } = image;
  let opaque = true;
  for (let i = 3; i < data.length; i += 4) {
    if (data[i] !== 255) {
      opaque = false;
      break;
    }
  }
  if (opaque) return data;
  const out = new Uint8ClampedArray(data.length);
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]!;
    for (let c = 0; c < 3; c++) out[i + c] = (data[i + c]! * alpha) / 255 + 255 - alpha;
    out[i + 3] = 255;
  }
  return out;
}

export function faceAnalysis(start: StartFaceDetector, options: FaceAnalysisOptions = {}): ImageAnalysis<'faces'> {
  let detector: Promise<LoadableHuman> | undefined;
  const generations = new RunGenerations();
  return {
    id: 'faces',
    label: 'Finding faces',
    required: false,
    timeoutMs: options.timeoutMs ?? FACE_START_TIMEOUT_MS + FACE_DETECT_TIMEOUT_MS,
    async run(image) {
      const checkpoint = generations.checkpoint();
      if (!detector) {
        // Lazy: the 2 MB of weights and wasm load only once an image is attached.
        const starting = start();
        detector = starting;
        starting.catch(() => {
          if (detector === starting) detector = undefined;
        });
      }
      const human = await detector;
      checkpoint();
      const { faces, candidates } = await detectFaces(human, facePixels(image));
      options.onCandidates?.(candidates);
      return faces;
    },
    async reset() {
      generations.abandonAll();
      detector = undefined;
    },
  };
}
