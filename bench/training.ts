import type * as tfjs from "@convlab/tfjs";
import {spawnSync} from "node:child_process";
import {cpus, loadavg} from "node:os";
import {join} from "node:path";
import {setupNodeTf} from "../src/backends/node.js";
import {createLeNet} from "../src/models/leNet.js";
import {projectRoot} from "../test/e2e/site.js";
import {printTable} from "./measure.js";
import {resNet50} from "./trainingModels.js";

// npm run bench training: training and inference speed of the course's two networks on tfjs `cpu`,
// tfjs `wasm` (with src/backends/wasm's kernels) and, when Debian's python3-torch is installed,
// PyTorch on the CPU: side by side, in one run, on this machine. PyTorch is a yardstick only.

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
interface TorchRun {
  torch: string;
  threads: number;
  rows: Rate[];
  convolutionGflops: number;
}

const python = "/usr/bin/python3";
const shapes: Record<Model, {input: [number, number, number]; classes: number; title: string}> = {
  lenet: {input: [32, 32, 1], classes: 10, title: "LeNet, 32×32×1"},
  resnet50: {input: [64, 64, 3], classes: 6, title: "ResNet-50, 64×64×3"}
};
const mainJobs: Job[] = [
  {model: "lenet", batch: 128},
  {model: "resnet50", batch: 32}
];
const scalingJobs: Job[] = [
  {model: "lenet", batch: 16},
  {model: "lenet", batch: 64},
  {model: "lenet", batch: 256},
  {model: "resnet50", batch: 8},
  {model: "resnet50", batch: 16}
];

/** A line on stderr while the bench runs (the tables go to stdout at the end). */
function progress(line: string): void {
  process.stderr.write(`  … ${line}\n`);
}

/**
 * Runs `step` until `seconds` have passed and at least `runs` were timed, after `warmUp` untimed
 * runs; returns steps per second at the fastest step. These machines are shared: other processes
 * slow some steps down at random, and the fastest step is the figure they disturb least (PyTorch's
 * script measures the same way).
 */
