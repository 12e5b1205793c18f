import * as tf from "@convlab/tfjs";
import type {DataId, DataType, TensorInfo} from "@convlab/tfjs";

/** A tensor's memory in the WebAssembly heap: float32, int32 or bool (one byte each). */
export type HeapArray = Float32Array | Int32Array | Uint8Array;

/** The parts of tfjs-backend-wasm's `BackendWasm` that let a kernel read and write tensors in the WebAssembly heap. */
interface BackendWasmHeap {
  dataIdMap: {get(dataId: DataId): {memoryOffset: number}};
  makeOutput(shape: number[], dtype: DataType): TensorInfo;
  // The threaded build exports its (shared, growable) memory; its HEAPU8 may lag behind a growth.
  wasm: {HEAPU8: Uint8Array; wasmMemory?: WebAssembly.Memory};
}

/**
 * Views of a kernel's inputs and of a new output (not cleared) in the WebAssembly heap. They are
 * valid until the next allocation, since a growing heap detaches them: so inputs still held by
 * another backend are moved in, and the output allocated, before any view is taken.
 */
export function heapViews(
  backend: object,
  inputs: TensorInfo[],
  outputShape: number[],
  outputDtype: DataType
): {output: TensorInfo; outputView: HeapArray; inputViews: HeapArray[]} {
  const heap = backend as BackendWasmHeap;
  for (const input of inputs) heap.dataIdMap.get(input.dataId);
  const output = heap.makeOutput(outputShape, outputDtype);
  return {output, outputView: heapView(backend, output), inputViews: inputs.map((input) => heapView(backend, input))};
}

/** A view of one tensor's memory in the WebAssembly heap, valid until the next allocation. */
export function heapView(backend: object, {dataId, shape, dtype}: TensorInfo): HeapArray {
  const heap = backend as BackendWasmHeap;
  const buffer = heap.wasm.wasmMemory?.buffer ?? heap.wasm.HEAPU8.buffer;
  const offset = heap.dataIdMap.get(dataId).memoryOffset;
  const size = tf.util.sizeFromShape(shape);
  if (dtype === "float32") return new Float32Array(buffer, offset, size);
  if (dtype === "int32") return new Int32Array(buffer, offset, size);
  if (dtype === "bool") return new Uint8Array(buffer, offset, size);
  throw new Error(`no heap view for ${dtype} tensors`);
}

/** {@link heapViews} for float32 tensors. */
export function float32HeapViews(
  backend: object,
  inputs: TensorInfo[],
  outputShape: number[]
): {output: TensorInfo; outputView: Float32Array; inputViews: Float32Array[]} {
  for (const input of inputs)
    if (input.dtype !== "float32") throw new Error(`expected a float32 tensor, got ${input.dtype}`);
  return heapViews(backend, inputs, outputShape, "float32") as {
    output: TensorInfo;
    outputView: Float32Array;
    inputViews: Float32Array[];
  };
}

/** How far apart, in elements, consecutive indices of each axis lie in a row-major tensor of `shape`. */
export function rowMajorStrides(shape: readonly number[]): number[] {
  const result = new Array<number>(shape.length);
  let stride = 1;
  for (let axis = shape.length - 1; axis >= 0; --axis) {
    result[axis] = stride;
    stride *= shape[axis];
  }
  return result;
}
