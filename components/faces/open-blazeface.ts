/**
 * Model-graph surgery: Human ships BlazeFace as a graph for one 256x256
 * input; the detector needs it to read a whole picture at any size (one
 * pass per scale, components/faces/scales.ts). This rewrites the loaded
 * graph's topology, never its weights, and fetches nothing.
 */
import type { GraphModelLike, HumanLike, ModelArtifactsLike } from './tfjs-shim';

/** BlazeFace's graph opened to inputs of any size: one model per pass, and the names of its heads' outputs. */
interface FlexibleBlazeFace {
  /** For each pass (coarse, fine), its own copy of the model, made on first use. */
  model(pass: number): GraphModelLike;
  /** Output node names of the two heads' scores and box regressors (before the graph's fixed-size reshape). */
  outputs: string[];
}

interface GraphNode {
  name: string;
  op: string;
  input?: string[];
  attr?: { shape?: { shape?: { dim?: { size: string }[] } } };
}

const flexible = new WeakMap<object, FlexibleBlazeFace>();

/**
 * Human's BlazeFace, loaded for a 1x256x256x3 input and ending in reshapes
 * to its 896 anchors of that size, opened up: the input's height, width and
 * batch open (-1), and the outputs taken before the reshapes (the
 * convolution layers' own [1, rows, cols, k] outputs). Built from the files
 * Human loaded (no fetch), once per Human; each pass gets its own copy of
 * the model (0.5 MB of weights): wasm's convolutions are set up for one
 * input size, and one model alternating between 128x96 and 640x480 costs
 * ~15 ms more an image than two that keep theirs.
 */
export function flexibleBlazeFace(human: HumanLike): FlexibleBlazeFace {
  const loaded = human.models.models.blazeface as (GraphModelLike & { artifacts?: ModelArtifactsLike }) | null | undefined;
  if (!loaded) throw new Error('the face detector (BlazeFace) is not loaded');
  const cached = flexible.get(loaded);
  if (cached) return cached;
  const artifacts = loaded.artifacts;
  const topology = artifacts?.modelTopology as { node?: GraphNode[] } | undefined;
  if (!artifacts || !Array.isArray(topology?.node)) throw new Error("the face detector's graph is not readable (tfjs without model artifacts)");
  const nodes: GraphNode[] = structuredClone(topology.node);
  for (const node of nodes) {
    const dims = node.op === 'Placeholder' ? node.attr?.shape?.shape?.dim : undefined;
    if (dims) dims.forEach((dim, i) => (dim.size = i === dims.length - 1 ? dim.size : '-1'));
  }
  // The graph's last ops reshape each head's scores and boxes to [1, anchors, k]; their inputs are the heads themselves.
  const outputs = nodes.filter((n) => n.op === 'Reshape' && /classificators|regressors/.test(n.name) && n.input?.[0]).map((n) => n.input![0]!);
  if (outputs.length !== 4) throw new Error(`unexpected BlazeFace graph: ${outputs.length} head outputs`);
  const opened = { ...artifacts, modelTopology: { ...topology, node: nodes } };
  const models: GraphModelLike[] = [];
  const built: FlexibleBlazeFace = {
    outputs,
    model: (pass) => (models[pass] ??= human.tf.loadGraphModelSync(human.tf.io.fromMemorySync(opened))),
  };
  flexible.set(loaded, built);
  return built;
}
