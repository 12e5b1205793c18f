/**
 * What one press of Train does, and how long it should take on this machine. Pure arithmetic on a
 * calibration (calibrateTraining measures the rates): no tensor here.
 */

/** A run's setting: epochs, the batch size, and how many training images each epoch goes over. */
export interface TrainingSetting {
  epochs: number;
  batchSize: number;
  /** Training images per epoch: the first ones of a shuffled training set (default: all of it). */
  trainImages?: number;
  /** The validation's batch after each epoch (default `batchSize`). */
  validationBatchSize?: number;
}

/**
 * A setting the student can pick. `full` is the document's; `quick` sizes itself to the machine:
 * with `batchSeconds`, the largest batch up to `batchSize` whose step takes at most that long (so
 * Stop, which waits for the batch under way, answers in time), then as many training images per
 * epoch (whole batches, at least `minBatches`) as fit `budgetSeconds` with the validation after
 * each epoch included.
 */
export interface TrainingPreset {
  id: "quick" | "full";
  epochs: number;
  batchSize: number;
  /** Quick presets: the run's whole time on this machine, validation included. */
  budgetSeconds?: number;
  /** Quick presets: the fewest batches per epoch, so the curve has points (default 4). */
  minBatches?: number;
  /**
   * Quick presets: the longest a batch (training or validation) should take on this machine; the
   * batch shrinks below `batchSize` to fit it, never below `minBatchSize`. Without it the batch is `batchSize`.
   */
  batchSeconds?: number;
  /** The smallest batch `batchSeconds` may pick (default 2: batch normalisation needs two images). */
  minBatchSize?: number;
  /**
   * The batch the panel calibrates at (default `batchSize`): the smallest this preset is likely to
   * use, since images per second at a small batch are fewer than at a large one (a step has a fixed
   * cost), so a batch sized from them takes no longer than planned.
   */
  calibrationBatch?: number;
}

/** Measured speed of training and of inference on the running backend. */
export interface TrainingRates {
  /** Training images per second (forward, backward, update). */
  train: number;
  /** Images per second through the model alone (the validation after each epoch). */
  inference: number;
}

/** How many images the train and validation sets hold. */
export interface DataSizes {
  train: number;
  validation: number;
}

/** Training images one epoch of `setting` goes over. */
export function imagesPerEpoch(setting: TrainingSetting, trainSize: number): number {
  return Math.max(0, Math.min(trainSize, setting.trainImages ?? trainSize));
}

/** Batches one epoch of `setting` has (the last one may be smaller). */
export function batchesPerEpoch(setting: TrainingSetting, trainSize: number): number {
  return Math.ceil(imagesPerEpoch(setting, trainSize) / setting.batchSize);
}

/** The seconds a run of `setting` should take: every epoch's training, then its validation. */
export function estimateSeconds(setting: TrainingSetting, sizes: DataSizes, rates: TrainingRates): number {
  const perEpoch = imagesPerEpoch(setting, sizes.train) / rates.train + sizes.validation / rates.inference;
  return setting.epochs * perEpoch;
}

/** The seconds one batch of `batchSize` should take to train: how long Stop may wait at most. */
export function secondsPerBatch(batchSize: number, rates: TrainingRates): number {
  return batchSize / rates.train;
}

/**
 * The largest batch, from `smallest` up to `largest`, that `rate` images per second go through in at
 * most `seconds` (`smallest` when none does).
 */
export function batchWithin(seconds: number, rate: number, largest: number, smallest = 2): number {
  const fitting = Math.floor(seconds * rate);
  return Math.max(Math.min(smallest, largest), Math.min(largest, Number.isFinite(fitting) ? fitting : largest));
}

/**
 * The setting a preset means on this machine. `full` (no budget) is the preset itself. A budgeted
 * one keeps its epochs; with `batchSeconds` its training batch and its validation batch are the
 * largest up to `batchSize` that take at most that long at the calibrated rates (see batchWithin),
 * otherwise the batch is `batchSize`; then it takes the largest number of whole batches per epoch
 * (never more than the training set, never fewer than `minBatches`) whose run fits the budget.
 */
export function resolvePreset(preset: TrainingPreset, sizes: DataSizes, rates: TrainingRates): TrainingSetting {
  const {epochs, budgetSeconds, minBatches = 4, batchSeconds, minBatchSize = 2} = preset;
  if (budgetSeconds === undefined) return {epochs, batchSize: preset.batchSize};
  const sized = batchSeconds !== undefined;
  const batchSize = sized ? batchWithin(batchSeconds, rates.train, preset.batchSize, minBatchSize) : preset.batchSize;
  const validationBatchSize = sized
    ? batchWithin(batchSeconds, rates.inference, preset.batchSize, minBatchSize)
    : batchSize;
  const batches = validationBatchSize === batchSize ? {batchSize} : {batchSize, validationBatchSize};
  const validationSeconds = epochs * (sizes.validation / rates.inference);
  const trainingSeconds = Math.max(0, budgetSeconds - validationSeconds);
  const fitting = Math.floor((trainingSeconds * rates.train) / epochs / batchSize) * batchSize;
  const fewest = Math.min(sizes.train, minBatches * batchSize);
  const trainImages = Math.min(sizes.train, Math.max(fewest, fitting));
  return trainImages >= sizes.train ? {epochs, ...batches} : {epochs, ...batches, trainImages};
}
