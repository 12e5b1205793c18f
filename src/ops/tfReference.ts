import * as tf from "@convlab/tfjs";
import type {TensorData} from "../check/tensorData.js";

export type Padding = "same" | "valid";

/** `tf.conv2d` on one channel and one filter: the reference the by-hand convolution must agree with. */
export function tfConv2dOneFilter(
  X: number[][],
  W: number[][],
  padding: Padding,
  stride: [number, number]
): TensorData {
  const output = tf.tidy(() => {
    const input = tf.tensor4d(X.flat(), [1, X.length, X[0].length, 1]);
    const kernel = tf.tensor4d(W.flat(), [W.length, W[0].length, 1, 1]);
    return tf.conv2d(input, kernel, stride, padding);
  });
  return readSingleChannel(output);
}

/** `tf.maxPool` on one channel: the reference for the by-hand max pooling. */
export function tfMaxPool(
  X: number[][],
  kernelSize: [number, number],
  padding: Padding,
  strides: [number, number]
): TensorData {
  const output = tf.tidy(() =>
    tf.maxPool(tf.tensor4d(X.flat(), [1, X.length, X[0].length, 1]), kernelSize, strides, padding)
  );
  return readSingleChannel(output);
}

/** Reads a `[1, h, w, 1]` result as an `h × w` matrix and frees it. */
function readSingleChannel(output: {shape: number[]; dataSync(): ArrayLike<number>; dispose(): void}): TensorData {
  const [, height, width] = output.shape;
  const values = Array.from(output.dataSync());
  output.dispose();
  return {shape: [height, width], values};
}

/**
 * The output size and the zeros added before the first row or column, as TensorFlow computes
 * them for `same` and `valid` padding (tensorflow/core/framework/kernel_shape_util.cc).
 */
export function outputGeometry(
  size: number,
  kernel: number,
  stride: number,
  padding: Padding
): {out: number; padBefore: number} {
  if (padding === "valid") return {out: Math.ceil((size - kernel + 1) / stride), padBefore: 0};
  const out = Math.ceil(size / stride);
  const padTotal = Math.max((out - 1) * stride + kernel - size, 0);
  return {out, padBefore: Math.floor(padTotal / 2)};
}
