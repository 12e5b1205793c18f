import * as tf from "@convlab/tfjs";
import type {ExerciseReport} from "../check/gradeOutcome.js";
import {leNetTrainingMessages, type Lang} from "../i18n/index.js";
import {compileClassifier, type ClassificationLoss} from "../train/compileClassifier.js";
import type {TrainSplit} from "../train/types.js";
import {studentTraining} from "./studentTraining.js";
import {trainingPanel, type TrainingPanelOptions} from "./trainingPanel.js";

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
  loadData(): Promise<TrainSplit>;
  /** The settings to pick from (default {@link leNetPresets}). */
  presets?: TrainingPanelOptions["presets"];
  /** Called with the model once it is restored, and again after each training run. */
  onModel?(model: tf.LayersModel): void;
  /** The le-net exercise's Check button (default: the page's le-net cell's). */
  checkButton?: () => HTMLButtonElement | null;
}

/**
 * LeNet's settings. Full: the document's loop, 50 epochs in batches of 500. Quick: 3 epochs in
 * batches of 64, over as many training images as fit about 45 s on this machine (at least 4 batches).
 */
export const leNetPresets: TrainingPanelOptions["presets"] = {
  quick: {id: "quick", epochs: 3, batchSize: 64, budgetSeconds: 45, minBatches: 4},
  full: {id: "full", epochs: 50, batchSize: 500}
};

/** A model whose output is the logits of the student's `leNet`, on an input of `inputShape`. */
export function leNetModel(leNet: LeNetFunction, inputShape: [number, number, number]): tf.LayersModel {
  const input = tf.input({shape: inputShape, name: "digits"});
  return tf.model({inputs: input, outputs: leNet(input), name: "le_net"});
}

/**
 * Lesson 1's training of LeNet on the student's own network: locked until the le-net exercise
 * passes (`unlock`, from the cell's onCheck), then a training panel (Adam, the chosen cross-entropy,
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
    loadData,
    presets = leNetPresets,
    onModel,
    checkButton
  } = options;
  const createModel = (leNet: LeNetFunction) => compileClassifier(leNetModel(leNet, inputShape), {loss, learningRate});
  return studentTraining<LeNetFunction>({
    lang,
    exercise: {id: "le-net", exportName: "leNet"},
    className: "convlab-lenet-training",
    attributes: {"data-key": key},
    words: leNetTrainingMessages,
    checkButton,
    content: (leNet) => [trainingPanel({lang, key, createModel: () => createModel(leNet), loadData, presets, onModel})]
  });
}
