import type * as tfjs from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import type {TF} from "../../../src/exercises/types.js";
import {countingCalls, onWasmAndCpu, relativeDifference, seededValues} from "./onBothBackends.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});

const sizeOf = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** tf.batchNorm on seeded values: variance shifted to stay positive, scale and offset optional. */
function normalized(xShape: number[], paramShape: number[], withScale: boolean, withOffset: boolean) {
  return () =>
    tf.tidy(() => {
      const param = (seed: number, shift = 0) =>
        tf.add(tf.tensor(seededValues(sizeOf(paramShape), seed), paramShape), shift);
      return tf.batchNorm(
        tf.tensor(seededValues(sizeOf(xShape), 1), xShape),
        param(3),
        param(4, 1.5),
        withOffset ? param(5) : undefined,
        withScale ? param(6, 1) : undefined,
        1e-3
      );
    });
}

describe("batch norm on wasm", () => {
  it.each<[string, number[], number[], boolean, boolean]>([
    ["images, scale and offset per channel", [4, 5, 3, 6], [6], true, true],
    ["no scale", [2, 3, 3, 4], [4], false, true],
    ["no offset", [2, 3, 3, 4], [4], true, false],
    ["a vector of channels", [7], [7], true, true],
    ["parameters of the input's rank (the backend's own kernel)", [2, 3, 3, 4], [1, 1, 1, 4], true, true]
  ])("equals cpu to 1e-6: %s", async (_, xShape, paramShape, withScale, withOffset) => {
    const {wasm, cpu} = await onWasmAndCpu(tf, normalized(xShape, paramShape, withScale, withOffset));
    expect(wasm.shape).toEqual(xShape);
    expect(relativeDifference(wasm.values, cpu.values)).toBeLessThan(1e-6);
  });

  it("runs as broadcasting kernels for one value per channel, as the backend's kernel otherwise", async () => {
    await tf.setBackend("wasm");
    const subtractions = (paramShape: number[]) =>
      countingCalls(tf, "Sub", () => tf.tidy(() => normalized([2, 3, 3, 4], paramShape, true, true)().dataSync()))
        .calls;
    expect(subtractions([4])).toBe(1);
    expect(subtractions([1, 1, 1, 4])).toBe(0);
  });

  it("is what a training tf.layers.batchNormalization computes", async () => {
    const {wasm, cpu} = await onWasmAndCpu(tf, () => {
      const layer = tf.layers.batchNormalization({axis: -1, gammaInitializer: "ones"});
      const x = tf.tensor4d(seededValues(2 * 3 * 3 * 4, 7), [2, 3, 3, 4]);
      const y = layer.apply(x, {training: true}) as tfjs.Tensor;
      layer.dispose();
      x.dispose();
      return y;
    });
    expect(relativeDifference(wasm.values, cpu.values)).toBeLessThan(1e-6);
  });
});
