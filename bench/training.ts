import {spawnSync} from "node:child_process";
import {cpus, loadavg} from "node:os";
import {join} from "node:path";
import {setupNodeTf} from "../src/backends/node.js";
import {projectRoot} from "../test/e2e/site.js";
import {againstGoal, measureInChromium, type ChromiumRun} from "./chromiumTraining.js";
import {printTable} from "./measure.js";
import {
  convolutionGflops,
  figure,
  measureTfjs,
  profileTrainingStep,
  shapes,
  type Job,
  type KernelTime,
  type Mode,
  type Rate
} from "./trainingStep.js";

// npm run bench training: training and inference speed of the course's two networks on tfjs `cpu`,
// tfjs `wasm` (with src/backends/wasm's kernels) and, when Debian's python3-torch is installed,
// PyTorch on the CPU: side by side, in one run, on this machine. PyTorch is a yardstick only.
// The Chromium column runs the same steps in headless Chromium (bench/chromiumTraining.ts), on the
// backend a lesson starts, against issue 12's goals.

interface TorchRun {
  torch: string;
  threads: number;
  rows: Rate[];
  convolutionGflops: number;
}

const python = "/usr/bin/python3";
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

const find = (rates: Rate[] | string | undefined, model: Job["model"], batch: number, mode: Mode) =>
  typeof rates === "string"
    ? undefined
    : rates?.find((r) => r.model === model && r.batch === batch && r.mode === mode)?.imagesPerSecond;
const loadAverage = () =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(" ");
const ratio = (value: number | undefined, reference: number | undefined) =>
  value === undefined || !reference ? "—" : `${(value / reference).toFixed(2)}×`;

/** Issue 12's goals for training in the browser: Chromium's images per second ÷ PyTorch's, same threads. */
const chromiumGoals: Record<Job["model"], number> = {lenet: 0.5, resnet50: 0.3};

/** Node's profile of a training step beside Chromium's, kernel by kernel (the largest of either first). */
function profileRows(node: KernelTime[], chromium: KernelTime[] | undefined): Array<Record<string, string>> {
  const nodeTotal = node.reduce((sum, {ms}) => sum + ms, 0);
  const chromiumTotal = chromium?.reduce((sum, {ms}) => sum + ms, 0) ?? 0;
  const names = [...new Set([...node.slice(0, 8), ...(chromium ?? []).slice(0, 8)].map(({kernel}) => kernel))];
  const ms = (kernels: KernelTime[] | undefined, name: string) => kernels?.find((k) => k.kernel === name)?.ms ?? 0;
  const share = (value: number, total: number) => (total ? `${((100 * value) / total).toFixed(0)}%` : "—");
  return names
    .sort((a, b) => Math.max(ms(node, b), ms(chromium, b)) - Math.max(ms(node, a), ms(chromium, a)))
    .map((kernel) => ({
      kernel,
      "Node ms": ms(node, kernel).toFixed(1),
      "Node share": share(ms(node, kernel), nodeTotal),
      ...(chromium
        ? {"Chromium ms": ms(chromium, kernel).toFixed(1), "Chromium share": share(ms(chromium, kernel), chromiumTotal)}
        : {})
    }));
}

/**
 * The whole comparison, printed as tables. BENCH_TRAINING_CHROMIUM_ONLY=1 keeps to the comparison of
 * issue 12 (Node wasm, Chromium and PyTorch on the two main jobs), without cpu, the batch sizes and the
 * shipped wasm backend.
 */
