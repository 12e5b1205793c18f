import * as tf from "@convlab/tfjs";

/** tfjs's `Layer.addWeight`, as a hook sees it: its arguments and the layer it is called on. */
export type AddWeight = (
  this: {fastWeightInitDuringBuild: boolean},
  name: string,
  shape: number[],
  dtype: unknown,
  initializer: unknown,
  ...rest: unknown[]
) => unknown;

/**
 * Runs `build` with every layer's `addWeight` replaced by `hook(addWeight)`, and returns what it
 * returns; the original is back afterwards, even when `build` throws. The one place the zoo changes
 * how tfjs creates weights (withoutRandomWeights, withFastRandomWeights). Synchronous on purpose:
 * nothing else can build a layer until it returns.
 */
export function withAddWeightHook<T>(hook: (addWeight: AddWeight) => AddWeight, build: () => T): T {
  const prototype = (tf.layers as unknown as {Layer: {prototype: {addWeight: AddWeight}}}).Layer.prototype;
  const addWeight = prototype.addWeight;
  prototype.addWeight = hook(addWeight);
  try {
    return build();
  } finally {
    prototype.addWeight = addWeight;
  }
}
