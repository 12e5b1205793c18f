import * as tf from "@convlab/tfjs";
import {runningBackend, setupBrowserTf} from "../src/backends/browser.js";
import {registerWasmTrainingKernels} from "../src/backends/wasm/register.js";
import {convolutionGflops, measureTfjs, profileTrainingStep, type Budget, type Job, type Mode} from "./trainingStep.js";

// The page of `npm run bench training`'s Chromium column, bundled by bench/chromiumTraining.ts with
// esbuild: tfjs started as every lesson starts it (setupBrowserTf: wasm with SIMD, with threads when
// the page is cross-origin isolated and tfjs would use more than one, and this library's training
// kernels), then the same steps the Node column times (bench/trainingStep.ts). The bench drives it through `window.convlabBench`.
// With `?threads=N` it starts the wasm backend itself instead, as browser.ts does but asking tfjs
// for N threads. tfjs caps its threads at half of navigator.hardwareConcurrency (it takes the other half
// for hyper-threads: one thread on a 2-core machine, whatever setThreadsCount asks), so this page also
// tells it there are 2N logical cores. A measurement of what threads would give, not what a lesson runs.

/** What the page ran on. */
export interface PageEnvironment {
  crossOriginIsolated: boolean;
  backend: string;
  simd: boolean;
  threads: number;
  /** WebAssembly threads are usable here (shared wasm memory), whether or not the backend uses them. */
  threadsSupported: boolean;
  hardwareConcurrency: number;
  userAgent: string;
}

type WasmBackendModule = typeof import("@tensorflow/tfjs-backend-wasm");

/** The browser's own figure, read before {@link startWasm} overrides it. */
const hardwareConcurrency = navigator.hardwareConcurrency;

/** The wasm backend on `threads` threads, loaded as src/backends/browser.ts loads it, with the same kernels. */
async function startWasm(
  threads: number
): Promise<Omit<PageEnvironment, "crossOriginIsolated" | "hardwareConcurrency" | "userAgent">> {
  const source = await (await fetch("/tf-backend-wasm.es2017.min.js")).text();
  const scope = globalThis as {tf?: unknown};
  const host: Record<string, unknown> = {...tf};
  scope.tf = host;
  try {
    (0, eval)(`${source}\n//# sourceURL=tf-backend-wasm.es2017.min.js`);
  } finally {
    delete scope.tf;
  }
  const wasm = host.wasm as WasmBackendModule;
  const binaries = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"];
  wasm.setWasmPaths(Object.fromEntries(binaries.map((name) => [name, `/wasm/${name}`])));
  wasm.setThreadsCount(threads);
  Object.defineProperty(navigator, "hardwareConcurrency", {configurable: true, get: () => 2 * threads});
  registerWasmTrainingKernels();
  if (!(await tf.setBackend("wasm"))) throw new Error("the wasm backend did not start");
  await tf.ready();
  return {
    backend: tf.getBackend(),
    simd: Boolean(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT")),
    threads: wasm.getThreadsCount(),
    threadsSupported: Boolean(await tf.env().getAsync("WASM_HAS_MULTITHREAD_SUPPORT"))
  };
}

/** Whether this page could run WebAssembly threads: the lesson's backend leaves them out below 4 cores. */
function wasmThreadsAvailable(): boolean {
  try {
    const memory = new WebAssembly.Memory({initial: 1, maximum: 1, shared: true});
    return globalThis.crossOriginIsolated === true && memory.buffer instanceof SharedArrayBuffer;
  } catch {
    return false;
  }
}

const threadsAsked = Number(new URLSearchParams(location.search).get("threads") ?? 0);
const started = threadsAsked > 0 ? startWasm(threadsAsked) : setupBrowserTf().then(() => runningBackend());
const log = (line: string) => console.log(line);

const bench = {
  async environment(): Promise<PageEnvironment> {
    const running = await started;
    return {
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      backend: "name" in running ? running.name : running.backend,
      simd: running.simd,
      threads: running.threads,
      threadsSupported: "threadsSupported" in running ? running.threadsSupported : wasmThreadsAvailable(),
      hardwareConcurrency,
      userAgent: navigator.userAgent
    };
  },
  async measure(job: Job, modes: Mode[], budget: Budget) {
    await started;
    return measureTfjs(tf, job, modes, budget, log);
  },
  async profile(job: Job) {
    await started;
    return profileTrainingStep(tf, job);
  },
  async convolutionGflops() {
    await started;
    return convolutionGflops(tf);
  }
};
(globalThis as {convlabBench?: typeof bench}).convlabBench = bench;
