import * as tf from "@convlab/tfjs";
import type {Conv2DBackpropFilterAttrs, KernelConfig, KernelFunc, TensorInfo} from "@convlab/tfjs";
import {kernelCalls} from "./kernelCalls.js";
import {float32HeapViews} from "./wasmHeap.js";

type ConvInfo = ReturnType<typeof tf.backend_util.computeConv2DInfo>;

/**
 * The filter gradient of a 2-D convolution, written as one forward convolution so that it runs on
 * XNNPACK's convolution (the `wasm` backend's fastest kernel):
 *
 *   dW[kh, kw, ci, co] = Σ_b Σ_oh Σ_ow x[b, oh·s + kh − top, ow·s + kw − left, ci] · dy[b, oh, ow, co]
 *
 * is a convolution of x with its batch and channel axes swapped ([ci, h, w, b]: ci becomes the batch,
 * b the input channels) by dy used as the filter ([oh, ow, b, co]), dilated by the stride; its output
 * [ci, kh, kw, co] is dW with two axes swapped. A 1×1 filter without padding (most of ResNet-50's)
 * is a plain matrix product, xᵀ·dy. NHWC, dilation 1, any stride and padding.
 */
export const conv2dBackpropFilter: KernelFunc = ({inputs, backend, attrs}) => {
  const {x, dy} = inputs as {x: TensorInfo; dy: TensorInfo};
  const {strides, pad, dataFormat, dimRoundingMode, filterShape} = attrs as unknown as Conv2DBackpropFilterAttrs;
  if (dataFormat !== undefined && dataFormat !== "NHWC")
    throw new Error(`wasm Conv2DBackpropFilter supports dataFormat 'NHWC' only, not '${dataFormat}'`);
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    filterShape,
    strides,
    1,
    pad,
    dimRoundingMode
  );
  const {inHeight, inWidth, outHeight, outWidth, filterHeight, filterWidth, strideHeight, strideWidth} = info;
  const {top, left} = info.padInfo;
  // Rows and columns past the last window are never read; padding after the input may be negative.
  const bottom = filterHeight + (outHeight - 1) * strideHeight - inHeight - top;
  const right = filterWidth + (outWidth - 1) * strideWidth - inWidth - left;
  const kernels = kernelCalls(backend);
  const pointwiseWindows =
    filterHeight === 1 &&
    filterWidth === 1 &&
    top === 0 &&
    left === 0 &&
    Math.ceil(inHeight / strideHeight) === outHeight &&
    Math.ceil(inWidth / strideWidth) === outWidth;
  if (pointwiseWindows) return pointwise(backend, x, dy, info);
  const used =
    bottom < 0 || right < 0
      ? kernels.run(
          "Slice",
          {x},
          {begin: [0, 0, 0, 0], size: [-1, inHeight + Math.min(bottom, 0), inWidth + Math.min(right, 0), -1]}
        )
      : x;
  const channelsAsBatch = kernels.run("Transpose", {x: used}, {perm: [3, 1, 2, 0]});
  if (used !== x) kernels.release(used);
  const gradientAsFilter = kernels.run("Transpose", {x: dy}, {perm: [1, 2, 0, 3]});
  const product = kernels.run("Conv2D", {x: channelsAsBatch, filter: gradientAsFilter}, {
    strides: [1, 1],
    pad: [
      [0, 0],
      [top, Math.max(bottom, 0)],
      [left, Math.max(right, 0)],
      [0, 0]
    ],
    dilations: [strideHeight, strideWidth],
    dataFormat: "NHWC",
    dimRoundingMode: undefined
  } as unknown as tf.NamedAttrMap);
  kernels.release(channelsAsBatch, gradientAsFilter);
  const filterGradient = kernels.run("Transpose", {x: product}, {perm: [1, 2, 0, 3]});
  kernels.release(product);
  return filterGradient;
};

/**
 * dW = xᵀ·dy over the sampled pixels, as one product whose packed operand (XNNPACK packs the right
 * one) has the fewer channels: measured faster than the convolution above on ResNet-50's 1×1 layers.
 */
function pointwise(backend: object, x: TensorInfo, dy: TensorInfo, info: ConvInfo): TensorInfo {
  const kernels = kernelCalls(backend);
  const {batchSize, inChannels, outHeight, outWidth, outChannels, strideHeight, strideWidth} = info;
  const sampled = strideHeight > 1 || strideWidth > 1 ? sampledPixels(backend, x, info) : x;
  const pixels = batchSize * outHeight * outWidth;
  const inputRows = kernels.run("Reshape", {x: sampled}, {shape: [pixels, inChannels]});
  const gradientRows = kernels.run("Reshape", {x: dy}, {shape: [pixels, outChannels]});
  if (sampled !== x) kernels.release(sampled);
  const [left, right] = inChannels <= outChannels ? [gradientRows, inputRows] : [inputRows, gradientRows];
  const leftTransposed = kernels.run("Transpose", {x: left}, {perm: [1, 0]});
  const product = kernels.run("BatchMatMul", {a: leftTransposed, b: right}, {transposeA: false, transposeB: false});
  kernels.release(inputRows, gradientRows, leftTransposed);
  const filterRows = inChannels <= outChannels ? kernels.run("Transpose", {x: product}, {perm: [1, 0]}) : product;
  if (filterRows !== product) kernels.release(product);
  const filterGradient = kernels.run("Reshape", {x: filterRows}, {shape: [1, 1, inChannels, outChannels]});
  kernels.release(filterRows);
  return filterGradient;
}

/**
 * The pixels a strided 1×1 window reads, [b, oh, ow, ci] = x[b, oh·sh, ow·sw, ci], each a run of
 * channels copied whole. The backend's \`StridedSlice\` indexes element by element: 60 ms on
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

/** `Conv2DBackpropFilter` for the `wasm` backend, which ships without one. */
export const conv2dBackpropFilterConfig: KernelConfig = {
  kernelName: "Conv2DBackpropFilter",
  backendName: "wasm",
  kernelFunc: conv2dBackpropFilter
};
