import * as tf from "@convlab/tfjs";
import type {Conv2DAttrs, FusedConv2DAttrs, KernelConfig, KernelFunc, TensorInfo} from "@convlab/tfjs";
import {kernelCalls} from "./kernelCalls.js";
import {float32HeapViews} from "./wasmHeap.js";

type ConvInfo = ReturnType<typeof tf.backend_util.computeConv2DInfo>;

/**
 * Whether every window of a convolution is one input pixel: a 1×1 filter without padding, where
 * stride s reads every s-th row and column. Such a convolution is a matrix product over the pixels.
 */
function readsSinglePixels(info: ConvInfo): boolean {
  const {filterHeight, filterWidth, inHeight, inWidth, outHeight, outWidth, strideHeight, strideWidth} = info;
  const {top, left} = info.padInfo;
  return (
    filterHeight === 1 &&
    filterWidth === 1 &&
    top === 0 &&
    left === 0 &&
    Math.ceil(inHeight / strideHeight) === outHeight &&
    Math.ceil(inWidth / strideWidth) === outWidth
  );
}

/**
 * The pixels a strided 1×1 window reads, [b, oh, ow, ci] = x[b, oh·sh, ow·sw, ci], each a run of
 * channels copied whole. The backend's `StridedSlice` indexes element by element: 60 ms on
 * ResNet-50's [32, 15, 15, 256] with stride 2, against under a millisecond here.
 */
function sampledPixels(backend: object, x: TensorInfo, info: ConvInfo): TensorInfo {
  const {batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, strideHeight, strideWidth} = info;
  const {
    output,
    outputView: sampled,
    inputViews: [source]
  } = float32HeapViews(backend, [x], [batchSize, outHeight, outWidth, inChannels]);
  let to = 0;
  for (let b = 0; b < batchSize; ++b)
    for (let row = 0; row < outHeight; ++row)
      for (let column = 0; column < outWidth; ++column, to += inChannels) {
        const from = ((b * inHeight + row * strideHeight) * inWidth + column * strideWidth) * inChannels;
        sampled.set(source.subarray(from, from + inChannels), to);
      }
  return output;
}

/**
 * Every window of a convolution as one row, [pixels, filterHeight · filterWidth · channels] in the
 * filter's (kh, kw, ci) order, zeros where the window reaches into padding ("im2col"). Dilation 1:
 * the columns a window reads in one input row are then one run of memory, copied whole.
 */
export function windowRows(backend: object, x: TensorInfo, info: ConvInfo): TensorInfo {
  const {batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, filterHeight, filterWidth} = info;
  const {strideHeight, strideWidth} = info;
  const {top, left} = info.padInfo;
  const rowLength = filterWidth * inChannels;
  const {
    output,
    outputView: rows,
    inputViews: [source]
  } = float32HeapViews(backend, [x], [batchSize * outHeight * outWidth, filterHeight * rowLength]);
  let to = 0;
  for (let b = 0; b < batchSize; ++b)
    for (let oh = 0; oh < outHeight; ++oh)
      for (let ow = 0; ow < outWidth; ++ow) {
        const firstColumn = ow * strideWidth - left;
        const skipped = Math.max(-firstColumn, 0) * inChannels;
        const kept = Math.max(Math.min(firstColumn + filterWidth, inWidth) - Math.max(firstColumn, 0), 0) * inChannels;
        for (let kh = 0; kh < filterHeight; ++kh, to += rowLength) {
          const row = oh * strideHeight + kh - top;
          if (row < 0 || row >= inHeight || kept === 0) {
            rows.fill(0, to, to + rowLength);
            continue;
          }
          const from = ((b * inHeight + row) * inWidth + Math.max(firstColumn, 0)) * inChannels;
          if (skipped > 0) rows.fill(0, to, to + skipped);
          rows.set(source.subarray(from, from + kept), to + skipped);
          if (skipped + kept < rowLength) rows.fill(0, to + skipped + kept, to + rowLength);
        }
      }
  return output;
}

/**
 * {@link windowRows} transposed, [filterHeight · filterWidth · channels, pixels]: row (kh, kw, ci)
 * holds what that tap reads at every output pixel, zeros in the padding. Written row by row, so
 * each write continues the last one while the reads stay within one input row (a few kilobytes).
 */
export function windowColumns(backend: object, x: TensorInfo, info: ConvInfo): TensorInfo {
  const {batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, filterHeight, filterWidth} = info;
  const {strideHeight, strideWidth} = info;
  const {top, left} = info.padInfo;
  const pixels = batchSize * outHeight * outWidth;
  const {
    output,
    outputView: columns,
    inputViews: [source]
  } = float32HeapViews(backend, [x], [filterHeight * filterWidth * inChannels, pixels]);
  const rowStride = inWidth * inChannels;
  for (let kh = 0; kh < filterHeight; ++kh)
    for (let kw = 0; kw < filterWidth; ++kw) {
      // The output columns whose window reaches input column ow·sw + kw − left inside the image.
      const firstOw = Math.min(Math.max(Math.ceil((left - kw) / strideWidth), 0), outWidth);
      const endOw = Math.max(Math.min(Math.ceil((inWidth + left - kw) / strideWidth), outWidth), firstOw);
      const tapRow = (kh * filterWidth + kw) * inChannels;
      for (let ci = 0; ci < inChannels; ++ci) {
        let to = (tapRow + ci) * pixels;
        for (let b = 0; b < batchSize; ++b)
          for (let oh = 0; oh < outHeight; ++oh, to += outWidth) {
            const row = oh * strideHeight + kh - top;
            if (row < 0 || row >= inHeight) {
              columns.fill(0, to, to + outWidth);
              continue;
            }
            const rowStart = (b * inHeight + row) * rowStride + (kw - left) * inChannels + ci;
            const step = strideWidth * inChannels;
            for (let ow = 0; ow < firstOw; ++ow) columns[to + ow] = 0;
            for (let ow = firstOw, from = rowStart + ow * step; ow < endOw; ++ow, from += step)
              columns[to + ow] = source[from];
            for (let ow = endOw; ow < outWidth; ++ow) columns[to + ow] = 0;
          }
      }
    }
  return output;
}

