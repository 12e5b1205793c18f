import type * as tf from "@convlab/tfjs";
import {formatClock, trainingMessages as strings, type Lang} from "../i18n/index.js";
import type {DatasetKind, TrainingModelSpec} from "../run/computeProtocol.js";
import {
  compute,
  stopInterruptsBatch,
  workerPredictor,
  type ComputeCall,
  type ModelPredictor
} from "../run/pageWorkers.js";
import type {Calibration} from "../train/calibrateTraining.js";
import {loadModel} from "../train/modelStore.js";
import {
  estimateSeconds,
  imagesPerEpoch,
  resolvePreset,
  secondsPerBatch,
  type TrainingPreset,
  type TrainingRates,
  type TrainingSetting
} from "../train/trainingPlan.js";
import type {EpochLog} from "../train/types.js";
import {element} from "./dom.js";
import {lossChart, type BatchPoint} from "./lossChart.js";

export interface TrainingPanelOptions {
  lang: Lang;
  /** Names the saved model: `indexeddb://convlab-<key>`. One key per model on a page. */
  key: string;
  /** The model to train: the student's code and what to build with it, built in the compute worker. */
  model: TrainingModelSpec;
  /** The data set, built in the compute worker from the digits file (fetched when first needed). */
  dataset: TrainingDataset;
  /**
   * The settings the student picks from: `quick`, sized to the machine (a learning curve within a
   * minute), and `full`, the document's. Picking one fills the epochs input.
   */
  presets: {quick: TrainingPreset; full: TrainingPreset};
  /** The preset picked at first (default quick). */
  preset?: TrainingPreset["id"];
  /** The largest number the epochs input accepts (default 50, the document's run). */
  maxEpochs?: number;
  /**
   * Called with the model once it is restored, and again after each training run: the page's own copy,
   * loaded from IndexedDB (no student code runs on the page). Without it, the page loads no model.
   */
  onModel?(model: tf.LayersModel): void;
  /**
   * Called, like onModel, once the model is restored and after each run, with a predictor of the model
   * that stays in the compute worker: nothing heavy runs on the page.
   */
  onPredictor?(predictor: ModelPredictor): void;
}

/** A data set of the compute worker, and the digits file it is built from. */
export interface TrainingDataset {
  kind: DatasetKind;
  /** The digits file's bytes (src/datasets/digitsFile.ts). */
  file(): Promise<ArrayBuffer>;
}

/** The data sets sent to the compute worker, by kind: sent once per page, shared by its panels. */
const sentDatasets = new Map<DatasetKind, Promise<{train: number; validation: number}>>();

function sendDataset({kind, file}: TrainingDataset): Promise<{train: number; validation: number}> {
  let sent = sentDatasets.get(kind);
  if (!sent) {
    sent = file().then((bytes) => compute({type: "dataset", kind, file: bytes}).result);
    sent.catch(() => sentDatasets.delete(kind));
    sentDatasets.set(kind, sent);
  }
  return sent;
}

type State = "starting" | "calibrating" | "idle" | "loading" | "training" | "stopping" | "saving";

/**
 * Trains a model off the page's thread, in the page's compute worker (src/run/pageWorkers.ts), and
 * draws what comes back: a choice of setting (quick or the document's full one) with the time it
 * should take here, an epochs input, Train / Stop / Start over, a progress bar with images per second
 * and the time left, the loss and accuracy chart, and a table of epochs like the document's prints.
 * Before the first run the worker calibrates: a few batches on a throwaway model measure this
 * machine's speed on the running backend (calibrateTraining), which sizes the quick setting (its
 * batch, so that one takes under a second, and its images per epoch) and gives the estimates.
 * Stop takes effect after the batch under way and keeps the batches done: a
 * cut-short epoch counts in the history. The worker saves the model and its history in the browser
 * (IndexedDB) after every epoch and when training stops, and restores them when the page is opened again.
 */
