import * as tf from "@convlab/tfjs";
import {runningBackend, setupBrowserTf} from "../src/backends/browser.js";
import {convolutionGflops, measureTfjs, profileTrainingStep, type Budget, type Job, type Mode} from "./trainingStep.js";

// The page of `npm run bench training`'s Chromium column, bundled by bench/chromiumTraining.ts with
// esbuild: tfjs started as every lesson starts it (setupBrowserTf: wasm with SIMD, with threads when
// the page is cross-origin isolated, and this library's training kernels), then the same steps the
// Node column times (bench/trainingStep.ts). The bench drives it through `window.convlabBench`.

/** What the page ran on. */
export interface PageEnvironment {
  crossOriginIsolated: boolean;
  backend: string;
  simd: boolean;
  threads: number;
  hardwareConcurrency: number;
  userAgent: string;
}

const started = setupBrowserTf();
const log = (line: string) => console.log(line);

const bench = {
  async environment(): Promise<PageEnvironment> {
    await started;
    const running = await runningBackend();
    return {
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      backend: running.name,
      simd: running.simd,
      threads: running.threads,
      hardwareConcurrency: navigator.hardwareConcurrency,
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
