/**
 * Faces in one image: BlazeFace (from @vladmandic/human) finds face-like
 * things, FaceMesh checks each is a human face. Runtime-neutral: the caller
 * passes in a loaded Human (browser bundle in the extension, node-wasm bundle
 * in the CLI) and the image's RGB pixels, already scaled to FACE_MAX_SIDE
 * (components/faces/face-analysis.ts facePixels).
 *
 * Human loads the two models; this module runs them itself rather than
 * through human.detect(), whose one 256x256 input shrinks the small faces of
 * a group photo out of sight. BlazeFace's graph, opened to inputs of any
 * size (open-blazeface.ts), reads the whole picture once per scale
 * (scales.ts); boxes are decoded and merged first (blazeface.ts), and
 * FaceMesh runs once per face-like box, all boxes in one batch.
 */
import {
  FACE_CANDIDATE_IOU,
  FACE_MAX_CANDIDATES,
  FACE_MAX_RETRY_CROPS,
  FACE_MESH_RETRIES,
  FACE_RETRY_CROP_SCALE,
  FACE_MIN_BOX_SCORE,
  FACE_MIN_MESH_SCORE,
  type FaceBox,
} from './config';
import { clampBox, clusterBoxes, decodeHead, iou, meshCrop, meshFaceBox, toImagePixels, type BlazeFaceHead, type BoxCluster, type ScoredBox } from './blazeface';
import { mergeCandidates, toFraction, type FaceCandidate } from './merge';
import { flexibleBlazeFace } from './open-blazeface';
import { facePasses, type FacePass, type Rect } from './scales';
import type { FaceTf, GraphModelLike, HumanLike, TensorLike } from './tfjs-shim';
import { releaseArray } from '../vision/release';

/** RGB pixels, 3 values a pixel (0-255), row by row. */
export interface RgbImage {
  data: Uint8Array | Float32Array;
  width: number;
  height: number;
}

/** BlazeFace on one scaled copy of the image (pass number `index`): face-like boxes in the image's pixels. */
function detectAtScale(human: HumanLike, image: TensorLike, imageWidth: number, imageHeight: number, pass: FacePass, index: number): ScoredBox[] {
  const { tf } = human;
  const blazeface = flexibleBlazeFace(human);
  // Made outside tidy(), which would dispose of a new model's weights with the scratch tensors.
  const model = blazeface.model(index);
  const outputs = tf.tidy(() => {
    const resized = tf.image.resizeBilinear(image, [pass.height, pass.width]);
    // Human's normalisation: 0..255 to -1..1.
    return model.execute(tf.sub(tf.div(resized, 127.5), 1), blazeface.outputs) as TensorLike[];
  });
  try {
    // Scores are [1, rows, cols, anchors per cell], boxes [1, rows, cols, 16 × anchors per cell]: paired by their grid.
    const heads: BlazeFaceHead[] = outputs
      .filter((t) => t.shape[3]! < 16)
      .map((scores) => {
        const [, rows, cols, perCell] = scores.shape as [number, number, number, number];
        const boxes = outputs.find((t) => t.shape[1] === rows && t.shape[2] === cols && t.shape[3] === perCell * 16);
        if (!boxes) throw new Error(`unexpected BlazeFace outputs ${outputs.map((t) => `[${t.shape}]`).join(' ')}`);
        return { rows, cols, perCell, stride: pass.height / rows, logits: scores.dataSync(), regressors: boxes.dataSync() };
      });
    if (heads.length !== 2) throw new Error(`unexpected BlazeFace outputs ${outputs.map((t) => `[${t.shape}]`).join(' ')}`);
    const scaleX = imageWidth / pass.width;
    const scaleY = imageHeight / pass.height;
    return heads.flatMap((head) => decodeHead(head, FACE_MIN_BOX_SCORE)).map((box) => toImagePixels(box, scaleX, scaleY));
  } finally {
    tf.dispose(outputs);
  }
}

/**
 * The image as a float tensor, straight from the bytes: one conversion
 * (typed-array set(), ~9 ms for 1600x1200; Float32Array.from ~13 ms, an int32
 * tensor then a cast ~17 ms); none when the pixels are floats already.
 */
function floatPixels(tf: FaceTf, image: RgbImage): TensorLike {
  let values: Float32Array;
  if (image.data instanceof Float32Array) {
    values = image.data;
  } else {
    values = new Float32Array(image.data.length);
    values.set(image.data);
  }
  return tf.tensor4d(values, [1, image.height, image.width, 3], 'float32');
}

/**
 * BlazeFace at every scale, one cluster per face: the same face seen at both
 * scales (and by neighbouring anchors) goes to FaceMesh once, with its
 * weaker boxes kept for a second try.
 */
function boxesAtAllScales(human: HumanLike, pixels: TensorLike, width: number, height: number): BoxCluster[] {
  const found = facePasses(width, height).flatMap((pass, i) => detectAtScale(human, pixels, width, height, pass, i));
  return clusterBoxes(found, FACE_CANDIDATE_IOU, FACE_MAX_CANDIDATES);
}

/** The face-like boxes BlazeFace finds, before the FaceMesh check, in the image's pixels (tests compare them with Human's). */
export function faceLikeBoxes(human: HumanLike, image: RgbImage): ScoredBox[] {
  const pixels = floatPixels(human.tf, image);
  try {
    return boxesAtAllScales(human, pixels, image.width, image.height).map((c) => c.box);
  } finally {
    human.tf.dispose(pixels);
  }
}

