import type * as tfjs from "@convlab/tfjs";
import type {LabeledImages, TrainSplit} from "../core/labeledImages.js";
import type {TrainingRates} from "./trainingPlan.js";

export type {LabeledImages, TrainSplit};

/** Reported after every batch. Loss and accuracy are the epoch's running means so far. */
export interface BatchProgress {
  epoch: number;
  epochs: number;
  batch: number;
  batches: number;
  loss: number;
  accuracy: number;
  /** Images trained on in this run so far. */
  images: number;
  /** Training speed over the last few seconds (the first, warm-up batch left out once others exist). */
  imagesPerSecond: number;
  secondsElapsed: number;
  secondsRemaining: number;
  /** How long this batch's training step took. */
  batchSeconds: number;
  /** When this batch's training step started, on the `now` clock (ms). */
  startedAt: number;
}

/**
 * One epoch: the training means over its batches, then the validation figures. An epoch that Stop
 * cut short has `partial` (the batches done, of how many) and NaN validation figures.
 */
export interface EpochLog {
  epoch: number;
  loss: number;
  accuracy: number;
  valLoss: number;
  valAccuracy: number;
  seconds: number;
  partial?: {batches: number; of: number};
}

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  /** Draw the batches in a new random order each epoch (default true). */
  shuffle?: boolean;
  onBatch?(progress: BatchProgress): void;
  /** Called after each epoch; a returned promise (e.g. saving the model) is awaited before the next one. */
  onEpoch?(log: EpochLog): void | Promise<void>;
  /**
   * Aborting stops after the batch under way (or between the validation's batches); the epochs
   * finished so far are returned, then the one cut short, as a partial epoch.
   */
  signal?: AbortSignal;
  /**
   * Shared memory the page sets to 1 on Stop, read between batches and during a batch's step: the
   * step under way is then abandoned before it changes a weight (see interruptibleStep.ts), so Stop
   * need not wait for it. Without it (a page that is not cross-origin isolated has no shared memory),
   * Stop waits for the batch under way, through `signal`.
   */
  interrupt?: Int32Array;
  /** Training images per epoch, drawn once per run from the shuffled training set (default: all). */
  trainImages?: number;
  /** The validation's batch (default `batchSize`): sized, like the training's, so that Stop answers in time. */
  validationBatchSize?: number;
  /** Calibrated rates (calibrateTraining): the time left before the first batches are measured. */
  rates?: TrainingRates;
  /** The clock, in milliseconds (default performance.now). */
  now?(): number;
  /** Number of the first epoch, when training continues a model trained before (default 1). */
  firstEpoch?: number;
  /** Seed of the batch order (default: a new one each run). */
  seed?: number;
  /**
   * The loss and accuracy on the validation set after each epoch (default: trainModel's `evaluate`,
   * TensorFlow.js's inference mode). Lesson 2 passes evaluateAsBuilt, Keras's semantics for its model.
   */
  validate?(
    model: tfjs.LayersModel,
    data: LabeledImages,
    batchSize: number,
    signal?: AbortSignal,
    /** Stop through shared memory, as `interrupt` above: the validation batch under way is abandoned. */
    interrupt?: Int32Array
  ): Promise<[loss: number, accuracy: number]>;
}
