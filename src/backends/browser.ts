import * as tf from "@convlab/tfjs";
import {registerWasmTrainingKernels} from "./wasm/register.js";

/**
 * The tfjs backends a page can run on, fastest first where each one works. `webgpu` counts only where
 * its package has registered itself with this page's tfjs (the course does not ship it yet): see
 * {@link availableBackends}.
 */
export const browserBackends = ["webgpu", "webgl", "wasm", "cpu"] as const;
export type BrowserBackend = (typeof browserBackends)[number];

/** What runs now, and what the browser offers. */
export interface RunningBackend {
  name: BrowserBackend;
  /** wasm: the binary was built with SIMD. */
  simd: boolean;
  /** wasm: worker threads in use (1 unless the page is cross-origin isolated and has 4 logical cores or more). */
  threads: number;
  /** webgl: the GPU's renderer, as the browser names it (a software one makes WebGL slower than wasm). */
  renderer?: string;
}

/** What decides the automatic choice; measured once by {@link probeCapabilities}. */
export interface Capabilities {
  /** WebGPU has an adapter that is a GPU, not a fallback or software one, and tfjs has its backend. */
  hardwareWebgpu?: boolean;
  /** WebGL works and is drawn by a GPU, not by a software renderer (SwiftShader, llvmpipe). */
  hardwareWebgl: boolean;
  webassembly: boolean;
}

/**
 * The backends to try, in order: a GPU's WebGPU, then a GPU's WebGL; then wasm (SIMD where the browser has it, threads
 * when the page is cross-origin isolated and tfjs would use more than one); then plain JavaScript. Measured in headless Chromium:
 * software WebGL is 45× slower than wasm at LeNet's forward pass, so it is never picked by itself.
 */
export function backendOrder({hardwareWebgpu = false, hardwareWebgl, webassembly}: Capabilities): BrowserBackend[] {
  return [
    ...(hardwareWebgpu ? ["webgpu" as const] : []),
    ...(hardwareWebgl ? ["webgl" as const] : []),
    ...(webassembly ? ["wasm" as const] : []),
    "cpu" as const
  ];
}

/** What `GPUAdapter.info` says about an adapter (the fields the choice reads). */
export interface WebgpuAdapterInfo {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  /** Chromium 131+: the adapter is a fallback (CPU) implementation. */
  isFallbackAdapter?: boolean;
}

/**
 * Whether a WebGPU adapter is software: marked as a fallback adapter (by `info.isFallbackAdapter` or the
 * older `adapter.isFallbackAdapter`), or named after a software rasterizer (SwiftShader, llvmpipe, lavapipe,
 * Microsoft's WARP) in its vendor, architecture, device or description.
 */
export function isSoftwareAdapter(info: WebgpuAdapterInfo, {isFallbackAdapter = false} = {}): boolean {
  if (isFallbackAdapter || info.isFallbackAdapter) return true;
  const names = [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(" ");
  return /swiftshader|llvmpipe|lavapipe|softpipe|software|basic render|\bwarp\b/i.test(names);
}

/** A minimal view of `navigator.gpu`, enough to ask for an adapter. */
interface GpuLike {
  requestAdapter(options?: {powerPreference?: string}): Promise<{
    info?: WebgpuAdapterInfo;
    isFallbackAdapter?: boolean;
    requestAdapterInfo?: () => Promise<WebgpuAdapterInfo>;
  } | null>;
}

/**
 * Whether WebGPU here has an adapter that is a GPU. False without `navigator.gpu`, without an adapter,
 * or with a fallback or software one.
 */
export async function hasHardwareWebgpu(
  gpu: GpuLike | undefined = (globalThis.navigator as {gpu?: GpuLike} | undefined)?.gpu
): Promise<boolean> {
  if (!gpu) return false;
  try {
    const adapter = await gpu.requestAdapter({powerPreference: "high-performance"});
    if (!adapter) return false;
    const info = adapter.info ?? (await adapter.requestAdapterInfo?.()) ?? {};
    return !isSoftwareAdapter(info, {isFallbackAdapter: adapter.isFallbackAdapter});
  } catch {
    return false;
  }
}

/** The backends this page's tfjs can start: webgpu only where its package registered it. */
export function availableBackends(): BrowserBackend[] {
  const registered = tf.engine().registryFactory as Record<string, unknown>;
  return browserBackends.filter((name) => name !== "webgpu" || name in registered);
}

const storageKey = "convlab.backend";

/** The backend the student chose last time on this site, if any. */
export function savedBackendChoice(): BrowserBackend | undefined {
  try {
    const saved = globalThis.localStorage?.getItem(storageKey);
    return browserBackends.find((name) => name === saved);
  } catch {
    return undefined;
  }
}

function saveBackendChoice(name: BrowserBackend | undefined): void {
  try {
    if (name) globalThis.localStorage?.setItem(storageKey, name);
    else globalThis.localStorage?.removeItem(storageKey);
  } catch {
    // Storage may be unavailable (private mode): the choice then lasts for this page only.
  }
}

/** WebGL's renderer string, or undefined where there is no WebGL. */
function webglRenderer(): string | undefined {
  if (typeof document === "undefined") return undefined;
  const gl =
    document.createElement("canvas").getContext("webgl2") ?? document.createElement("canvas").getContext("webgl");
  if (!gl) return undefined;
  const debug = gl.getExtension("WEBGL_debug_renderer_info");
  const renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return renderer;
}

/** Whether a WebGL renderer string names a software rasterizer. */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(renderer);
}

