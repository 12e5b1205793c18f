import type {CastAttrs, KernelConfig, KernelFunc, TensorInfo} from "@convlab/tfjs";
import {heapViews} from "./wasmHeap.js";

interface RefCounting {
  incRef(dataId: object): void;
}

/**
 * Wraps the `wasm` backend's `Identity` or `Cast`:
 * - an output of the input's own dtype shares the input's memory, as `Reshape` already does on this
 *   backend and `Identity` does on cpu (tensors are immutable; the backend counts references). The
 *   backend's kernels copy: every batch norm in training casts its float32 input to float32 and its
 *   gradient clones dy, 0.1–0.9 ms a copy on ResNet-50's activations, about 1,000 copies a step;
 * - a cast to bool is "not zero", as on cpu. The backend's kernel stores the number in a byte:
 *   −2.2 became 254 and 0.5 became 0.
 */
export function sharingData(original: KernelConfig): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const {x} = args.inputs as {x: TensorInfo};
    const dtype = original.kernelName === "Cast" ? (args.attrs as unknown as CastAttrs).dtype : x.dtype;
    if (x.dtype === "string" || x.dtype === "complex64") return original.kernelFunc(args);
    if (dtype === x.dtype) {
      (args.backend as unknown as RefCounting).incRef(x.dataId);
      return {dataId: x.dataId, shape: [...x.shape], dtype};
    }
    if (dtype !== "bool") return original.kernelFunc(args);
    const {
      output,
      outputView: truth,
      inputViews: [values]
    } = heapViews(args.backend, [x], [...x.shape], "bool");
    for (let i = 0; i < values.length; ++i) truth[i] = values[i] !== 0 ? 1 : 0;
    return output;
  };
  return {...original, kernelFunc};
}
