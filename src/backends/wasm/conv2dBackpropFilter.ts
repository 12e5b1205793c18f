import * as tf from "@convlab/tfjs";
import type {Conv2DBackpropFilterAttrs, KernelConfig, KernelFunc, TensorInfo} from "@convlab/tfjs";
import {kernelCalls} from "./kernelCalls.js";
import {productRows, windowColumns} from "./convolutionAsProduct.js";

type ConvInfo = ReturnType<typeof tf.backend_util.computeConv2DInfo>;

/**
 * The filter gradient of a 2-D convolution, written as one forward convolution so that it runs on
 * XNNPACK's convolution (the `wasm` backend's fastest kernel):
 *
 *   dW[kh, kw, ci, co] = Σ_b Σ_oh Σ_ow x[b, oh·s + kh − top, ow·s + kw − left, ci] · dy[b, oh, ow, co]
 *
 * is a convolution of x with its batch and channel axes swapped ([ci, h, w, b]: ci becomes the batch,
 * b the input channels) by dy used as the filter ([oh, ow, b, co]), dilated by the stride; its output
 * [ci, kh, kw, co] is dW with two axes swapped. Two cases run as one matrix product instead:
 * - where the forward convolution does (convolutionAsProduct.ts: 1×1 filters without padding, and
 *   larger ones on few pixels): {@link byProduct};
 * - filters with few window values per output channel, as a stem on an image's 3 channels: {@link byColumns}.
 * NHWC, dilation 1, any stride and padding.
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
  const rows = productRows(backend, x, info);
  if (rows) return byProduct(backend, rows, dy, info);
  if (filterHeight * filterWidth * info.inChannels <= 4 * info.outChannels) return byColumns(backend, x, dy, info);
  const kernels = kernelCalls(backend);
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
 * dW = rowsᵀ·dy, where `rows` holds the input each output pixel's window reads (see productRows), as
 * one product whose packed operand (XNNPACK packs the right one) is the narrower: measured faster
 * than the convolution above on ResNet-50's 1×1 layers and on its stage-3 and stage-4 3×3 layers.
 */
function byProduct(backend: object, rows: TensorInfo, dy: TensorInfo, info: ConvInfo): TensorInfo {
  const kernels = kernelCalls(backend);
  const [pixels, windowSize] = rows.shape;
  const {outChannels} = info;
  const gradientRows = kernels.run("Reshape", {x: dy}, {shape: [pixels, outChannels]});
  const packRows = windowSize <= outChannels;
  const [left, right] = packRows ? [gradientRows, rows] : [rows, gradientRows];
  const leftTransposed = kernels.run("Transpose", {x: left}, {perm: [1, 0]});
  const product = kernels.run("BatchMatMul", {a: leftTransposed, b: right}, {transposeA: false, transposeB: false});
  kernels.release(rows, gradientRows, leftTransposed);
  const filterRows = packRows ? kernels.run("Transpose", {x: product}, {perm: [1, 0]}) : product;
  if (filterRows !== product) kernels.release(product);
  const filterGradient = kernels.run(
    "Reshape",
    {x: filterRows},
    {
      shape: [info.filterHeight, info.filterWidth, info.inChannels, outChannels]
    }
  );
  kernels.release(filterRows);
  return filterGradient;
}

/**
 * dW = columns·dy, with the windows copied out already transposed (windowColumns): for filters whose
 * window holds at most 4 values per output channel, as ResNet-50's 7×7 stem on 3 channels (147 for
 * 64). Copying costs per window value, the convolution above per output channel, several times as
 * much: the stem's gradient went from 70 to 40 ms. Measured slower where windows hold 9 values per
 * channel (LeNet's second layer: 3.7 against 6.4 ms).
 */
function byColumns(backend: object, x: TensorInfo, dy: TensorInfo, info: ConvInfo): TensorInfo {
  const kernels = kernelCalls(backend);
  const columns = windowColumns(backend, x, info);
  const gradientRows = kernels.run("Reshape", {x: dy}, {shape: [columns.shape[1], info.outChannels]});
  const product = kernels.run("BatchMatMul", {a: columns, b: gradientRows}, {transposeA: false, transposeB: false});
  kernels.release(columns, gradientRows);
  const filterGradient = kernels.run(
    "Reshape",
    {x: product},
    {
      shape: [info.filterHeight, info.filterWidth, info.inChannels, info.outChannels]
    }
  );
  kernels.release(product);
  return filterGradient;
}

/** `Conv2DBackpropFilter` for the `wasm` backend, which ships without one. */
export const conv2dBackpropFilterConfig: KernelConfig = {
  kernelName: "Conv2DBackpropFilter",
  backendName: "wasm",
  kernelFunc: conv2dBackpropFilter
};
