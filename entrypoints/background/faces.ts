/**
 * Routes face checks to the face host, next to the OCR host (./ocr.ts):
 * Chrome's offscreen document, or this Firefox event page itself. Human is
 * imported lazily either way: it loads only once an image is attached.
 */
import { browser } from 'wxt/browser';
import { ocrErrorKind } from '@/components/ocr/errors';
import { decodeDataUrl } from '@/components/ocr/messages';
import type { FaceHost } from '@/components/faces/host';
import {
  FACES_REQUEST,
  facesFailure,
  FacesRequestSchema,
  FacesResponseSchema,
  OFFSCREEN_FACES_REQUEST,
  type FacesRequest,
  type FacesResponse,
  type OffscreenFacesRequest,
} from '@/components/faces/messages';
import { askOffscreen } from './ocr';

export function setupFaceService(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if ((message as { type?: unknown } | null)?.type !== FACES_REQUEST) return undefined;
    const parsed = FacesRequestSchema.safeParse(message);
    if (!parsed.success) {
      return Promise.resolve(facesFailure('failed', `Bad face check request: ${parsed.error.issues[0]?.message ?? 'invalid'}`));
    }
    return (import.meta.env.FIREFOX ? detectHere(parsed.data) : detectOffscreen(parsed.data)).catch(
      (error: unknown): FacesResponse => facesFailure(ocrErrorKind(error), (error as Error)?.message ?? String(error)),
    );
  });
}

let host: Promise<FaceHost> | undefined;

async function detectHere(request: FacesRequest): Promise<FacesResponse> {
  host ??= import('@/components/faces/host').then(
    ({ FaceHost }) => new FaceHost({ assetUrl: (path) => browser.runtime.getURL(path as '/') }),
  );
  const { bytes, type } = decodeDataUrl(request.image);
  const { faces, ms } = await (await host).detect(bytes, type, request.hash);
  return { ok: true, faces, ms };
}

async function detectOffscreen(request: FacesRequest): Promise<FacesResponse> {
  const forward: OffscreenFacesRequest = { type: OFFSCREEN_FACES_REQUEST, image: request.image, hash: request.hash };
  const reply = await askOffscreen(forward);
  const parsed = FacesResponseSchema.safeParse(reply);
  return parsed.success ? parsed.data : facesFailure('unavailable', 'The face check gave no answer');
}
