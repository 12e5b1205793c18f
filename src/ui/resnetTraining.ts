import type * as tf from "@convlab/tfjs";
import type {ExerciseReport} from "../check/gradeOutcome.js";
import {resnetTrainingMessages, type Lang} from "../i18n/index.js";
import {compute, workerPredictor, type ModelPredictor} from "../run/pageWorkers.js";
import {loadModel} from "../train/modelStore.js";
import {runBusy} from "./busyWork.js";
import {element} from "./dom.js";
import {studentTraining} from "./studentTraining.js";
import {trainingPanel, type TrainingDataset, type TrainingPanelOptions} from "./trainingPanel.js";

export interface ResnetTrainingOptions {
  lang: Lang;
  /**
   * The digits file, fetched when training first starts; the compute worker builds the stand-in data
   * set from it (train: 1,080 images, validation: the 120 test images).
   */
  digitsFile(): Promise<ArrayBuffer>;
  /** The settings to pick from (default {@link resnetPresets}). */
  presets?: TrainingPanelOptions["presets"];
  /**
   * Called with the trained (or restored) model: the page's copy, loaded from IndexedDB (heavy: ResNet-50
   * takes seconds to load on the page). Prefer onPredictor.
   */
  onModel?(model: tf.LayersModel): void;
  /** Called with a predictor of the trained (or restored) model, which stays in the compute worker. */
  onPredictor?(predictor: ModelPredictor): void;
  /** The Check button of the resnet50 exercise, pressed by "Check my ResNet50" (default: the page's resnet50 cell's). */
  checkButton?: () => HTMLButtonElement | null;
}

/**
 * ResNet-50's settings. Full: the document's 10 epochs in batches of 32 (on a processor a batch takes
 * seconds, and Stop waits for the batch under way: the panel says how long). Quick: 2 epochs in
 * batches that take under 0.8 s on this machine (the largest up to 32, at least 2 for batch
 * normalisation; calibrated at 2, so images per second are the lowest the run will see), over as
 * many training images as fit about 45 s, the 120 test images validating each in batches sized the
 * same way (at least 2 batches per epoch, however slow the machine).
 */
export const resnetPresets: TrainingPanelOptions["presets"] = {
  quick: {
    id: "quick",
    epochs: 2,
    batchSize: 32,
    budgetSeconds: 45,
    minBatches: 2,
    batchSeconds: 0.8,
    minBatchSize: 2,
    calibrationBatch: 2
  },
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
  digitsFile,
  presets = resnetPresets,
  onModel,
  onPredictor,
  checkButton
}: ResnetTrainingOptions): {
  element: HTMLElement;
  unlock(report: ExerciseReport, source: string): void;
} {
  const key = "resnet50-digits";
  const dataset: TrainingDataset = {kind: "digits-signs", file: digitsFile};
  /** The worker holds a trained (or restored) model. */
  let hasModel = false;
  const training = studentTraining({
    lang,
    exercise: {id: "resnet50", exportName: "ResNet50"},
    className: "convlab-resnet-training",
    words: resnetTrainingMessages,
    checkButton,
    // Called on unlock, once everything below exists.
    content: (source) => [
      trainingPanel({
        lang,
        key,
        // Validated after each epoch as Keras runs the document's model (see computeTasks and evaluateAsBuilt).
        model: {kind: "resnet50", source, inputShape: [64, 64, 3], classes: 6},
        dataset,
        presets,
        maxEpochs: 10,
        ...(onModel
          ? {
              onModel: (next: tf.LayersModel) => onModel(next)
            }
          : {}),
        onPredictor(predictor) {
          hasModel = true;
          onPredictor?.(predictor);
        }
      }),
      element("div", {class: "convlab-buttons"}, evaluateButton, recalibrateButton),
      evaluation
    ]
  });
  const root = training.element;

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
  // Both run in the compute worker, on its copy of the model.
  evaluateButton.addEventListener("click", () => {
    if (!hasModel) return void (evaluation.textContent = resnetTrainingMessages.noModel[lang]);
    evaluation.textContent = resnetTrainingMessages.evaluating[lang];
    void runBusy(
      evaluateButton,
      async () => {
        const started = performance.now();
        const result = await compute({type: "evaluate", key, batchSize: 32}).result;
        evaluation.textContent = resnetTrainingMessages.evaluated(
          result.loss,
          result.accuracy,
          result.asBuiltLoss,
          result.asBuiltAccuracy,
          (performance.now() - started) / 1000
        )[lang];
        root.dataset.testAccuracy = String(result.accuracy);
        root.dataset.testAccuracyAsBuilt = String(result.asBuiltAccuracy);
      },
      failed
    );
  });

  recalibrateButton.addEventListener("click", () => {
    if (!hasModel) return void (evaluation.textContent = resnetTrainingMessages.noModel[lang]);
    evaluation.textContent = resnetTrainingMessages.recalibrating[lang];
    void runBusy(
      recalibrateButton,
      async () => {
        const {layers} = await compute({type: "recalibrate", key, images: 128}).result;
        onPredictor?.(workerPredictor(key));
        // The page's copy, with the new statistics the worker saved (only when the page asked for one).
        const saved = onModel ? await loadModel(key) : undefined;
        // (The copy it replaces is not disposed: the training panel and onModel's cells may hold it.)
        if (saved) onModel?.(saved.model);
        evaluation.textContent = resnetTrainingMessages.recalibrated(layers)[lang];
        root.dataset.recalibrated = String(layers);
      },
      failed
    );
  });

  return training;
}
