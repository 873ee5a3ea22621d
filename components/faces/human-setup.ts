/**
 * How Human is set up for SafePost's face check, in the extension and the
 * CLI alike: only its two face models, loaded from the shipped files, on
 * tfjs's single-threaded wasm backend.
 */
import { FACE_CANDIDATE_IOU, FACE_MIN_BOX_SCORE } from './config';
import type { LoadableHuman } from './tfjs-shim';

/**
 * Human's settings for face finding only: everything else off, nothing
 * fetched but the two face models. Human loads them; detectFaces
 * (detector.ts) runs them itself, so the detector settings below only shape
 * human.detect(), which the tests call to compare.
 */
export function humanConfig(modelBasePath: string, wasmPath: string) {
  return {
    backend: 'wasm',
    modelBasePath,
    wasmPath,
    // tfjs fetches the .wasm from wasmPath itself (no platform fetch hook needed).
    wasmPlatformFetch: false,
    debug: false,
    async: true,
    warmup: 'none',
    cacheSensitivity: 0,
    skipAllowed: false,
    filter: { enabled: false },
    gesture: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
    face: {
      enabled: true,
      detector: {
        modelPath: 'blazeface.json',
        rotation: false,
        // Pad to a square before BlazeFace's square input: a wide group photo is not squashed.
        square: true,
        maxDetected: 40,
        skipFrames: 0,
        skipTime: 0,
        minConfidence: FACE_MIN_BOX_SCORE,
        iouThreshold: FACE_CANDIDATE_IOU,
        return: false,
      },
      mesh: { enabled: true, modelPath: 'facemesh.json' },
      attention: { enabled: false },
      iris: { enabled: false },
      emotion: { enabled: false },
      description: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
    },
  };
}

/**
 * Loads Human on tfjs's single-threaded wasm backend, or fails. Threads need
 * SharedArrayBuffer in a cross-origin-isolated page, which an offscreen
 * document is not: tfjs would ask for the threaded binary (not shipped) and
 * then fall back to WebGL or plain JS, many times slower (5 s an image in
 * headless Chromium). A face check that cannot run as intended fails and the
 * face rules say the picture was not checked.
 */
export async function loadOnWasm(human: LoadableHuman): Promise<void> {
  human.tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await human.load();
  const backend = human.tf.getBackend();
  if (backend !== 'wasm') throw new Error(`the face check needs WebAssembly (got the ${backend} backend)`);
}
