import type * as tfjs from "@convlab/tfjs";
import {createLeNet} from "../src/models/leNet.js";
import {resNet50} from "./trainingModels.js";

// The training and inference steps `npm run bench training` times, and how it times them: shared by
// Node (bench/training.ts) and the Chromium page (bench/chromiumPage.ts), so that both columns measure
// the same work the same way. Nothing here may use Node: esbuild bundles it for the browser.

export type Model = "lenet" | "resnet50";
export type Mode = "train" | "infer";
export interface Job {
  model: Model;
  batch: number;
}
export interface Rate {
  model: Model;
  batch: number;
  mode: Mode;
  imagesPerSecond: number;
  /** When a rate stands for a batch it was not measured at. */
  measuredAtBatch?: number;
}
export interface Budget {
  seconds?: number;
  runs?: number;
  warmUp?: number;
}
export interface KernelTime {
  kernel: string;
  ms: number;
}

export const shapes: Record<Model, {input: [number, number, number]; classes: number; title: string}> = {
  lenet: {input: [32, 32, 1], classes: 10, title: "LeNet, 32×32×1"},
  resnet50: {input: [64, 64, 3], classes: 6, title: "ResNet-50, 64×64×3"}
};

/**
 * Runs `step` until `seconds` have passed and at least `runs` were timed, after `warmUp` untimed
 * runs; returns steps per second at the fastest step. These machines are shared: other processes
 * slow some steps down at random, and the fastest step is the figure they disturb least (PyTorch's
 * script measures the same way).
 */
export async function perSecond(
  step: () => Promise<void>,
  {seconds = 3, runs = 3, warmUp = 1}: Budget = {}
): Promise<number> {
  for (let i = 0; i < warmUp; ++i) await step();
  const start = performance.now();
  let fastest = Infinity;
  for (let done = 0; done < runs || performance.now() - start < seconds * 1000; ++done) {
    const stepStart = performance.now();
    await step();
    fastest = Math.min(fastest, performance.now() - stepStart);
  }
  return 1000 / fastest;
}

function buildModel(tf: typeof tfjs, model: Model): tfjs.LayersModel {
  return model === "lenet" ? createLeNet() : resNet50(tf);
}

function batchOf(tf: typeof tfjs, {model, batch}: Job) {
  const {input, classes} = shapes[model];
  const x = tf.randomNormal([batch, ...input], 0, 1, "float32", 1);
  const y = tf.oneHot(
    tf.tensor1d(
      Array.from({length: batch}, (_, i) => i % classes),
      "int32"
    ),
    classes
  );
  return {x, y};
}

/** Images per second of training steps (Adam, softmax cross-entropy) and of inference, as PyTorch's script measures them. */
export async function measureTfjs(
  tf: typeof tfjs,
  job: Job,
  modes: Mode[],
  budget: Budget = {},
  progress: (line: string) => void = () => {}
): Promise<Rate[]> {
  const {model, batch} = job;
  const network = buildModel(tf, model);
  const optimizer = tf.train.adam(1e-3);
  const {x, y} = batchOf(tf, job);
  // LeNet returns logits; the ResNet ends in softmax, as in the document.
  const loss = (output: tfjs.Tensor) =>
    (model === "lenet"
      ? tf.losses.softmaxCrossEntropy(y, output)
      : tf.metrics.categoricalCrossentropy(y, output).mean()) as tfjs.Scalar;
  const rates: Rate[] = [];
  try {
    for (const mode of modes) {
      const step =
        mode === "train"
          ? async () =>
              void (await optimizer
                .minimize(() => loss(network.apply(x, {training: true}) as tfjs.Tensor), true)!
                .data()
                .then(() => undefined))
          : async () => {
              const output = network.predict(x) as tfjs.Tensor;
              await output.data();
              output.dispose();
            };
      const imagesPerSecond = batch * (await perSecond(step, budget));
      progress(`${tf.getBackend()} ${model} batch ${batch} ${mode}: ${figure(imagesPerSecond)} images/s`);
      rates.push({model, batch, mode, imagesPerSecond});
    }
  } finally {
    tf.dispose([x, y]);
    network.dispose();
    optimizer.dispose();
  }
  return rates;
}

/** Where one training step spends its kernel time: the kernels, largest share first. */
export async function profileTrainingStep(tf: typeof tfjs, job: Job): Promise<KernelTime[]> {
  const network = buildModel(tf, job.model);
  const optimizer = tf.train.adam(1e-3);
  const {x, y} = batchOf(tf, job);
  const step = () =>
    optimizer.minimize(
      () => tf.losses.softmaxCrossEntropy(y, network.apply(x, {training: true}) as tfjs.Tensor) as tfjs.Scalar,
      true
    )!;
  tf.dispose(step());
  const profile = await tf.profile(async () => void (await step().data()));
  tf.dispose([x, y]);
  network.dispose();
  optimizer.dispose();
  const byKernel = new Map<string, number>();
  // "…__op" entries are ops that wrap kernels already counted (fused convolutions, losses).
  for (const {name, kernelTimeMs} of profile.kernels)
    if (!name.endsWith("__op")) byKernel.set(name, (byKernel.get(name) ?? 0) + Number(kernelTimeMs));
  return [...byKernel].map(([kernel, ms]) => ({kernel, ms})).sort((a, b) => b.ms - a.ms);
}

/** GFLOP/s of one 3×3 convolution, 32×16×16×64 → 64 (a ResNet-50 stage-2 layer): the bound on ResNet-50's speed. */
export async function convolutionGflops(tf: typeof tfjs): Promise<number> {
  const x = tf.randomNormal([32, 16, 16, 64]) as tfjs.Tensor4D;
  const filter = tf.randomNormal([3, 3, 64, 64]) as tfjs.Tensor4D;
  const runs = await perSecond(async () => {
    const y = tf.conv2d(x, filter, 1, "same");
    await y.data();
    y.dispose();
  });
  tf.dispose([x, filter]);
  return (2 * 32 * 16 * 16 * 64 * 64 * 9 * runs) / 1e9;
}

/** A rate as the tables print it: whole numbers from 100 up, two significant digits below. */
export const figure = (value: number | undefined) =>
  value === undefined
    ? "—"
    : value >= 100
      ? value.toLocaleString("en-US", {maximumFractionDigits: 0})
      : value.toPrecision(2);
