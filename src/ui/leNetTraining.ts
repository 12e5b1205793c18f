import * as tf from "@convlab/tfjs";
import type {ExerciseReport} from "../check/gradeOutcome.js";
import {leNetTrainingMessages, type Lang} from "../i18n/index.js";
import {compileClassifier, type ClassificationLoss} from "../train/compileClassifier.js";
import type {TrainSplit} from "../train/types.js";
import {studentTraining} from "./studentTraining.js";
import {trainingPanel} from "./trainingPanel.js";

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
  epochs: number;
  batchSize: number;
  /** Called with the model once it is restored, and again after each training run. */
  onModel?(model: tf.LayersModel): void;
  /** The le-net exercise's Check button (default: the page's le-net cell's). */
  checkButton?: () => HTMLButtonElement | null;
}

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
    epochs,
    batchSize,
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
    content: (leNet) => [
      trainingPanel({lang, key, createModel: () => createModel(leNet), loadData, epochs, batchSize, onModel})
    ]
  });
}
