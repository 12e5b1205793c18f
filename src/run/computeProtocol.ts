/**
 * The page's compute worker: what the page asks (plain data only) and what comes back. Every request
 * carries an id; the worker answers with progress events for that id, then one `done` or `failed`.
 * `cancel` asks the request under way to stop at its next safe point (training: between batches, or
 * within the batch under way where the page could also give it the shared `stop` flag).
 */
import type {ClassificationLoss} from "../train/compileClassifier.js";
import type {Calibration} from "../train/calibrateTraining.js";
import type {BatchNormSteps, BatchNormStepsOptions} from "../models/batchNormSteps.js";
import type {ConvolutionLayerSize, DocumentBlockCalls} from "../models/demoTables.js";
import type {CrossEntropyOptions} from "./crossEntropyLosses.js";
import type {LabelSmoothingOptions} from "./labelSmoothingLosses.js";
import type {GradientNormOptions} from "../models/layerGradientNorms.js";
import type {BlockFacts, BlockSpec} from "../models/zoo/blockSpec.js";
import type {TrainingRates, TrainingSetting} from "../train/trainingPlan.js";
import type {BatchProgress, EpochLog} from "../train/types.js";
import type {RunOutcome, RunRequest} from "./protocol.js";
import type {StrideRun} from "./strideDemo.js";

/** A student's model to train, built in the worker from the source that passed its check. */
export type TrainingModelSpec =
  | {
      kind: "le-net";
      /** The le-net exercise's code, exporting `leNet(input)`. */
      source: string;
      inputShape: [number, number, number];
      loss: ClassificationLoss;
      learningRate: number;
    }
  | {
      kind: "resnet50";
      /** The resnet50 exercise's code, exporting `ResNet50(inputShape, classes)`. */
      source: string;
      inputShape: [number, number, number];
      classes: number;
    };

/** The data sets the worker builds from the course's digits file (src/datasets/digitsFile.ts). */
export type DatasetKind = "mnist" | "digits-signs";

/** What one model of the zoo's "build and run" measured (src/ui/modelRunner.ts shows it). */
export interface ModelRun {
  backend: string;
  buildMs: number;
  forwardMs: number;
  weightBytes: number;
  /** The most memory tfjs held during the forward pass, weights included. */
  peakBytes: number;
  outputShapes: number[][];
}

export type ComputeRequest =
  /** The data set of this kind, from the digits file's bytes; kept for the page's life. */
  | {type: "dataset"; id: number; kind: DatasetKind; file: ArrayBuffer}
  /** Opens (or reopens) a training panel: restores its saved model and history from IndexedDB. */
  | {type: "open"; id: number; key: string; model: TrainingModelSpec; dataset: DatasetKind}
  /** Measures training and inference speed on a throwaway model of the panel's. */
  | {type: "calibrate"; id: number; key: string; batchSize: number}
  | {
      type: "train";
      id: number;
      key: string;
      setting: TrainingSetting;
      firstEpoch: number;
      rates?: TrainingRates;
      /** Shared memory the page sets to 1 on Stop (a cross-origin-isolated page only): see interruptibleStep.ts. */
      stop?: Int32Array;
    }
  /** The panel's model on its validation (test) set, in inference mode and as built (evaluateAsBuilt). */
  | {type: "evaluate"; id: number; key: string; batchSize: number}
  /** Recomputes the panel's model's batch-norm statistics on training images, then saves it. */
  | {type: "recalibrate"; id: number; key: string; images: number}
  /** The panel's model's output for one image `[1, height, width, channels]`, in inference mode or as built. */
  | {type: "predict"; id: number; key: string; image: Float32Array; shape: number[]; asBuilt: boolean}
  /** Forgets the panel's model, here and in IndexedDB. */
  | {type: "forget"; id: number; key: string}
  /** Builds a zoo model by name with random weights, runs one forward pass, and measures both. */
  | {type: "zoo-run"; id: number; name: string; options?: Record<string, unknown>; backend?: string}
  | DemoRequest
  | {type: "cancel"; id: number};

/**
 * The lessons' small demos that compute tensors (src/run/computeTasks.ts `demoTasks`): the page sends
 * the demo's settings and only draws what comes back.
 */
