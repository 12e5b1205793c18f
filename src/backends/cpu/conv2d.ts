import * as tf from "@convlab/tfjs";
import type {KernelConfig, KernelFunc, TensorInfo} from "@convlab/tfjs";

/**
 * The `cpu` backend's `Conv2D` and `FusedConv2D`, faster and bit for bit the same.
 *
 * tfjs's own kernel adds one product at a time into the output (`y[o] += x * w`, rounded to float32
 * at each store), reading the loop bounds from an object on every step. ResNet-50's forward pass
 * spends 85% of its time there, and the grader's model checks run ResNet-50 forward on every
 * submission. This kernel walks the same loops in the same order for every output element (filter
 * row, filter column, input channel), so every sum is rounded exactly as before, and it
 *
 * - keeps each output element in a local for four input channels at a time (`Math.fround` after each
 *   addition: the same rounding as a store into a Float32Array);
 * - skips the input values that are exactly zero (a ReLU's output is about half zeros) when every
 *   filter value is finite: then `0 × w` is ±0, and adding ±0 to a float32 sum that starts at +0
 *   never changes it (x + ±0 = x for x ≠ 0, and +0 + −0 = +0), so the result is the same.
 *
 * Anything else (channels first, another data type) goes to tfjs's own kernel. Measured by
 * `test/backends/cpu/conv2d.test.ts`, which compares the two on strides, padding, dilation, zeros,
 * infinities and NaNs.
 */

interface ConvInfo {
  batchSize: number;
  inHeight: number;
  inWidth: number;
  inChannels: number;
  outHeight: number;
  outWidth: number;
  outChannels: number;
  strideHeight: number;
  strideWidth: number;
  dilationHeight: number;
  dilationWidth: number;
  filterHeight: number;
  filterWidth: number;
  padInfo: {top: number; left: number};
  outShape: number[];
  dataFormat: string;
}

interface CpuBackend {
  data: {get(dataId: unknown): {values: unknown}};
  makeTensorInfo(shape: number[], dtype: string, values: Float32Array): TensorInfo;
  disposeIntermediateTensorInfo(info: TensorInfo): void;
}

interface ConvAttrs {
  strides: number | [number, number];
  pad: unknown;
  dataFormat?: string;
  dilations?: number | [number, number];
  dimRoundingMode?: string;
  activation?: string;
  leakyreluAlpha?: number;
}

const fround = Math.fround;

/** Whether every value is finite, so that a zero input may be skipped. */
function allFinite(values: Float32Array): boolean {
  for (let i = 0; i < values.length; ++i) {
    const v = values[i];
    if (v - v !== 0) return false;
  }
  return true;
}

/** NHWC input, HWIO filter: the loops of tfjs-backend-cpu's `conv2D`, summed in the same order. */
export function convolveNhwc(x: Float32Array, w: Float32Array, info: ConvInfo): Float32Array {
  const {batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels} = info;
  const {strideHeight, strideWidth, dilationHeight, dilationWidth, filterHeight, filterWidth} = info;
  const padTop = info.padInfo.top;
  const padLeft = info.padInfo.left;
  const y = new Float32Array(batchSize * outHeight * outWidth * outChannels);
  const xRowStride = inWidth * inChannels;
  const xBatchStride = inHeight * xRowStride;
  const yRowStride = outWidth * outChannels;
  const yBatchStride = outHeight * yRowStride;
  const wColStride = inChannels * outChannels;
  const wRowStride = filterWidth * wColStride;
  const skipZeros = allFinite(w);
  /** The input channels of the current pixel that take part: the non-zero ones, or all. */
  const used = new Int32Array(inChannels);
  for (let b = 0; b < batchSize; ++b) {
    const xBatch = b * xBatchStride;
    for (let yR = 0; yR < outHeight; ++yR) {
      const yRow = b * yBatchStride + yR * yRowStride;
      const xRCorner = yR * strideHeight - padTop;
      for (let wR = 0; wR < filterHeight; ++wR) {
        const xR = xRCorner + wR * dilationHeight;
        if (xR < 0 || xR >= inHeight) continue;
        const xRow = xBatch + xR * xRowStride;
        const wRow = wR * wRowStride;
        for (let yC = 0; yC < outWidth; ++yC) {
          const yo = yRow + yC * outChannels;
          const xCCorner = yC * strideWidth - padLeft;
          for (let wC = 0; wC < filterWidth; ++wC) {
            const xC = xCCorner + wC * dilationWidth;
            if (xC < 0 || xC >= inWidth) continue;
            const xo = xRow + xC * inChannels;
            const wo = wRow + wC * wColStride;
            let count = 0;
            if (skipZeros) {
              for (let d1 = 0; d1 < inChannels; ++d1) if (x[xo + d1] !== 0) used[count++] = d1;
            } else {
              for (let d1 = 0; d1 < inChannels; ++d1) used[count++] = d1;
            }
            let k = 0;
            for (; k + 4 <= count; k += 4) {
              const c0 = used[k];
              const c1 = used[k + 1];
              const c2 = used[k + 2];
              const c3 = used[k + 3];
              const a0 = x[xo + c0];
              const a1 = x[xo + c1];
              const a2 = x[xo + c2];
              const a3 = x[xo + c3];
              const w0 = wo + c0 * outChannels;
              const w1 = wo + c1 * outChannels;
              const w2 = wo + c2 * outChannels;
              const w3 = wo + c3 * outChannels;
              for (let d2 = 0; d2 < outChannels; ++d2) {
                let v = y[yo + d2];
                v = fround(v + a0 * w[w0 + d2]);
                v = fround(v + a1 * w[w1 + d2]);
                v = fround(v + a2 * w[w2 + d2]);
                y[yo + d2] = v + a3 * w[w3 + d2];
              }
            }
            for (; k < count; ++k) {
              const c = used[k];
              const a = x[xo + c];
              const wc = wo + c * outChannels;
              for (let d2 = 0; d2 < outChannels; ++d2) y[yo + d2] += a * w[wc + d2];
            }
          }
        }
      }
    }
  }
  return y;
}

