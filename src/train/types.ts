import type * as tfjs from "@convlab/tfjs";
import type {LabeledImages, TrainSplit} from "../core/labeledImages.js";

export type {LabeledImages, TrainSplit};

/** Reported after every batch. Loss and accuracy are the epoch's running means so far. */
export interface BatchProgress {
  epoch: number;
  epochs: number;
  batch: number;
  batches: number;
  loss: number;
  accuracy: number;
  secondsElapsed: number;
  secondsRemaining: number;
}

/** One finished epoch: the training means over its batches, then the validation figures. */
export interface EpochLog {
  epoch: number;
  loss: number;
  accuracy: number;
  valLoss: number;
  valAccuracy: number;
  seconds: number;
}

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  /** Draw the batches in a new random order each epoch (default true). */
  shuffle?: boolean;
  onBatch?(progress: BatchProgress): void;
  /** Called after each epoch; a returned promise (e.g. saving the model) is awaited before the next one. */
  onEpoch?(log: EpochLog): void | Promise<void>;
  /** Aborting stops after the batch under way; the epochs finished so far are returned. */
  signal?: AbortSignal;
  /** Number of the first epoch, when training continues a model trained before (default 1). */
  firstEpoch?: number;
  /** Seed of the batch order (default: a new one each run). */
  seed?: number;
  /**
   * The loss and accuracy on the validation set after each epoch (default: trainModel's `evaluate`,
   * TensorFlow.js's inference mode). Lesson 2 passes evaluateAsBuilt, Keras's semantics for its model.
   */
  validate?(model: tfjs.LayersModel, data: LabeledImages, batchSize: number): Promise<[loss: number, accuracy: number]>;
}
