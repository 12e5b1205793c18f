import type * as tfjs from "@convlab/tfjs";

type TF = typeof tfjs;

export interface BatchNormStepsOptions {
  /** The examples, one row of features each (at most 64 rows of at most 64 features). */
  batch: number[][];
  /** The layer's momentum (Keras's default is 0.99; 0.9 shows the averages move in a few steps). */
  momentum?: number;
  /** Training calls before the last row (1 to 1000). */
  steps?: number;
}

/** One call of the layer: its mode, the training calls so far, its moving averages and two outputs. */
export interface BatchNormStep {
  training: boolean;
  steps: number;
  movingMean: number[];
  movingVariance: number[];
  /** The outputs of the batch's first and last examples. */
  first: number[];
  last: number[];
}

export interface BatchNormSteps {
  rows: BatchNormStep[];
  /** The batch's own mean and variance of each feature. */
  mean: number[];
  variance: number[];
}

/**
 * One batch through `tf.layers.batchNormalization`: at inference before any training, after one
 * training call, and at inference after `steps` training calls. Plain numbers, so the compute worker
 * can run it and the page only draws (src/ui/batchNormDemo.ts).
 */
export function batchNormSteps(tf: TF, {batch, momentum = 0.9, steps = 50}: BatchNormStepsOptions): BatchNormSteps {
  const width = batch[0]?.length ?? 0;
  if (batch.length < 1 || batch.length > 64 || width < 1 || width > 64)
    throw new RangeError(`the batch must have 1 to 64 rows of 1 to 64 features`);
  if (batch.some((row) => row.length !== width || row.some((value) => !Number.isFinite(value))))
    throw new RangeError(`every row of the batch must hold ${width} finite numbers`);
  if (!Number.isInteger(steps) || steps < 1 || steps > 1000)
    throw new RangeError(`steps must be 1 to 1000, not ${steps}`);
  if (!(momentum >= 0 && momentum <= 1)) throw new RangeError(`momentum must be in [0, 1], not ${momentum}`);
  const normalization = tf.layers.batchNormalization({momentum});
  const features = tf.tensor2d(batch);
  const last = batch.length - 1;
  const list = (tensor: tfjs.Tensor) => Array.from(tensor.dataSync());
  const call = (training: boolean, stepsSoFar: number): BatchNormStep =>
    tf.tidy(() => {
      const output = normalization.apply(features, {training}) as tfjs.Tensor2D;
      const [, , movingMean, movingVariance] = normalization.getWeights();
      return {
        training,
        steps: stepsSoFar,
        movingMean: list(movingMean),
        movingVariance: list(movingVariance),
        first: list(output.slice([0, 0], [1, width])),
        last: list(output.slice([last, 0], [1, width]))
      };
    });
  try {
    const rows = [call(false, 0), call(true, 1)];
    for (let step = 2; step <= steps; ++step) tf.tidy(() => void normalization.apply(features, {training: true}));
    rows.push(call(false, steps));
    const {mean, variance} = tf.tidy(() => {
      const moments = tf.moments(features, 0);
      return {mean: list(moments.mean), variance: list(moments.variance)};
    });
    return {rows, mean, variance};
  } finally {
    features.dispose();
    normalization.dispose();
  }
}
