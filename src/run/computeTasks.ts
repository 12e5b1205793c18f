/**
 * The compute worker's work (src/run/exerciseWorker.ts runs it): training a student's model on a
 * data set built from the digits file, calibrating, keeping the model in IndexedDB, and the zoo's
 * build-and-run. Everything the page gets back is plain data; the page only draws.
 */
import * as tf from "@convlab/tfjs";
import type {TrainSplit} from "../core/labeledImages.js";
import {decodeDigits, digitsSignsStandIn, mnistSplit} from "../datasets/index.js";
import {evaluateAsBuilt, predictAsBuilt} from "../models/evaluateAsBuilt.js";
import {batchNormSteps} from "../models/batchNormSteps.js";
import {conv2dParameterCounts, documentBlockCalls} from "../models/demoTables.js";
import {layerGradientNorms} from "../models/layerGradientNorms.js";
import {recalibrateBatchNorm} from "../models/recalibrateBatchNorm.js";
import {blockFactsOfEach} from "../models/zoo/blockFacts.js";
import {withFastRandomWeights} from "../models/zoo/fastRandomWeights.js";
import {zooBuilder} from "../models/zoo/registry.js";
import {calibrateTraining, type CalibrateOptions} from "../train/calibrateTraining.js";
import {compileClassifier} from "../train/compileClassifier.js";
import {loadModel, removeModel, saveModel} from "../train/modelStore.js";
import {stopRequested} from "../ops/interruptibly.js";
import {evaluate, trainModel} from "../train/trainModel.js";
import type {EpochLog, TrainOptions} from "../train/types.js";
import type {
  ComputeEvent,
  ComputeRequest,
  ComputeResults,
  DatasetKind,
  DemoRequest,
  TrainingModelSpec
} from "./computeProtocol.js";
import {crossEntropyLosses} from "./crossEntropyLosses.js";
import {labelSmoothingLosses} from "./labelSmoothingLosses.js";
import {measureModel} from "./measureModel.js";
import {studentFunction} from "./studentFunction.js";

/** A model whose output is the logits of the student's `leNet`, on an input of `inputShape`. */
export function leNetModel(
  leNet: (input: tf.SymbolicTensor) => tf.SymbolicTensor,
  inputShape: [number, number, number]
): tf.LayersModel {
  const input = tf.input({shape: inputShape, name: "digits"});
  return tf.model({inputs: input, outputs: leNet(input), name: "le_net"});
}

/** A new compiled model of the spec (fresh weights), and how its validation is run (and timed: `predict`). */
export function trainingModelFactory(spec: TrainingModelSpec): {
  create(): tf.LayersModel;
  validate?: TrainOptions["validate"];
  predict?: CalibrateOptions["predict"];
} {
  if (spec.kind === "le-net") {
    const leNet = studentFunction<(input: tf.SymbolicTensor) => tf.SymbolicTensor>(spec.source, "leNet");
    const {inputShape, loss, learningRate} = spec;
    return {create: () => compileClassifier(leNetModel(leNet, inputShape), {loss, learningRate})};
  }
  const ResNet50 = studentFunction<(inputShape?: number[], classes?: number) => tf.LayersModel>(
    spec.source,
    "ResNet50"
  );
  return {
    create() {
      const fresh = ResNet50(spec.inputShape, spec.classes);
      fresh.compile({optimizer: tf.train.adam(), loss: "categoricalCrossentropy", metrics: ["accuracy"]});
      return fresh;
    },
    // The test set after each epoch as Keras runs the document's model (see evaluateAsBuilt):
    // TensorFlow.js's inference mode stays near chance until the statistics are recomputed.
    validate: (trained, test, batchSize, signal, interrupt) =>
      evaluateAsBuilt(tf, trained, test, batchSize, signal, interrupt),
    predict: (model, xs) => predictAsBuilt(tf, model, xs)
  };
}

interface Panel {
  spec: TrainingModelSpec;
  dataset: DatasetKind;
  factory: ReturnType<typeof trainingModelFactory>;
  model?: tf.LayersModel;
  history: EpochLog[];
}

type Post = (event: ComputeEvent) => void;

export interface ComputeTasksOptions {
  /** Builds a data set from the digits file's bytes (default: MNIST padded to 32×32, or the hand-signs stand-in). */
  buildDataset?(kind: DatasetKind, file: ArrayBuffer): TrainSplit;
}

function digitsDataset(kind: DatasetKind, file: ArrayBuffer): TrainSplit {
  const digits = decodeDigits(file);
  return kind === "mnist" ? mnistSplit(tf, digits) : digitsSignsStandIn(tf, digits);
}