/** The probe of {@link webglRenderer}, as a worker's source: a WebGL context on an OffscreenCanvas. */
const rendererProbeSource = `
const gl = new OffscreenCanvas(1, 1).getContext("webgl2") ?? new OffscreenCanvas(1, 1).getContext("webgl");
let renderer = null;
if (gl) {
  const debug = gl.getExtension("WEBGL_debug_renderer_info");
  renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension("WEBGL_lose_context")?.loseContext();
}
postMessage({renderer});
`;

/**
 * WebGL's renderer string, asked in a throwaway worker: making a WebGL context costs 0.2 s or more of
 * the main thread when SwiftShader draws it (the page's first long task). On the page itself where the
 * browser has no Worker or OffscreenCanvas, or the worker fails.
 */
export async function webglRendererOffThread(): Promise<string | undefined> {
  if (typeof Worker === "undefined" || typeof OffscreenCanvas === "undefined" || typeof Blob === "undefined")
    return webglRenderer();
  const url = URL.createObjectURL(new Blob([rendererProbeSource], {type: "text/javascript"}));
  try {
    const worker = new Worker(url, {name: "webgl-probe"});
    try {
      const answer = await new Promise<{renderer: string | null}>((resolve, reject) => {
        worker.addEventListener("message", (event) => resolve(event.data), {once: true});
        worker.addEventListener("error", () => reject(new Error("the WebGL probe failed")), {once: true});
      });
      return answer.renderer ?? undefined;
    } finally {
      worker.terminate();
    }
  } catch {
    return webglRenderer();
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** What this browser offers (WebGPU and WebGL drawn by a GPU, WebAssembly). */
export async function probeCapabilities(): Promise<Capabilities> {
  const renderer = await webglRendererOffThread();
  return {
    hardwareWebgpu: availableBackends().includes("webgpu") && (await hasHardwareWebgpu()),
    hardwareWebgl: renderer !== undefined && !isSoftwareRenderer(renderer),
    webassembly: typeof WebAssembly === "object"
  };
}

/**
 * Whether tfjs's threaded wasm build would run on more than one thread here: it uses half the logical
 * cores (the other half taken for hyper-threads), so a machine needs 4 for it to use 2. Measured on 2
 * cores, the threaded build gave one thread and started a pool of 8 workers as it loaded.
 */
export function wasmThreadsWorthIt(logicalCores: number | undefined): boolean {
  return Math.floor((logicalCores ?? 1) / 2) >= 2;
}

/** What tfjs-backend-wasm's classic-script build puts in `tf.wasm`. */
type WasmBackendModule = typeof import("@tensorflow/tfjs-backend-wasm");

let wasmLoaded: Promise<WasmBackendModule> | undefined;

/**
 * Loads the wasm backend once, with its binaries served by the site itself and this library's
 * training kernels registered. Threads need a cross-origin isolated page (COOP and COEP headers);
 * tfjs then uses half the logical cores (at most 8), taking the other half for hyper-threads.
 *
 * The backend comes from the package's classic-script build, run against this page's tfjs: the
 * package's ES module builds import Node's `fs` (which Framework leaves unresolved in the browser)
 * and would bring a second copy of tfjs-core.
 */
function loadWasmBackend(): Promise<WasmBackendModule> {
  wasmLoaded ??= (async () => {
    const {wasmBackendScript} = await import("./wasmBackendScript.js");
    const wasm = runWithGlobalTf(await wasmBackendScript());
    // Framework rewrites these calls to the files it copies into the built site.
    wasm.setWasmPaths({
      "tfjs-backend-wasm.wasm": import.meta.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"),
      "tfjs-backend-wasm-simd.wasm": import.meta
        .resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm"),
      "tfjs-backend-wasm-threaded-simd.wasm": import.meta
        .resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm")
    });
    registerWasmTrainingKernels();
    // Threads only where tfjs would use more than one: otherwise its threaded build still starts a
    // pool of 8 workers, each loading the backend's script and the wasm, on a machine of 2 cores.
    if (!wasmThreadsWorthIt(navigator.hardwareConcurrency)) tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
    return wasm;
  })();
  wasmLoaded.catch(() => (wasmLoaded = undefined));
  return wasmLoaded;
}

/**
 * Runs a tfjs UMD build, which reads tfjs from `globalThis.tf` and adds itself there: here a plain
 * copy of this page's tfjs (a module namespace cannot take new properties), removed afterwards.
 */
function runWithGlobalTf(source: string): WasmBackendModule {
  const scope = globalThis as {tf?: unknown};
  const previous = scope.tf;
  const host: Record<string, unknown> = {...tf};
  scope.tf = host;
  try {
    // Indirect eval: the global scope a classic <script> would run in.
    (0, eval)(`${source}\n//# sourceURL=tf-backend-wasm.es2017.min.js`);
  } finally {
    if (previous === undefined) delete scope.tf;
    else scope.tf = previous;
  }
  if (!host.wasm) throw new Error("the wasm backend's script did not register itself");
  return host.wasm as WasmBackendModule;
}

/** Describes the backend that runs now. */
export async function runningBackend(): Promise<RunningBackend> {
  await tf.ready();
  const name = tf.getBackend() as BrowserBackend;
  if (name === "wasm") {
    const wasm = await loadWasmBackend();
    return {name, simd: Boolean(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT")), threads: wasm.getThreadsCount()};
  }
  return {name, simd: false, threads: 1, ...(name === "webgl" ? {renderer: webglRenderer()} : {})};
}

/**
 * Switches tfjs to `name` (loading wasm on first use) and remembers the choice on this site.
 * Resolves to false, keeping the current backend, when `name` does not start in this browser.
 */
export async function useBackend(name: BrowserBackend, {remember = true}: {remember?: boolean} = {}): Promise<boolean> {
  if (!browserBackends.includes(name))
    throw new Error(`unknown tfjs backend '${String(name)}' (the browser has ${browserBackends.join(", ")})`);
  let started: boolean;
  try {
    if (name === "wasm") await loadWasmBackend();
    started = await tf.setBackend(name);
  } catch {
    started = false;
  }
  if (started) await tf.ready();
  if (started && remember) saveBackendChoice(name);
  return started;
}

/** Forgets the student's choice: the next {@link setupBrowserTf} picks automatically again. */
export function forgetBackendChoice(): void {
  saveBackendChoice(undefined);
}

/** Starts the fastest backend that works here ({@link backendOrder}), whatever was chosen before. */
export async function useFastestBackend(): Promise<RunningBackend> {
  for (const name of backendOrder(await probeCapabilities())) {
    if (await useBackend(name, {remember: false})) return runningBackend();
  }
  throw new Error("no TensorFlow.js backend starts in this browser");
}

let setup: Promise<RunningBackend> | undefined;

/**
 * Starts tfjs in the browser: on the student's saved choice if it starts, else on the fastest
 * backend that works here. Every page may call it; it runs once per page.
 */
export function setupBrowserTf(): Promise<RunningBackend> {
  setup ??= (async () => {
    const saved = savedBackendChoice();
    if (saved && (await useBackend(saved, {remember: false}))) return runningBackend();
    return useFastestBackend();
  })();
  return setup;
}