export function trainingPanel({
  lang,
  key,
  model: modelSpec,
  dataset,
  presets,
  preset: firstPreset = "quick",
  maxEpochs = 50,
  onModel,
  onPredictor
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
  /** The worker has a model for this panel (restored or trained). */
  let trained = false;
  let history: EpochLog[] = [];
  let batches: BatchPoint[] = [];
  let plannedLastEpoch = 0;
  let running: ComputeCall<unknown> | undefined;
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
  /** Draws the progress of the run's last batch, if it has not been drawn yet. */
  let shown: (() => void) | undefined;
  const showProgress = () => {
    shown?.();
    shown = undefined;
    redraw();
  };
  /** The page's copy of the trained model, for onModel: loaded from what the worker saved. */
  const showModel = async () => {
    if (trained) onPredictor?.(workerPredictor(key));
    if (!onModel || !trained) return;
    const saved = await loadModel(key);
    if (!saved) return;
    if (model !== saved.model) model?.dispose();
    model = saved.model;
    onModel(saved.model);
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
    const largest = presets[id]?.batchSize ?? setting.batchSize;
    const within = presets[id]?.batchSeconds;
    if (setting.batchSize < largest && within !== undefined) {
      // A batch of the smallest size may still take longer than the preset wants: say so, not "at most".
      const takes = rates ? secondsPerBatch(setting.batchSize, rates) : 0;
      parts.push(
        takes > within
          ? strings.smallestBatchNote(setting.batchSize, largest, takes, stopInterruptsBatch())[lang]
          : strings.smallBatchNote(setting.batchSize, largest, within, stopInterruptsBatch())[lang]
      );
    }
    root.dataset.batchSize = String(setting.batchSize);
    presetNote.textContent = parts.join(" ");
    root.dataset.preset = id;
    if (sizes && rates && calibration) {
      const seconds = estimateSeconds(setting, sizes, rates);
      estimate.textContent = strings.estimate(
        calibration.backend,
        rates.train,
        seconds,
        secondsPerBatch(setting.batchSize, rates),
        stopInterruptsBatch()
      )[lang];
      root.dataset.estimateSeconds = String(seconds);
    }
  };

  const dataOnce = () => sendDataset(dataset);

  /** Measures this machine's speed on a throwaway model, once, and shows what each setting takes. */
  let calibrating: Promise<void> | undefined;
  const calibrate = () =>
    (calibrating ??= (async () => {
      setState("calibrating");
      estimate.textContent = strings.calibrating(backendName)[lang];
      try {
        await dataOnce();
        // The quick setting's batch, or the smallest it may pick (a batch sized from the rate at a smaller one takes
        // no longer than planned): the one a first run most likely uses, whose programs a GPU backend then reuses.
        const batchSize = presets.quick.calibrationBatch ?? presets.quick.batchSize;
        const measured = await compute({type: "calibrate", key, batchSize}).result;
        sizes = measured.sizes;
        calibration = measured.calibration;
        rates = {train: calibration.train, inference: calibration.inference};
        root.dataset.calibrated = "true";
        root.dataset.calibrationSeconds = String(calibration.seconds);
        describeSetting();
      } catch (error) {
        calibrating = undefined;
        estimate.textContent = strings.calibrationFailed(messageOf(error))[lang];
      }
    })());

  let backendName = "";
  const restore = async () => {
    setState("starting");
    try {
      const opened = await compute({type: "open", key, model: modelSpec, dataset: dataset.kind}).result;
      backendName = opened.backend;
      backend.textContent = strings.backend(backendName)[lang];
      root.dataset.backend = backendName;
      if (opened.restoreError) say(strings.restoreFailed(opened.restoreError)[lang], true);
      if (opened.restored) {
        trained = true;
        history = opened.history;
        plannedLastEpoch = history.at(-1)?.epoch ?? 0;
        root.dataset.restored = "true";
        const savedAt = opened.savedAt ? new Date(opened.savedAt).toLocaleString(lang) : "";
        say((history.length ? strings.restored(history.length, savedAt) : strings.restoredPartial(savedAt))[lang]);
        await showModel();
      }
    } catch (error) {
      // The student's code did not build in the worker: nothing can train.
      say(strings.failed(messageOf(error))[lang], true);
      root.dataset.failed = "true";
      redraw();
      return setState("idle");
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
      if (!sentDatasets.has(dataset.kind)) say(strings.loadingData[lang]);
      const split = await dataOnce();
      if (!calibration) await calibrate();
      setState("loading");
      const setting = chosenSetting();
      epochsInput.value = String(setting.epochs);
      const firstEpoch = (history.at(-1)?.epoch ?? 0) + 1;
      plannedLastEpoch = firstEpoch + setting.epochs - 1;
      batches = [];
      shown = undefined;
      progressBar.value = 0;
      say(strings.dataReady(split.train, split.validation)[lang]);
      setState("training");
      const started = performance.now();
      let lastSpeed = 0;
      const call = compute({type: "train", key, setting, firstEpoch, rates}, (event) => {
        if (event.type === "batch") {
          const progress = event.progress;
          batches.push({
            x: progress.epoch - 1 + progress.batch / progress.batches,
            loss: progress.loss,
            accuracy: progress.accuracy
          });
          lastSpeed = progress.imagesPerSecond;
          const done = (progress.epoch - firstEpoch) * progress.batches + progress.batch;
          shown = () => {
            progressBar.value = done / (setting.epochs * progress.batches);
            progressText.textContent = [
              strings.progress(progress.epoch, progress.epochs, progress.batch, progress.batches)[lang],
              strings.running(progress.loss, progress.accuracy)[lang],
              strings.speed(progress.imagesPerSecond)[lang],
              strings.timing(progress.secondsElapsed, progress.secondsRemaining)[lang]
            ].join(" · ");
            if (progress.batch === progress.batches) progressText.textContent += ` · ${strings.validating[lang]}`;
          };
          // The data attributes follow every batch (no style reads them: they cost no frame); what the
          // student sees is drawn with the chart, at most five times a second. A trace of lesson 1
          // showed each visible change costing a frame that repaints the whole lesson (~4 ms of CPU
          // on 2 busy cores), 13 times a second for LeNet's batches.
          root.dataset.imagesPerSecond = String(progress.imagesPerSecond);
          root.dataset.secondsRemaining = String(progress.secondsRemaining);
          root.dataset.batchesDone = String(done);
          // When the batch ran in the worker (ms since the epoch): the browser test checks that the page
          // answered meanwhile.
          root.dataset.batchStartedAt = String(progress.startedAt);
          root.dataset.batchEndedAt = String(event.endedAt);
          if (performance.now() - lastDrawn > 200 || progress.batch === progress.batches || progress.batch === 1)
            showProgress();
        } else if (event.type === "stopped") {
          stopTookEffect(event.at, event.heardAt);
        } else if (event.type === "saving") {
          savingEpoch = true;
        } else if (event.type === "epoch") {
          savingEpoch = false;
          trained = true;
          history = [...history, event.log];
          if (event.saveError) say(strings.notSaved(event.saveError)[lang], true);
          redraw();
        }
      });
      running = call;
      const {logs, stopped} = await call.result;
      if (stopRequested !== undefined) {
        const seconds = String((performance.now() - stopRequested) / 1000);
        root.dataset.stopSeconds ??= seconds;
        // From Stop to the end of the run, the save of the model included.
        root.dataset.stopSavedSeconds = seconds;
      }
      // The next estimates use the speed this run measured, which beats the calibration's.
      if (rates && lastSpeed > 0) rates = {...rates, train: lastSpeed};
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
      await showModel();
    } catch (error) {
      say(strings.failed(messageOf(error))[lang], true);
    } finally {
      running = undefined;
      stopRequested = undefined;
      savingEpoch = false;
      setState("idle");
    }
  });

  let stopRequested: number | undefined;
  /** The worker is saving an epoch's model: it is between batches (see the "saving" event). */
  let savingEpoch = false;
  /** Stop took effect: the worker trains no more (`at`, `heardAt`: ms since the epoch); the model is saved next. */
  const stopTookEffect = (at: number, heardAt: number) => {
    if (root.dataset.state === "saving") return; // said already
    showProgress();
    if (stopRequested !== undefined) {
      root.dataset.stopSeconds = String((performance.now() - stopRequested) / 1000);
      root.dataset.stoppedAt = String(at);
      root.dataset.stopHeardAt = String(heardAt);
    }
    setState("saving");
    say(strings.savingAfterStop[lang]);
  };
  stopButton.addEventListener("click", () => {
    if (!running) return;
    stopRequested = performance.now();
    delete root.dataset.stopSeconds;
    // When, in ms since the epoch like the batches' times: the browser test checks that no batch ended after the one under way.
    root.dataset.stopPressedAt = String(performance.timeOrigin + stopRequested);
    running.cancel();
    setState("stopping");
    say(strings.stopping(stopInterruptsBatch())[lang]);
    // During an epoch's save the worker hears no message, but it reads the shared flag before any
    // batch: with the flag, Stop takes effect now (the bench measured 0.7–1.3 s for ResNet-50 before).
    if (savingEpoch && stopInterruptsBatch()) {
      const now = performance.timeOrigin + performance.now();
      stopTookEffect(now, now);
    }
  });

  startOverButton.addEventListener("click", async () => {
    setState("starting");
    try {
      await compute({type: "forget", key}).result;
    } catch (error) {
      say(strings.failed(messageOf(error))[lang], true);
    }
    // Not disposed: cells that received it through onModel may still use it.
    model = undefined;
    trained = false;
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
