import * as tf from "@convlab/tfjs";
import type {TrainingRates} from "./trainingPlan.js";
import {yieldToEventLoop} from "./yieldToEventLoop.js";

export interface Calibration extends TrainingRates {
  /** The tfjs backend the rates were measured on. */
  backend: string;
  /** Images in the batch that was timed. */
  timedBatch: number;
  /** Seconds the whole calibration took, model building and warm-up included. */
  seconds: number;
}

export interface CalibrateOptions {
  /** The batch size training will use: the timed batch never exceeds it. */
  batchSize: number;
  /** A timed step is long enough once it takes this long (default 0.25 s). */
  targetSeconds?: number;
  /**
   * Start from one image and grow the batch (default: on every backend but webgl and webgpu). Those
   * two compile a program for every new tensor shape (on a software GPU, minutes for ResNet-50): there
   * a single size, the training's own batch, is stepped, and training then reuses its programs.
   */
  growing?: boolean;
  /** The clock, in milliseconds (default performance.now). */
  now?: () => number;
}

/**
 * Measures how fast a model trains and runs on the running backend, on a throwaway model from
 * `createModel` (so the student's model and its optimizer are untouched) and random images of its
 * input shape. Each batch size is stepped twice, once to warm up (kernels compiled, memory
 * allocated) and once timed; the size grows fourfold from 1 until a timed step takes
 * `targetSeconds` or reaches `batchSize` (`growing`). A few seconds at most even for ResNet-50 on
 * a CPU, and a fraction of one for LeNet. Leaves no tensor behind.
 */
export async function calibrateTraining(
  createModel: () => tf.LayersModel,
  {
    batchSize,
    targetSeconds = 0.25,
    now = () => performance.now(),
    growing = !/^web(gl|gpu)$/.test(tf.getBackend())
  }: CalibrateOptions
): Promise<Calibration> {
  const started = now();
  const model = createModel();
  try {
    if (!model.optimizer) throw new Error("calibrateTraining needs a compiled model");
    const [, ...imageShape] = model.inputs[0].shape as number[];
    const classes = (model.outputs[0].shape as number[]).at(-1)!;
    let size = growing ? Math.min(batchSize, 1) : batchSize;
    let train = 0;
    let inference = 0;
    for (;;) {
      const [xs, ys] = tf.tidy(() => [
        tf.randomUniform([size, ...imageShape], 0, 1),
        tf.oneHot(tf.randomUniform([size], 0, classes, "int32"), classes).toFloat()
      ]);
      try {
        await model.trainOnBatch(xs, ys);
        await yieldToEventLoop();
        const stepStarted = now();
        await model.trainOnBatch(xs, ys);
        const trainSeconds = (now() - stepStarted) / 1000;
        await yieldToEventLoop();
        await predictOnce(model, xs);
        const predictStarted = now();
        await predictOnce(model, xs);
        const inferenceSeconds = (now() - predictStarted) / 1000;
        train = size / Math.max(trainSeconds, 1e-6);
        inference = size / Math.max(inferenceSeconds, 1e-6);
        if (trainSeconds >= targetSeconds || size >= batchSize)
          return {backend: tf.getBackend(), train, inference, timedBatch: size, seconds: (now() - started) / 1000};
      } finally {
        tf.dispose([xs, ys]);
      }
      await yieldToEventLoop();
      size = Math.min(batchSize, size * 4);
    }
  } finally {
    // A model compiled with an optimizer object does not own it: its slots go separately.
    const optimizer = model.optimizer;
    model.dispose();
    optimizer?.dispose();
  }
}

async function predictOnce(model: tf.LayersModel, xs: tf.Tensor): Promise<void> {
  const output = model.predict(xs) as tf.Tensor | tf.Tensor[];
  await Promise.all([output].flat().map((tensor) => tensor.data()));
  tf.dispose(output);
}
