import type * as tfjs from "@convlab/tfjs";
import type {TF} from "../../../src/exercises/types.js";

/** What a computation gave on one backend. */
export interface Outcome {
  shape: number[];
  values: Float32Array;
}

/** Runs `compute` on `wasm` (where the test runs) and on `cpu` (the reference), and returns both outcomes. */
export async function onWasmAndCpu(tf: TF, compute: () => tfjs.Tensor): Promise<{wasm: Outcome; cpu: Outcome}> {
  const run = async (backend: string): Promise<Outcome> => {
    await tf.setBackend(backend);
    const result = compute();
    const outcome = {shape: result.shape, values: Float32Array.from(await result.data())};
    result.dispose();
    return outcome;
  };
  const cpu = await run("cpu");
  const wasm = await run("wasm");
  return {wasm, cpu};
}

/** The largest absolute difference, relative to the largest reference value (0 for two empty arrays). */
export function relativeDifference(values: ArrayLike<number>, reference: ArrayLike<number>): number {
  let difference = 0;
  let scale = 0;
  for (let i = 0; i < reference.length; ++i) {
    difference = Math.max(difference, Math.abs(values[i] - reference[i]));
    scale = Math.max(scale, Math.abs(reference[i]));
  }
  return scale === 0 ? difference : difference / scale;
}

/** `size` numbers in [-1, 1) from a small seeded generator (mulberry32), the same on every backend. */
export function seededValues(size: number, seed: number): Float32Array {
  const values = new Float32Array(size);
  let state = seed >>> 0;
  for (let i = 0; i < size; ++i) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    values[i] = ((t ^ (t >>> 14)) >>> 0) / 2 ** 31 - 1;
  }
  return values;
}

/** Runs `compute` with the wasm kernel `name` counting its calls (kernels called from kernels included). */
export function countingCalls<T>(tf: TF, name: string, compute: () => T): {result: T; calls: number} {
  const original = tf.getKernel(name, "wasm");
  if (!original) throw new Error(`no wasm kernel '${name}'`);
  let calls = 0;
  tf.unregisterKernel(name, "wasm");
  tf.registerKernel({...original, kernelFunc: (args) => (++calls, original.kernelFunc(args))});
  try {
    return {result: compute(), calls};
  } finally {
    tf.unregisterKernel(name, "wasm");
    tf.registerKernel(original);
  }
}
