/**
 * OCR settings shared by every place SafePost reads images: the offscreen
 * document (Chrome), the background page (Firefox) and the CLI (Node).
 * Pure values: no DOM, no browser.*, no node: imports.
 */

/**
 * The text analysis's deadline is the sum of these two: starting the engines
 * (~4 MB of tesseract wasm, 3 MB of language data, the PP-OCR models) and
 * reading one image. tesseract.js can hang without ever rejecting (a worker
 * that died on a CSP error, a corrupt image): on expiry the image host
 * resets the analysis, which terminates the worker, and the next image
 * starts a fresh one.
 */
export const OCR_START_TIMEOUT_MS = 20_000;
export const OCR_RECOGNIZE_TIMEOUT_MS = 20_000;

/** Language data: the 2.9 MB integer "best" model (see README, image checks). */
export const OCR_LANG = 'eng';
export const OCR_LANG_DATA_DIR = '4.0.0_best_int';

/** tesseract's OEM.LSTM_ONLY: loads the *-lstm core, the smallest. */
export const OCR_OEM = 1;

/** Where the build puts the OCR assets inside the extension (see wxt.config.ts). */
export const OCR_ASSET_DIR = 'ocr';
export const OCR_WORKER_ASSET = `${OCR_ASSET_DIR}/worker.min.js`;
export const OCR_CORE_ASSET_DIR = `${OCR_ASSET_DIR}/core`;
export const OCR_LANG_ASSET_DIR = `${OCR_ASSET_DIR}/lang`;

/**
 * The one tesseract core shipped: LSTM-only (OCR_OEM) with SIMD, which every
 * browser SafePost supports (Chrome 91+, Firefox 89+). tesseract.js would pick
 * the relaxed-SIMD build in Chromium and a plain one elsewhere; with PP-OCR
 * doing the detection, tesseract only reads short line crops and the variants
 * cost the same there (README, image checks), so one core ships instead of three.
 */
export const OCR_CORE_FILE = 'tesseract-core-simd-lstm.wasm.js';
export const OCR_CORE_FILES = [OCR_CORE_FILE] as const;

/** Where the build puts PP-OCR's files and onnxruntime-web's wasm (scripts/build/ocr-assets.ts). */
export const PPOCR_ASSET_DIR = `${OCR_ASSET_DIR}/ppocr`;
/**
 * PP-OCRv4's detector and recogniser as shipped: made at build time by
 * scripts/build/shrink-ocr-models.ts from PaddleOCR's models (convolution
 * weights stored as int8; the recogniser's output cut from 6,625 classes to the 212 Latin
 * ones SafePost can output, with the dictionary to match).
 */
export const PPOCR_DET_ASSET = `${PPOCR_ASSET_DIR}/ppocr-det-int8.onnx`;
export const PPOCR_REC_ASSET = `${PPOCR_ASSET_DIR}/ppocr-rec-latin-int8.onnx`;
export const PPOCR_DICT_ASSET = `${PPOCR_ASSET_DIR}/ppocr-keys-latin.txt`;
export const PPOCR_NOTICE_ASSET = `${PPOCR_ASSET_DIR}/NOTICE.txt`;
export const ORT_ASSET_DIR = `${OCR_ASSET_DIR}/ort`;
export const ORT_WASM_ASSET = `${ORT_ASSET_DIR}/ort-wasm-simd-threaded.wasm`;
export const ORT_MJS_ASSET = `${ORT_ASSET_DIR}/ort-wasm-simd-threaded.mjs`;

/**
 * The detector runs with the image's longest side at this many pixels
 * (rounded to a multiple of 32, as the network needs). PaddleOCR's default:
 * enough for lines a few percent of the picture high, and the detector's cost
 * grows with the area. 896 (was 960: ~15 % less detector time, ~90 ms on a
 * 12 MP photo) scored the same on both corpora and the text photos; 800 saved
 * ~35 % but lines came out split and misspaced ("Willow Class Asse mbly"
 * fired offensive-language on a corpus draft; PP-OCR's own key-word recall on
 * the text photos fell 0.91 → 0.82), and 736 lost more (2026-11-30).
 */
export const PPOCR_DET_MAX_SIDE = 896;

/** Line crops are read at this height (PP-OCRv4's recogniser input). */
export const PPOCR_REC_HEIGHT = 48;
/** …and at most this wide (40 characters' worth); a longer line is squeezed. */
export const PPOCR_REC_MAX_WIDTH = 1600;
/**
 * A line narrower than this, read with a mean confidence in
 * PPOCR_REC_RETRY_CONFIDENCE, is read again padded to this width, and the
 * more confident reading kept. Short words in script fonts need the room: a
 * certificate's "Oliver" read "Civen" 0.56 unpadded, "Qiver" 0.74 padded to
 * 320 (no longer the pupil's name: one block lost), "Qliver" 0.75 at 480 (as
 * when batches padded it to the widest line). Padding every short line
 * instead cost up to 3× the recogniser's time on images with many short
 * lines (watermarks), so only the doubtful ones pay (2026-11-30).
 */
export const PPOCR_REC_RETRY_WIDTH = 480;
/**
 * From, below. Under 0.4 the crop is not text (texture, a picture's edge:
 * 0.00-0.32 on the corpora's text-free boxes) and reading it again cost
 * ~0.4 s on such images for nothing.
 */
export const PPOCR_REC_RETRY_CONFIDENCE = [0.4, 0.8] as const;
/**
 * Crops recognised per model run. One: on one wasm thread a batch saves
 * nothing and every crop in it is padded to the widest, so a line beside a
 * long one cost several times its own width (2026-11-30, ocr-stages.ts, model
 * CPU: 12 MP photo 774 → 586 ms, a five-line corpus image 1,555 → 678 ms).
 */
export const PPOCR_REC_BATCH = 1;

/** A recognised line whose mean character confidence is below this is not text (a texture, a picture edge). */
export const PPOCR_MIN_LINE_CONFIDENCE = 0.6;

/** Line crops are given to tesseract at this height in pixels (x-height ~ 25 px: its sweet spot). */
export const TESSERACT_LINE_HEIGHT = 64;

/** A tesseract line (read from PP-OCR's crop) counts from this mean word confidence (0-100). */
export const TESSERACT_MIN_LINE_CONFIDENCE = 70;
