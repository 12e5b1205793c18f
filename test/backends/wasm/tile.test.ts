import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import type {TF} from "../../../src/exercises/types.js";
import {onWasmAndCpu, seededValues} from "./onBothBackends.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});

describe("Tile on wasm", () => {
  it.each<[string, number[], number[]]>([
    ["a batch-norm gradient's [1, 1, 1, C]", [1, 1, 1, 5], [3, 4, 2, 1]],
    ["every axis at once", [2, 3, 1, 2], [2, 1, 3, 2]],
    ["a vector", [4], [3]],
    ["a matrix, no repeat", [2, 3], [1, 1]],
    ["a zero repeat", [2, 2], [0, 3]]
  ])("repeats the input as cpu does: %s", async (_, shape, reps) => {
    const x = seededValues(
      shape.reduce((a, b) => a * b, 1),
      9
    );
    const {wasm, cpu} = await onWasmAndCpu(tf, () => tf.tile(tf.tensor(x, shape), reps));
    expect(wasm.shape).toEqual(cpu.shape);
    expect(Array.from(wasm.values)).toEqual(Array.from(cpu.values));
  });

  it("repeats int32 and bool tensors too", async () => {
    for (const dtype of ["int32", "bool"] as const) {
      const {wasm, cpu} = await onWasmAndCpu(tf, () =>
        tf.tile(
          tf.tensor2d(
            [
              [1, 0],
              [0, 1]
            ],
            [2, 2],
            dtype
          ),
          [2, 3]
        )
      );
      expect(Array.from(wasm.values)).toEqual(Array.from(cpu.values));
    }
  });
});
