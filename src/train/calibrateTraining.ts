import * as tf from "@convlab/tfjs";
import type {TrainingRates} from "./trainingPlan.js";
import {yieldToEventLoop} from "../core/yieldToEventLoop.js";

export interface Calibration extends TrainingRates {
  /** The tfjs backend the rates were measured on. */
  backend: string;
  /** Images in the batch that was timed. */
  timedBatch: number;
  /** Seconds the whole calibration took, model building and warm-up included. */
  seconds: number;
}

export interface CalibrateOptions {
  /** The batch size training will use: the one timed. */
  batchSize: number;
  /**
   * The batch of the warm-up step (default `batchSize`). The first step at a new batch size is slow
   * everywhere: webgl and webgpu compile a program for every new tensor shape (on a software GPU,
   * minutes for ResNet-50), and wasm grows its memory (measured: LeNet's first step of 64 after a
   * warm-up of 2 ran at 60 img/s, the next ones at 220–320). Training then reuses what it set up.
   */
  warmUpBatch?: number;
  /** The clock, in milliseconds (default performance.now). */
  now?: () => number;
  /**
   * How validation runs the model (default `model.predict`): the inference rate, which sizes the
   * validation batch, is timed on it. ResNet-50 is validated as built (batch normalisation on the
   * batch's own statistics, src/models/evaluateAsBuilt.ts), which costs more than `predict`: timed
   * on `predict`, its validation batches took twice the 0.8 s they were sized to, and a Stop pressed
   * during validation waited as long.
   */
  predict?: (model: tf.LayersModel, xs: tf.Tensor) => tf.Tensor | tf.Tensor[];
}

/**
 * Measures how fast a model trains and runs on the running backend, on a throwaway model from
 * `createModel` (so the student's model and its optimizer are untouched) and random images of its
 * input shape: one warm-up step, then one timed training step and one timed prediction at the
 * training's batch size. (A smaller timed batch would not do: a step has a fixed cost, so images
 * per second at batch 1 say little about batch 64.) About two batches' time, plus building the
 * model. Leaves no tensor behind.
 */
export async function calibrateTraining(
  createModel: () => tf.LayersModel,
  {batchSize, warmUpBatch = batchSize, now = () => performance.now(), predict = modelPredict}: CalibrateOptions
): Promise<Calibration> {
  const started = now();
  const model = createModel();
  let imageShape: number[] = [];
  let classes = 0;
  const batch = (size: number) =>
    tf.tidy(() => [
      tf.randomUniform([size, ...imageShape], 0, 1),
      tf.oneHot(tf.randomUniform([size], 0, classes, "int32"), classes).toFloat()
    ]);
  try {
    if (!model.optimizer) throw new Error("calibrateTraining needs a compiled model");
    imageShape = (model.inputs[0].shape as number[]).slice(1);
    classes = (model.outputs[0].shape as number[]).at(-1)!;
    const warm = batch(warmUpBatch);
    try {
      await model.trainOnBatch(warm[0], warm[1]);
      await predictOnce(predict, model, warm[0]);
    } finally {
      tf.dispose(warm);
    }
    await yieldToEventLoop();
    const [xs, ys] = batch(batchSize);
    try {
      const stepStarted = now();
      await model.trainOnBatch(xs, ys);
      const trainSeconds = (now() - stepStarted) / 1000;
      await yieldToEventLoop();
      const predictStarted = now();
      await predictOnce(predict, model, xs);
      const inferenceSeconds = (now() - predictStarted) / 1000;
      return {
        backend: tf.getBackend(),
        train: batchSize / Math.max(trainSeconds, 1e-6),
        inference: batchSize / Math.max(inferenceSeconds, 1e-6),
        timedBatch: batchSize,
        seconds: (now() - started) / 1000
      };
    } finally {
      tf.dispose([xs, ys]);
    }
  } finally {
    // A model compiled with an optimizer object does not own it: its slots go separately.
    const optimizer = model.optimizer;
    model.dispose();
    optimizer?.dispose();
  }
}

const modelPredict = (model: tf.LayersModel, xs: tf.Tensor) => model.predict(xs);

async function predictOnce(
  predict: NonNullable<CalibrateOptions["predict"]>,
  model: tf.LayersModel,
  xs: tf.Tensor
): Promise<void> {
  const output = predict(model, xs);
  await Promise.all([output].flat().map((tensor) => tensor.data()));
  tf.dispose(output);
}