/**
 * A convolution's input as the left operand of one matrix product with its filter reshaped to
 * [filterHeight · filterWidth · inChannels, outChannels], or undefined where the backend's own
 * convolution is the faster way:
 * - a 1×1 filter without padding: its pixels, [pixels, inChannels] (strided: a copy, else x itself);
 * - other filters at dilation 1, when the output has at most 4 pixels per output channel (ResNet-50's
 *   stages 3 and 4): its windows ({@link windowRows}). Copying them costs about a nanosecond an
 *   element; what the product saves is several nanoseconds a weight (see {@link multiplyingConvolutions}).
 *   Measured at stage 2 (2,048 pixels, 128 channels) both ways ran alike, so the line sits below it.
 */
export function productRows(backend: object, x: TensorInfo, info: ConvInfo): TensorInfo | undefined {
  const {batchSize, outHeight, outWidth, inChannels, outChannels, strideHeight, strideWidth} = info;
  const pixels = batchSize * outHeight * outWidth;
  if (readsSinglePixels(info)) {
    const sampled = strideHeight > 1 || strideWidth > 1 ? sampledPixels(backend, x, info) : x;
    const kernels = kernelCalls(backend);
    const rows = kernels.run("Reshape", {x: sampled}, {shape: [pixels, inChannels]});
    if (sampled !== x) kernels.release(sampled);
    return rows;
  }
  if (info.dilationHeight === 1 && info.dilationWidth === 1 && pixels <= maxPixelsPerChannel * outChannels)
    return windowRows(backend, x, info);
  return undefined;
}

/** Where a convolution's windows are worth copying out: see {@link productRows}. */
const maxPixelsPerChannel = 4;

/**
 * Wraps the `wasm` backend's `Conv2D` or `FusedConv2D` so that a convolution {@link productRows}
 * accepts (1×1 without padding: two thirds of ResNet-50's weights; and its 3×3 layers in stages 3
 * and 4) runs as one matrix product, `BatchMatMul` or `_FusedMatMul` (bias and activation included).
 * Both end in XNNPACK's products, but a call with a new filter first packs it, and training brings
 * new weights every step: measured in Node, the convolution's packing costs 7–12 ns a weight (the
 * backend first reorders the filter element by element), the product's 1–3 ns. On [128, 2048] ×
 * [2048, 512] that is 19.4 ms against 9.6 ms; ResNet-50's stage-4 3×3 layer went from 38 to 23 ms.
 * Everything else (padded 1×1 filters, many pixels, dilation, NCHW, a PReLU's weights) goes to the
 * original.
 */
export function multiplyingConvolutions(original: KernelConfig): KernelConfig {
  const convolution = original.kernelFunc;
  const fused = original.kernelName === "FusedConv2D";
  const kernelFunc: KernelFunc = (args) => {
    const {inputs, backend, attrs} = args;
    const {x, filter, bias, preluActivationWeights} = inputs as Record<string, TensorInfo | undefined>;
    const {strides, pad, dataFormat, dilations, dimRoundingMode} = attrs as unknown as Conv2DAttrs;
    if (
      !x ||
      !filter ||
      x.dtype !== "float32" ||
      (dataFormat !== undefined && dataFormat !== "NHWC") ||
      preluActivationWeights
    )
      return convolution(args);
    const info = tf.backend_util.computeConv2DInfo(
      x.shape as [number, number, number, number],
      filter.shape as [number, number, number, number],
      strides,
      dilations,
      pad,
      dimRoundingMode
    );
    const rows = productRows(backend, x, info);
    if (!rows) return convolution(args);
    const [pixels, windowSize] = rows.shape;
    const {batchSize, outHeight, outWidth, outChannels} = info;
    const kernels = kernelCalls(backend);
    // The product kernels read their operands as [batch, rows, columns].
    const a = kernels.run("Reshape", {x: rows}, {shape: [1, pixels, windowSize]});
    const b = kernels.run("Reshape", {x: filter}, {shape: [1, windowSize, outChannels]});
    kernels.release(rows);
    const {activation, leakyreluAlpha} = attrs as unknown as FusedConv2DAttrs;
    const product = fused
      ? kernels.run("_FusedMatMul", bias ? {a, b, bias} : {a, b}, {
          transposeA: false,
          transposeB: false,
          activation,
          leakyreluAlpha
        } as unknown as tf.NamedAttrMap)
      : kernels.run("BatchMatMul", {a, b}, {transposeA: false, transposeB: false});
    kernels.release(a, b);
    const output = kernels.run("Reshape", {x: product}, {shape: [batchSize, outHeight, outWidth, outChannels]});
    kernels.release(product);
    return output;
  };
  return {...original, kernelFunc};
}
