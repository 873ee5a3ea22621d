/**
 * The face-check files the extension ships, copied from node_modules into the
 * build by wxt.config.ts ('build:publicAssets'): Human's BlazeFace and
 * FaceMesh models (graph JSON + weights) and TensorFlow.js's wasm backend
 * binaries (plain and SIMD). Shipping them is what keeps face checks offline:
 * Human would otherwise fetch models and wasm from a CDN.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FACE_MODEL_ASSET_DIR, FACE_MODEL_FILES, FACE_WASM_ASSET_DIR, FACE_WASM_FILES } from '../../components/faces/config';

const require = createRequire(import.meta.url);

export interface FaceAssetFile {
  absoluteSrc: string;
  relativeDest: string;
}

export function faceAssetFiles(): FaceAssetFile[] {
  // Human's exports map hides package.json: its main entry (dist/) locates the package.
  const human = dirname(dirname(require.resolve('@vladmandic/human')));
  const wasm = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  return [
    ...FACE_MODEL_FILES.map((file) => ({ absoluteSrc: join(human, 'models', file), relativeDest: `${FACE_MODEL_ASSET_DIR}/${file}` })),
    ...FACE_WASM_FILES.map((file) => ({ absoluteSrc: join(wasm, file), relativeDest: `${FACE_WASM_ASSET_DIR}/${file}` })),
  ];
}

/**
 * Human's bundle carries tfjs's default wasm location, a jsDelivr URL, as a
 * fallback SafePost never uses (wasmPath is always the extension's own
 * files). This Vite plugin blanks it, so the build holds no CDN URL at all.
 */
export function stripHumanCdnDefaults() {
  const CDN_DEFAULT = /https:\/\/cdn\.jsdelivr\.net\/npm\/@tensorflow\/tfjs-backend-wasm@\$\{[a-zA-Z_$][\w$]*\}\/dist\//g;
  return {
    name: 'safepost-strip-human-cdn',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/@vladmandic[\\/]human[\\/]dist[\\/]/.test(id) || !code.includes('cdn.jsdelivr.net')) return null;
      return { code: code.replace(CDN_DEFAULT, ''), map: null };
    },
  };
}
