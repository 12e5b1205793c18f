import * as tf from "@convlab/tfjs";
import type {DataId, DataType, TensorInfo} from "@convlab/tfjs";
import {heapView} from "./wasmHeap.js";

/**
 * Outputs computed on first use, on the `wasm` backend. tfjs computes some gradients that nobody
 * reads: its fused convolution's gradient (what every `tf.layers.conv2d` runs in training) returns
 * the input's gradient with the filter's, eagerly, and for a network's first layer that gradient
 * (of the images) is thrown away. A kernel can instead return a deferred output: memory of the
 * right shape, filled by `compute` when a kernel or a read first needs it, or never, if it is
 * disposed first. Its inputs are kept alive until then.
 *
 * First use is watched at three doors: `engine.runKernel` (every kernel an op runs), and the
 * backend's `readSync` and `read` (every read, and every move to another backend). A kernel that
 * calls another directly (./kernelCalls.ts) passes inputs that already came through the first door.
 */
interface Deferred {
  backend: WasmBackendDoors;
  compute: () => TensorInfo;
  kept: TensorInfo[];
}

interface WasmBackendDoors {
  dataIdMap: {has(dataId: DataId): boolean};
  readSync(dataId: DataId, ...rest: unknown[]): unknown;
  read(dataId: DataId, ...rest: unknown[]): Promise<unknown>;
  disposeData(dataId: DataId, force?: boolean): boolean;
  incRef(dataId: DataId): void;
  makeOutput(shape: number[], dtype: DataType): TensorInfo;
}

const deferred = new Map<DataId, Deferred>();
const watchedBackends = new WeakSet<WasmBackendDoors>();
let engineWatched = false;

/** Whether `dataId` still waits for its first use (for tests). */
export function isDeferred(dataId: DataId): boolean {
  return deferred.has(dataId);
}

/**
 * An output of `shape` whose values `compute` gives (a new tensor, copied in and released) the
 * first time they are needed. `kept` are the inputs `compute` reads: referenced until then.
 */
export function deferredOutput(
  backend: object,
  shape: number[],
  dtype: DataType,
  kept: TensorInfo[],
  compute: () => TensorInfo
): TensorInfo {
  const doors = watchedBackend(backend);
  watchEngine();
  for (const input of kept) doors.incRef(input.dataId);
  const output = doors.makeOutput(shape, dtype);
  deferred.set(output.dataId, {backend: doors, compute, kept});
  return output;
}

/** Computes a deferred output now, if `dataId` is one. */
function settle(dataId: DataId): void {
  const pending = deferred.get(dataId);
  if (!pending) return;
  deferred.delete(dataId);
  const {backend, compute, kept} = pending;
  const result = compute();
  heapView(backend, {...result, dataId}).set(heapView(backend, result));
  for (const info of [result, ...kept]) backend.disposeData(info.dataId);
}

function watchedBackend(backend: object): WasmBackendDoors {
  const doors = backend as WasmBackendDoors;
  if (watchedBackends.has(doors)) return doors;
  watchedBackends.add(doors);
  const {readSync, read, disposeData} = doors;
  doors.readSync = function (dataId, ...rest) {
    settle(dataId);
    return readSync.call(this, dataId, ...rest);
  };
  doors.read = function (dataId, ...rest) {
    settle(dataId);
    return read.call(this, dataId, ...rest);
  };
  doors.disposeData = function (dataId, force) {
    const freed = disposeData.call(this, dataId, force);
    const pending = deferred.get(dataId);
    if (pending && !doors.dataIdMap.has(dataId)) {
      deferred.delete(dataId);
      for (const info of pending.kept) doors.disposeData(info.dataId);
    }
    return freed;
  };
  return doors;
}

function watchEngine(): void {
  if (engineWatched) return;
  engineWatched = true;
  const engine = tf.engine() as unknown as {runKernel(name: string, inputs: object, attrs?: object): unknown};
  const runKernel = engine.runKernel;
  engine.runKernel = function (name, inputs, attrs) {
    if (deferred.size > 0)
      for (const input of Object.values(inputs) as Array<TensorInfo | undefined>) if (input) settle(input.dataId);
    return runKernel.call(this, name, inputs, attrs);
  };
}
