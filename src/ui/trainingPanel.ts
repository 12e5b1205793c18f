import * as tf from "@convlab/tfjs";
import {formatClock, trainingMessages as strings, type Lang} from "../i18n/index.js";
import {calibrateTraining, type Calibration} from "../train/calibrateTraining.js";
import {loadModel, removeModel, saveModel} from "../train/modelStore.js";
import {trainModel} from "../train/trainModel.js";
import {
  estimateSeconds,
  imagesPerEpoch,
  resolvePreset,
  secondsPerBatch,
  type TrainingPreset,
  type TrainingRates,
  type TrainingSetting
} from "../train/trainingPlan.js";
import type {EpochLog, TrainOptions, TrainSplit} from "../train/types.js";
import {element} from "./dom.js";
import {lossChart, type BatchPoint} from "./lossChart.js";

export interface TrainingPanelOptions {
  lang: Lang;
  /** Names the saved model: `indexeddb://convlab-<key>`. One key per model on a page. */
  key: string;
  /** A new compiled model (fresh weights); restored weights are copied into one. */
  createModel(): tf.LayersModel;
  /** The data, loaded when training first starts. */
  loadData(): Promise<TrainSplit>;
  /**
   * The settings the student picks from: `quick`, sized to the machine (a learning curve within a
   * minute), and `full`, the document's. Picking one fills the epochs input.
   */
  presets: {quick: TrainingPreset; full: TrainingPreset};
  /** The preset picked at first (default quick). */
  preset?: TrainingPreset["id"];
  /** The largest number the epochs input accepts (default 50, the document's run). */
  maxEpochs?: number;
  /** Called with the model once it is restored, and again after each training run. */
  onModel?(model: tf.LayersModel): void;
  /** How the validation set is evaluated after each epoch (default: TensorFlow.js's inference mode). */
  validate?: TrainOptions["validate"];
}

type State = "starting" | "calibrating" | "idle" | "loading" | "training" | "stopping";

/**
 * Trains a model in the page: a choice of setting (quick or the document's full one) with the time
 * it should take here, an epochs input, Train / Stop / Start over, a progress bar with images per
 * second and the time left, the loss and accuracy chart, and a table of epochs like the document's
 * prints. Before the first run it calibrates: a few batches on a throwaway model measure this
 * machine's speed on the running backend (calibrateTraining), which sizes the quick setting and
 * gives the estimates. Stop takes effect after the batch under way and keeps the batches done: a
 * cut-short epoch counts in the history. The model and its history are saved in the browser
 * (IndexedDB) after every epoch and when training stops, and restored when the page is opened again.
 */
