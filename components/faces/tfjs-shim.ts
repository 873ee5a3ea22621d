/**
 * The few tfjs and Human types the face detector touches, declared here so
 * the detector's code stays runtime-neutral: the extension loads Human's
 * browser bundle, the CLI its node-wasm bundle, and the tests a stub; none of
 * their (2 MB) type declarations reach the pure code.
 */

/** The parts of a tfjs tensor the detector uses. */
export interface TensorLike {
  readonly shape: number[];
  dataSync(): ArrayLike<number>;
  dispose(): void;
}

/** A loaded tfjs graph model (Human's blazeface and facemesh). */
export interface GraphModelLike {
  execute(input: TensorLike, outputs?: string[]): TensorLike | TensorLike[];
}

/** The model files a graph model was loaded from (tfjs keeps them on the model as `artifacts`). */
export interface ModelArtifactsLike {
  modelTopology?: unknown;
  [key: string]: unknown;
}

/** The tfjs functions the detector uses (Human's bundled tfjs, as `human.tf`). */
export interface FaceTf {
  tensor4d(values: Float32Array, shape: [number, number, number, number], dtype: 'float32'): TensorLike;
  tensor2d(values: number[], shape: [number, number], dtype: 'float32'): TensorLike;
  tensor1d(values: number[], dtype: 'int32'): TensorLike;
  div(a: TensorLike, b: number): TensorLike;
  sub(a: TensorLike, b: number): TensorLike;
  tidy<T>(fn: () => T): T;
  dispose(x: TensorLike | TensorLike[]): void;
  getBackend(): string;
  image: {
    resizeBilinear(x: TensorLike, size: [number, number]): TensorLike;
    cropAndResize(image: TensorLike, boxes: TensorLike, boxInd: TensorLike, cropSize: [number, number]): TensorLike;
  };
  loadGraphModelSync(handler: unknown): GraphModelLike;
  io: { fromMemorySync(artifacts: ModelArtifactsLike): unknown };
}

/** The parts of a loaded Human instance the detector uses. */
export interface HumanLike {
  tf: FaceTf;
  models: { models: Record<string, unknown> };
}

/** A Human instance before and after loading, as the hosts start it. */
export interface LoadableHuman extends HumanLike {
  load(): Promise<void>;
  tf: HumanLike['tf'] & { env(): { set(flag: string, value: boolean): void }; getBackend(): string };
}
