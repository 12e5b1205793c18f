import * as tf from "@convlab/tfjs";
import type {FusedBatchNormAttrs, GradConfig, KernelConfig, KernelFunc, NamedAttrMap, TensorInfo} from "@convlab/tfjs";
import {oneValuePerChannel} from "./batchNorm.js";
import {kernelCalls} from "./kernelCalls.js";
import {float32HeapViews, heapViews} from "./wasmHeap.js";

/** The kernel that computes every derivative of `FusedBatchNorm` at once (this library's own name). */
export const batchNormGradientKernel = "ConvLabFusedBatchNormGrad";

/**
 * All five derivatives of y = (x − mean) · scale / √(variance + ε) + offset, for x channels last and
 * mean, variance and scale of one value per channel, in two passes: the sums in one loop here, x′ by
 * the backend's broadcasting product:
 *
 *   offset′ = Σ dy         scale′ = Σ dy·(x − mean)·r        with r = 1/√(variance + ε), sums per channel
 *   mean′ = −r·scale·offset′      variance′ = −½·r²·scale·scale′      x′ = dy·scale·r
 *
 * These are tfjs's own formulas (FusedBatchNorm_grad), whose ops make 9 passes of elementwise kernels
 * and 4 sums over the activations: a batch norm's gradient on ResNet-50's [32, 15, 15, 256] took about
 * 10 ms of kernels that way. Sums run in float64. Outputs: [x′, mean′, variance′, scale′, offset′].
 */
const batchNormGradient: KernelFunc = ({inputs, backend, attrs}) => {
  const {x, mean, variance, scale, dy} = inputs as Record<"x" | "mean" | "variance" | "dy", TensorInfo> & {
    scale?: TensorInfo;
  };
  const {varianceEpsilon} = attrs as unknown as FusedBatchNormAttrs;
  const channels = x.shape[x.shape.length - 1];
  // The per-channel factor of x′ is the first allocation: every view below stays valid until the
  // next one, the product.
  const {
    output: factorTensor,
    outputView: factorValues,
    inputViews: [xValues, dyValues, meanValues, varianceValues, scaleValues]
  } = float32HeapViews(backend, scale ? [x, dy, mean, variance, scale] : [x, dy, mean, variance], [channels]);
  const sumDy = new Float64Array(channels);
  const sumDyCentered = new Float64Array(channels);
  const size = xValues.length;
  // Four pixels a step: each channel's two sums are read and written a quarter as often (measured
  // 1.7× faster than one pixel a step).
  let at = 0;
  for (const step = 4 * channels; at + step <= size; at += step) {
    for (let c = 0; c < channels; ++c) {
      const m = meanValues[c];
      const i0 = at + c;
      const i1 = i0 + channels;
      const i2 = i1 + channels;
      const i3 = i2 + channels;
      const g0 = dyValues[i0];
      const g1 = dyValues[i1];
      const g2 = dyValues[i2];
      const g3 = dyValues[i3];
      sumDy[c] += g0 + g1 + (g2 + g3);
      sumDyCentered[c] +=
        g0 * (xValues[i0] - m) + g1 * (xValues[i1] - m) + (g2 * (xValues[i2] - m) + g3 * (xValues[i3] - m));
    }
  }
  for (; at < size; at += channels) {
    for (let c = 0; c < channels; ++c) {
      const g = dyValues[at + c];
      sumDy[c] += g;
      sumDyCentered[c] += g * (xValues[at + c] - meanValues[c]);
    }
  }
  const reciprocal = new Float64Array(channels);
  const factor = new Float64Array(channels);
  for (let c = 0; c < channels; ++c) {
    reciprocal[c] = 1 / Math.sqrt(varianceValues[c] + varianceEpsilon);
    factor[c] = (scaleValues ? scaleValues[c] : 1) * reciprocal[c];
    factorValues[c] = factor[c];
  }
  // x′ = dy·factor by the backend's broadcasting product (SIMD): measured 3–4× faster than a loop here.
  const kernels = kernelCalls(backend);
  const dx = kernels.run("Multiply", {a: dy, b: factorTensor});
  kernels.release(factorTensor);
  // Each vector is written through a view of its own: a new output may grow the heap.
  const perChannel = (value: (c: number) => number): TensorInfo => {
    const {output, outputView} = heapViews(backend, [], [channels], "float32");
    for (let c = 0; c < channels; ++c) outputView[c] = value(c);
    return output;
  };
  return [
    dx,
    perChannel((c) => -factor[c] * sumDy[c]),
    perChannel((c) => -0.5 * factor[c] * reciprocal[c] * sumDyCentered[c] * reciprocal[c]),
    perChannel((c) => sumDyCentered[c] * reciprocal[c]),
    perChannel((c) => sumDy[c])
  ];
};

export const batchNormGradientConfig: KernelConfig = {
  kernelName: batchNormGradientKernel,
  backendName: "wasm",
  kernelFunc: batchNormGradient
};

/**
 * Wraps tfjs's gradient of `FusedBatchNorm`: on the `wasm` backend, and for a batch norm over the
 * last axis (what `tf.layers.batchNormalization` does to images), every derivative comes from one
 * call of {@link batchNormGradientKernel}; elsewhere tfjs's own gradient runs unchanged, so cpu's
 * numbers stay bit for bit what they were.
 */
export function fusingBatchNormGradient(original: GradConfig): GradConfig {
  return {
    ...original,
    gradFunc: (dy, saved, attrs) => {
      const [x, mean, variance, scale] = saved as Array<tf.Tensor | undefined>;
      const gradient = Array.isArray(dy) ? dy[0] : dy;
      if (tf.getBackend() !== "wasm" || !oneValuePerChannel(x!, [mean, variance, scale]))
        return original.gradFunc(dy, saved, attrs);
      // Computed now, not in the functions: tfjs calls each function inside a tidy of its own, which
      // would dispose of the derivatives the first call did not return.
      const inputs = {x: x!, mean: mean!, variance: variance!, dy: gradient, ...(scale ? {scale} : {})};
      const [dx, dMean, dVariance, dScale, dOffset] = tf
        .engine()
        .runKernel(batchNormGradientKernel, inputs, attrs as NamedAttrMap) as tf.Tensor[];
      return {x: () => dx, mean: () => dMean, variance: () => dVariance, scale: () => dScale, offset: () => dOffset};
    }
  };
}
