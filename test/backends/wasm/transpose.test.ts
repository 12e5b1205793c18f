import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {collapsed} from "../../../src/backends/wasm/transpose.js";
import type {TF} from "../../../src/exercises/types.js";
import {onWasmAndCpu, seededValues} from "./onBothBackends.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});

const sizeOf = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

describe("Transpose on wasm", () => {
  it.each<[string, number[], number[]]>([
    ["a matrix wider than a tile, with ragged edges", [37, 53], [1, 0]],
    ["a filter gradient's channels to the front", [3, 5, 6, 4], [3, 1, 2, 0]],
    ["a filter gradient's taps to the front", [5, 6, 3, 4], [1, 2, 0, 3]],
    ["swapping the last two of a batch", [2, 3, 17, 19], [0, 1, 3, 2]],
    ["the last axis kept in place", [4, 5, 6], [1, 0, 2]],
    ["size-1 axes moved around", [1, 4, 1, 5], [2, 3, 0, 1]],
    ["axes that merge", [2, 3, 4, 5, 6], [2, 3, 4, 0, 1]],
    ["no change", [3, 4, 5], [0, 1, 2]],
    ["a scalar", [], []],
    ["an empty tensor", [3, 0, 2], [2, 0, 1]],
    ["six axes", [2, 3, 2, 3, 2, 3], [5, 3, 1, 4, 2, 0]]
  ])("moves every element where cpu moves it: %s", async (_, shape, perm) => {
    const x = seededValues(sizeOf(shape), 5);
    const {wasm, cpu} = await onWasmAndCpu(tf, () => tf.transpose(tf.tensor(x, shape), perm));
    expect(wasm.shape).toEqual(cpu.shape);
    expect(Array.from(wasm.values)).toEqual(Array.from(cpu.values));
  });

  it("moves int32 and bool tensors too", async () => {
    for (const dtype of ["int32", "bool"] as const) {
      const values = Array.from({length: 24}, (_, i) => (dtype === "bool" ? i % 3 === 0 : i * 7 - 50));
      const {wasm, cpu} = await onWasmAndCpu(tf, () =>
        tf.transpose(tf.tensor(values as number[], [2, 3, 4], dtype), [2, 0, 1])
      );
      expect(Array.from(wasm.values)).toEqual(Array.from(cpu.values));
    }
  });
});

describe("collapsed", () => {
  it("merges input axes that stay together and drops axes of size 1", () => {
    expect(collapsed([2, 3, 4, 5, 6], [2, 3, 4, 0, 1])).toEqual({shape: [6, 120], order: [1, 0]});
    expect(collapsed([1, 4, 1, 5], [2, 3, 0, 1])).toEqual({shape: [4, 5], order: [1, 0]});
    expect(collapsed([3, 4, 5], [0, 1, 2])).toEqual({shape: [60], order: [0]});
    expect(collapsed([4, 5, 6], [1, 0, 2])).toEqual({shape: [4, 5, 6], order: [1, 0, 2]});
    expect(collapsed([1, 1], [1, 0])).toEqual({shape: [], order: []});
  });
});
