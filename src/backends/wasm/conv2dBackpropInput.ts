import * as tf from "@convlab/tfjs";
import type {Conv2DBackpropInputAttrs, KernelConfig, KernelFunc, TensorInfo} from "@convlab/tfjs";
import {deferredOutput} from "./deferredOutputs.js";
import {kernelCalls} from "./kernelCalls.js";
import {transposePlane} from "./transpose.js";
import {float32HeapViews} from "./wasmHeap.js";

type ConvInfo = ReturnType<typeof tf.backend_util.computeConv2DInfo>;

/**
 * The input gradient of a 2-D convolution, on the `wasm` backend's fast kernels (its own is a plain
 * loop, several times slower than its forward convolution on the same shapes). NHWC, dilation 1.
 * - Stride 1: one forward convolution (XNNPACK) of dy with the filter turned by 180°.
 * - Larger strides: that convolution would spend s² times the work on the zeros spread between dy's
 *   pixels, so instead each window's gradient is one matrix product, dy · Wᵀ, whose rows are then
 *   added into place ("col2im").
 */
export const conv2dBackpropInput: KernelFunc = ({inputs, backend, attrs}) => {
  const {dy, filter} = inputs as {dy: TensorInfo; filter: TensorInfo};
  const {strides, pad, dataFormat, dimRoundingMode, inputShape} = attrs as unknown as Conv2DBackpropInputAttrs;
  if (dataFormat !== undefined && dataFormat !== "NHWC")
    throw new Error(`wasm Conv2DBackpropInput supports dataFormat 'NHWC' only, not '${dataFormat}'`);
  const info = tf.backend_util.computeConv2DInfo(
    inputShape,
    filter.shape as [number, number, number, number],
    strides,
    1,
    pad,
    dimRoundingMode
  );
  const compute = () =>
    info.strideHeight === 1 && info.strideWidth === 1
      ? byTurnedFilter(backend, dy, filter, info)
      : byWindowProducts(backend, dy, filter, info);
  // The gradient of an input of at most 4 channels is mostly that of a first layer's images, which
  // training throws away: computed only if something reads it (LeNet's first layer: 9–12 ms a step).
  return info.inChannels <= maxDeferredChannels
    ? deferredOutput(backend, [...inputShape], "float32", [dy, filter], compute)
    : compute();
};

/** Up to this many channels (images: 1 or 3, 4 with alpha) an input's gradient is deferred. */
const maxDeferredChannels = 4;

function byTurnedFilter(backend: object, dy: TensorInfo, filter: TensorInfo, info: ConvInfo): TensorInfo {
  const {inHeight, inWidth, outHeight, outWidth, filterHeight, filterWidth} = info;
  const kernels = kernelCalls(backend);
  // Padding that makes a "valid" convolution give back inHeight × inWidth; where it would be
  // negative, the rows or columns it would remove are cut from dy instead (they reach no input).
  const top = filterHeight - 1 - info.padInfo.top;
  const left = filterWidth - 1 - info.padInfo.left;
  const bottom = inHeight + filterHeight - 1 - outHeight - top;
  const right = inWidth + filterWidth - 1 - outWidth - left;
  let cut = dy;
  if (top < 0 || left < 0 || bottom < 0 || right < 0) {
    const rowStart = Math.max(-top, 0);
    const columnStart = Math.max(-left, 0);
    cut = kernels.run(
      "Slice",
      {x: dy},
      {
        begin: [0, rowStart, columnStart, 0],
        size: [-1, outHeight - rowStart + Math.min(bottom, 0), outWidth - columnStart + Math.min(right, 0), -1]
      }
    );
  }
  const turnedFilter = turned(backend, filter);
  const inputGradient = kernels.run("Conv2D", {x: cut, filter: turnedFilter}, {
    strides: [1, 1],
    pad: [
      [0, 0],
      [Math.max(top, 0), Math.max(bottom, 0)],
      [Math.max(left, 0), Math.max(right, 0)],
      [0, 0]
    ],
    dilations: [1, 1],
    dataFormat: "NHWC",
    dimRoundingMode: undefined
  } as unknown as tf.NamedAttrMap);
  if (cut !== dy) kernels.release(cut);
  kernels.release(turnedFilter);
  return inputGradient;
}

/**
 * The filter turned by 180° with its channel axes swapped: [kh, kw, ci, co] → [KH−1−kh, KW−1−kw, co, ci].
 * One tiled pass over the heap (the backend's `Reverse` took 40 ms on a [3, 3, 256, 256] filter).
 */
function turned(backend: object, filter: TensorInfo): TensorInfo {
  const [height, width, inChannels, outChannels] = filter.shape;
  const {
    output,
    outputView: result,
    inputViews: [source]
  } = float32HeapViews(backend, [filter], [height, width, outChannels, inChannels]);
  const taps = height * width;
  for (let tap = 0; tap < taps; ++tap) {
    const from = tap * inChannels * outChannels;
    const to = (taps - 1 - tap) * inChannels * outChannels;
    transposePlane(source, from, outChannels, result, to, inChannels, inChannels, outChannels);
  }
  return output;
}

function byWindowProducts(backend: object, dy: TensorInfo, filter: TensorInfo, info: ConvInfo): TensorInfo {
  const {
    batchSize,
    inHeight,
    inWidth,
    inChannels,
    outHeight,
    outWidth,
    outChannels,
    filterHeight,
    filterWidth,
    strideHeight,
    strideWidth
  } = info;
  const {top, left} = info.padInfo;
  const kernels = kernelCalls(backend);
  const windowSize = filterHeight * filterWidth * inChannels;
  const filterMatrix = kernels.run("Reshape", {x: filter}, {shape: [windowSize, outChannels]});
  const filterTransposed = kernels.run("Transpose", {x: filterMatrix}, {perm: [1, 0]});
  const gradientRows = kernels.run("Reshape", {x: dy}, {shape: [batchSize * outHeight * outWidth, outChannels]});
  const windows = kernels.run(
    "BatchMatMul",
    {a: gradientRows, b: filterTransposed},
    {transposeA: false, transposeB: false}
  );
  kernels.release(filterMatrix, filterTransposed, gradientRows);
  const {
    output,
    outputView: dx,
    inputViews: [window]
  } = float32HeapViews(backend, [windows], [batchSize, inHeight, inWidth, inChannels]);
  dx.fill(0);
  const rowStride = inWidth * inChannels;
  for (let b = 0; b < batchSize; ++b) {
    for (let oh = 0; oh < outHeight; ++oh) {
      for (let ow = 0; ow < outWidth; ++ow) {
        const windowStart = ((b * outHeight + oh) * outWidth + ow) * windowSize;
        for (let kh = 0; kh < filterHeight; ++kh) {
          const row = oh * strideHeight + kh - top;
          if (row < 0 || row >= inHeight) continue;
          for (let kw = 0; kw < filterWidth; ++kw) {
            const column = ow * strideWidth + kw - left;
            if (column < 0 || column >= inWidth) continue;
            const to = (b * inHeight + row) * rowStride + column * inChannels;
            const from = windowStart + (kh * filterWidth + kw) * inChannels;
            for (let ci = 0; ci < inChannels; ++ci) dx[to + ci] += window[from + ci];
          }
        }
      }
    }
  }
  kernels.release(windows);
  return output;
}

/** Replaces the `wasm` backend's `Conv2DBackpropInput` (a plain loop) with one built on its fast kernels. */
export const conv2dBackpropInputConfig: KernelConfig = {
  kernelName: "Conv2DBackpropInput",
  backendName: "wasm",
  kernelFunc: conv2dBackpropInput
};
