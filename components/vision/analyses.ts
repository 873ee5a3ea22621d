/**
 * The analyses the image host runs on every attached image, in order, in the
 * extension and the CLI alike: its text, then its faces. To add one: give it
 * a key in findings.ts, implement ImageAnalysis (types.ts) in its own
 * component, and append it here.
 */
import { faceAnalysis, type StartFaceDetector } from '../faces/face-analysis';
import { textAnalysis } from '../ocr/text-analysis';
import type { AnalysisId, AssetSource, ImageAnalysis } from './types';

export interface AnalysesOptions {
  /** How this runtime starts the face detector (its bundle and file loading differ between browser and Node). */
  startFaceDetector: StartFaceDetector;
  /** Deadline per analysis run; the CLI allows more than the extension (it has no one waiting to post). */
  timeoutMs?: number;
  /** Only these analyses (the CLI's cover-faces needs no text); all by default. */
  only?: readonly AnalysisId[];
}

export function imageAnalyses(assets: AssetSource, options: AnalysesOptions): ImageAnalysis[] {
  const wanted = (id: AnalysisId) => !options.only || options.only.includes(id);
  const analyses: ImageAnalysis[] = [];
  if (wanted('text')) analyses.push(textAnalysis(assets, { timeoutMs: options.timeoutMs }));
  if (wanted('faces')) analyses.push(faceAnalysis(options.startFaceDetector, { timeoutMs: options.timeoutMs }));
  return analyses;
}
