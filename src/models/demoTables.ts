import type * as tfjs from "@convlab/tfjs";
import {convBlock, convLayer, dense, flatten, maxPool} from "./blocks.js";

type TF = typeof tfjs;

/** A convolutional layer's kernel side K and its input and output channels. */
export type ConvolutionLayerSize = readonly [K: number, inChannels: number, outChannels: number];

/**
 * tfjs's own count of each layer's parameters (`countParams()` of a built `tf.layers.conv2d`), for
 * lesson 1's parameter table (src/ui/convolutionTables.ts), in the compute worker.
 */
export function conv2dParameterCounts(tf: TF, layers: readonly ConvolutionLayerSize[]): number[] {
  if (layers.length > 16) throw new RangeError("give at most 16 layers");
  return layers.map(([K, inChannels, outChannels]) => {
    for (const size of [K, inChannels, outChannels])
      if (!Number.isInteger(size) || size < 1 || size > 1024)
        throw new RangeError(`sizes must be 1 to 1024, not ${size}`);
    if (K > 32) throw new RangeError(`the kernel side must be at most 32, not ${K}`);
    const layer = tf.layers.conv2d({filters: outChannels, kernelSize: K});
    layer.apply(tf.input({shape: [32, 32, inChannels]})); // builds the layer's weights
    const count = layer.countParams();
    layer.dispose();
    return count;
  });
}

/** The lecture's calls of its basic blocks on a 3×3 example, for lesson 1's table (src/ui/convolutionTables.ts). */
export interface DocumentBlockCalls {
  /** Each call, the shape the lecture printed for it, and the shape it gives here. */
  rows: Array<{call: string; documentShape: string; shape: string}>;
  /** `maxPool` of the example, as a 2×2 matrix. */
  pooled: number[][];
  /** `dense` of a zero row of 9 to 18 units: one row. */
  dense18: number[][];
}

/**
 * Runs the lecture's basic-block calls (src/models/blocks.ts) on the 3×3 `example`, in the compute
 * worker: the page only draws the shapes and matrices that come back.
 */
export function documentBlockCalls(tf: TF, example: number[][]): DocumentBlockCalls {
  if (example.length !== 3 || example.some((row) => row.length !== 3 || row.some((value) => !Number.isFinite(value))))
    throw new RangeError("the example must be a 3×3 matrix of finite numbers");
  return tf.tidy(() => {
    const image = tf.tensor4d(example.flat(), [1, 3, 3, 1]);
    const calls = [
      {call: "conv_layer(a, 3)", documentShape: "(1, 3, 3, 3)", output: convLayer(image, 3)},
      {call: "max_pool(a)", documentShape: "(1, 2, 2, 1)", output: maxPool(image)},
      {call: "flatten(tf.zeros([1, 3, 3, 1]))", documentShape: "(1, 9)", output: flatten(tf.zeros([1, 3, 3, 1]))},
      {call: "dense(tf.zeros([1, 9]), 18)", documentShape: "(1, 18)", output: dense(tf.zeros([1, 9]), 18)},
      {
        call: "conv_block(tf.zeros((1, 3, 3, 1)), 6, 'conv1')",
        documentShape: "(1, 3, 3, 6)",
        output: convBlock(tf.zeros([1, 3, 3, 1]), 6, {name: "conv1"})
      }
    ];
    return {
      rows: calls.map(({call, documentShape, output}) => ({
        call,
        documentShape,
        shape: `(${output.shape.join(", ")})`
      })),
      pooled: maxPool(image).reshape([2, 2]).arraySync() as number[][],
      dense18: dense(tf.zeros([1, 9]), 18).arraySync() as number[][]
    };
  });
}
