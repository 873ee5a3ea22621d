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

/** Starts Human on tfjs's wasm backend with the shipped models (components/vision/browser.ts, scripts/cli/vision-node.ts). */
export type StartFaceDetector = () => Promise<LoadableHuman>;

export interface FaceAnalysisOptions {
  /** Deadline for one image, detector start-up included. */
  timeoutMs?: number;
  /** Every candidate of every image, kept or not: benches and tests look at what was filtered out. */
  onCandidates?(candidates: readonly FaceCandidate[]): void;
}

/** The decoded image as the detector wants it: float RGB, transparency composited onto white (as X shows it). */
export function facePixels(image: RgbaImage): RgbImage {
  const { data, width, height } = image;
  const rgb = new Float32Array(width * height * 3);
  for (let i = 0, o = 0; o < rgb.length; i += 4, o += 3) {
    const alpha = data[i + 3]!;
    if (alpha === 255) {
      rgb[o] = data[i]!;
      rgb[o + 1] = data[i + 1]!;
      rgb[o + 2] = data[i + 2]!;
    } else {
      const a = alpha / 255;
      const white = 255 * (1 - a);
      rgb[o] = data[i]! * a + white;
      rgb[o + 1] = data[i + 1]! * a + white;
      rgb[o + 2] = data[i + 2]! * a + white;
    }
  }
  return { width, height, data: rgb };
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
