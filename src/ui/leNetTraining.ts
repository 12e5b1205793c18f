import type * as tf from "@convlab/tfjs";
import type {ExerciseReport} from "../check/gradeOutcome.js";
import {leNetTrainingMessages, type Lang} from "../i18n/index.js";
import type {ClassificationLoss} from "../train/compileClassifier.js";
import {studentTraining} from "./studentTraining.js";
import {trainingPanel, type TrainingDataset, type TrainingPanelOptions} from "./trainingPanel.js";

/** The student's `leNet(input)`: returns the logits for a symbolic input. */
export type LeNetFunction = (input: tf.SymbolicTensor) => tf.SymbolicTensor;

export interface LeNetTrainingOptions {
  lang: Lang;
  /** Names the saved model (see trainingPanel); one key per panel. */
  key: string;
  /** The cross-entropy to train with: `softmax`, or the document's `sigmoid`. */
  loss: ClassificationLoss;
  /** Adam's learning rate (default 0.001, the document's). */
  learningRate?: number;
  /** `[height, width, channels]` of the training images (default MNIST padded to 32×32). */
  inputShape?: [number, number, number];
  /** The digits (MNIST) data set, built in the compute worker from the digits file. */
  dataset: TrainingDataset;
  /** The settings to pick from (default {@link leNetPresets}). */
  presets?: TrainingPanelOptions["presets"];
  /** Called with the model once it is restored, and again after each training run. */
  onModel?(model: tf.LayersModel): void;
  /** The le-net exercise's Check button (default: the page's le-net cell's). */
  checkButton?: () => HTMLButtonElement | null;
}

/**
 * LeNet's settings. Full: the document's loop, 50 epochs in batches of 500. Quick: 3 epochs in
 * batches of 64 (fewer on a machine where 64 take over 0.8 s, so that Stop answers within a
 * second), over as many training images as fit about 45 s on this machine (at least 4 batches).
 */
export const leNetPresets: TrainingPanelOptions["presets"] = {
  quick: {id: "quick", epochs: 3, batchSize: 64, budgetSeconds: 45, minBatches: 4, batchSeconds: 0.8},
  full: {id: "full", epochs: 50, batchSize: 500}
};

/**
 * Lesson 1's training of LeNet on the student's own network: locked until the le-net exercise
 * passes (`unlock`, from the cell's onCheck), then a training panel, run in the page's compute worker (Adam, the chosen cross-entropy,
 * progress, Stop, the model kept in IndexedDB) for a model built by the student's `leNet`.
 */
export function leNetTraining(options: LeNetTrainingOptions): {
  element: HTMLElement;
  unlock(report: ExerciseReport, source: string): void;
} {
  const {
    lang,
    key,
    loss,
    learningRate = 0.001,
    inputShape = [32, 32, 1],
    dataset,
    presets = leNetPresets,
    onModel,
    checkButton
  } = options;
  return studentTraining({
    lang,
    exercise: {id: "le-net", exportName: "leNet"},
    className: "convlab-lenet-training",
    attributes: {"data-key": key},
    words: leNetTrainingMessages,
    checkButton,
    content: (source) => [
      trainingPanel({
        lang,
        key,
        model: {kind: "le-net", source, inputShape, loss, learningRate},
        dataset,
        presets,
        onModel
      })
    ]
  });
}
