import type {BatchMatMulAttrs, KernelConfig, KernelFunc, NamedAttrMap, TensorInfo} from "@convlab/tfjs";
import {kernelCalls} from "./kernelCalls.js";

/**
 * Wraps the `wasm` backend's `BatchMatMul` or `_FusedMatMul` so that a transposed operand is
 * transposed first and the product always takes XNNPACK's fast path. Measured on 2 cores: with
 * `transposeA` or `transposeB` the backend's kernel is 10–30× slower than a transpose followed by
 * a plain product, and every dense layer's gradient asks for one.
 */
export function transposingFirst(original: KernelConfig): KernelConfig {
  const product = original.kernelFunc;
  const kernelFunc: KernelFunc = ({inputs, backend, attrs}) => {
    const {transposeA, transposeB} = attrs as unknown as BatchMatMulAttrs;
    if (!transposeA && !transposeB) return product({inputs, backend, attrs});
    const kernels = kernelCalls(backend);
    const {a, b} = inputs as {a: TensorInfo; b: TensorInfo};
    const swapLastTwo = (x: TensorInfo) => {
      const perm = x.shape.map((_, axis) => axis);
      perm.splice(-2, 2, perm.length - 1, perm.length - 2);
      return kernels.run("Transpose", {x}, {perm});
    };
    const plainA = transposeA ? swapLastTwo(a) : a;
    const plainB = transposeB ? swapLastTwo(b) : b;
    const output = product({
      inputs: {...inputs, a: plainA, b: plainB},
      backend,
      attrs: {...attrs, transposeA: false, transposeB: false} as NamedAttrMap
    });
    if (transposeA) kernels.release(plainA);
    if (transposeB) kernels.release(plainB);
    return output;
  };
  return {...original, kernelFunc};
}
