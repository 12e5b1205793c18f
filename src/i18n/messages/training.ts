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
  speed: (imagesPerSecond: number) => {
    const value = localizedNumber(imagesPerSecond, {maximumFractionDigits: imagesPerSecond < 10 ? 1 : 0});
    return both(`${value.ru} изобр./с`, `${value.en} img/s`);
  },
  timing: (elapsed: number, remaining: number) =>
    both(
      `прошло ${formatClock(elapsed)} · осталось около ${formatClock(remaining)}`,
      `${formatClock(elapsed)} elapsed · about ${formatClock(remaining)} left`
    ),
  validating: both("Валидация…", "Validating…"),
  /** `withinBatch`: Stop interrupts the batch under way (a cross-origin-isolated page), or waits for it. */
  stopping: (withinBatch: boolean) =>
    withinBatch
      ? both("Останавливаю…", "Stopping…")
      : both("Останавливаю после текущего батча…", "Stopping after the batch under way…"),
  savingAfterStop: both(
    "Обучение остановлено; сохраняю модель в этом браузере…",
    "Training stopped; saving the model in this browser…"
  ),
  stopped: (epochs: number) =>
    both(
      `Остановлено. Модель сохранена в этом браузере; законченных эпох: ${epochs}.`,
      `Stopped. The model is saved in this browser; epochs finished: ${epochs}.`
    ),
  stoppedPartway: (epoch: number, batches: number, of: number) =>
    both(
      `Остановлено в эпохе ${epoch}, после батча ${batches} из ${of}: сделанные батчи учтены в истории (без валидации). Модель сохранена в этом браузере.`,
      `Stopped in epoch ${epoch}, after ${batches} of ${of} batches: they count in the history (not validated). The model is saved in this browser.`
    ),
  /** The epoch cell of a partial epoch in the history table. */
  partialEpoch: (epoch: number, batches: number, of: number) =>
    both(`${epoch} (батчей: ${batches} из ${of})`, `${epoch} (${batches} of ${of} batches)`),
  preset: both("Режим", "Setting"),
  presetNames: {
    quick: both("быстрый (около минуты)", "quick (about a minute)"),
    full: both("полный, как в документе", "full, the document's")
  },
  /** What a setting trains on: epochs, images per epoch (of how many), batch size. */
  presetSetting: (epochs: number, images: number, trainSize: number, batchSize: number) => {
    const [i, t] = [localizedNumber(images), localizedNumber(trainSize)];
    const over = {
      ru: images < trainSize ? `по ${i.ru} из ${t.ru} обучающих изображений` : `по всем ${t.ru} обучающим изображениям`,
      en: images < trainSize ? `over ${i.en} of the ${t.en} training images` : `over all ${t.en} training images`
    };
    return both(
      `${epochCount(epochs).ru} ${over.ru}, батчи по ${batchSize}`,
      `${epochCount(epochs).en} ${over.en}, batches of ${batchSize}`
    );
  },
  quickNote: (seconds: number) =>
    both(
      `Быстрый режим подобран под скорость этой машины: меньше изображений за эпоху, чтобы кривая обучения появилась примерно за ${formatClock(seconds)}.`,
      `The quick setting is sized to this machine's speed: fewer images per epoch, so that a learning curve shows in about ${formatClock(seconds)}.`
    ),
  /**
   * The quick setting's batch, smaller than the document's so that each takes at most `seconds`: progress
   * shows often, and Stop, where it waits for the batch under way (`withinBatch` false), answers in time.
   */
  smallBatchNote: (batchSize: number, documentBatch: number, seconds: number, withinBatch: boolean) => {
    const within = localizedNumber(seconds, {maximumFractionDigits: 1});
    return withinBatch
      ? both(
          `Батч меньше документного (${batchSize} вместо ${documentBatch}), чтобы каждый занимал не больше ${within.ru} с и прогресс обновлялся часто.`,
          `Its batch is smaller than the document's (${batchSize} instead of ${documentBatch}), so that each takes at most ${within.en} s and progress shows often.`
        )
      : both(
          `Батч меньше документного (${batchSize} вместо ${documentBatch}), чтобы каждый занимал не больше ${within.ru} с: «Остановить» ждёт только текущий батч.`,
          `Its batch is smaller than the document's (${batchSize} instead of ${documentBatch}), so that each takes at most ${within.en} s: Stop waits only for the batch under way.`
        );
  },
  /** The smallest batch the preset allows, and still slower than `batchSeconds` at the calibrated rate. */
  smallestBatchNote: (batchSize: number, documentBatch: number, batchTakes: number, withinBatch: boolean) => {
    const takes = localizedNumber(batchTakes, {maximumFractionDigits: batchTakes < 10 ? 1 : 0});
    const stop = withinBatch
      ? {ru: "«Остановить» прерывает текущий батч", en: "Stop interrupts the batch under way"}
      : {ru: "«Остановить» ждёт текущий батч", en: "Stop waits for the batch under way"};
    return both(
      `Батч — наименьший допустимый (${batchSize} вместо ${documentBatch}), и всё же на этой машине каждый занимает около ${takes.ru} с: ${stop.ru}.`,
      `Its batch is the smallest allowed (${batchSize} instead of ${documentBatch}), and even so each takes about ${takes.en} s on this machine: ${stop.en}.`
    );
  },
  fullNote: both(
    "Полный режим — настройки документа (эпохи и размер батча).",
    "The full setting is the document's (epochs and batch size)."
  ),
  calibrating: (backend: string) =>
    both(
      `Измеряю скорость обучения на бэкенде ${backend} (несколько батчей)…`,
      `Measuring the training speed on the ${backend} backend (a few batches)…`
    ),
  calibrationFailed: (message: string) =>
    both(`Скорость измерить не удалось: ${message}`, `Could not measure the speed: ${message}`),
  /** The calibrated speed and what the chosen setting should take. */
  estimate: (backend: string, train: number, seconds: number, batchSeconds: number, withinBatch: boolean) => {
    const speed = localizedNumber(train, {maximumFractionDigits: train < 10 ? 1 : 0});
    const batch = localizedNumber(batchSeconds, {maximumFractionDigits: batchSeconds < 10 ? 1 : 0});
    const stop = withinBatch
      ? {ru: "«Остановить» прерывает текущий батч", en: "Stop interrupts the batch under way"}
      : {ru: "«Остановить» срабатывает после текущего батча", en: "Stop takes effect after the batch under way"};
    return both(
      `Измерено на ${backend}: ${speed.ru} изобр./с при обучении. Ожидаемое время: около ${formatClock(seconds)}. Батч занимает около ${batch.ru} с: ${stop.ru}.`,
      `Measured on ${backend}: ${speed.en} img/s training. Expected time: about ${formatClock(seconds)}. A batch takes about ${batch.en} s: ${stop.en}.`
    );
  },
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
