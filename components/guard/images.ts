/**
 * The images attached to one composer and what the image check found in
 * each (its text, its faces).
 *
 * Per image: pending → done(text, faces?) | failed(reason). Never "unknown": the
 * gate (gate.ts) holds the send while any image is pending, and treats a
 * failed one per the profile (settings.unreadableImage).
 *
 * Images are known from two places:
 *  - files the teacher hands X (file input change, paste, drop), so an image
 *    counts the moment it is attached, before X renders its thumbnail;
 *  - thumbnails in [data-testid="attachments"] (blob: URLs), which are the
 *    truth about what will be posted. A just-attached file is matched to the
 *    next new thumbnail (X renders them in the order given), and dropped if
 *    no thumbnail turns up (X refused the file).
 *
 * Image check plug-in point: `readImage(blob, signal, progress)` from
 * components/vision/client.ts (or `options.read` in tests). It must resolve
 * with `{text, faces?}` or reject. Each image gets one signal: its deadline
 * (the engines can hang without rejecting) joined with its removal.
 */
import { IMAGE_CHECK_TIMEOUT_MS, readImage as defaultRead } from '../vision/client';
import { untilAborted } from '../vision/deadline';
import type { ImageFindings } from '../vision/findings';
import type { ImageStage } from '../vision/messages';
import type { FaceBox, ImageLine } from '../../rules/types';

/** Checks one image (its text, its faces); `progress` hears each stage the host starts on it (components/vision/client.ts readImage). */
export type ImageReader = (blob: Blob, signal: AbortSignal, progress?: (stage: ImageStage) => void) => Promise<ImageFindings>;

export type ImageStatus =
  /** `stage`: what the image host is doing with it, once it has started. */
  | { state: 'pending'; stage?: ImageStage }
  | { state: 'done'; text: string; lines?: readonly ImageLine[]; faces?: readonly FaceBox[] }
  | { state: 'failed'; reason: string };

export interface TrackedImage {
  /** blob: URL of the thumbnail, or "file:N" for a just-attached file without a thumbnail yet. */
  key: string;
  status: ImageStatus;
}

export interface ComposerImagesOptions {
  onChange: () => void;
  read?: ImageReader;
  /** Fetch a thumbnail's blob: URL (the content script shares the page's origin). */
  fetchBlob?: (url: string) => Promise<Blob>;
  /** The deadline of each image's check. */
  timeoutMs?: number;
  /** A just-attached file with no thumbnail after this long was refused by X. */
  unclaimedFileMs?: number;
  /**
   * false: this composer shows no thumbnail list SafePost can read (X Chat
   * has no `attachments` test id), so an attached file counts as it is,
   * without waiting for a thumbnail, until the message is sent (clear()).
   */
  thumbnails?: boolean;
}

interface Entry extends TrackedImage {
  controller: AbortController;
  /** When it came from a file event and has no thumbnail yet. */
  unclaimedSince?: number;
}

let fileCounter = 0;

async function fetchAsBlob(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the image could not be opened (${response.status})`);
  return response.blob();
}

export class ComposerImages {
  private entries: Entry[] = [];
  private readonly read: ImageReader;
  private readonly fetchBlob: (url: string) => Promise<Blob>;
  private readonly timeoutMs: number;
  private readonly unclaimedFileMs: number;

  constructor(private readonly options: ComposerImagesOptions) {
    this.read = options.read ?? defaultRead;
    this.fetchBlob = options.fetchBlob ?? fetchAsBlob;
    this.timeoutMs = options.timeoutMs ?? IMAGE_CHECK_TIMEOUT_MS;
    this.unclaimedFileMs = options.unclaimedFileMs ?? 15_000;
  }

  /** Images in display order (thumbnails first, then files still waiting for one). */
  list(): readonly TrackedImage[] {
    return this.entries.map(({ key, status }) => ({ key, status }));
  }

  statuses(): ImageStatus[] {
    return this.entries.map((e) => e.status);
  }

  /** Files the teacher just attached (file input, paste, drop): count them now. */
  addFiles(files: readonly Blob[]): void {
    const images = files.filter((f) => f.type.startsWith('image/'));
    for (const file of images) {
      const entry = this.create(`file:${++fileCounter}`);
      entry.unclaimedSince = Date.now();
      this.entries.push(entry);
      this.recognise(entry, Promise.resolve(file));
    }
    if (images.length) this.options.onChange();
  }

  /**
   * The thumbnails now shown (blob:/data: URLs in order). Returns true when
   * the set of images changed.
   */
  sync(urls: readonly string[], now = Date.now()): boolean {
    let changed = false;
    const next: Entry[] = [];
    const unclaimed = this.entries.filter((e) => e.unclaimedSince !== undefined);
    for (const url of urls) {
      const known = this.entries.find((e) => e.key === url);
      if (known) {
        next.push(known);
        continue;
      }
      changed = true;
      const adopted = unclaimed.shift();
      if (adopted) {
        adopted.key = url;
        delete adopted.unclaimedSince;
        next.push(adopted);
      } else {
        const entry = this.create(url);
        next.push(entry);
        this.recognise(entry, this.fetchBlob(url));
      }
    }
    for (const e of this.entries) {
      if (next.includes(e)) continue;
      const waiting = e.unclaimedSince !== undefined && (this.options.thumbnails === false || now - e.unclaimedSince < this.unclaimedFileMs);
      if (waiting) {
        next.push(e);
      } else {
        e.controller.abort();
        changed = true;
      }
    }
    this.entries = next;
    return changed;
  }

  /** The message went out with its images: they are no longer attached. */
  clear(): void {
    if (this.entries.length === 0) return;
    this.dispose();
    this.options.onChange();
  }

  dispose(): void {
    for (const e of this.entries) e.controller.abort();
    this.entries = [];
  }

  private create(key: string): Entry {
    return { key, status: { state: 'pending' }, controller: new AbortController() };
  }

  private recognise(entry: Entry, blob: Promise<Blob>): void {
    // The one deadline of this image's check, joined with its removal.
    const signal = AbortSignal.any([entry.controller.signal, AbortSignal.timeout(this.timeoutMs)]);
    const progress = (stage: ImageStage) => {
      if (entry.status.state !== 'pending' || signal.aborted || !this.entries.includes(entry)) return;
      entry.status = { state: 'pending', stage };
      this.options.onChange();
    };
    // Raced here too, so a reader that ignores its signal still cannot leave an image pending.
    untilAborted(blob.then((b) => this.read(b, signal, progress)), signal)
      .then(
        (result): ImageStatus => ({
          state: 'done',
          text: typeof result?.text === 'string' ? result.text : '',
          ...(Array.isArray(result?.lines) ? { lines: result.lines } : {}),
          ...(Array.isArray(result?.faces) ? { faces: result.faces } : {}),
        }),
        (error: unknown): ImageStatus => ({
          state: 'failed',
          reason: error instanceof Error && error.message ? error.message : 'the image could not be read',
        }),
      )
      .then((status) => {
        // A removed image's late answer must not resurrect it.
        if (!this.entries.includes(entry) || (entry.controller.signal.aborted && status.state === 'done')) return;
        entry.status = status;
        this.options.onChange();
      });
  }
}