/** FaceMesh on every box at once: each crop's confidence that it is a human face (0-1) and its 468 landmarks. */
function meshAll(human: HumanLike, image: TensorLike, imageWidth: number, imageHeight: number, crops: { crop: Rect }[]): { score: number; mesh: ArrayLike<number> }[] {
  if (crops.length === 0) return [];
  const { tf } = human;
  const facemesh = human.models.models.facemesh as GraphModelLike | null | undefined;
  if (!facemesh) throw new Error('the face check (FaceMesh) is not loaded');
  const outputs = tf.tidy(() => {
    // Human's cutAndResize: box corners as fractions of the image, 0..255 to 0..1.
    const boxes = tf.tensor2d(
      crops.flatMap(({ crop: c }) => [c.y / imageHeight, c.x / imageWidth, (c.y + c.height) / imageHeight, (c.x + c.width) / imageWidth]),
      [crops.length, 4],
      'float32',
    );
    const faces = tf.image.cropAndResize(image, boxes, tf.tensor1d(crops.map(() => 0), 'int32'), [MESH_INPUT, MESH_INPUT]);
    const result = facemesh.execute(tf.div(faces, 255));
    return Array.isArray(result) ? result : [result];
  });
  try {
    const flag = outputs.find((t) => t.shape[t.shape.length - 1] === 1);
    const mesh = outputs.find((t) => t.shape[t.shape.length - 1] === MESH_LANDMARKS * 3);
    if (!flag || !mesh) throw new Error(`unexpected FaceMesh outputs ${outputs.map((t) => `[${t.shape}]`).join(' ')}`);
    const scores = flag.dataSync();
    const points = mesh.dataSync();
    const per = MESH_LANDMARKS * 3;
    return crops.map((_, i) => ({ score: scores[i]!, mesh: Array.prototype.slice.call(points, i * per, (i + 1) * per) as number[] }));
  } finally {
    tf.dispose(outputs);
  }
}

/** FaceMesh's input side and landmark count. */
const MESH_INPUT = 192;
const MESH_LANDMARKS = 468;

interface FaceCrop {
  box: ScoredBox;
  crop: Rect;
}

const round2 = (n: number) => Math.round(100 * n) / 100;

/**
 * The crops to try FaceMesh on again for a face it did not fit: on a face of
 * 20-30 px its score swings from 0.1 to 0.9 with a pixel of crop, and a
 * looser crop (more margin) fits more often; then the face's best other box
 * that is not a near copy of the first.
 */
function retryCrops(cluster: BoxCluster): Rect[] {
  const crops = [meshCrop(cluster.box, FACE_RETRY_CROP_SCALE)];
  const other = cluster.others.find((b) => iou(b, cluster.box) < 0.8);
  if (other) crops.push(meshCrop(other));
  return crops.slice(0, FACE_MESH_RETRIES);
}

/** Whether a candidate is a human face: BlazeFace fires on cats and smileys too, FaceMesh only fits people. */
export function isHumanFace(c: FaceCandidate): boolean {
  return c.boxScore >= FACE_MIN_BOX_SCORE && c.meshScore >= FACE_MIN_MESH_SCORE && c.width >= 8 && c.height >= 8;
}

/**
 * Uncovered human faces in the image, each a box in fractions of the image,
 * in reading order; `candidates` are every face-like box BlazeFace found
 * (after merging), with FaceMesh's verdict.
 */
export async function detectFaces(
  human: HumanLike,
  image: RgbImage,
  options: { ownsPixels?: boolean } = {},
): Promise<{ faces: FaceBox[]; candidates: FaceCandidate[] }> {
  const { tf } = human;
  const { width, height } = image;
  const pixels = floatPixels(tf, image);
  // On wasm the tensor has its own copy in the wasm heap (other backends keep the array itself):
  // the caller's 23 MB of floats (1600×1200 RGB) can go now, before the passes.
  if (options.ownsPixels && tf.getBackend() === 'wasm') releaseArray(image.data);
  try {
    const clusters = boxesAtAllScales(human, pixels, width, height);
    const crops: FaceCrop[] = clusters.map(({ box }) => ({ box, crop: meshCrop(box) }));
    const meshes = meshAll(human, pixels, width, height, crops);
    // A small face's mesh can miss by a pixel of crop: where it did not fit, it gets more tries (retryCrops).
    const retries = clusters
      .flatMap((cluster, i) => (meshes[i]!.score >= FACE_MIN_MESH_SCORE ? [] : retryCrops(cluster).map((crop) => ({ i, crop }))))
      .slice(0, FACE_MAX_RETRY_CROPS);
    const second = meshAll(human, pixels, width, height, retries);
    retries.forEach(({ i, crop }, j) => {
      if (second[j]!.score > meshes[i]!.score) [crops[i]!.crop, meshes[i]] = [crop, second[j]!];
    });
    const candidates: FaceCandidate[] = crops.map(({ box, crop }, i) => {
      const faceScore = round2(meshes[i]!.score);
      // Human keeps a face when its mesh is confident (> 0.5) and then reports the box centred on the mesh.
      const fitted = faceScore > FACE_MIN_BOX_SCORE;
      const rect = fitted ? meshFaceBox(crop, meshes[i]!.mesh, MESH_INPUT, width, height) : clampBox(crop, width, height);
      return { ...rect, boxScore: round2(box.score), faceScore, meshScore: fitted ? faceScore : 0 };
    });
    const faces = mergeCandidates(candidates.filter(isHumanFace)).map((c) => toFraction(c, width, height));
    return { faces, candidates };
  } finally {
    tf.dispose(pixels);
  }
}
