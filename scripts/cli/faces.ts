/**
 * Faces for the CLI, through scripts/cli/faces-node.ts (Human on TensorFlow.js
 * wasm, on this machine). Loaded lazily: a draft without images never starts
 * the detector. A failure is never silent: the caller reports it, the face
 * rules say the image was not checked, and the run exits 3.
 */
import type { FaceBox } from '../../rules/types';

type FacesModule = typeof import('./faces-node');

let faces: Promise<FacesModule> | undefined;
const cache = new Map<string, Promise<FaceBox[]>>();

function loadFaces(): Promise<FacesModule> {
  faces ??= import('./faces-node');
  return faces;
}

export type FacesRead = { ok: true; faces: FaceBox[] } | { ok: false; reason: string };

/** Finds the faces in each image once per run, however many drafts attach it. */
export async function readFaces(path: string): Promise<FacesRead> {
  let pending = cache.get(path);
  if (!pending) {
    pending = loadFaces().then((module) => module.detectFacesInFile(path));
    cache.set(path, pending);
  }
  try {
    return { ok: true, faces: await pending };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
