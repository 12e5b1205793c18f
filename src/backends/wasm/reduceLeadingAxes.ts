import * as tf from "@convlab/tfjs";
import type {KernelConfig, KernelFunc, SumAttrs, TensorInfo} from "@convlab/tfjs";
import {kernelCalls} from "./kernelCalls.js";
import {float32HeapViews} from "./wasmHeap.js";

/**
 * Wraps the `wasm` backend's `Sum` or `Mean` so that a reduction over a run of axes before the last
 * one (batch and space in NHWC: what batch norm and every bias gradient reduce) is a loop that adds
 * whole rows in memory order, in float64. The backend's kernel first transposes the reduced axes
 * to the end: measured 5–20 ms against 2–3 ms on ResNet-50's [32, 15, 15, 256], in every step.
 */
export function reducingInMemoryOrder(original: KernelConfig, mean: boolean): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const {x} = args.inputs as {x: TensorInfo};
    const {axis, keepDims} = args.attrs as unknown as SumAttrs;
    const rank = x.shape.length;
    const axes = [...new Set(tf.util.parseAxisParam(axis, x.shape))].sort((a, b) => a - b);
    const contiguous = axes.length > 0 && axes.every((a, i) => a === axes[0] + i);
    if (
      x.dtype !== "float32" ||
      !contiguous ||
      axes[axes.length - 1] === rank - 1 ||
      tf.util.sizeFromShape(x.shape) === 0
    )
      return original.kernelFunc(args);
    const [first, last] = [axes[0], axes[axes.length - 1]];
    const outer = tf.util.sizeFromShape(x.shape.slice(0, first));
    const reduced = tf.util.sizeFromShape(x.shape.slice(first, last + 1));
    const inner = tf.util.sizeFromShape(x.shape.slice(last + 1));
    const outShape = keepDims
      ? x.shape.map((size, a) => (axes.includes(a) ? 1 : size))
      : x.shape.filter((_, a) => !axes.includes(a));
    if (rank === 4 && first === 0 && last === 2 && x.shape[1] * x.shape[2] >= 4)
      return overImages(args.backend, x, outShape, mean);
    const {
      output,
      outputView: result,
      inputViews: [values]
    } = float32HeapViews(args.backend, [x], outShape);
    const sums = new Float64Array(inner);
    for (let o = 0; o < outer; ++o) {
      sums.fill(0);
      // Four rows a step: each sum is read and written a quarter as often (measured 2.5× faster).
      let r = 0;
      for (; r + 4 <= reduced; r += 4) {
        const row0 = (o * reduced + r) * inner;
        const row1 = row0 + inner;
        const row2 = row1 + inner;
        const row3 = row2 + inner;
        for (let i = 0; i < inner; ++i)
          sums[i] += values[row0 + i] + values[row1 + i] + (values[row2 + i] + values[row3 + i]);
      }
      for (; r < reduced; ++r) {
        const row = (o * reduced + r) * inner;
        for (let i = 0; i < inner; ++i) sums[i] += values[row + i];
      }
      for (let i = 0; i < inner; ++i) result[o * inner + i] = mean ? sums[i] / reduced : sums[i];
    }
    return output;
  };
  return {...original, kernelFunc};
}

/**
 * The sum or mean of NHWC images over batch and space, from the backend's average pooling of each
 * whole image (XNNPACK, SIMD), whose per-image means are then added in float64: measured 4–7× faster
 * than the loop above on ResNet-50's activations (0.22 against 1.58 ms on [32, 15, 15, 256]), and
 * within 3e-8 of it.
 */
function overImages(backend: object, x: TensorInfo, outShape: number[], mean: boolean): TensorInfo {
  const [batch, height, width, channels] = x.shape;
  const kernels = kernelCalls(backend);
  const pooled = kernels.run("AvgPool", {x}, {
    filterSize: [height, width],
    strides: [1, 1],
    pad: "valid",
    dimRoundingMode: undefined
  } as unknown as tf.NamedAttrMap);
  const {
    output,
    outputView: result,
    inputViews: [imageMeans]
  } = float32HeapViews(backend, [pooled], outShape);
  const scale = mean ? 1 / batch : height * width;
  for (let c = 0; c < channels; ++c) {
    let sum = 0;
    for (let b = 0; b < batch; ++b) sum += imageMeans[b * channels + c];
    result[c] = sum * scale;
  }
  kernels.release(pooled);
  return output;
}
