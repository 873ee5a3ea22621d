/**
 * The seam between the image host and the analyses it runs on every attached
 * image. Pure types: no DOM, no browser.*, no node:.
 *
 *   bytes ──decode (once, per runtime)──▶ RgbaImage ──▶ each ImageAnalysis ──▶ ImageFindings
 *
 * The host (components/vision/host.ts) decodes an image once, runs every
 * analysis of the list (components/vision/analyses.ts: text, then faces) on the same pixels,
 * one image at a time, each until its own deadline's signal fires, and caches the findings
 * by the SHA-256 of the bytes. The same list runs in the offscreen document
 * (Chrome), the background event page (Firefox) and the CLI (Node).
 */
import type { ImageFindings } from './findings';

/** Decoded, EXIF-oriented pixels: 4 bytes a pixel, row-major, no padding. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray | Uint8Array;
}

/**
 * Where an analysis finds its shipped files (models, wasm, worker scripts):
 * the extension's own files in the browser, node_modules in the CLI. Paths
 * are the build's relative destinations (scripts/build/ocr-assets.ts), e.g.
 * "ocr/ppocr/det.onnx"; nothing is ever fetched from anywhere else.
 */
export interface AssetSource {
  readonly runtime: 'extension' | 'node';
  /** An absolute URL (extension) or file path (Node) of a shipped file or directory. */
  url(path: string): string;
  /** The bytes of a shipped file. */
  bytes(path: string): Promise<Uint8Array>;
}

/** Which finding an analysis fills in: its key in ImageFindings. */
export type AnalysisId = 'text' | 'faces';

/** What one run adds to the findings: its own key, and keys that come with it (the text's `lines`). */
export type AnalysisOutput<K extends AnalysisId> = K extends AnalysisId
  ? { [P in K]-?: NonNullable<ImageFindings[P]> } & Partial<Omit<ImageFindings, AnalysisId>>
  : never;

/**
 * One thing learnt from every image (its text, its faces…). An analysis
 * loads its engines lazily on its first run and keeps them warm; `reset`
 * drops them (after a hang, or when the host goes idle) and the next run
 * starts afresh. A run stops at its next step once `signal` aborts (the host
 * has already answered with a timeout by then).
 */
export interface ImageAnalysis<K extends AnalysisId = AnalysisId> {
  readonly id: K;
  /** What it does, for messages ("Finding faces took longer than 25 s…"). */
  readonly label: string;
  /** Deadline for one run, engine start-up included. */
  readonly timeoutMs: number;
  /**
   * Whether the image fails when this analysis fails. A text that cannot be
   * read fails the image (the guard then holds per the profile); a face check
   * that fails only leaves `faces` out, and the face rules say so.
   */
  readonly required: boolean;
  run(image: RgbaImage, signal: AbortSignal): Promise<AnalysisOutput<K>>;
  reset(): Promise<void>;
}
