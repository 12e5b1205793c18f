import type * as tfjs from "@convlab/tfjs";

type TF = typeof tfjs;

/**
 * Recomputes the moving mean and variance of every batch normalisation from `xs`, with the model's
 * current weights: one forward pass in training mode with momentum 0, so each layer keeps exactly the
 * statistics of its input on these images. During training the moving averages (momentum 0.99)
 * average the statistics of the network as it was over the last hundred steps or so, while its
 * weights keep moving; afterwards they describe an earlier network than the one being evaluated.
 * Returns the number of batch normalisations recomputed.
 */
export function recalibrateBatchNorm(tf: TF, model: tfjs.LayersModel, xs: tfjs.Tensor): number {
  const layers = model.layers.filter((layer) => layer.getClassName() === "BatchNormalization") as Array<
    tfjs.layers.Layer & {momentum: number}
  >;
  const momenta = layers.map((layer) => layer.momentum);
  try {
    for (const layer of layers) layer.momentum = 0;
    tf.tidy(() => void model.apply(xs, {training: true}));
  } finally {
    layers.forEach((layer, i) => (layer.momentum = momenta[i]));
  }
  return layers.length;
}
