/**
 * What the teacher asks for in the panel that changes the page, carried out
 * through the site's own handling: a one-click fix through the editor's input
 * events (apply-fix.ts), "Cover faces" through X's attachment controls
 * (faces/cover-attachment.ts). Each answers what came of it for the panel
 * to show; neither throws.
 */
import type { FaceBox } from '../../rules';
import type { TextFix } from '../../rules/fixes';
import type { Composer, SiteAdapter } from '../site/adapter';
import type { IntentOutcome } from '../panel/Panel';
import { coverAttachment, type CoverOutcome } from '../faces/cover-attachment';
import { coverTextAttachment } from '../ocr/cover-text';
import { IMAGE_CHECK_TIMEOUT_MS, readImage } from '../vision/client';
import { applyFix } from './apply-fix';
import type { ImageReader, TrackedImage } from './images';

export async function makeFix(site: SiteAdapter, composer: Composer, fix: TextFix): Promise<IntentOutcome> {
  try {
    if ((await applyFix(site, composer, fix)) === 'applied') return { ok: true, message: '' };
  } catch (error) {
    console.warn('SafePost: fix not applied', error);
  }
  return { ok: false, message: 'That fix could not be made here: please edit the text yourself.' };
}

/** Swaps attached image `index` for a covered copy, which is then checked like any new image. */
export function coverFaces(site: SiteAdapter, composer: Composer, tracked: TrackedImage | undefined, index: number, read: ImageReader = readImage): Promise<CoverOutcome> {
  const status = tracked?.status;
  if (!tracked || status?.state !== 'done' || !status.faces?.length || !/^(blob|data):/.test(tracked.key)) {
    return Promise.resolve({ ok: false, message: 'This picture is still being checked: try again in a moment.' });
  }
  const root = composer.root;
  // The faces left in a covered copy, through the same image check as every attachment (its text is then known too).
  const detect = async (image: Blob): Promise<readonly FaceBox[]> => {
    // The re-check has the same one deadline as any attached image's check.
    const { faces } = await read(image, AbortSignal.timeout(IMAGE_CHECK_TIMEOUT_MS));
    if (!faces) throw new Error('the face check did not run');
    return faces;
  };
  return coverAttachment({ replace: (file) => site.replaceAttachment(root, index, file), url: tracked.key, faces: status.faces, detect });
}

/** Swaps attached image `index` for a copy with the marked lines (a pupil's name, a code) covered; the copy is checked again. */
export function coverText(site: SiteAdapter, composer: Composer, tracked: TrackedImage | undefined, index: number, boxes: readonly FaceBox[]): Promise<CoverOutcome> {
  if (!tracked || tracked.status.state !== 'done' || boxes.length === 0 || !/^(blob|data):/.test(tracked.key)) {
    return Promise.resolve({ ok: false, message: 'This picture is still being checked: try again in a moment.' });
  }
  const root = composer.root;
  return coverTextAttachment({ replace: (file) => site.replaceAttachment(root, index, file), url: tracked.key, boxes });
}