export type DemoRequest =
  /** The norm of each layer's kernel gradient in a deep stack (lesson 2's vanishing-gradient demo). */
  | {type: "gradient-norms"; id: number; options: GradientNormOptions}
  /** One batch through a batch-normalisation layer in both modes (lesson 1's batch-norm table). */
  | {type: "batch-norm"; id: number; options: BatchNormStepsOptions}
  /** The sigmoid and softmax cross-entropy of a few logit vectors (lesson 1's cross-entropy table). */
  | {type: "cross-entropy"; id: number; options: CrossEntropyOptions}
  /** tfjs's parameter count of convolutional layers (lesson 1's parameter table). */
  | {type: "parameter-counts"; id: number; layers: ConvolutionLayerSize[]}
  /** The lecture's basic-block calls on lesson 1's 3×3 example: their shapes and two outputs. */
  | {type: "document-blocks"; id: number; example: number[][]}
  /** The cross-entropy against smoothed labels, by hand and by tfjs (lesson 3's label-smoothing view). */
  | {type: "label-smoothing"; id: number; options: LabelSmoothingOptions}
  /** Blocks of the zoo built alone and counted (lesson 3's block tables and explorers). */
  | {type: "block-facts"; id: number; blocks: BlockSpec[]};
export interface ComputeResults {
  dataset: {train: number; validation: number};
  /** Fails when the student's code does not build; a saved model that cannot be restored is `restoreError`. */
  open: {history: EpochLog[]; savedAt?: string; restored: boolean; backend: string; restoreError?: string};
  calibrate: {calibration: Calibration; sizes: {train: number; validation: number}};
  train: {logs: EpochLog[]; stopped: boolean};
  evaluate: {loss: number; accuracy: number; asBuiltLoss: number; asBuiltAccuracy: number};
  recalibrate: {layers: number};
  predict: {values: number[]};
  forget: Record<string, never>;
  "zoo-run": ModelRun;
  "gradient-norms": {values: number[]};
  "batch-norm": BatchNormSteps;
  "cross-entropy": {sigmoid: number[]; softmax: number[]};
  "parameter-counts": {counts: number[]};
  "document-blocks": DocumentBlockCalls;
  "label-smoothing": {byHand: number; byTf: number};
  "block-facts": {facts: BlockFacts[]};
  cancel: Record<string, never>;
}

export type ComputeEvent =
  /** A batch trained; `endedAt` is when, in milliseconds since the epoch (performance.timeOrigin + now()). */
  | {type: "batch"; progress: BatchProgress; endedAt: number}
  /** An epoch ended (saved to IndexedDB when whole), or Stop cut one short. */
  | {type: "epoch"; log: EpochLog; saved: boolean; saveError?: string}
  /**
   * Training stopped (Stop, between batches); the model is being saved before the request ends.
   * `heardAt` is when the worker heard Stop (no batch starts after it), `at` when training ended.
   */
  | {type: "stopped"; at: number; heardAt: number}
  /**
   * An epoch ended and its model is being saved: no batch runs until the save ends, and none after a
   * Stop written to the shared flag. The worker hears no message meanwhile (ResNet-50's save keeps it
   * busy for a second or more), so the page knows from this that such a Stop takes effect at once.
   */
  | {type: "saving"}
  | {type: "stage"; stage: "building" | "running"};

/** Everything the worker posts. */
export type WorkerMessage =
  | {type: "ready"; backend: string}
  | {type: "failed"; message: string}
  | {type: "outcome"; outcome: RunOutcome}
  | {type: "stride-demo"; runs?: [StrideRun, StrideRun]; error?: string}
  | {type: "progress"; id: number; event: ComputeEvent}
  | {type: "done"; id: number; result: unknown}
  | {type: "error"; id: number; message: string};

/** Everything the page posts to the worker. */
export type PageMessage =
  /** First message: which backend this worker runs (the check worker: cpu; the compute worker: the page's). */
  | {type: "init"; backend: string}
  /** Switches the backend (the picker changed the page's). */
  | {type: "backend"; backend: string}
  | {type: "check"; request: RunRequest}
  /** Lesson 2's stride demo on the student's convolutional block (src/run/strideDemo.ts), in the check worker. */
  | {type: "stride-demo"; source: string}
  | ComputeRequest;
