/**
 * The analyses the image host runs on every attached image, in order, in the
 * extension and the CLI alike. To add one (faces): give it a key in
 * findings.ts, implement ImageAnalysis (types.ts) in its own component, and
 * append it here.
 */
import { textAnalysis } from '../ocr/text-analysis';
import type { AssetSource, ImageAnalysis } from './types';

export interface AnalysesOptions {
  /** Deadline per analysis run; the CLI allows more than the extension (it has no one waiting to post). */
  timeoutMs?: number;
}

export function imageAnalyses(assets: AssetSource, options: AnalysesOptions = {}): ImageAnalysis[] {
  return [textAnalysis(assets, { timeoutMs: options.timeoutMs })];
}
