import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import type {TF} from "../../../src/exercises/types.js";
import {countingCalls, onWasmAndCpu, relativeDifference, seededValues} from "./onBothBackends.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});

describe("Sum and Mean on wasm", () => {
  it.each<[string, "sum" | "mean", number[], number[], boolean]>([
    ["sum over batch and space (NHWC)", "sum", [8, 5, 5, 16], [0, 1, 2], false],
    ["mean over batch and space, keeping dims", "mean", [8, 5, 5, 16], [0, 1, 2], true],
    ["sum over space only", "sum", [4, 6, 6, 3], [1, 2], false],
    ["mean over one middle axis", "mean", [3, 7, 2], [1], true],
    ["sum over the last axis (the backend's own kernel)", "sum", [4, 9], [1], false],
    ["mean over everything", "mean", [4, 5, 6], [0, 1, 2], false],
    ["sum over batch and space of 1×1 images", "sum", [6, 1, 1, 8], [0, 1, 2], false],
    ["sum over axes that are not contiguous", "sum", [3, 4, 5, 2], [0, 2], false]
  ])("agrees with cpu to 1e-6: %s", async (_, op, shape, axes, keepDims) => {
    const x = seededValues(
      shape.reduce((a, b) => a * b, 1),
      10
    );
    const {wasm, cpu} = await onWasmAndCpu(tf, () => tf[op](tf.tensor(x, shape), axes, keepDims));
    expect(wasm.shape).toEqual(cpu.shape);
    expect(relativeDifference(wasm.values, cpu.values)).toBeLessThan(1e-6);
  });

  it("pools whole images for batch and space (from 4 pixels an image), and loops otherwise", async () => {
    await tf.setBackend("wasm");
    const poolings = (shape: number[], op: "sum" | "mean") =>
      countingCalls(tf, "AvgPool", () => tf.tidy(() => tf[op](tf.ones(shape), [0, 1, 2]).dataSync())).calls;
    expect(poolings([8, 5, 5, 16], "sum")).toBe(1);
    expect(poolings([3, 2, 2, 4], "mean")).toBe(1);
    expect(poolings([6, 1, 1, 8], "sum")).toBe(0);
    expect(poolings([6, 1, 3, 8], "mean")).toBe(0);
  });

  it("sums int32 tensors as the backend always did", async () => {
    const {wasm, cpu} = await onWasmAndCpu(tf, () =>
      tf.sum(tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2], "int32"), [0, 1])
    );
    expect(Array.from(wasm.values)).toEqual(Array.from(cpu.values));
  });
});
