import type * as tfjs from "@convlab/tfjs";

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