export async function benchTraining(): Promise<void> {
  const started = performance.now();
  const chromiumOnly = process.env.BENCH_TRAINING_CHROMIUM_ONLY === "1";
  const threads = cpus().length;
  console.log(
    `\nTraining speed on this machine: ${cpus()[0]?.model ?? "CPU"}, ${threads} logical cores; tfjs in Node runs on one thread (wasm threads need a browser).`
  );

  const wasmTf = await setupNodeTf({backend: "wasm"});
  const wasm: Rate[] = [];
  // A longer warm-up for LeNet than one step: its steps are short, and V8 compiles wasm's optimized
  // code in the background, which a loaded machine delays.
  const budgetOf = (job: Job) => (job.model === "resnet50" ? {seconds: 8, runs: 3} : {seconds: 4, warmUp: 10});
  for (const job of mainJobs)
    wasm.push(...(await measureTfjs(wasmTf, job, ["train", "infer"], budgetOf(job), progress)));

  // The same steps in a page, as a student without a GPU runs them.
  const chromium: ChromiumRun | string = await measureInChromium(
    mainJobs.map((job) => ({...job, modes: ["train", "infer"], budget: budgetOf(job)})),
    {profile: mainJobs, convolution: true, progress}
  );
  const page = typeof chromium === "object" ? chromium : undefined;
  const chromiumThreads = page?.environment.threads;
  // tfjs gives a page half the logical cores (one here on 2): what all of them would give, training only.
  const threaded =
    page && page.environment.threadsSupported && page.environment.threads < threads
      ? await measureInChromium(
          mainJobs.map((job) => ({...job, modes: ["train"], budget: budgetOf(job)})),
          {threads, progress}
        )
      : undefined;

  for (const job of chromiumOnly ? [] : scalingJobs) {
    const modes: Mode[] = job.model === "lenet" ? ["train", "infer"] : ["train"];
    wasm.push(...(await measureTfjs(wasmTf, job, modes, budgetOf(job), progress)));
  }
  const wasmGflops = await convolutionGflops(wasmTf);
  const profiles = [];
  for (const job of mainJobs) profiles.push({job, kernels: await profileTrainingStep(wasmTf, job)});
  const stock = chromiumOnly ? "not measured (BENCH_TRAINING_CHROMIUM_ONLY)" : stockWasmInference(mainJobs);

  const cpu: Rate[] = [];
  if (!chromiumOnly) {
    const cpuTf = await setupNodeTf({backend: "cpu"});
    cpu.push(
      ...(await measureTfjs(cpuTf, mainJobs[0], ["train", "infer"], {seconds: 5, runs: 1, warmUp: 1}, progress))
    );
    // Minutes per batch of 32 on cpu: inference is timed once; a training step at batch 32 takes
    // longer than the rest of this bench, so it is timed at batch 2 (cpu's rate barely depends on it).
    cpu.push(...(await measureTfjs(cpuTf, mainJobs[1], ["infer"], {seconds: 0, runs: 1, warmUp: 0}, progress)));
    const cpuResnetTraining = await measureTfjs(
      cpuTf,
      {model: "resnet50", batch: 2},
      ["train"],
      {seconds: 0, runs: 1, warmUp: 0},
      progress
    );
    cpu.push(...cpuResnetTraining.map((rate) => ({...rate, batch: mainJobs[1].batch, measuredAtBatch: 2})));
  }

  progress("PyTorch");
  const torchOne = runPyTorch(1, chromiumOnly ? mainJobs : [...mainJobs, ...scalingJobs]);
  const torchAll = threads > 1 ? runPyTorch(threads, mainJobs) : undefined;
  const torchNote =
    typeof torchOne === "string" ? `PyTorch: ${torchOne}` : `PyTorch ${torchOne.torch} (Debian python3-torch, oneDNN)`;
  const torchRate = (run: TorchRun | string | undefined, model: Job["model"], batch: number, mode: Mode) =>
    typeof run === "object" ? find(run.rows, model, batch, mode) : undefined;
  const chromiumColumn = `Chromium wasm, ${chromiumThreads ?? "?"} thread${chromiumThreads === 1 ? "" : "s"}`;

  const rows: Array<Record<string, string>> = [];
  for (const {model, batch} of mainJobs) {
    for (const mode of ["train", "infer"] as const) {
      const wasmRate = find(wasm, model, batch, mode);
      const chromiumRate = find(page?.rates, model, batch, mode);
      const torch1 = torchRate(torchOne, model, batch, mode);
      const torchN = torchRate(torchAll, model, batch, mode);
      const cpuRate = cpu.find((r) => r.model === model && r.batch === batch && r.mode === mode);
      rows.push({
        work: `${shapes[model].title}, batch ${batch}, ${mode === "train" ? "training" : "inference"}`,
        ...(chromiumOnly
          ? {}
          : {
              "tfjs cpu":
                figure(cpuRate?.imagesPerSecond) +
                (cpuRate?.measuredAtBatch ? ` (at batch ${cpuRate.measuredAtBatch})` : ""),
              "tfjs wasm as shipped": mode === "infer" ? figure(find(stock, model, batch, mode)) : "fails"
            }),
        "Node wasm, ConvLab": figure(wasmRate),
        [chromiumColumn]: figure(chromiumRate),
        "PyTorch, 1 thread": figure(torch1),
        [`PyTorch, ${threads} threads`]: figure(torchN),
        "Node ÷ PyTorch 1": ratio(wasmRate, torch1),
        [`Node ÷ PyTorch ${threads}`]: ratio(wasmRate, torchN),
        [`Chromium ÷ PyTorch ${chromiumThreads ?? "?"}`]: ratio(
          chromiumRate,
          torchRate(
            chromiumThreads === 1 ? torchOne : chromiumThreads === threads ? torchAll : undefined,
            model,
            batch,
            mode
          )
        )
      });
    }
  }
  printTable(`Images per second at the fastest step (${torchNote}; load average ${loadAverage()})`, rows);
  if (typeof stock === "string") console.log(`tfjs wasm as shipped: ${stock}`);

  // Issue 12, item 5: training in the browser against PyTorch on as many threads.
  const describe = (run: ChromiumRun | string | undefined, what: string) => {
    if (typeof run !== "object") return `\n${what}: not measured: ${run}`;
    const {environment} = run;
    return (
      `\n${what}: ${environment.userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? "Chromium"}, headless, no GPU; ` +
      `cross-origin isolated: ${environment.crossOriginIsolated ? "yes" : "NO"}; backend ${environment.backend}` +
      `${environment.simd ? " with SIMD" : " without SIMD"}, ${environment.threads} wasm thread${environment.threads === 1 ? "" : "s"}` +
      ` (WebAssembly threads ${environment.threadsSupported ? "available" : "unavailable"}; navigator.hardwareConcurrency ${environment.hardwareConcurrency}).`
    );
  };
  console.log(describe(chromium, "Chromium column (the backend a lesson starts: setupBrowserTf)"));
  if (threaded)
    console.log(
      describe(
        threaded,
        `Chromium with ${threads} threads (tfjs's setThreadsCount, and hardwareConcurrency doubled past tfjs's cap of half the cores)`
      )
    );
  const goalRows: Array<Record<string, string>> = [];
  for (const [run, label] of [
    [page, "as a lesson starts it"],
    [typeof threaded === "object" ? threaded : undefined, `${threads} threads asked`]
  ] as const) {
    if (!run) continue;
    const used = run.environment.threads;
    const torchRun = used === 1 ? torchOne : used === threads ? torchAll : runPyTorch(used, mainJobs);
    for (const {model, batch} of mainJobs) {
      const torch = torchRate(torchRun, model, batch, "train");
      const chromiumRate = find(run.rates, model, batch, "train");
      goalRows.push({
        work: `${shapes[model].title}, batch ${batch}, training`,
        page: label,
        "wasm threads": String(used),
        "Node wasm (1 thread)": figure(find(wasm, model, batch, "train")),
        Chromium: figure(chromiumRate),
        "PyTorch, same threads": typeof torchRun === "object" ? figure(torch) : `— (${torchRun})`,
        "Node ÷ PyTorch": ratio(find(wasm, model, batch, "train"), torch),
        "Chromium ÷ PyTorch": ratio(chromiumRate, torch),
        goal: againstGoal(chromiumRate, torch, chromiumGoals[model])
      });
    }
  }
  if (goalRows.length)
    printTable(
      `Training in the browser against PyTorch on as many threads (issue 12 goals: LeNet ${chromiumGoals.lenet}×, ResNet-50 ${chromiumGoals.resnet50}×)`,
      goalRows
    );

  if (!chromiumOnly) {
    const scaling: Array<Record<string, string>> = [];
    for (const job of [...scalingJobs, ...mainJobs].sort(
      (a, b) => a.model.localeCompare(b.model) || a.batch - b.batch
    )) {
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
    printTable("Images per second by batch size (Node)", scaling);
  }

  for (const {job, kernels} of profiles) {
    const inPage = page?.profiles.find((p) => p.job.model === job.model && p.job.batch === job.batch)?.kernels;
    const total = (list: KernelTime[] | undefined) => list?.reduce((sum, {ms}) => sum + ms, 0).toFixed(0) ?? "—";
    printTable(
      `Where a wasm training step goes: ${shapes[job.model].title}, batch ${job.batch} (kernel time: Node ${total(kernels)} ms, Chromium ${total(inPage)} ms)`,
      profileRows(kernels, inPage)
    );
  }

  printTable("What bounds ResNet-50: one 3×3 convolution, 32×16×16×64 → 64, forward", [
    {engine: "tfjs wasm in Node (XNNPACK, 128-bit SIMD, 1 thread)", "GFLOP/s": wasmGflops.toFixed(1)},
    ...(page?.convolutionGflops
      ? [
          {
            engine: `tfjs wasm in Chromium (${page.environment.threads} thread${page.environment.threads === 1 ? "" : "s"})`,
            "GFLOP/s": page.convolutionGflops.toFixed(1)
          }
        ]
      : []),
    {
      engine: "PyTorch, 1 thread (oneDNN)",
      "GFLOP/s": typeof torchOne === "string" ? "—" : torchOne.convolutionGflops.toFixed(1)
    },
    ...(typeof torchAll === "object"
      ? [{engine: `PyTorch, ${torchAll.threads} threads (oneDNN)`, "GFLOP/s": torchAll.convolutionGflops.toFixed(1)}]
      : [])
  ]);
  console.log(
    `(${((performance.now() - started) / 1000).toFixed(0)} s; load average at the end ${loadAverage()}; this machine is shared: compare figures within one run.)`
  );
}
