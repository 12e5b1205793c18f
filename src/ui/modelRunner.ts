import * as tf from "@convlab/tfjs";
import {formatMegabytes, surveyMessages, type Lang} from "../i18n/index.js";
import type {ModelRun} from "../run/computeProtocol.js";
import {measureModel} from "../run/measureModel.js";
import {compute} from "../run/pageWorkers.js";
import {runBusy} from "./busyWork.js";
import {element} from "./dom.js";
import {tableView} from "./tableView.js";

/** Options of {@link modelRunner}. */
export interface ModelRunnerOptions {
  lang: Lang;
  /** The model's weight bytes, known beforehand (from its description), to warn before a big build. */
  weightBytes: number;
  /** Warn and ask again above this many bytes of weights (default 400 MB: the VGGs' half a gigabyte). */
  warnAbove?: number;
}

export type {ModelRun};

/**
 * Builds a model with random weights, runs one forward pass on a random image, disposes of everything and
 * returns what it took, on this thread (the zoo's models go to the compute worker: see {@link modelRunner}).
 * The pass runs inside `tf.profile` to see its peak memory. With `backend`, it runs on that backend and then
 * returns to the current one, so the rest of the page is not affected.
 */
export async function buildAndRun(build: () => tf.LayersModel, backend?: string): Promise<ModelRun> {
  const previous = tf.getBackend();
  if (backend && backend !== previous && !(await tf.setBackend(backend)))
    throw new Error(`the '${backend}' backend did not start`);
  try {
    return await measureModel(build);
  } finally {
    if (backend && backend !== previous) await tf.setBackend(previous);
  }
}

/**
 * What a "build and run" button builds: `"zoo"`, the zoo's model of that name, built by name in the
 * page's compute worker (so the page need not load the zoo at all); or any builder, run on this thread.
 */
export type ModelSource = "zoo" | (() => tf.LayersModel);

/**
 * A "build and run" button for one model: builds it in the browser, runs one forward pass on a random image
 * and reports the time and memory. A model of the zoo is built and run in the page's compute worker
 * (src/run/pageWorkers.ts), so the page never freezes; any other builder runs here. Above `warnAbove` bytes
 * of weights it first warns and asks again.
 */
export function modelRunner(
  name: string,
  source: ModelSource,
  {lang, weightBytes, warnAbove = 400e6}: ModelRunnerOptions
): HTMLElement {
  const button = element("button", {type: "button", class: "convlab-run"}, surveyMessages.build[lang]);
  const backends = Object.keys(tf.engine().registryFactory);
  const backend = element(
    "select",
    {class: "convlab-run-backend"},
    ...backends.map((name) => element("option", {value: name, selected: name === tf.getBackend()}, name))
  );
  const status = element("div", {class: "convlab-notice"});
  const result = element("div", {class: "convlab-run-output"});
  const root = element(
    "div",
    {class: "convlab-model-runner", "data-model": name, style: "margin:0.75rem 0"},
    element(
      "div",
      {class: "convlab-buttons"},
      button,
      element("label", {}, `${surveyMessages.backend[lang]}: `, backend)
    ),
    status,
    result
  );

  const run = () =>
    runBusy(button, measureAndShow, (message) => {
      status.textContent = "";
      result.replaceChildren(element("p", {class: "convlab-problem"}, surveyMessages.failed(message)[lang]));
    });

  const mainThreadRun = async (build: () => tf.LayersModel) => {
    await new Promise((resolve) => setTimeout(resolve, 30)); // let the message paint before the tab is busy
    return buildAndRun(() => {
      const model = build();
      status.textContent = surveyMessages.running[lang];
      return model;
    }, backend.value);
  };

  async function measureAndShow(): Promise<void> {
    result.replaceChildren();
    status.textContent = surveyMessages.building[lang];
    const inWorker = source === "zoo";
    const measured = inWorker
      ? await compute({type: "zoo-run", name, backend: backend.value}, (event) => {
          if (event.type === "stage") status.textContent = surveyMessages[event.stage][lang];
        }).result
      : await mainThreadRun(source);
    root.dataset.ranIn = inWorker ? "worker" : "page";
    status.textContent = "";
    const rows = [
      [surveyMessages.backend[lang], measured.backend],
      [surveyMessages.buildTime[lang], surveyMessages.milliseconds(measured.buildMs)[lang]],
      [surveyMessages.forwardTime[lang], surveyMessages.milliseconds(measured.forwardMs)[lang]],
      [surveyMessages.weightMemory[lang], formatMegabytes(measured.weightBytes, lang)],
      [surveyMessages.peakMemory[lang], formatMegabytes(measured.peakBytes, lang)],
      [surveyMessages.outputShape[lang], measured.outputShapes.map((shape) => `[${shape.join(", ")}]`).join(", ")]
    ].map(([what, value]) => ({what, value}));
    const table = tableView(rows, {what: "", value: ""});
    table.classList.add("convlab-run-result");
    table.dataset.forwardMs = String(measured.forwardMs);
    table.dataset.buildMs = String(measured.buildMs);
    table.dataset.backend = measured.backend;
    result.replaceChildren(table);
  }

  button.addEventListener("click", () => {
    if (weightBytes <= warnAbove) return void run();
    const confirm = element("button", {type: "button", class: "convlab-run-confirm"}, surveyMessages.buildAnyway[lang]);
    confirm.addEventListener("click", () => {
      result.replaceChildren();
      void run();
    });
    result.replaceChildren(
      element(
        "p",
        {class: "convlab-run-warning"},
        surveyMessages.bigModel(Math.round(weightBytes / 1e6))[lang],
        " ",
        confirm
      )
    );
  });
  return root;
}
