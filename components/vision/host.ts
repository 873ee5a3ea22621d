/**
 * The image host: one warm set of analyses (text and faces) inside a
 * context that may run them: the offscreen document on Chrome, the
 * background event page on Firefox, the CLI process in Node. Runtime details
 * come in from outside (how to decode bytes, where assets live), so all three
 * share this code and decide the same way.
 *
 * - cached: findings by SHA-256 of the image bytes (the only cache of image
 *   checks: the asker sends the hash, so a repeat is answered at once);
 * - time-limited: every analysis run gets one deadline (AbortSignal.timeout
 *   of its timeoutMs, which the run also sees); on expiry the analysis is
 *   reset (its engines dropped) and the image fails, never passes (an
 *   optional analysis, faces, only leaves its finding out);
 * - one image at a time: two cores are shared with the page;
 * - idle engines are released after `idleMs` (Chrome then closes the document).
 */
import { LruCache, sha256Hex } from './cache';
import { untilAborted } from './deadline';
import { ImageCheckFailedError } from './errors';
import type { ImageFindings } from './findings';
import type { AnalysisId, ImageAnalysis, RgbaImage } from './types';

/**
 * Warm engines are released after this long without an image: a teacher
 * attaching the next photo of a post finds them warm, and the laptop has
 * its memory back (Chrome closes the offscreen document; ~1 s more) within
 * the minute issue 17 allows (`npm run bench -- memory` times it). Was 60 s,
 * which alone used the whole minute.
 */
export const VISION_IDLE_MS = 45_000;

/** What the host is doing with an image: decoding it, then each analysis in turn. */
export type HostStage = 'decode' | AnalysisId;

export interface VisionHostOptions {
  analyses: readonly ImageAnalysis[];
  /** Bytes → oriented RGBA pixels; throws on anything that is not an image. */
  decode(bytes: Uint8Array, type: string): Promise<RgbaImage>;
  idleMs?: number;
  /** Called after the idle engines were released. */
  onIdle?(): void;
  /**
   * Frees the image's bytes once decoded and its pixels once every analysis
   * is done with them (components/vision/release.ts), where they belong to
   * the host alone (the extension: they came in a message). Unset, the
   * garbage collector frees them (the CLI, whose bytes are the caller's).
   */
  release?(array: ArrayBufferView): void;
  /** Stage notices ("decode", "text", "faces"…) of the image being analysed, for progress and benches. */
  onStage?(stage: HostStage, hash: string): void;
}

export interface AnalysedImage {
  findings: ImageFindings;
  /** Milliseconds spent (0 for a cache hit). */
  ms: number;
  /** Milliseconds per stage (empty for a cache hit). */
  stages: Record<string, number>;
  /** Why each optional analysis that failed did (its key is absent from `findings`). */
  failed: Partial<Record<AnalysisId, string>>;
}

export class VisionHost {
  private readonly cache = new LruCache<ImageFindings>(128);
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private warmed = false;

  constructor(private readonly options: VisionHostOptions) {}

  /** Findings of the image bytes; cached by SHA-256 of the bytes. */
  async analyse(bytes: Uint8Array, type: string, knownHash?: string): Promise<AnalysedImage> {
    // The turn in the queue is taken now, in the order asked: hashes finish
    // in any order (crypto.subtle runs off the thread), turns must not.
    const before = this.queue;
    let done!: () => void;
    this.queue = new Promise<void>((resolve) => (done = resolve));
    try {
      const hash = knownHash ?? (await sha256Hex(bytes));
      // A hit does not wait for the images before it; analyseNow looks again, for the same image queued twice.
      const cached = this.cache.get(hash);
      if (cached !== undefined) return { findings: cached, ms: 0, stages: {}, failed: {} };
      await before;
      return await this.analyseNow(bytes, type, hash);
    } finally {
      // The next turn follows this one, and never starts before the turns ahead of this one ended.
      void before.then(done);
    }
  }

  private async analyseNow(bytes: Uint8Array, type: string, hash: string): Promise<AnalysedImage> {
    const cached = this.cache.get(hash);
    if (cached !== undefined) return { findings: cached, ms: 0, stages: {}, failed: {} };
    this.cancelIdle();
    const started = performance.now();
    const stages: Record<string, number> = {};
    try {
      this.options.onStage?.('decode', hash);
      let image: RgbaImage;
      try {
        image = await this.options.decode(bytes, type);
      } catch (error) {
        if (error instanceof ImageCheckFailedError) throw error;
        throw new ImageCheckFailedError('This file could not be opened as an image', 'unreadable');
      }
      stages.decode = performance.now() - started;
      this.options.release?.(bytes);
      const findings: Partial<Record<string, unknown>> = {};
      const failed: Partial<Record<AnalysisId, string>> = {};
      // An analysis given up on may still be reading the pixels: they are then left to the collector.
      let abandoned = false;
      for (const analysis of this.options.analyses) {
        this.options.onStage?.(analysis.id, hash);
        const t0 = performance.now();
        this.warmed = true;
        const deadline = AbortSignal.timeout(analysis.timeoutMs);
        try {
          const timeoutMessage = `${analysis.label} took longer than ${Math.round(analysis.timeoutMs / 1000)} s and was stopped`;
          Object.assign(findings, await untilAborted(analysis.run(image, deadline), deadline, timeoutMessage));
        } catch (error) {
          // Its engines may be hung: drop them, and the next image starts them afresh.
          if (deadline.aborted) {
            abandoned = true;
            void analysis.reset();
          }
          if (analysis.required) throw error;
          // Left out of the findings: the rules that need it say the image was not checked for it.
          failed[analysis.id] = error instanceof Error ? error.message : String(error);
        } finally {
          stages[analysis.id] = performance.now() - t0;
        }
      }
      if (!abandoned) this.options.release?.(image.data);
      const result = findings as ImageFindings;
      // Only complete findings are cached: the next attachment of the same image tries the failed analysis again.
      if (Object.keys(failed).length === 0) this.cache.set(hash, result);
      return { findings: result, ms: Math.round(performance.now() - started), stages, failed };
    } finally {
      this.scheduleIdle();
    }
  }

  /** Whether any analysis has started its engines since the last release. */
  get warm(): boolean {
    return this.warmed;
  }

  /** Drop every analysis's engines (idle, or the CLI exiting). */
  async release(): Promise<void> {
    this.cancelIdle();
    this.warmed = false;
    await Promise.all(this.options.analyses.map((a) => a.reset().catch(() => undefined)));
  }

  private cancelIdle(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  private scheduleIdle(): void {
    this.cancelIdle();
    const idleMs = this.options.idleMs ?? VISION_IDLE_MS;
    if (!Number.isFinite(idleMs)) return;
    this.idleTimer = setTimeout(() => {
      void this.release().then(() => this.options.onIdle?.());
    }, idleMs);
  }
}
