import * as tf from "@convlab/tfjs";
import type {ExerciseReport} from "../check/gradeOutcome.js";
import {resnetTrainingMessages, type Lang} from "../i18n/index.js";
import {evaluateAsBuilt} from "../models/evaluateAsBuilt.js";
import {recalibrateBatchNorm} from "../models/recalibrateBatchNorm.js";
import {evaluate} from "../train/trainModel.js";
import type {TrainSplit} from "../train/types.js";
import {runBusy} from "./busyWork.js";
import {element} from "./dom.js";
import {studentTraining} from "./studentTraining.js";
import {trainingPanel, type TrainingPanelOptions} from "./trainingPanel.js";

export interface ResnetTrainingOptions {
  lang: Lang;
  /** The stand-in data set, loaded when training first starts (train: 1,080 images, validation: the 120 test images). */
  loadData(): Promise<TrainSplit>;
  /** The settings to pick from (default {@link resnetPresets}). */
  presets?: TrainingPanelOptions["presets"];
  /** Called with the trained (or restored) model. */
  onModel?(model: tf.LayersModel): void;
  /** The Check button of the resnet50 exercise, pressed by "Check my ResNet50" (default: the page's resnet50 cell's). */
  checkButton?: () => HTMLButtonElement | null;
}

/**
 * ResNet-50's settings, both in the document's batches of 32. Full: the document's 10 epochs. Quick:
 * 2 epochs over as many training images as fit about 45 s on this machine, the 120 test images
 * validating each (at least 2 batches per epoch, however slow the machine).
 */
export const resnetPresets: TrainingPanelOptions["presets"] = {
  quick: {id: "quick", epochs: 2, batchSize: 32, budgetSeconds: 45, minBatches: 2},
  full: {id: "full", epochs: 10, batchSize: 32}
};

/**
 * The document's training of ResNet-50, on the student's own model: locked until the resnet50
 * exercise passes (`unlock`, from the cell's onCheck), then a training panel (Adam, categorical
 * cross-entropy, batch 32, progress, Stop, the model kept in IndexedDB) and the document's
 * `model.evaluate(X_test, Y_test)` on demand.
 */
export function resnetTraining({
  lang,
  loadData,
  presets = resnetPresets,
  onModel,
  checkButton
}: ResnetTrainingOptions): {
  element: HTMLElement;
  unlock(report: ExerciseReport, source: string): void;
} {
  const training = studentTraining<(inputShape?: number[], classes?: number) => tf.LayersModel>({
    lang,
    exercise: {id: "resnet50", exportName: "ResNet50"},
    className: "convlab-resnet-training",
    words: resnetTrainingMessages,
    checkButton,
    // Called on unlock, once everything below exists.
    content(ResNet50) {
      const createModel = () => {
        const fresh = ResNet50([64, 64, 3], 6);
        fresh.compile({optimizer: tf.train.adam(), loss: "categoricalCrossentropy", metrics: ["accuracy"]});
        return fresh;
      };
      return [
        trainingPanel({
          lang,
          key: "resnet50-digits",
          createModel,
          loadData: sharedData,
          presets,
          maxEpochs: 10,
          // The test set after each epoch as Keras runs the document's model (see evaluateAsBuilt):
          // TensorFlow.js's inference mode stays near chance until the statistics are recomputed.
          validate: (trained, test, batchSize) => evaluateAsBuilt(tf, trained, test, batchSize),
          onModel(next) {
            model = next;
            onModel?.(next);
          }
        }),
        element("div", {class: "convlab-buttons"}, evaluateButton, recalibrateButton),
        evaluation
      ];
    }
  });
  const root = training.element;
  let model: tf.LayersModel | undefined;
  let data: Promise<TrainSplit> | undefined;
  const sharedData = () => (data ??= loadData().catch((error) => ((data = undefined), Promise.reject(error))));

  const evaluateButton = element(
    "button",
    {type: "button", class: "convlab-evaluate"},
    resnetTrainingMessages.evaluate[lang]
  );
  const recalibrateButton = element(
    "button",
    {type: "button", class: "convlab-recalibrate"},
    resnetTrainingMessages.recalibrate[lang]
  );
  const evaluation = element("pre", {class: "convlab-evaluation", role: "status"});
  const failed = (message: string) => (evaluation.textContent = resnetTrainingMessages.failed(message)[lang]);
  evaluateButton.addEventListener("click", () => {
    if (!model) return void (evaluation.textContent = resnetTrainingMessages.noModel[lang]);
    const trained = model;
    evaluation.textContent = resnetTrainingMessages.evaluating[lang];
    void runBusy(
      evaluateButton,
      async () => {
        const started = performance.now();
        const test = (await sharedData()).validation;
        const [loss, accuracy] = await evaluate(trained, test, 32);
        const [asBuiltLoss, asBuiltAccuracy] = await evaluateAsBuilt(tf, trained, test, 32);
        evaluation.textContent = resnetTrainingMessages.evaluated(
          loss,
          accuracy,
          asBuiltLoss,
          asBuiltAccuracy,
          (performance.now() - started) / 1000
        )[lang];
        root.dataset.testAccuracy = String(accuracy);
        root.dataset.testAccuracyAsBuilt = String(asBuiltAccuracy);
      },
      failed
    );
  });

  recalibrateButton.addEventListener("click", () => {
    if (!model) return void (evaluation.textContent = resnetTrainingMessages.noModel[lang]);
    const trained = model;
    evaluation.textContent = resnetTrainingMessages.recalibrating[lang];
    void runBusy(
      recalibrateButton,
      async () => {
        const {train} = await sharedData();
        const images = tf.tidy(() => train.xs.slice([0, 0, 0, 0], [Math.min(128, train.size), -1, -1, -1]));
        const layers = recalibrateBatchNorm(tf, trained, images);
        images.dispose();
        evaluation.textContent = resnetTrainingMessages.recalibrated(layers)[lang];
        root.dataset.recalibrated = String(layers);
        onModel?.(trained);
      },
      failed
    );
  });

  return training;
}