async function perSecond(step: () => Promise<void>, {seconds = 3, runs = 3, warmUp = 1} = {}): Promise<number> {
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

/** Images per second of training steps (Adam, softmax cross-entropy) and of inference, as PyTorch's script measures them. */
export async function measureTfjs(
  tf: typeof tfjs,
  {model, batch}: Job,
  modes: Mode[],
  budget: {seconds?: number; runs?: number; warmUp?: number} = {}
): Promise<Rate[]> {
  const {input, classes} = shapes[model];
  const network = buildModel(tf, model);
  const optimizer = tf.train.adam(1e-3);
  const x = tf.randomNormal([batch, ...input], 0, 1, "float32", 1);
  const y = tf.oneHot(
    tf.tensor1d(
      Array.from({length: batch}, (_, i) => i % classes),
      "int32"
    ),
    classes
  );
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

/** Where one wasm training step spends its kernel time: the kernels, largest share first. */
async function profileTrainingStep(tf: typeof tfjs, {model, batch}: Job): Promise<Array<{kernel: string; ms: number}>> {
  const {input, classes} = shapes[model];
  const network = buildModel(tf, model);
  const optimizer = tf.train.adam(1e-3);
  const x = tf.randomNormal([batch, ...input]);
  const y = tf.oneHot(
    tf.tensor1d(
      Array.from({length: batch}, (_, i) => i % classes),
      "int32"
    ),
    classes
  );
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
async function convolutionGflops(tf: typeof tfjs): Promise<number> {
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

function runPyTorch(threads: number, jobs: Job[]): TorchRun | string {
  const probe = spawnSync(python, ["-c", "import torch"], {encoding: "utf8"});
  if (probe.error || probe.status !== 0) return "not installed";
  const result = spawnSync(
    python,
    [join(projectRoot, "bench", "pytorch_training.py"), JSON.stringify({threads, seconds: 3, jobs})],
    {encoding: "utf8", maxBuffer: 1 << 20}
  );
  if (result.status !== 0) return `failed: ${result.stderr.trim().split("\n").pop()}`;
  return JSON.parse(result.stdout) as TorchRun;
}

/** Inference on the wasm backend as tfjs ships it, in a child process that never registers this library's kernels. */
function stockWasmInference(jobs: Job[]): Rate[] | string {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", join(projectRoot, "bench", "stockWasmInference.ts"), JSON.stringify(jobs)],
    {cwd: projectRoot, encoding: "utf8", maxBuffer: 1 << 20}
  );
  if (result.status !== 0) return `failed: ${result.stderr.trim().split("\n").pop()}`;
  return JSON.parse(result.stdout.trim().split("\n").pop()!) as Rate[];
}

const find = (rates: Rate[] | string | undefined, model: Model, batch: number, mode: Mode) =>
  typeof rates === "string"
    ? undefined
    : rates?.find((r) => r.model === model && r.batch === batch && r.mode === mode)?.imagesPerSecond;
const figure = (value: number | undefined) =>
  value === undefined
    ? "—"
    : value >= 100
      ? value.toLocaleString("en-US", {maximumFractionDigits: 0})
      : value.toPrecision(2);
const loadAverage = () =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(" ");
const ratio = (value: number | undefined, reference: number | undefined) =>
  value === undefined || !reference ? "—" : `${(value / reference).toFixed(2)}×`;

/** The whole comparison, printed as tables. */
export async function benchTraining(): Promise<void> {
  const started = performance.now();
  const threads = cpus().length;
  console.log(
    `\nTraining speed on this machine: ${cpus()[0]?.model ?? "CPU"}, ${threads} logical cores; tfjs in Node runs on one thread (wasm threads need a browser).`
  );

  const wasmTf = await setupNodeTf({backend: "wasm"});
  const wasm: Rate[] = [];
  for (const job of [...mainJobs, ...scalingJobs]) {
    const modes: Mode[] = mainJobs.includes(job) || job.model === "lenet" ? ["train", "infer"] : ["train"];
    wasm.push(...(await measureTfjs(wasmTf, job, modes, job.model === "resnet50" ? {seconds: 8, runs: 3} : {})));
  }
  const wasmGflops = await convolutionGflops(wasmTf);
  const profiles = [];
  for (const job of mainJobs) profiles.push({job, kernels: await profileTrainingStep(wasmTf, job)});
  const stock = stockWasmInference(mainJobs);

  const cpuTf = await setupNodeTf({backend: "cpu"});
  const cpu: Rate[] = [];
  cpu.push(...(await measureTfjs(cpuTf, mainJobs[0], ["train", "infer"], {seconds: 5, runs: 1, warmUp: 1})));
  // Minutes per batch of 32 on cpu: inference is timed once; a training step at batch 32 takes
  // longer than the rest of this bench, so it is timed at batch 2 (cpu's rate barely depends on it).
  cpu.push(...(await measureTfjs(cpuTf, mainJobs[1], ["infer"], {seconds: 0, runs: 1, warmUp: 0})));
  const cpuResnetTraining = await measureTfjs(cpuTf, {model: "resnet50", batch: 2}, ["train"], {
    seconds: 0,
    runs: 1,
    warmUp: 0
  });
  cpu.push(...cpuResnetTraining.map((rate) => ({...rate, batch: mainJobs[1].batch, measuredAtBatch: 2})));

  progress("PyTorch");
  const torchOne = runPyTorch(1, [...mainJobs, ...scalingJobs]);
  const torchAll = threads > 1 ? runPyTorch(threads, mainJobs) : undefined;
  const torchNote =
    typeof torchOne === "string" ? `PyTorch: ${torchOne}` : `PyTorch ${torchOne.torch} (Debian python3-torch, oneDNN)`;
  const torchRate = (run: TorchRun | string | undefined, model: Model, batch: number, mode: Mode) =>
    typeof run === "object" ? find(run.rows, model, batch, mode) : undefined;

  const rows: Array<Record<string, string>> = [];
  for (const {model, batch} of mainJobs) {
    for (const mode of ["train", "infer"] as const) {
      const wasmRate = find(wasm, model, batch, mode);
      const torch1 = torchRate(torchOne, model, batch, mode);
      const torchN = torchRate(torchAll, model, batch, mode);
      const cpuRate = cpu.find((r) => r.model === model && r.batch === batch && r.mode === mode);
      rows.push({
        work: `${shapes[model].title}, batch ${batch}, ${mode === "train" ? "training" : "inference"}`,
        "tfjs cpu":
          figure(cpuRate?.imagesPerSecond) + (cpuRate?.measuredAtBatch ? ` (at batch ${cpuRate.measuredAtBatch})` : ""),
        "tfjs wasm as shipped": mode === "infer" ? figure(find(stock, model, batch, mode)) : "fails",
        "tfjs wasm, ConvLab": figure(wasmRate),
        "PyTorch, 1 thread": figure(torch1),
        [`PyTorch, ${threads} threads`]: figure(torchN),
        "wasm ÷ PyTorch 1": ratio(wasmRate, torch1),
        [`wasm ÷ PyTorch ${threads}`]: ratio(wasmRate, torchN)
      });
    }
  }
  printTable(`Images per second at the fastest step (${torchNote}; load average ${loadAverage()})`, rows);
  if (typeof stock === "string") console.log(`tfjs wasm as shipped: ${stock}`);

  const scaling: Array<Record<string, string>> = [];
  for (const job of [...scalingJobs, ...mainJobs].sort((a, b) => a.model.localeCompare(b.model) || a.batch - b.batch)) {
    for (const mode of job.model === "lenet" ? (["train", "infer"] as const) : (["train"] as const)) {
      const wasmRate = find(wasm, job.model, job.batch, mode);
      const torch1 = torchRate(torchOne, job.model, job.batch, mode);
      scaling.push({
        work: `${shapes[job.model].title}, ${mode === "train" ? "training" : "inference"}`,
        batch: String(job.batch),
        "tfjs wasm": figure(wasmRate),
        "PyTorch, 1 thread": figure(torch1),
        "wasm ÷ PyTorch": ratio(wasmRate, torch1)
      });
    }
  }
  printTable("Images per second by batch size", scaling);

  for (const {job, kernels} of profiles) {
    const total = kernels.reduce((sum, {ms}) => sum + ms, 0);
    printTable(
      `Where a wasm training step goes: ${shapes[job.model].title}, batch ${job.batch} (kernel time ${total.toFixed(0)} ms)`,
      kernels
        .slice(0, 8)
        .map(({kernel, ms}) => ({kernel, ms: ms.toFixed(1), share: `${((100 * ms) / total).toFixed(0)}%`}))
    );
  }

  printTable("What bounds ResNet-50: one 3×3 convolution, 32×16×16×64 → 64, forward", [
    {engine: "tfjs wasm (XNNPACK, 128-bit SIMD, 1 thread)", "GFLOP/s": wasmGflops.toFixed(1)},
    {
      engine: "PyTorch, 1 thread (oneDNN)",
      "GFLOP/s": typeof torchOne === "string" ? "—" : torchOne.convolutionGflops.toFixed(1)
    },
    ...(typeof torchAll === "object"
      ? [{engine: `PyTorch, ${torchAll.threads} threads (oneDNN)`, "GFLOP/s": torchAll.convolutionGflops.toFixed(1)}]
      : [])
  ]);
  console.log(
    `(${((performance.now() - started) / 1000).toFixed(0)} s; this machine is shared: compare figures within one run.)`
  );
}
