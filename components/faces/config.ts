/**
 * Face detection settings shared by the extension's image host (offscreen
 * document on Chrome, background page on Firefox) and the CLI (Node).
 * Pure values: no DOM, no browser.*, no node: imports.
 */
import type { FaceBox } from '../../rules/types';

export type { FaceBox };

/** Where the build puts the detector's files inside the extension (wxt.config.ts copies them). */
export const FACE_ASSET_DIR = 'faces';
export const FACE_MODEL_ASSET_DIR = `${FACE_ASSET_DIR}/models`;
export const FACE_WASM_ASSET_DIR = `${FACE_ASSET_DIR}/wasm`;

/** Human's model files that ship: BlazeFace (detector) and FaceMesh (468 landmarks, the "is it a human face" check). */
export const FACE_MODEL_FILES = ['blazeface.json', 'blazeface.bin', 'facemesh.json', 'facemesh.bin'] as const;

/**
 * tfjs-backend-wasm binaries. The offscreen document is not cross-origin
 * isolated (no SharedArrayBuffer), so the threaded build is never loaded.
 */
export const FACE_WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'] as const;

/**
 * Photos are scaled so their longest side is at most this before detection:
 * a 12 MP phone photo becomes 1600x1200. Faces smaller than ~30 px at this
 * size are at the edge of what BlazeFace finds (measured: 30 px faces 6 of
 * 8, 40 px and larger 8 of 8).
 */
export const FACE_MAX_SIDE = 1600;

/** BlazeFace's input side (its graph is built for 256x256): a picture up to 1.5 × FACE_FINE_SCALE_SIDE (960 px) is read once, whole, at this size. */
export const FACE_DETECTOR_INPUT = 256;

/**
 * BlazeFace sees its input at 256x256. One pass over a whole 1600 px group
 * photo shrinks 60-100 px faces to 10-16 px and misses them; a larger
 * picture is also read at 256/this of its size (1600x1200 becomes 640x480),
 * in one pass over the whole picture. That pass is most of the time
 * (~125 ms of ~230 ms for a 12 MP photo), but coarser loses faces: on the
 * crowd of 20 (60-100 px faces) 640 finds 20, 704 finds 18, 800 finds 11.
 */
export const FACE_FINE_SCALE_SIDE = 640;

/**
 * A large picture's faces too big for the fine pass (BlazeFace at
 * 640x480 loses faces wider than ~550 px of a 1600 px photo) are found by a
 * pass over the whole picture at this size on its longest side. Measured
 * with the portrait's face at 300-1200 px in a 1600x1200 frame: 128 px finds
 * every one that 256 px finds (at 1500 px neither does), at a quarter of the
 * pixels (~7 ms instead of ~25 ms).
 */
export const FACE_COARSE_SIDE = 128;

/** At most this many face-like boxes a picture go on to the FaceMesh check (~7 ms each; a crowd of 20 has 20). */
export const FACE_MAX_CANDIDATES = 64;

/** Boxes from BlazeFace overlapping more than this (intersection over union) are one face (Human's non-max suppression). */
export const FACE_CANDIDATE_IOU = 0.3;

/**
 * FaceMesh tries this many more crops of a box it did not fit at first. On
 * a 30 px face its score went from 0.13 to 0.90 with one pixel of crop; with
 * one crop a face, 30 px faces were 4 of 8 found, with the retries 6 of 8. Cats,
 * drawings and covered faces still get no fit: their retries cost ~7 ms each.
 */
export const FACE_MESH_RETRIES = 2;

/**
 * At most this many retry crops an image, best boxes first: a busy picture
 * with dozens of face-like boxes the mesh does not fit costs at most ~110 ms
 * more (~7 ms a crop), not twice FACE_MAX_CANDIDATES crops.
 */
export const FACE_MAX_RETRY_CROPS = 16;

/** The looser crop of a retry: this many times BlazeFace's box (the first try uses Human's 1.4). */
export const FACE_RETRY_CROP_SCALE = 1.7;

/** BlazeFace box confidence a candidate needs. */
export const FACE_MIN_BOX_SCORE = 0.5;

/**
 * FaceMesh confidence that the candidate is a human face. Cats, dogs,
 * smiley stickers and drawings make BlazeFace fire with high box scores
 * (a cat: 0.83), but the mesh does not fit them (README, Faces).
 */
export const FACE_MIN_MESH_SCORE = 0.6;

/** Human faces overlapping at least this much (intersection over the smaller box) are one face: a face found twice (two boxes both fitted by FaceMesh) counts once. */
export const FACE_MERGE_OVERLAP = 0.5;

/** A cover sticker is this much larger than the face box on every side (hair, ears, chin). */
export const FACE_COVER_MARGIN = 0.35;

/**
 * Deadlines, which together make the face analysis's deadline in the image
 * host: the detector's start (~2 MB of weights and wasm) and one image (a
 * fraction of a second on a school laptop; the margin is for a busy one).
 */
export const FACE_START_TIMEOUT_MS = 15_000;
export const FACE_DETECT_TIMEOUT_MS = 10_000;
