import * as tf from "@convlab/tfjs";
import type {ExerciseReport} from "../check/gradeOutcome.js";
import {both, type Lang} from "../i18n/index.js";
import {evaluateAsBuilt} from "../models/evaluateAsBuilt.js";
import {recalibrateBatchNorm} from "../models/recalibrateBatchNorm.js";
import {evaluate} from "../train/trainModel.js";
import type {TrainSplit} from "../train/types.js";
import {element} from "./dom.js";
import {studentTraining} from "./studentTraining.js";
import {trainingPanel} from "./trainingPanel.js";

const words = {
  locked: both(
    "Обучение откроется, когда ваша ResNet50 из упражнения выше пройдёт проверку: учится именно ваша модель.",
    "Training unlocks once your ResNet50 from the exercise above passes its check: it is your model that learns."
  ),
  checkSaved: both("Проверить мою ResNet50 и открыть обучение", "Check my ResNet50 and unlock training"),
  unlocked: both("Ваша ResNet50 прошла проверку; обучается она.", "Your ResNet50 passed its check; it is the model trained here."),
  evaluate: both("Оценить на тестовой выборке", "Evaluate on the test set"),
  evaluating: both("Считаю loss и accuracy на тестовой выборке…", "Computing the loss and accuracy on the test set…"),
  evaluated: (loss: number, accuracy: number, asBuiltLoss: number, asBuiltAccuracy: number, seconds: number) =>
    both(
      `Loss = ${loss}\nTest Accuracy = ${accuracy}\n(TensorFlow.js: пакетная нормализация со скользящими средними)\n\nLoss = ${asBuiltLoss}\nTest Accuracy = ${asBuiltAccuracy}\n(как Keras считает модель документа: блоки нормализуют батч по его собственной статистике)\n\n${seconds.toFixed(1)} с`,
      `Loss = ${loss}\nTest Accuracy = ${accuracy}\n(TensorFlow.js: batch norm with its moving averages)\n\nLoss = ${asBuiltLoss}\nTest Accuracy = ${asBuiltAccuracy}\n(as Keras runs the document's model: the blocks normalise each batch by its own statistics)\n\n${seconds.toFixed(1)} s`
    ),
  recalibrate: both("Пересчитать статистику пакетной нормализации", "Recompute the batch-norm statistics"),
  recalibrating: both("Пересчитываю скользящие средние на 128 обучающих изображениях…", "Recomputing the moving averages on 128 training images…"),
  recalibrated: (layers: number) =>
    both(
      `Скользящие средние всех пакетных нормализаций (${layers}) пересчитаны с нынешними весами (в браузере не сохранено: после перезагрузки нажмите ещё раз). Оцените модель снова.`,
      `The moving averages of every batch normalisation (${layers}) now come from the current weights (not saved in the browser: press again after a reload). Evaluate the model again.`
    ),
  noModel: both("Сначала обучите модель (или дождитесь восстановления сохранённой).", "Train the model first (or wait for the saved one to be restored)."),
  failed: (message: string) => both(`Не удалось: ${message}`, `Failed: ${message}`)
};

export interface ResnetTrainingOptions {
  lang: Lang;
  /** The stand-in data set, loaded when training first starts (train: 1,080 images, validation: the 120 test images). */
  loadData(): Promise<TrainSplit>;
  /** Epochs of one press of Train; the document trains 10 (5–6 on a CPU). */
  epochs: number;
  /** Called with the trained (or restored) model. */
  onModel?(model: tf.LayersModel): void;
  /** The Check button of the resnet50 exercise, pressed by "Check my ResNet50" (default: the page's resnet50 cell's). */
  checkButton?: () => HTMLButtonElement | null;
}

/**
 * The document's training of ResNet-50, on the student's own model: locked until the resnet50
 * exercise passes (`unlock`, from the cell's onCheck), then a training panel (Adam, categorical
 * cross-entropy, batch 32, progress, Stop, the model kept in IndexedDB) and the document's
 * `model.evaluate(X_test, Y_test)` on demand.
 */
export function resnetTraining({lang, loadData, epochs, onModel, checkButton}: ResnetTrainingOptions): {
  element: HTMLElement;
  unlock(report: ExerciseReport, source: string): void;
} {
  const training = studentTraining<(inputShape?: number[], classes?: number) => tf.LayersModel>({
    lang,
    exercise: {id: "resnet50", exportName: "ResNet50"},
    className: "convlab-resnet-training",
    words,
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
          epochs,
          maxEpochs: 10,
          batchSize: 32,
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

  const evaluateButton = element("button", {type: "button", class: "convlab-evaluate"}, words.evaluate[lang]);
  const recalibrateButton = element("button", {type: "button", class: "convlab-recalibrate"}, words.recalibrate[lang]);
  const evaluation = element("pre", {class: "convlab-evaluation", role: "status"});
  evaluateButton.addEventListener("click", async () => {
    if (!model) return void (evaluation.textContent = words.noModel[lang]);
    evaluateButton.disabled = true;
    evaluation.textContent = words.evaluating[lang];
    try {
      const started = performance.now();
      const test = (await sharedData()).validation;
      const [loss, accuracy] = await evaluate(model, test, 32);
      const [asBuiltLoss, asBuiltAccuracy] = await evaluateAsBuilt(tf, model, test, 32);
      evaluation.textContent = words.evaluated(loss, accuracy, asBuiltLoss, asBuiltAccuracy, (performance.now() - started) / 1000)[lang];
      root.dataset.testAccuracy = String(accuracy);
      root.dataset.testAccuracyAsBuilt = String(asBuiltAccuracy);
    } catch (error) {
      evaluation.textContent = words.failed(error instanceof Error ? error.message : String(error))[lang];
    } finally {
      evaluateButton.disabled = false;
    }
  });

  recalibrateButton.addEventListener("click", async () => {
    if (!model) return void (evaluation.textContent = words.noModel[lang]);
    recalibrateButton.disabled = true;
    evaluation.textContent = words.recalibrating[lang];
    try {
      const {train} = await sharedData();
      const images = tf.tidy(() => train.xs.slice([0, 0, 0, 0], [Math.min(128, train.size), -1, -1, -1]));
      const layers = recalibrateBatchNorm(tf, model, images);
      images.dispose();
      evaluation.textContent = words.recalibrated(layers)[lang];
      root.dataset.recalibrated = String(layers);
      onModel?.(model);
    } catch (error) {
      evaluation.textContent = words.failed(error instanceof Error ? error.message : String(error))[lang];
    } finally {
      recalibrateButton.disabled = false;
    }
  });

  return training;
}
