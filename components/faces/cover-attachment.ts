/**
 * "Cover faces" on x.com: make a covered, metadata-free copy of an attached
 * picture and put it in the post instead of the original, through X's own
 * controls: the × on the old attachment and X's file input (files set via a
 * DataTransfer, then a change event, as when the teacher picks a file). The
 * guard sees the new file like any attached image and checks it again.
 * Where X's controls cannot be found the copy is downloaded and the teacher
 * is told exactly what to do.
 */
import type { FaceBox } from './config';
import { coverFacesOnCanvas } from './cover-canvas';

export type CoverOutcome = { ok: true; message: string } | { ok: false; message: string };

/** Re-checks of the covered copy: a face only found once its neighbours are covered gets a sticker too. */
const MAX_ROUNDS = 3;

export interface CoverRequest {
  /** Swaps the attachment for the covered copy through the site's own controls (SiteAdapter.replaceAttachment); false where it cannot. */
  replace(file: File): boolean;
  /** The attachment's blob: URL, and the faces found in it. */
  url: string;
  faces: readonly FaceBox[];
  /** The faces left in a picture, through the image host (components/vision/). */
  detect(image: Blob): Promise<readonly FaceBox[]>;
}

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** The covered copy: stickers over the faces, checked again until no face is found. */
export async function coveredCopy(original: Blob, faces: readonly FaceBox[], detect: CoverRequest['detect']): Promise<Blob> {
  let copy = await coverFacesOnCanvas(original, faces);
  for (let round = 1; round < MAX_ROUNDS; round++) {
    const left = await detect(copy);
    if (left.length === 0) return copy;
    copy = await coverFacesOnCanvas(copy, left);
  }
  if ((await detect(copy)).length > 0) throw new Error('a face is still visible after covering');
  return copy;
}

export function download(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function coverAttachment(request: CoverRequest): Promise<CoverOutcome> {
  let original: Blob;
  try {
    const response = await fetch(request.url);
    original = await response.blob();
  } catch {
    return { ok: false, message: 'SafePost could not open this picture to cover the faces. Cover them in a photo app, then attach the picture again.' };
  }
  let copy: Blob;
  try {
    copy = await coveredCopy(original, request.faces, request.detect);
  } catch (error) {
    return { ok: false, message: `SafePost could not cover every face (${(error as Error).message}). Cover them in a photo app, then attach the picture again.` };
  }
  const file = new File([copy], `photo-faces-covered.${EXTENSIONS[copy.type] ?? 'png'}`, { type: copy.type });
  if (request.replace(file)) {
    return { ok: true, message: 'Faces covered: the picture in your post is now the covered copy, without location or camera details.' };
  }
  download(file);
  return {
    ok: false,
    message: `SafePost saved a covered copy as "${file.name}" in your Downloads. Remove this picture from the post (the × on it), then attach that file with the media button.`,
  };
}
