import * as tf from "@convlab/tfjs";
import {createRequire} from "node:module";
import {dirname} from "node:path";
import {graderBaseline} from "../core/caches.js";
import {registerFastCpuConv} from "./cpu/conv2d.js";
import {registerWasmTrainingKernels} from "./wasm/register.js";

/** The tfjs backends that run in Node here (`tfjs-node` cannot be installed). */
export type NodeBackend = "cpu" | "wasm";

/** Options of {@link setupNodeTf}. */
export interface NodeTfOptions {
  /**
   * `cpu` (the default: plain JavaScript, deterministic, what the grader and the tests use) or
   * `wasm` (XNNPACK with SIMD, one thread in Node; with this library's training kernels).
   */
  backend?: NodeBackend;
}

// Loaded at run time, not imported: the grader's sandbox is bundled by esbuild, which must not
// inline the wasm backend (and a second tfjs-core) into the bundle.
const requireFromHere = createRequire(import.meta.url);

/**
 * Prepares tfjs in Node: production mode (no "install tfjs-node" banner, which cannot be installed
 * here anyway) and the chosen backend, `cpu` unless asked otherwise. Every Node entry point
 * (grader, sandbox, tests, benchmarks) calls this.
 */
export async function setupNodeTf({backend = "cpu"}: NodeTfOptions = {}): Promise<typeof tf> {
  if (backend !== "cpu" && backend !== "wasm")
    throw new Error(`unknown tfjs backend '${String(backend)}' (Node has 'cpu' and 'wasm')`);
  tf.enableProdMode();
  if (backend === "wasm") loadWasmBackend();
  if (!(await tf.setBackend(backend))) throw new Error(`the tfjs '${backend}' backend failed to start`);
  await tf.ready();
  // The same sums as tfjs's cpu convolution, faster (see cpu/conv2d.ts); the sandbox's realm does the same.
  registerFastCpuConv(!graderBaseline());
  return tf;
}

function loadWasmBackend(): void {
  const wasm = requireFromHere("@tensorflow/tfjs-backend-wasm") as typeof import("@tensorflow/tfjs-backend-wasm");
  // A folder prefix, read with fs in Node; the SIMD binary is picked when the runtime has SIMD.
  wasm.setWasmPaths(
    `${dirname(requireFromHere.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"))}/`
  );
  registerWasmTrainingKernels();
}
