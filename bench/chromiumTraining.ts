import {build, type Plugin} from "esbuild";
import {access, copyFile, mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import {createRequire} from "node:module";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import type {Page} from "playwright-core";
import {crossOriginIsolationHeaders} from "../scripts/crossOriginIsolation.js";
import {chromiumPath, launchChromium} from "../test/e2e/chromium.js";
import {projectRoot} from "../test/e2e/site.js";
import {serveSite} from "../scripts/serveSite.js";
import {hangCeilingMs} from "../test/hangCeiling.js";
import type {PageEnvironment} from "./chromiumPage.js";
import type {Budget, Job, KernelTime, Mode, Rate} from "./trainingStep.js";

// `npm run bench training`'s Chromium column: bench/chromiumPage.ts bundled with esbuild into a page
// of its own, served with the headers that make it cross-origin isolated (as the course's site is),
// and driven in headless Debian Chromium (CHROMIUM_PATH, else /usr/bin/chromium) with playwright-core.

export interface ChromiumJob extends Job {
  modes: Mode[];
  budget?: Budget;
}
export interface ChromiumRun {
  environment: PageEnvironment;
  rates: Rate[];
  profiles: Array<{job: Job; kernels: KernelTime[]}>;
  convolutionGflops?: number;
}

const requireFromHere = createRequire(import.meta.url);
const wasmDist = dirname(requireFromHere.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"));
const wasmBinaries = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"];

/**
 * The page loads the wasm backend as a lesson does, through src/backends/browser.ts; two things
 * Framework provides there come from this page instead: the backend's classic script (a file
 * attachment in the site, fetched here) and the binaries' URLs (`import.meta.resolve` of the
 * package's files, mapped to /wasm/ by the page's import map).
 */
const indexHtml = `<!doctype html>
<meta charset="utf-8">
<title>ConvLab: training speed</title>
<script type="importmap">${JSON.stringify({imports: {"@tensorflow/tfjs-backend-wasm/dist/": "/wasm/"}})}</script>
<script type="module" src="/page.js"></script>
`;
const wasmScriptStub: Plugin = {
  name: "convlab-wasm-backend-script",
  setup(esbuild) {
    esbuild.onResolve({filter: /\/wasmBackendScript\.js$/}, () => ({path: "wasmBackendScript", namespace: "bench"}));
    esbuild.onLoad({filter: /.*/, namespace: "bench"}, () => ({
      contents: `export const wasmBackendScript = () => fetch("/tf-backend-wasm.es2017.min.js").then((r) => r.text());`,
      loader: "js"
    }));
  }
};

/** Writes the page (index.html, its bundle, the wasm backend's script and binaries) into a new folder. */
async function buildPage(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "convlab-bench-"));
  try {
    await build({
      entryPoints: [join(projectRoot, "bench", "chromiumPage.ts")],
      outfile: join(root, "page.js"),
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      plugins: [wasmScriptStub],
      // Node's modules, which tfjs's bundle requires only when it runs in Node: left as calls that would throw.
      external: ["fs", "buffer", "string_decoder", "path", "os", "crypto", "worker_threads", "perf_hooks"],
      logLevel: "error"
    });
    await writeFile(join(root, "index.html"), indexHtml);
    await copyFile(join(wasmDist, "tf-backend-wasm.es2017.min.js"), join(root, "tf-backend-wasm.es2017.min.js"));
    await mkdir(join(root, "wasm"));
    for (const name of wasmBinaries) await copyFile(join(wasmDist, name), join(root, "wasm", name));
  } catch (error) {
    await rm(root, {recursive: true, force: true});
    throw error;
  }
  return root;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isRate = (value: number) => Number.isFinite(value) && value > 0;

/** The page's environment, checked field by field (a page that failed to start answers something else). */
export function readEnvironment(value: unknown): PageEnvironment {
  if (
    !isObject(value) ||
    typeof value.crossOriginIsolated !== "boolean" ||
    typeof value.backend !== "string" ||
    typeof value.simd !== "boolean" ||
    !Number.isInteger(value.threads) ||
    typeof value.threadsSupported !== "boolean" ||
    !Number.isInteger(value.hardwareConcurrency) ||
    typeof value.userAgent !== "string"
  )
    throw new Error(`the page did not describe its backend: ${JSON.stringify(value)?.slice(0, 200)}`);
  return value as unknown as PageEnvironment;
}

/** The page's rates for `job`: one per mode asked, each a positive number of images per second. */
export function readRates(value: unknown, job: ChromiumJob): Rate[] {
  const rates = Array.isArray(value) ? value : [];
  return job.modes.map((mode) => {
    const rate = rates.find((r) => isObject(r) && r.model === job.model && r.batch === job.batch && r.mode === mode);
    if (!isObject(rate) || typeof rate.imagesPerSecond !== "number" || !isRate(rate.imagesPerSecond))
      throw new Error(`the page measured no ${job.model} batch ${job.batch} ${mode} rate: ${JSON.stringify(value)}`);
    return {model: job.model, batch: job.batch, mode, imagesPerSecond: rate.imagesPerSecond};
  });
}

/** The kernel times of a profiled step, largest first, as the page returned them. */
export function readKernels(value: unknown): KernelTime[] {
  if (!Array.isArray(value)) throw new Error(`the page returned no profile: ${JSON.stringify(value)}`);
  return value
    .filter((k): k is KernelTime => isObject(k) && typeof k.kernel === "string" && Number.isFinite(k.ms))
    .map(({kernel, ms}) => ({kernel, ms}))
    .sort((a, b) => b.ms - a.ms);
}

/** Calls `convlabBench[method](...args)` in the page (an expression, not a function: tsx's helpers do not exist there). */
const call = (page: Page, method: string, ...args: unknown[]) =>
  page.evaluate(`window.convlabBench.${method}(${args.map((arg) => JSON.stringify(arg)).join(", ")})`);

/**
 * Times `jobs` (and profiles one training step of each of `profile`) in headless Chromium, on the
 * backend the page picks, as the Node column times them. Resolves to a sentence instead when
 * Chromium is missing or the page fails.
 */
export async function measureInChromium(
  jobs: ChromiumJob[],
  {
    profile = [],
    convolution = false,
    threads,
    progress = () => {}
  }: {
    profile?: Job[];
    convolution?: boolean;
    /** Asks tfjs for this many wasm threads instead of starting the backend as a lesson does. */
    threads?: number;
    progress?: (line: string) => void;
  } = {}
): Promise<ChromiumRun | string> {
  if (
    !(await access(chromiumPath).then(
      () => true,
      () => false
    ))
  )
    return `no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`;
  const root = await buildPage();
  const site = await serveSite(root, {headers: crossOriginIsolationHeaders});
  const browser = await launchChromium().catch((error: Error) => error);
  if (browser instanceof Error) {
    await site.close();
    await rm(root, {recursive: true, force: true});
    return `Chromium did not start: ${browser.message.split("\n")[0]}`;
  }
  const errors: string[] = [];
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(hangCeilingMs);
    page.on("console", (message) =>
      message.type() === "error" ? errors.push(message.text()) : progress(`Chromium: ${message.text()}`)
    );
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${site.url}/index.html${threads ? `?threads=${threads}` : ""}`);
    await page.waitForFunction("window.convlabBench !== undefined");
    const environment = readEnvironment(await call(page, "environment"));
    progress(
      `Chromium: ${environment.backend}, ${environment.threads} thread(s), cross-origin isolated: ${environment.crossOriginIsolated}`
    );
    const rates: Rate[] = [];
    for (const job of jobs)
      rates.push(
        ...readRates(
          await call(page, "measure", {model: job.model, batch: job.batch}, job.modes, job.budget ?? {}),
          job
        )
      );
    const profiles: ChromiumRun["profiles"] = [];
    for (const job of profile) profiles.push({job, kernels: readKernels(await call(page, "profile", job))});
    const gflops = convolution ? Number(await call(page, "convolutionGflops")) : undefined;
    return {environment, rates, profiles, convolutionGflops: gflops};
  } catch (error) {
    const detail = errors.length ? ` (page: ${errors.join("; ").slice(0, 300)})` : "";
    return `the Chromium page failed: ${String((error as Error).message ?? error).split("\n")[0]}${detail}`;
  } finally {
    await browser.close();
    await site.close();
    await rm(root, {recursive: true, force: true});
  }
}

/** A ratio against its goal, as the goals table prints it: "met: 0.55× ≥ 0.5×", "missed: 0.21× < 0.3×". */
export function againstGoal(value: number | undefined, reference: number | undefined, goal: number): string {
  if (value === undefined || !reference) return `— (goal ${goal}×)`;
  const ratio = value / reference;
  // Compared as printed: a ratio shown as 0.50× meets a goal of 0.5×.
  const shown = Number(ratio.toFixed(2));
  return shown >= goal ? `met: ${shown.toFixed(2)}× ≥ ${goal}×` : `missed: ${shown.toFixed(2)}× < ${goal}×`;
}