/** The conv's geometry as tfjs computes it, or `undefined` when this kernel does not handle the call. */
function convInfoOf(x: TensorInfo, filter: TensorInfo, attrs: ConvAttrs, backend: CpuBackend) {
  if (x.dtype !== "float32" || filter.dtype !== "float32") return undefined;
  if (attrs.dataFormat !== undefined && attrs.dataFormat !== "NHWC") return undefined;
  const xValues = backend.data.get(x.dataId).values;
  const wValues = backend.data.get(filter.dataId).values;
  if (!(xValues instanceof Float32Array) || !(wValues instanceof Float32Array)) return undefined;
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    filter.shape as [number, number, number, number],
    attrs.strides,
    attrs.dilations ?? 1,
    attrs.pad as "same",
    attrs.dimRoundingMode as "round" | undefined,
    false,
    "channelsLast"
  ) as unknown as ConvInfo;
  return {info, xValues, wValues};
}

/** Activations as tfjs-backend-cpu's `applyActivation` runs them: the kernel of each name. */
const activationKernels: Record<string, string> = {
  linear: "Identity",
  relu: "Relu",
  elu: "Elu",
  relu6: "Relu6",
  prelu: "Prelu",
  leakyrelu: "LeakyRelu",
  sigmoid: "Sigmoid"
};

function kernel(name: string): KernelFunc {
  const config = tf.getKernel(name, "cpu");
  if (!config) throw new Error(`the cpu backend has no '${name}' kernel`);
  return config.kernelFunc;
}

/** `Conv2D` and `FusedConv2D` for the cpu backend, falling back on the originals given. */
export function fastConvKernels(originalConv: KernelConfig, originalFused: KernelConfig): KernelConfig[] {
  const conv: KernelFunc = (args) => {
    const {x, filter} = args.inputs as {x: TensorInfo; filter: TensorInfo};
    const backend = args.backend as unknown as CpuBackend;
    const found = convInfoOf(x, filter, args.attrs as unknown as ConvAttrs, backend);
    if (!found) return originalConv.kernelFunc(args);
    const y = convolveNhwc(found.xValues, found.wValues, found.info);
    return backend.makeTensorInfo(found.info.outShape, "float32", y);
  };
  const fused: KernelFunc = (args) => {
    const inputs = args.inputs as {
      x: TensorInfo;
      filter: TensorInfo;
      bias?: TensorInfo;
      preluActivationWeights?: TensorInfo;
    };
    const attrs = args.attrs as unknown as ConvAttrs;
    const backend = args.backend as unknown as CpuBackend;
    const found = convInfoOf(inputs.x, inputs.filter, attrs, backend);
    if (!found || (attrs.activation && !activationKernels[attrs.activation])) return originalFused.kernelFunc(args);
    let result = backend.makeTensorInfo(
      found.info.outShape,
      "float32",
      convolveNhwc(found.xValues, found.wValues, found.info)
    );
    // As tfjs-backend-cpu's fusedConv2D does for NHWC: the bias added by the Add kernel, then the activation's kernel.
    if (inputs.bias) {
      const old = result;
      result = kernel("Add")({inputs: {a: result, b: inputs.bias}, backend: args.backend}) as TensorInfo;
      backend.disposeIntermediateTensorInfo(old);
    }
    if (attrs.activation) {
      const old = result;
      const name = activationKernels[attrs.activation];
      result = kernel(name)({
        inputs: name === "Prelu" ? {x: result, alpha: inputs.preluActivationWeights!} : {x: result},
        backend: args.backend,
        attrs: name === "LeakyRelu" ? {alpha: attrs.leakyreluAlpha!} : {}
      }) as TensorInfo;
      backend.disposeIntermediateTensorInfo(old);
    }
    return result;
  };
  return [
    {...originalConv, kernelFunc: conv},
    {...originalFused, kernelFunc: fused}
  ];
}

const registered = new WeakSet<KernelFunc>();
let originals: {conv: KernelConfig; fused: KernelConfig} | undefined;

/** tfjs's own `Conv2D` and `FusedConv2D` for the cpu backend, whether or not the faster ones replaced them. */
export function tfjsCpuConvKernels(): {conv: KernelConfig; fused: KernelConfig} | undefined {
  if (originals) return originals;
  const conv = tf.getKernel("Conv2D", "cpu");
  const fused = tf.getKernel("FusedConv2D", "cpu");
  return conv && fused ? {conv, fused} : undefined;
}

/**
 * Puts the faster `Conv2D` and `FusedConv2D` in place for the cpu backend of this copy of tfjs;
 * calling it again does nothing. With `enabled` false (the grader's baseline, see src/core/caches.ts),
 * tfjs's own kernels stay.
 */
export function registerFastCpuConv(enabled = true): void {
  const originalConv = tf.getKernel("Conv2D", "cpu");
  const originalFused = tf.getKernel("FusedConv2D", "cpu");
  if (!enabled || !originalConv || !originalFused || registered.has(originalConv.kernelFunc)) return;
  originals = {conv: originalConv, fused: originalFused};
  const kernels = fastConvKernels(originalConv, originalFused);
  for (const config of kernels) {
    registered.add(config.kernelFunc);
    tf.unregisterKernel(config.kernelName, "cpu");
    tf.registerKernel(config);
  }
}
