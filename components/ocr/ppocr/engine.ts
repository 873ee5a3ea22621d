/**
 * PP-OCRv4 (PaddleOCR's mobile detection and recognition models, ONNX) on
 * onnxruntime-web's wasm backend, one thread: in the offscreen document, the
 * Firefox background page and Node alike. Models, dictionary and the ORT wasm
 * come from the AssetSource (extension files or node_modules), never a CDN.
 */
import * as ort from 'onnxruntime-web/wasm';
import type { AssetSource } from '../../vision/types';
import { resizePlane } from '../../vision/pixels';
import { releaseArray } from '../../vision/release';
import { classLabels, ctcGreedy, meanConfidence, wantedMask, type DecodedChar } from './ctc';
import type { Plane } from './crop';
import {
  PPOCR_DET_ASSET,
  PPOCR_DICT_ASSET,
  PPOCR_REC_ASSET,
  ORT_WASM_ASSET,
  ORT_MJS_ASSET,
  PPOCR_REC_HEIGHT,
  PPOCR_REC_MAX_WIDTH,
  PPOCR_REC_RETRY_WIDTH,
  PPOCR_REC_RETRY_CONFIDENCE,
  PPOCR_REC_BATCH,
} from '../config';

/** Detector input normalisation (ImageNet), in the B, G, R channel order PaddleOCR trains with. */
const DET_MEAN = [0.406, 0.456, 0.485];
const DET_STD = [0.225, 0.224, 0.229];

interface Loaded {
  det: ort.InferenceSession;
  rec: ort.InferenceSession;
  labels: string[];
  mask: Uint8Array;
}

/** A recognised line crop: its characters with time steps, and how many pixels one step spans. */
export interface Recognised {
  chars: DecodedChar[];
  stepPx: number;
  heightPx: number;
}

/** Where onnxruntime-web loads its wasm and its loader script: shipped files only (never its CDN-free default next to the bundle). */
export function ortWasmPaths(assets: AssetSource): { wasm: string; mjs: string } {
  return { wasm: assets.url(ORT_WASM_ASSET), mjs: assets.url(ORT_MJS_ASSET) };
}

let configured = false;

function configureOrt(assets: AssetSource): void {
  if (configured) return;
  configured = true;
  // Offscreen documents are not cross-origin isolated: no SharedArrayBuffer, so one thread.
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.wasm.wasmPaths = ortWasmPaths(assets);
  ort.env.logLevel = 'error';
}

export class PpOcrEngine {
  private loaded: Promise<Loaded> | undefined;

  constructor(private readonly assets: AssetSource) {}

  private load(): Promise<Loaded> {
    this.loaded ??= (async () => {
      configureOrt(this.assets);
      const options: ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
      const [detBytes, recBytes, dictBytes] = await Promise.all([
        this.assets.bytes(PPOCR_DET_ASSET),
        this.assets.bytes(PPOCR_REC_ASSET),
        this.assets.bytes(PPOCR_DICT_ASSET),
      ]);
      const det = await ort.InferenceSession.create(detBytes, options);
      const rec = await ort.InferenceSession.create(recBytes, options);
      const dictionary = new TextDecoder().decode(dictBytes).replace(/\r/g, '').split('\n');
      if (dictionary[dictionary.length - 1] === '') dictionary.pop();
      const labels = classLabels(dictionary);
      return { det, rec, labels, mask: wantedMask(labels) };
    })();
    this.loaded.catch(() => {
      this.loaded = undefined;
    });
    return this.loaded;
  }

  /** Text probability map of the image's R, G, B planes, run at width×height (multiples of 32). */
  async detect(planes: readonly Plane[], width: number, height: number): Promise<Float32Array> {
    const { det } = await this.load();
    const input = new Float32Array(3 * width * height);
    // The model's channel c is B, G, R for c = 0, 1, 2.
    for (let c = 0; c < 3; c++) {
      const src = planes[2 - c]!;
      const plane = resizePlane(src.data, src.width, src.height, width, height);
      const offset = c * width * height;
      for (let i = 0; i < plane.length; i++) input[offset + i] = (plane[i]! / 255 - DET_MEAN[c]!) / DET_STD[c]!;
      releaseArray(plane);
    }
    const tensor = new ort.Tensor('float32', input, [1, 3, height, width]);
    const output = await det.run({ [det.inputNames[0]!]: tensor });
    const map = output[det.outputNames[0]!]!;
    const data = map.data as Float32Array;
    tensor.dispose?.();
    // onnxruntime copied the input into its own heap for the run: the 7 MB here are no longer read.
    releaseArray(input);
    return data;
  }

