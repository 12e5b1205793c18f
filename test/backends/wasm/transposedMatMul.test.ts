import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import type {TF} from "../../../src/exercises/types.js";
import {onWasmAndCpu, relativeDifference, seededValues} from "./onBothBackends.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});

describe("BatchMatMul and _FusedMatMul on wasm", () => {
  it.each<[string, number[], number[], boolean, boolean]>([
    ["aᵀ·b", [7, 5], [7, 3], true, false],
    ["a·bᵀ", [5, 7], [3, 7], false, true],
    ["aᵀ·bᵀ", [7, 5], [3, 7], true, true],
    ["batched aᵀ·b", [2, 7, 5], [2, 7, 3], true, false],
    ["broadcast a·bᵀ", [1, 5, 7], [4, 3, 7], false, true],
    ["plain a·b", [5, 7], [7, 3], false, false]
  ])("multiplies as cpu does: %s", async (_, aShape, bShape, transposeA, transposeB) => {
    const a = seededValues(
      aShape.reduce((x, y) => x * y, 1),
      11
    );
    const b = seededValues(
      bShape.reduce((x, y) => x * y, 1),
      12
    );
    const {wasm, cpu} = await onWasmAndCpu(tf, () =>
      tf.matMul(tf.tensor(a, aShape), tf.tensor(b, bShape), transposeA, transposeB)
    );
    expect(wasm.shape).toEqual(cpu.shape);
    expect(relativeDifference(wasm.values, cpu.values)).toBeLessThan(1e-6);
  });

  it("keeps bias and activation of a fused product with a transposed operand", async () => {
    const {wasm, cpu} = await onWasmAndCpu(tf, () =>
      tf.fused.matMul({
        a: tf.tensor2d(seededValues(12, 13), [4, 3]),
        b: tf.tensor2d(seededValues(8, 14), [2, 4]),
        transposeA: true,
        transposeB: true,
        bias: tf.tensor1d([0.5, -0.5]),
        activation: "relu"
      })
    );
    expect(relativeDifference(wasm.values, cpu.values)).toBeLessThan(1e-6);
  });
});
