import * as tf from "@convlab/tfjs";
import {batchNormMessages as messages, formatList, type Lang} from "../i18n/index.js";
import {tableView} from "./tableView.js";

export interface BatchNormDemoOptions {
  lang?: Lang;
  /** The layer's momentum (Keras's default is 0.99; 0.9 shows the averages move in a few steps). */
  momentum?: number;
  /** Training calls before the last row. */
  steps?: number;
}

/**
 * One batch through `tf.layers.batchNormalization`: at inference before any training, after one
 * training call, and at inference after `steps` training calls, with the moving mean and variance
 * and the outputs of the first and last examples. Also gives the batch's own mean and variance.
 */
export function batchNormDemo(
  batch: number[][],
  {lang = "en", momentum = 0.9, steps = 50}: BatchNormDemoOptions = {}
): {element: HTMLTableElement; mean: string; variance: string} {
  const list = (tensor: tf.Tensor) => formatList(tensor.dataSync(), lang, {fixed: 3});
  const normalization = tf.layers.batchNormalization({momentum});
  const features = tf.tensor2d(batch);
  const last = batch.length - 1;
  const row = (mode: string, stepsSoFar: number, output: tf.Tensor2D) => {
    const [, , movingMean, movingVariance] = normalization.getWeights();
    const of = (i: number) => list(output.slice([i, 0], [1, batch[0].length]));
    return {
      mode,
      steps: stepsSoFar,
      movingMean: list(movingMean),
      movingVariance: list(movingVariance),
      first: of(0),
      last: of(last)
    };
  };
  const apply = (training: boolean) => normalization.apply(features, {training}) as tf.Tensor2D;
  const rows = [row(messages.inference[lang], 0, apply(false)), row(messages.training[lang], 1, apply(true))];
  for (let step = 2; step <= steps; ++step) tf.dispose(apply(true));
  rows.push(row(messages.inference[lang], steps, apply(false)));
  const {mean, variance} = tf.moments(features, 0);
  const columns = {
    mode: messages.mode[lang],
    steps: messages.steps[lang],
    movingMean: messages.movingMean[lang],
    movingVariance: messages.movingVariance[lang],
    first: messages.output(`[${batch[0].join(", ")}]`)[lang],
    last: messages.output(`[${batch[last].join(", ")}]`)[lang]
  };
  return {element: tableView(rows, columns), mean: list(mean), variance: list(variance)};
}
