/**
 * The "faces" analysis of the image host (components/vision/): uncovered
 * human faces in every attached image, next to its text, in the same host
 * and cache. Runtime-neutral: how Human starts (the browser bundle
 * in the extension, the node-wasm bundle in the CLI) comes in from outside.
 */
import { toRgbShrunk } from '../vision/pixels';
import type { ImageAnalysis, RgbaImage } from '../vision/types';
import { FACE_DETECT_TIMEOUT_MS, FACE_START_TIMEOUT_MS } from './config';
import { detectFaces, type RgbImage } from './detector';
import type { LoadableHuman } from './tfjs-shim';
import { faceTargetSize } from './scales';

/** Starts Human on tfjs's wasm backend with the shipped models (components/vision/browser.ts, scripts/cli/vision-node.ts). */
export type StartFaceDetector = () => Promise<LoadableHuman>;

export interface FaceAnalysisOptions {
  /** Deadline for one image, detector start-up included. */
  timeoutMs?: number;
}

/**
 * The decoded image as the detector wants it: float RGB at most FACE_MAX_SIDE
 * on its longest side (the size its passes and crops were measured at).
 */
export function facePixels(image: RgbaImage): RgbImage {
  const size = faceTargetSize(image.width, image.height);
  return { ...size, data: toRgbShrunk(image, size.width, size.height) };
}

export function faceAnalysis(start: StartFaceDetector, options: FaceAnalysisOptions = {}): ImageAnalysis<'faces'> {
  let detector: Promise<LoadableHuman> | undefined;
  return {
    id: 'faces',
    label: 'Finding faces',
    required: false,
    timeoutMs: options.timeoutMs ?? FACE_START_TIMEOUT_MS + FACE_DETECT_TIMEOUT_MS,
    async run(image, signal) {
      if (!detector) {
        // Lazy: the 2 MB of weights and wasm load only once an image is attached.
        const starting = start();
        detector = starting;
        starting.catch(() => {
          if (detector === starting) detector = undefined;
        });
      }
      const human = await detector;
      // Given up while the detector started: the host has reset this analysis, so do not run it.
      signal.throwIfAborted();
      // The scaled pixels are made here for this run alone: the detector may free them once uploaded.
      return { faces: (await detectFaces(human, facePixels(image), { ownsPixels: true })).faces };
    },
    async reset() {
      // Dropped, not disposed: Human keeps each model it loaded in its bundle and hands the same one to the
      // next Human (disposing it broke the next start), and the opened BlazeFace copies are kept per model.
      // So a restart after an idle release loads nothing twice (tests/unit/components/faces/face-analysis.test.ts).
      detector = undefined;
    },
  };
}
