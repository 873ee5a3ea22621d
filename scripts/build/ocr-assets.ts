/**
 * The OCR files the extension ships, copied from node_modules into the build by
 * wxt.config.ts ('build:publicAssets'): tesseract.js's worker script, the
 * LSTM-only wasm cores (relaxed SIMD for Chromium 156, SIMD and plain for other
 * browsers) and the English language data. Bundling them is what keeps OCR
 * offline: tesseract.js would otherwise fetch all three from public CDNs.
 * Nothing binary is committed to the repository.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  OCR_CORE_ASSET_DIR,
  OCR_CORE_FILES,
  OCR_LANG,
  OCR_LANG_ASSET_DIR,
  OCR_LANG_DATA_DIR,
  OCR_WORKER_ASSET,
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
  return [
    { absoluteSrc: join(tesseract, 'dist/worker.min.js'), relativeDest: OCR_WORKER_ASSET },
    ...OCR_CORE_FILES.map((file) => ({ absoluteSrc: join(core, file), relativeDest: `${OCR_CORE_ASSET_DIR}/${file}` })),
    {
      absoluteSrc: join(lang, OCR_LANG_DATA_DIR, `${OCR_LANG}.traineddata.gz`),
      relativeDest: `${OCR_LANG_ASSET_DIR}/${OCR_LANG}.traineddata.gz`,
    },
  ];
}
