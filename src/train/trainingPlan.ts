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
}

/**
 * A setting the student can pick. `full` is the document's; `quick` keeps its batch size and sizes
 * the rest to the machine: as many training images per epoch (whole batches, at least
 * `minBatches`) as fit `budgetSeconds` with the validation after each epoch included.
 */
export interface TrainingPreset {
  id: "quick" | "full";
  epochs: number;
  batchSize: number;
  /** Quick presets: the run's whole time on this machine, validation included. */
  budgetSeconds?: number;
  /** Quick presets: the fewest batches per epoch, so the curve has points (default 4). */
  minBatches?: number;
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
 * The setting a preset means on this machine. `full` (no budget) is the preset itself. A budgeted
 * one keeps its epochs and batch size and takes the largest number of whole batches per epoch
 * (never more than the training set, never fewer than `minBatches`) whose run fits the budget.
 */
export function resolvePreset(preset: TrainingPreset, sizes: DataSizes, rates: TrainingRates): TrainingSetting {
  const {epochs, batchSize, budgetSeconds, minBatches = 4} = preset;
  if (budgetSeconds === undefined) return {epochs, batchSize};
  const validationSeconds = epochs * (sizes.validation / rates.inference);
  const trainingSeconds = Math.max(0, budgetSeconds - validationSeconds);
  const fitting = Math.floor((trainingSeconds * rates.train) / epochs / batchSize) * batchSize;
  const fewest = Math.min(sizes.train, minBatches * batchSize);
  const trainImages = Math.min(sizes.train, Math.max(fewest, fitting));
  return trainImages >= sizes.train ? {epochs, batchSize} : {epochs, batchSize, trainImages};
}
