import {batchNormMessages as messages, formatList, type Lang} from "../i18n/index.js";
import type {BatchNormSteps, BatchNormStepsOptions} from "../models/batchNormSteps.js";
import {compute} from "../run/pageWorkers.js";
import {tableView} from "./tableView.js";

export interface BatchNormDemoOptions {
  lang?: Lang;
  /** The layer's momentum (Keras's default is 0.99; 0.9 shows the averages move in a few steps). */
  momentum?: number;
  /** Training calls before the last row. */
  steps?: number;
  /** Computes the rows (default: the page's compute worker, so the page only draws). */
  run?(options: BatchNormStepsOptions): Promise<BatchNormSteps>;
}

/** The rows, computed in the page's compute worker (src/run/computeTasks.ts `demoTask`). */
export const workerBatchNormSteps = async (options: BatchNormStepsOptions): Promise<BatchNormSteps> =>
  await compute({type: "batch-norm", options}).result;

/**
 * One batch through `tf.layers.batchNormalization` (src/models/batchNormSteps.ts): at inference
 * before any training, after one training call, and at inference after `steps` training calls, with
 * the moving mean and variance and the outputs of the first and last examples. Also gives the batch's
 * own mean and variance. The tensors are computed off the page (`run`); the page draws the table.
 */
export async function batchNormDemo(
  batch: number[][],
  {lang = "en", momentum = 0.9, steps = 50, run = workerBatchNormSteps}: BatchNormDemoOptions = {}
): Promise<{element: HTMLTableElement; mean: string; variance: string}> {
  const list = (values: readonly number[]) => formatList(values, lang, {fixed: 3});
  const result = await run({batch, momentum, steps});
  const rows = result.rows.map((row) => ({
    mode: (row.training ? messages.training : messages.inference)[lang],
    steps: row.steps,
    movingMean: list(row.movingMean),
    movingVariance: list(row.movingVariance),
    first: list(row.first),
    last: list(row.last)
  }));
  const last = batch.length - 1;
  const columns = {
    mode: messages.mode[lang],
    steps: messages.steps[lang],
    movingMean: messages.movingMean[lang],
    movingVariance: messages.movingVariance[lang],
    first: messages.output(`[${batch[0].join(", ")}]`)[lang],
    last: messages.output(`[${batch[last].join(", ")}]`)[lang]
  };
  return {element: tableView(rows, columns), mean: list(result.mean), variance: list(result.variance)};
}
