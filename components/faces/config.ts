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
 * a 12 MP phone photo becomes 1600x1200. Faces smaller than ~25 px at this
 * size are below what BlazeFace finds anyway.
 */
export const FACE_MAX_SIDE = 1600;

/**
 * BlazeFace sees its input at 256x256. One pass over a whole 1600 px group
 * photo shrinks 60-100 px faces to 10-16 px and misses them; the image is
 * also read as overlapping square tiles of this side. Measured on the test
 * photos: 640 px tiles find 20 of 20 small faces, 800 px tiles 17 of 20.
 */
export const FACE_TILE_SIDE = 640;

/** Neighbouring tiles overlap by this share of a tile, so a face on a seam is whole in one of them. */
export const FACE_TILE_OVERLAP = 0.25;

/** BlazeFace box confidence a candidate needs. */
export const FACE_MIN_BOX_SCORE = 0.5;

/**
 * FaceMesh confidence that the candidate is a human face. Cats, dogs,
 * smiley stickers and drawings make BlazeFace fire with high box scores
 * (a cat: 0.83), but the mesh does not fit them (README, Faces).
 */
export const FACE_MIN_MESH_SCORE = 0.6;

/** Boxes from different tiles overlapping at least this much (intersection over the smaller box) are one face. */
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
