import * as tf from "@convlab/tfjs";
import {formatClock, trainingMessages as strings, type Lang} from "../i18n/index.js";
import {loadModel, removeModel, saveModel} from "../train/modelStore.js";
import {trainModel} from "../train/trainModel.js";
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
  /** Epochs of one press of Train (the input's starting value). */
  epochs: number;
  /** The largest number the epochs input accepts (default 50, the document's run). */
  maxEpochs?: number;
  batchSize: number;
  /** Called with the model once it is restored, and again after each training run. */
  onModel?(model: tf.LayersModel): void;
  /** How the validation set is evaluated after each epoch (default: TensorFlow.js's inference mode). */
  validate?: TrainOptions["validate"];
}

type State = "starting" | "idle" | "loading" | "training" | "stopping";

/**
 * Trains a model in the page: an epochs input, Train / Stop / Start over, a progress bar with the
 * time left, the loss and accuracy chart, and a table of epochs like the document's prints. The
 * model and its history are saved in the browser (IndexedDB) after every epoch and when training
 * stops, and restored when the page is opened again.
 */
export function trainingPanel({
  lang,
  key,
  createModel,
  loadData,
  epochs,
  maxEpochs = 50,
  batchSize,
  onModel,
  validate
}: TrainingPanelOptions): HTMLElement {
  const backend = element("p", {class: "convlab-backend"});
  const epochsInput = element("input", {
    type: "number",
    class: "convlab-epochs",
    min: "1",
    max: String(maxEpochs),
    step: "1",
    value: String(epochs)
  });
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
      element("label", {}, strings.epochs[lang], " ", epochsInput),
      trainButton,
      stopButton,
      startOverButton
    ),
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

  const setState = (state: State) => {
    root.dataset.state = state;
    const busy = state !== "idle";
    trainButton.disabled = busy;
    epochsInput.disabled = busy;
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
          {},
          ...[
            String(log.epoch),
            log.accuracy.toFixed(5),
            log.loss.toFixed(7),
            log.valAccuracy.toFixed(4),
            log.valLoss.toFixed(7),
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
    setState("idle");
  };

  trainButton.addEventListener("click", async () => {
    const runEpochs = Math.min(maxEpochs, Math.max(1, Math.round(Number(epochsInput.value) || epochs)));
    epochsInput.value = String(runEpochs);
    setState("loading");
    try {
      if (!data) {
        say(strings.loadingData[lang]);
        data = loadData();
        data.catch(() => (data = undefined));
      }
      const split = await data;
      model ??= createModel();
      const firstEpoch = (history.at(-1)?.epoch ?? 0) + 1;
      plannedLastEpoch = firstEpoch + runEpochs - 1;
      batches = [];
      progressBar.value = 0;
      say(strings.dataReady(split.train.size, split.validation.size)[lang]);
      controller = new AbortController();
      setState("training");
      const started = performance.now();
      const logs = await trainModel(model, split, {
        epochs: runEpochs,
        batchSize,
        firstEpoch,
        signal: controller.signal,
        validate,
        onBatch(progress) {
          batches.push({
            x: progress.epoch - 1 + progress.batch / progress.batches,
            loss: progress.loss,
            accuracy: progress.accuracy
          });
          const done = (progress.epoch - firstEpoch) * progress.batches + progress.batch;
          progressBar.value = done / (runEpochs * progress.batches);
          progressText.textContent = [
            strings.progress(progress.epoch, progress.epochs, progress.batch, progress.batches)[lang],
            strings.running(progress.loss, progress.accuracy)[lang],
            strings.timing(progress.secondsElapsed, progress.secondsRemaining)[lang]
          ].join(" · ");
          if (progress.batch === progress.batches) progressText.textContent += ` · ${strings.validating[lang]}`;
          if (performance.now() - lastDrawn > 200 || progress.batch === progress.batches || progress.batch === 1)
            redraw();
        },
        async onEpoch(log) {
          history = [...history, log];
          redraw();
          // Saved before the next batch changes the weights under the save.
          if (model)
            await saveModel(model, key, history).catch((error) => say(strings.notSaved(messageOf(error))[lang], true));
        }
      });
      const stopped = controller.signal.aborted;
      await saveModel(model, key, history).catch((error) => say(strings.notSaved(messageOf(error))[lang], true));
      if (!status.classList.contains("convlab-problem")) {
        say(
          stopped
            ? strings.stopped(history.length)[lang]
            : strings.done(logs.length, (performance.now() - started) / 1000)[lang]
        );
      }
      if (!stopped) progressBar.value = 1;
      redraw();
      useModel(model);
    } catch (error) {
      say(strings.failed(messageOf(error))[lang], true);
    } finally {
      controller = undefined;
      setState("idle");
    }
  });

  stopButton.addEventListener("click", () => {
    if (!controller) return;
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