/** The compute worker's state: data sets and training panels, by key. */
export function computeTasks({buildDataset = digitsDataset}: ComputeTasksOptions = {}) {
  const datasets = new Map<DatasetKind, TrainSplit>();
  const panels = new Map<string, Panel>();
  const running = new Map<number, AbortController>();

  const panelOf = (key: string) => {
    const panel = panels.get(key);
    if (!panel) throw new Error(`no training panel "${key}" is open`);
    return panel;
  };
  const dataOf = (kind: DatasetKind) => {
    const split = datasets.get(kind);
    if (!split) throw new Error(`the ${kind} data set has not been sent`);
    return split;
  };

  const handlers: {
    [T in Exclude<ComputeRequest["type"], "cancel" | DemoRequest["type"]>]: (
      request: Extract<ComputeRequest, {type: T}>,
      post: Post,
      signal: AbortSignal
    ) => Promise<ComputeResults[T]>;
  } = {
    async dataset({kind, file}) {
      let split = datasets.get(kind);
      if (!split) {
        split = buildDataset(kind, file);
        datasets.set(kind, split);
      }
      return {train: split.train.size, validation: split.validation.size};
    },

    async open({key, model: spec, dataset}) {
      const previous = panels.get(key);
      previous?.model?.dispose();
      const panel: Panel = {spec, dataset, factory: trainingModelFactory(spec), history: []};
      panels.set(key, panel);
      const backend = tf.getBackend();
      try {
        const saved = await loadModel(key);
        if (!saved) return {history: [], restored: false, backend};
        const fresh = panel.factory.create();
        try {
          fresh.setWeights(saved.model.getWeights());
        } catch (error) {
          fresh.dispose();
          throw error;
        } finally {
          saved.model.dispose();
        }
        panel.model = fresh;
        panel.history = saved.history;
        return {history: saved.history, restored: true, backend, ...(saved.savedAt ? {savedAt: saved.savedAt} : {})};
      } catch (error) {
        return {history: [], restored: false, backend, restoreError: messageOf(error)};
      }
    },

    async calibrate({key, batchSize}) {
      const panel = panelOf(key);
      const split = dataOf(panel.dataset);
      const calibration = await calibrateTraining(panel.factory.create, {batchSize, predict: panel.factory.predict});
      return {calibration, sizes: {train: split.train.size, validation: split.validation.size}};
    },

    async train({key, setting, firstEpoch, rates, stop}, post, signal) {
      const panel = panelOf(key);
      const split = dataOf(panel.dataset);
      const model = (panel.model ??= panel.factory.create());
      const interrupt = stop instanceof Int32Array && stop.buffer instanceof SharedArrayBuffer ? stop : undefined;
      let stopSaid = false;
      // Says once that Stop has taken effect (the worker trains no more), when it has: not after a save.
      const sayStopped = () => {
        if (stopSaid) return;
        stopSaid = true;
        const at = epochMilliseconds();
        // Heard through the shared flag, before its message arrived, Stop was heard by now at the latest.
        post({type: "stopped", at, heardAt: signal.aborted ? stopHeardAt(signal) : at});
      };
      const logs = await trainModel(model, split, {
        ...setting,
        firstEpoch,
        signal,
        interrupt,
        rates,
        validate: panel.factory.validate,
        // Milliseconds since the epoch, as the page's clock reads them: a batch's start and the
        // moment Stop was heard (below) compare with the page's own times.
        now: epochMilliseconds,
        onBatch: (progress) => post({type: "batch", progress, endedAt: epochMilliseconds()}),
        async onEpoch(log) {
          panel.history = [...panel.history, log];
          // Saved before the next batch changes the weights under the save; a cut-short epoch when the run ends.
          if (log.partial) return post({type: "epoch", log, saved: false});
          // Saving ResNet-50's 94 MB takes seconds, and no batch follows a Stop pressed meanwhile: it
          // takes effect at once (the page learns that the model is still being saved).
          const stopWhileSaving = () => sayStopped();
          signal.addEventListener("abort", stopWhileSaving);
          post({type: "saving"});
          try {
            await saveModel(model, key, panel.history);
            post({type: "epoch", log, saved: true});
          } catch (error) {
            post({type: "epoch", log, saved: false, saveError: messageOf(error)});
          } finally {
            signal.removeEventListener("abort", stopWhileSaving);
          }
        }
      });
      // Stop has taken effect: the page hears it now, not after the save (seconds for ResNet-50's 94 MB).
      const stopped = signal.aborted || stopRequested(interrupt);
      if (stopped) sayStopped();
      if (logs.at(-1)?.partial) await saveModel(model, key, panel.history);
      return {logs, stopped};
    },

    async evaluate({key, batchSize}) {
      const panel = panelOf(key);
      if (!panel.model) throw new Error("there is no trained model yet");
      const test = dataOf(panel.dataset).validation;
      const [loss, accuracy] = await evaluate(panel.model, test, batchSize);
      const [asBuiltLoss, asBuiltAccuracy] = await evaluateAsBuilt(tf, panel.model, test, batchSize);
      return {loss, accuracy, asBuiltLoss, asBuiltAccuracy};
    },

    async recalibrate({key, images: count}) {
      const panel = panelOf(key);
      if (!panel.model) throw new Error("there is no trained model yet");
      const {train} = dataOf(panel.dataset);
      const images = tf.tidy(() => train.xs.slice([0, 0, 0, 0], [Math.min(count, train.size), -1, -1, -1]));
      try {
        const layers = recalibrateBatchNorm(tf, panel.model, images);
        await saveModel(panel.model, key, panel.history);
        return {layers};
      } finally {
        images.dispose();
      }
    },

    async predict({key, image, shape, asBuilt}) {
      const panel = panelOf(key);
      if (!panel.model) throw new Error("there is no trained model yet");
      const model = panel.model;
      const output = tf.tidy(() => {
        const batch = tf.tensor(image, shape);
        const result = asBuilt ? predictAsBuilt(tf, model, batch) : (model.predict(batch) as tf.Tensor);
        return result.reshape([-1]);
      });
      try {
        return {values: Array.from(await output.data())};
      } finally {
        output.dispose();
      }
    },

    async forget({key}) {
      const panel = panels.get(key);
      panel?.model?.dispose();
      if (panel) {
        panel.model = undefined;
        panel.history = [];
      }
      await removeModel(key);
      return {};
    },

    async "zoo-run"({name, options, backend}, post) {
      const build = zooBuilder(name);
      const previous = tf.getBackend();
      if (backend && backend !== previous && !(await tf.setBackend(backend)))
        throw new Error(`the '${backend}' backend did not start`);
      try {
        // Random weights from the distributions tfjs draws them from, by a faster generator (AlexNet's build: 2.7 → 1.7 s of CPU).
        return await measureModel(() => withFastRandomWeights(() => build(options)), post);
      } finally {
        if (backend && backend !== previous) await tf.setBackend(previous);
      }
    }
  };

  return {
    /** Runs one request; progress goes to `post`. A `cancel` aborts the request it names. */
    async handle(request: ComputeRequest, post: Post): Promise<unknown> {
      if (request.type === "cancel") {
        // The reason records when the worker heard it: no batch may start after that moment.
        running.get(request.id)?.abort(new StopHeard(epochMilliseconds()));
        return {};
      }
      if (isDemoRequest(request)) return demoTask(request);
      const controller = new AbortController();
      running.set(request.id, controller);
      try {
        const handler = handlers[request.type] as (r: ComputeRequest, p: Post, s: AbortSignal) => Promise<unknown>;
        return await handler(request, post, controller.signal);
      } finally {
        running.delete(request.id);
      }
    }
  };
}

