/**
 * Faces in one image: @vladmandic/human's BlazeFace finds face-like things,
 * FaceMesh checks each is a human face, over the whole picture and over
 * overlapping tiles. Runtime-neutral: the caller passes in a loaded Human
 * (browser bundle in the extension, node-wasm bundle in the CLI) and the
 * image's RGB pixels, already scaled to FACE_MAX_SIDE.
 */
import { FACE_MIN_BOX_SCORE, FACE_MIN_MESH_SCORE, type FaceBox } from './config';
import { mergeCandidates, toFraction, type FaceCandidate } from './merge';
import { faceRegions, type Rect } from './tiles';

/** The parts of Human's result this module reads. */
export interface HumanFace {
  box: [number, number, number, number];
  boxScore: number;
  faceScore: number;
  mesh?: readonly unknown[];
}

/** The parts of a Human instance this module uses (keeps the bundle's types out of pure code). */
export interface HumanLike {
  tf: {
    tensor3d(values: Uint8Array, shape: [number, number, number], dtype: 'int32'): TensorLike;
    slice(x: TensorLike, begin: number[], size: number[]): TensorLike;
  };
  detect(input: TensorLike): Promise<{ face: HumanFace[]; error?: string | null }>;
}

export interface TensorLike {
  dispose(): void;
}

/** A Human instance before and after loading, as the hosts start it. */
export interface LoadableHuman extends HumanLike {
  load(): Promise<void>;
  tf: HumanLike['tf'] & { env(): { set(flag: string, value: boolean): void }; getBackend(): string };
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

/** RGB pixels, 3 bytes a pixel, row by row. */
export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Human's settings for face finding only: everything else off, nothing fetched but the two face models. */
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
        iouThreshold: 0.3,
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

/** Human faces in one region of the image, as candidates in the image's pixels. */
async function detectIn(human: HumanLike, whole: TensorLike, image: RgbImage, region: Rect): Promise<FaceCandidate[]> {
  const isWhole = region.width === image.width && region.height === image.height;
  const input = isWhole ? whole : human.tf.slice(whole, [region.y, region.x, 0], [region.height, region.width, 3]);
  try {
    const result = await human.detect(input);
    if (result.error) throw new Error(result.error);
    return result.face.map((face) => ({
      x: region.x + face.box[0],
      y: region.y + face.box[1],
      width: face.box[2],
      height: face.box[3],
      boxScore: face.boxScore,
      faceScore: face.faceScore,
      meshScore: face.mesh && face.mesh.length > 0 ? face.faceScore : 0,
    }));
  } finally {
    if (!isWhole) input.dispose();
  }
}

/** Whether a candidate is a human face: BlazeFace fires on cats and smileys too, FaceMesh only fits people. */
export function isHumanFace(c: FaceCandidate): boolean {
  return c.boxScore >= FACE_MIN_BOX_SCORE && c.meshScore >= FACE_MIN_MESH_SCORE && c.width >= 8 && c.height >= 8;
}

/** Uncovered human faces in the image, each a box in fractions of the image, in reading order. */
export async function detectFaces(human: HumanLike, image: RgbImage): Promise<{ faces: FaceBox[]; candidates: FaceCandidate[] }> {
  const whole = human.tf.tensor3d(image.data, [image.height, image.width, 3], 'int32');
  try {
    const candidates: FaceCandidate[] = [];
    for (const region of faceRegions(image.width, image.height)) {
      candidates.push(...(await detectIn(human, whole, image, region)));
    }
    const faces = mergeCandidates(candidates.filter(isHumanFace)).map((c) => toFraction(c, image.width, image.height));
    return { faces, candidates };
  } finally {
    whole.dispose();
  }
}