  /**
   * Recognises straightened line crops (R, G, B planes each), in batches of
   * similar width. A short line read with low confidence is read once more
   * padded to PPOCR_REC_RETRY_WIDTH, and the more confident reading is kept
   * (config.ts: why).
   */
  async recognise(crops: readonly (readonly Plane[])[]): Promise<Recognised[]> {
    const height = PPOCR_REC_HEIGHT;
    const widths = crops.map((planes) => Math.max(8, Math.min(PPOCR_REC_MAX_WIDTH, Math.ceil((height * planes[0]!.width) / Math.max(1, planes[0]!.height)))));
    const order = crops.map((_, i) => i).sort((a, b) => widths[a]! - widths[b]!);
    const results = await this.read(crops, widths, order, 0);
    const retry = order.filter((i) => {
      const confidence = meanConfidence(results[i]!.chars);
      return widths[i]! < PPOCR_REC_RETRY_WIDTH && confidence >= PPOCR_REC_RETRY_CONFIDENCE[0] && confidence < PPOCR_REC_RETRY_CONFIDENCE[1];
    });
    if (retry.length) {
      const again = await this.read(crops, widths, retry, PPOCR_REC_RETRY_WIDTH);
      for (const i of retry) if (meanConfidence(again[i]!.chars) > meanConfidence(results[i]!.chars)) results[i] = again[i]!;
    }
    return results;
  }

  /** The crops at `indices`, PPOCR_REC_BATCH a run, each run padded to its widest crop and to at least `padTo`. */
  private async read(crops: readonly (readonly Plane[])[], widths: readonly number[], indices: readonly number[], padTo: number): Promise<Recognised[]> {
    const { rec, labels, mask } = await this.load();
    const height = PPOCR_REC_HEIGHT;
    const results: Recognised[] = new Array(crops.length);
    for (let b = 0; b < indices.length; b += PPOCR_REC_BATCH) {
      const batch = indices.slice(b, b + PPOCR_REC_BATCH);
      const batchWidth = Math.max(padTo, Math.ceil(Math.max(...batch.map((i) => widths[i]!)) / 8) * 8);
      const input = new Float32Array(batch.length * 3 * height * batchWidth);
      batch.forEach((index, n) => {
        const planes = crops[index]!;
        const w = widths[index]!;
        for (let c = 0; c < 3; c++) {
          const src = planes[2 - c]!;
          const plane = resizePlane(src.data, src.width, src.height, w, height);
          const base = (n * 3 + c) * height * batchWidth;
          // (x/255 - 0.5) / 0.5; the padding stays 0, as PaddleOCR pads.
          for (let y = 0; y < height; y++) for (let x = 0; x < w; x++) input[base + y * batchWidth + x] = plane[y * w + x]! / 127.5 - 1;
        }
      });
      const tensor = new ort.Tensor('float32', input, [batch.length, 3, height, batchWidth]);
      const output = (await rec.run({ [rec.inputNames[0]!]: tensor }))[rec.outputNames[0]!]!;
      const [, steps, classes] = output.dims as number[];
      const probs = output.data as Float32Array;
      const stepPx = batchWidth / steps!;
      batch.forEach((index, n) => {
        // Steps over the padding belong to no character.
        const own = Math.min(steps!, Math.ceil(widths[index]! / stepPx));
        const slice = probs.subarray(n * steps! * classes!, (n * steps! + own) * classes!);
        results[index] = { chars: ctcGreedy(slice, own, classes!, labels, mask), stepPx, heightPx: height };
      });
    }
    return results;
  }

  async reset(): Promise<void> {
    const current = this.loaded;
    this.loaded = undefined;
    const loaded = await current?.catch(() => undefined);
    await Promise.all([loaded?.det.release(), loaded?.rec.release()].map((p) => p?.catch(() => undefined)));
  }
}