const demoTypes: ReadonlySet<string> = new Set<DemoRequest["type"]>([
  "gradient-norms",
  "batch-norm",
  "cross-entropy",
  "parameter-counts",
  "document-blocks",
  "label-smoothing",
  "block-facts"
]);

function isDemoRequest(request: ComputeRequest): request is DemoRequest {
  return demoTypes.has(request.type);
}

/** The lessons' small demos (see DemoRequest): stateless, each answers from its settings alone. */
export async function demoTask<R extends DemoRequest>(request: R): Promise<ComputeResults[R["type"]]> {
  // TypeScript does not narrow R through the switch, hence the casts.
  type Result = ComputeResults[R["type"]];
  switch (request.type) {
    case "gradient-norms":
      return {values: await layerGradientNorms(tf, request.options)} as Result;
    case "batch-norm":
      return batchNormSteps(tf, request.options) as Result;
    case "cross-entropy":
      return crossEntropyLosses(tf, request.options) as Result;
    case "parameter-counts":
      return {counts: conv2dParameterCounts(tf, request.layers)} as Result;
    case "document-blocks":
      return documentBlockCalls(tf, request.example) as Result;
    case "label-smoothing":
      return labelSmoothingLosses(tf, request.options) as Result;
    case "block-facts":
      return {facts: blockFactsOfEach(request.blocks)} as Result;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Now, in milliseconds since the epoch: the worker's and the page's clocks agree on it. */
function epochMilliseconds(): number {
  return performance.timeOrigin + performance.now();
}

/** The reason a training run is aborted with: Stop, and when the worker heard it. */
class StopHeard extends Error {
  constructor(readonly at: number) {
    super("stopped");
  }
}

/** When the worker heard Stop (NaN when the run was aborted for another reason). */
function stopHeardAt(signal: AbortSignal): number {
  return signal.reason instanceof StopHeard ? signal.reason.at : NaN;
}
