import {both} from "../localized.js";
import {formatClock, formatPercent, localizedNumber} from "../numbers.js";
import {countOf} from "../plural.js";

/** "1 эпоха", "3 эпохи", "5 эпох"; "1 epoch", "3 epochs". */
const epochCount = (n: number) => countOf(n, {ru: ["эпоха", "эпохи", "эпох"], en: ["epoch", "epochs"]});

/** The training panel and its chart. */
export const trainingMessages = {
  epochCount,
  epochs: both("Эпох", "Epochs"),
  train: both("Обучить", "Train"),
  stop: both("Остановить", "Stop"),
  startOver: both("Начать заново", "Start over"),
  backend: (name: string) => both(`Бэкенд TensorFlow.js: ${name}`, `TensorFlow.js backend: ${name}`),
  loadingData: both("Загружаю данные…", "Loading the data…"),
  dataReady: (train: number, validation: number) => {
    const [t, v] = [localizedNumber(train), localizedNumber(validation)];
    return both(
      `Данные: ${t.ru} для обучения, ${v.ru} для валидации.`,
      `Data: ${t.en} images to train on, ${v.en} to validate on.`
    );
  },
  restored: (epochs: number, savedAt: string) =>
    both(
      `Восстановлена модель из этого браузера, обучение: ${epochCount(epochs).ru}${savedAt ? `, сохранена ${savedAt}` : ""}. «Обучить» продолжит обучение.`,
      `Restored the model saved in this browser: ${epochCount(epochs).en} of training${savedAt ? `, saved ${savedAt}` : ""}. Train continues from it.`
    ),
  restoredPartial: (savedAt: string) =>
    both(
      `Восстановлена модель из этого браузера: обучение остановили до конца первой эпохи${savedAt ? `, сохранена ${savedAt}` : ""}. «Обучить» продолжит обучение.`,
      `Restored the model saved in this browser: training was stopped before its first epoch ended${savedAt ? `, saved ${savedAt}` : ""}. Train continues from it.`
    ),
  restoreFailed: (message: string) =>
    both(
      `Сохранённую модель не удалось восстановить (${message}); обучение начнётся с нуля.`,
      `The saved model could not be restored (${message}); training starts from scratch.`
    ),
  progress: (epoch: number, epochs: number, batch: number, batches: number) =>
    both(
      `Эпоха ${epoch} из ${epochs} · батч ${batch} из ${batches}`,
      `Epoch ${epoch} of ${epochs} · batch ${batch} of ${batches}`
    ),
  running: (loss: number, accuracy: number) => {
    const value = localizedNumber(loss, {fixed: 4, useGrouping: false});
    return both(
      `потери ${value.ru} · точность ${formatPercent(accuracy, "ru")}`,
      `loss ${value.en} · accuracy ${formatPercent(accuracy, "en")}`
    );
  },
  timing: (elapsed: number, remaining: number) =>
    both(
      `прошло ${formatClock(elapsed)} · осталось около ${formatClock(remaining)}`,
      `${formatClock(elapsed)} elapsed · about ${formatClock(remaining)} left`
    ),
  validating: both("Валидация…", "Validating…"),
  stopping: both("Останавливаю после текущего батча…", "Stopping after the batch under way…"),
  stopped: (epochs: number) =>
    both(
      `Остановлено. Модель сохранена в этом браузере; законченных эпох: ${epochs}.`,
      `Stopped. The model is saved in this browser; epochs finished: ${epochs}.`
    ),
  done: (epochs: number, seconds: number) =>
    both(
      `Готово: ${epochCount(epochs).ru} за ${formatClock(seconds)}. Модель сохранена в этом браузере.`,
      `Done: ${epochCount(epochs).en} in ${formatClock(seconds)}. The model is saved in this browser.`
    ),
  notSaved: (message: string) => both(`Модель не сохранена: ${message}`, `The model was not saved: ${message}`),
  failed: (message: string) => both(`Обучение прервалось с ошибкой: ${message}`, `Training failed: ${message}`),
  forgotten: both(
    "Сохранённая модель удалена; следующее обучение начнётся с нуля.",
    "The saved model is gone; the next training starts from scratch."
  ),
  epoch: both("эпоха", "epoch"),
  loss: both("потери", "loss"),
  accuracy: both("точность", "accuracy"),
  trainRunning: both("обучение, по батчам", "training, running mean"),
  trainEpoch: both("обучение, за эпоху", "training, per epoch"),
  validation: both("валидация", "validation"),
  historyColumns: {
    epoch: both("Эпоха", "Epoch"),
    trainAccuracy: both("точность (обуч.)", "train acc"),
    trainLoss: both("потери (обуч.)", "train loss"),
    valAccuracy: both("точность (вал.)", "val acc"),
    valLoss: both("потери (вал.)", "val loss"),
    seconds: both("время", "time")
  }
};