export function trainingPanel({
  lang,
  key,
  createModel,
  loadData,
  presets,
  preset: firstPreset = "quick",
  maxEpochs = 50,
  onModel,
  validate
}: TrainingPanelOptions): HTMLElement {
  const backend = element("p", {class: "convlab-backend"});
  const presetSelect = element(
    "select",
    {class: "convlab-preset"},
    ...(["quick", "full"] as const).map((id) =>
      element("option", {value: id, selected: id === firstPreset}, strings.presetNames[id][lang])
    )
  );
  const epochsInput = element("input", {
    type: "number",
    class: "convlab-epochs",
    min: "1",
    max: String(maxEpochs),
    step: "1",
    value: String(presets[firstPreset].epochs)
  });
  const presetNote = element("p", {class: "convlab-preset-note"});
  const estimate = element("p", {class: "convlab-estimate"});
  const trainButton = element("button", {type: "button", class: "convlab-train"}, strings.train[lang]);
  const stopButton = element("button", {type: "button", class: "convlab-stop", disabled: true}, strings.stop[lang]);
  const startOverButton = element("button", {type: "button", class: "convlab-start-over"}, strings.startOver[lang]);
  const progressBar = element("progress", {class: "convlab-progress", max: "1", value: "0"});
  const progressText = element("span", {class: "convlab-progress-text"});
  const status = element("p", {class: "convlab-status", role: "status"});
  const chart = lossChart({epochs: [], batches: []}, {lang});
  const historyBody = element("tbody");
  const columns = strings.historyColumns;
  const historyTable = element(
    "table",
    {class: "convlab-history"},
    element(
      "thead",
      {},
      element(
        "tr",
        {},
        ...[
          columns.epoch,
          columns.trainAccuracy,
          columns.trainLoss,
          columns.valAccuracy,
          columns.valLoss,
          columns.seconds
        ].map((column) => element("th", {}, column[lang]))
      )
    ),
    historyBody
  );
  const root = element(
    "section",
    {class: "convlab-training", "data-key": key, "data-state": "starting"},
    backend,
    element(
      "div",
      {class: "convlab-buttons"},
      element("label", {}, strings.preset[lang], " ", presetSelect),
      element("label", {}, strings.epochs[lang], " ", epochsInput),
      trainButton,
      stopButton,
      startOverButton
    ),
    presetNote,
    estimate,
    element("div", {class: "convlab-progress-row"}, progressBar, progressText),
    status,
    chart.element,
    historyTable
  );

  let model: tf.LayersModel | undefined;
  let history: EpochLog[] = [];
  let batches: BatchPoint[] = [];
  let plannedLastEpoch = 0;
  let data: Promise<TrainSplit> | undefined;
  let controller: AbortController | undefined;
  let lastDrawn = 0;
  let calibration: Calibration | undefined;
  /** The rates the estimates use: calibrated, then those the last run measured. */
  let rates: TrainingRates | undefined;
  let sizes: {train: number; validation: number} | undefined;

  const setState = (state: State) => {
    root.dataset.state = state;
    const busy = state !== "idle";
    trainButton.disabled = busy;
    epochsInput.disabled = busy;
    presetSelect.disabled = busy;
    startOverButton.disabled = busy;
    stopButton.disabled = state !== "training";
  };
  const say = (text: string, problem = false) => {
    status.textContent = text;
    status.classList.toggle("convlab-problem", problem);
  };
  const redraw = () => {
    chart.update({epochs: history, batches, lastEpoch: plannedLastEpoch});
    historyBody.replaceChildren(
      ...history.map((log) =>
        element(
          "tr",
          {...(log.partial ? {class: "convlab-partial-epoch"} : {})},
          ...[
            log.partial
              ? strings.partialEpoch(log.epoch, log.partial.batches, log.partial.of)[lang]
              : String(log.epoch),
            log.accuracy.toFixed(5),
            log.loss.toFixed(7),
            Number.isFinite(log.valAccuracy) ? log.valAccuracy.toFixed(4) : "—",
            Number.isFinite(log.valLoss) ? log.valLoss.toFixed(7) : "—",
            formatClock(log.seconds)
          ].map((cell) => element("td", {}, cell))
        )
      )
    );
    lastDrawn = performance.now();
  };
  const useModel = (next: tf.LayersModel) => {
    if (model !== next) model?.dispose();
    model = next;
    onModel?.(next);
  };

  /** The setting a press of Train runs: the picked preset on this machine, with the input's epochs. */
  const chosenSetting = (): TrainingSetting => {
    const preset = presets[presetSelect.value as TrainingPreset["id"]] ?? presets.quick;
    const epochs = Math.min(maxEpochs, Math.max(1, Math.round(Number(epochsInput.value) || preset.epochs)));
    const resolved =
      sizes && rates ? resolvePreset(preset, sizes, rates) : {epochs: preset.epochs, batchSize: preset.batchSize};
    return {...resolved, epochs};
  };
  const describeSetting = () => {
    const id = presetSelect.value as TrainingPreset["id"];
    const setting = chosenSetting();
    const parts: string[] = [];
    if (sizes)
      parts.push(
        strings.presetSetting(setting.epochs, imagesPerEpoch(setting, sizes.train), sizes.train, setting.batchSize)[
          lang
        ] + "."
      );
    const budget = presets[id]?.budgetSeconds;
    parts.push(budget !== undefined ? strings.quickNote(budget)[lang] : strings.fullNote[lang]);
    presetNote.textContent = parts.join(" ");
    root.dataset.preset = id;
    if (sizes && rates && calibration) {
      const seconds = estimateSeconds(setting, sizes, rates);
      estimate.textContent = strings.estimate(
        calibration.backend,
        rates.train,
        seconds,
        secondsPerBatch(setting.batchSize, rates)
      )[lang];
      root.dataset.estimateSeconds = String(seconds);
    }
  };

  const dataOnce = () => {
    if (!data) {
      data = loadData();
      data.catch(() => (data = undefined));
    }
    return data;
  };

  /** Measures this machine's speed on a throwaway model, once, and shows what each setting takes. */
  let calibrating: Promise<void> | undefined;
  const calibrate = () =>
    (calibrating ??= (async () => {
      setState("calibrating");
      estimate.textContent = strings.calibrating(tf.getBackend())[lang];
      try {
        const split = await dataOnce();
        sizes = {train: split.train.size, validation: split.validation.size};
        // The quick setting's batch: the one a first run most likely uses, whose programs a GPU backend then reuses.
        calibration = await calibrateTraining(createModel, {batchSize: presets.quick.batchSize});
        rates = {train: calibration.train, inference: calibration.inference};
        root.dataset.calibrated = "true";
        root.dataset.calibrationSeconds = String(calibration.seconds);
        describeSetting();
      } catch (error) {
        calibrating = undefined;
        estimate.textContent = strings.calibrationFailed(messageOf(error))[lang];
      }
    })());

  const restore = async () => {
    setState("starting");
    await tf.ready();
    backend.textContent = strings.backend(tf.getBackend())[lang];
    try {
      const saved = await loadModel(key);
      if (saved) {
        const fresh = createModel();
        try {
          fresh.setWeights(saved.model.getWeights());
        } catch (error) {
          fresh.dispose();
          throw error;
        } finally {
          saved.model.dispose();
        }
        history = saved.history;
        plannedLastEpoch = history.at(-1)?.epoch ?? 0;
        useModel(fresh);
        root.dataset.restored = "true";
        const savedAt = saved.savedAt ? new Date(saved.savedAt).toLocaleString(lang) : "";
        say((history.length ? strings.restored(history.length, savedAt) : strings.restoredPartial(savedAt))[lang]);
      }
    } catch (error) {
      say(strings.restoreFailed(messageOf(error))[lang], true);
    }
    redraw();
    describeSetting();
    await calibrate();
    setState("idle");
  };

  presetSelect.addEventListener("change", () => {
    const preset = presets[presetSelect.value as TrainingPreset["id"]];
    if (preset) epochsInput.value = String(preset.epochs);
    describeSetting();
  });
  epochsInput.addEventListener("input", describeSetting);

  trainButton.addEventListener("click", async () => {
    setState("loading");
    try {
      if (!data) say(strings.loadingData[lang]);
      const split = await dataOnce();
      if (!calibration) await calibrate();
      setState("loading");
      const setting = chosenSetting();
      epochsInput.value = String(setting.epochs);
      model ??= createModel();
      const firstEpoch = (history.at(-1)?.epoch ?? 0) + 1;
      plannedLastEpoch = firstEpoch + setting.epochs - 1;
      batches = [];
      progressBar.value = 0;
      say(strings.dataReady(split.train.size, split.validation.size)[lang]);
      controller = new AbortController();
      setState("training");
      const started = performance.now();
      let lastSpeed = 0;
      const logs = await trainModel(model, split, {
        ...setting,
        firstEpoch,
        signal: controller.signal,
        validate,
        rates,
        onBatch(progress) {
          batches.push({
            x: progress.epoch - 1 + progress.batch / progress.batches,
            loss: progress.loss,
            accuracy: progress.accuracy
          });
          lastSpeed = progress.imagesPerSecond;
          const done = (progress.epoch - firstEpoch) * progress.batches + progress.batch;
          progressBar.value = done / (setting.epochs * progress.batches);
          progressText.textContent = [
            strings.progress(progress.epoch, progress.epochs, progress.batch, progress.batches)[lang],
            strings.running(progress.loss, progress.accuracy)[lang],
            strings.speed(progress.imagesPerSecond)[lang],
            strings.timing(progress.secondsElapsed, progress.secondsRemaining)[lang]
          ].join(" · ");
          root.dataset.imagesPerSecond = String(progress.imagesPerSecond);
          root.dataset.secondsRemaining = String(progress.secondsRemaining);
          if (progress.batch === progress.batches) progressText.textContent += ` · ${strings.validating[lang]}`;
          if (performance.now() - lastDrawn > 200 || progress.batch === progress.batches || progress.batch === 1)
            redraw();
        },
        async onEpoch(log) {
          history = [...history, log];
          redraw();
          // Saved before the next batch changes the weights under the save.
          if (model && !log.partial)
            await saveModel(model, key, history).catch((error) => say(strings.notSaved(messageOf(error))[lang], true));
        }
      });
      const stopped = controller.signal.aborted;
      if (stopRequested !== undefined) root.dataset.stopSeconds = String((performance.now() - stopRequested) / 1000);
      // The next estimates use the speed this run measured, which beats the calibration's.
      if (rates && lastSpeed > 0) rates = {...rates, train: lastSpeed};
      await saveModel(model, key, history).catch((error) => say(strings.notSaved(messageOf(error))[lang], true));
      if (!status.classList.contains("convlab-problem")) {
        const cut = logs.at(-1)?.partial;
        say(
          stopped && cut
            ? strings.stoppedPartway(logs.at(-1)!.epoch, cut.batches, cut.of)[lang]
            : stopped
              ? strings.stopped(history.filter((log) => !log.partial).length)[lang]
              : strings.done(logs.length, (performance.now() - started) / 1000)[lang]
        );
      }
      if (!stopped) progressBar.value = 1;
      redraw();
      describeSetting();
      useModel(model);
    } catch (error) {
      say(strings.failed(messageOf(error))[lang], true);
    } finally {
      controller = undefined;
      stopRequested = undefined;
      setState("idle");
    }
  });

  let stopRequested: number | undefined;
  stopButton.addEventListener("click", () => {
    if (!controller) return;
    stopRequested = performance.now();
    controller.abort();
    setState("stopping");
    say(strings.stopping[lang]);
  });

  startOverButton.addEventListener("click", async () => {
    setState("starting");
    await removeModel(key);
    // Not disposed: cells that received it through onModel may still use it.
    model = undefined;
    history = [];
    batches = [];
    plannedLastEpoch = 0;
    progressBar.value = 0;
    progressText.textContent = "";
    say(strings.forgotten[lang]);
    redraw();
    setState("idle");
  });

  void restore();
  return root;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
