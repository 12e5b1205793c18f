import {both} from "../localized.js";
import {localizedNumber} from "../numbers.js";

/** ResNet-50's training section: unlock, evaluate, recalibrate. */
export const resnetTrainingMessages = {
  locked: both(
    "Обучение откроется, когда ваша ResNet50 из упражнения выше пройдёт проверку: учится именно ваша модель.",
    "Training unlocks once your ResNet50 from the exercise above passes its check: it is your model that learns."
  ),
  checkSaved: both("Проверить мою ResNet50 и открыть обучение", "Check my ResNet50 and unlock training"),
  unlocked: both(
    "Ваша ResNet50 прошла проверку; обучается она.",
    "Your ResNet50 passed its check; it is the model trained here."
  ),
  evaluate: both("Оценить на тестовой выборке", "Evaluate on the test set"),
  evaluating: both("Считаю потери и точность на тестовой выборке…", "Computing the loss and accuracy on the test set…"),
  /** The figures as Keras prints them (`Loss = 0.1234…`), then the time in the page's language. */
  evaluated: (loss: number, accuracy: number, asBuiltLoss: number, asBuiltAccuracy: number, seconds: number) => {
    const time = localizedNumber(seconds, {fixed: 1});
    return both(
      `Loss = ${loss}\nTest Accuracy = ${accuracy}\n(TensorFlow.js: пакетная нормализация со скользящими средними)\n\nLoss = ${asBuiltLoss}\nTest Accuracy = ${asBuiltAccuracy}\n(как Keras считает модель документа: блоки нормализуют батч по его собственной статистике)\n\n${time.ru} с`,
      `Loss = ${loss}\nTest Accuracy = ${accuracy}\n(TensorFlow.js: batch norm with its moving averages)\n\nLoss = ${asBuiltLoss}\nTest Accuracy = ${asBuiltAccuracy}\n(as Keras runs the document's model: the blocks normalise each batch by its own statistics)\n\n${time.en} s`
    );
  },
  recalibrate: both("Пересчитать статистику пакетной нормализации", "Recompute the batch-norm statistics"),
  recalibrating: both(
    "Пересчитываю скользящие средние на 128 обучающих изображениях…",
    "Recomputing the moving averages on 128 training images…"
  ),
  recalibrated: (layers: number) =>
    both(
      `Скользящие средние всех пакетных нормализаций (${layers}) пересчитаны с нынешними весами, и модель сохранена с ними. Оцените модель снова.`,
      `The moving averages of every batch normalisation (${layers}) now come from the current weights, and the model is saved with them. Evaluate the model again.`
    ),
  noModel: both(
    "Сначала обучите модель (или дождитесь восстановления сохранённой).",
    "Train the model first (or wait for the saved one to be restored)."
  ),
  failed: (message: string) => both(`Не удалось: ${message}`, `Failed: ${message}`)
};
