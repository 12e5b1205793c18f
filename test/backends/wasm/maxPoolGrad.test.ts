import type * as tfjs from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import type {TF} from "../../../src/exercises/types.js";
import {onWasmAndCpu, seededValues} from "./onBothBackends.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});

type Case = [shape: [number, number, number, number], pool: number, stride: number, pad: "same" | "valid"];
const grid: Case[] = [
  [[4, 28, 28, 6], 2, 2, "valid"],
  [[2, 9, 9, 3], 2, 2, "same"],
  [[2, 15, 15, 8], 3, 2, "valid"],
  [[2, 9, 8, 3], 3, 2, "same"],
  [[1, 6, 7, 2], 3, 1, "same"],
  [[1, 5, 5, 1], 5, 5, "valid"]
];

describe("MaxPoolGrad on wasm", () => {
  it.each(grid.map((c) => [`${c[0].join("×")}, pool ${c[1]}, stride ${c[2]}, ${c[3]}`, c] as const))(
    "gives each window's gradient to its first largest input, exactly as cpu (many ties): %s",
    async (_, [shape, pool, stride, pad]) => {
      // Rounded ReLU outputs: windows of zeros and of equal values, where the choice matters.
      const x = Float32Array.from(
        seededValues(
          shape.reduce((a, b) => a * b, 1),
          7
        ),
        (v) => Math.max(0, Math.round(v * 3))
      );
      const {wasm, cpu} = await onWasmAndCpu(tf, () =>
        tf.tidy(() => {
          const input = tf.tensor4d(x, shape);
          const output = tf.maxPool(input, pool, stride, pad);
          const dy = tf.tensor(seededValues(output.size, 8), output.shape);
          return tf.engine().runKernel("MaxPoolGrad", {dy, input, output}, {
            filterSize: pool,
            strides: stride,
            pad
          } as unknown as tfjs.NamedAttrMap) as tfjs.Tensor;
        })
      );
      expect(wasm.shape).toEqual(shape);
      expect(Array.from(wasm.values)).toEqual(Array.from(cpu.values));
    }
  );

  it("still finds the largest input when `output` is not the pooled maximum", async () => {
    const {wasm, cpu} = await onWasmAndCpu(tf, () =>
      tf.tidy(() => {
        const input = tf.tensor4d([1, 5, 3, 2], [1, 2, 2, 1]);
        return tf
          .engine()
          .runKernel(
            "MaxPoolGrad",
            {dy: tf.tensor4d([7], [1, 1, 1, 1]), input, output: tf.tensor4d([4], [1, 1, 1, 1])},
            {filterSize: 2, strides: 2, pad: "valid"} as unknown as tfjs.NamedAttrMap
          ) as tfjs.Tensor;
      })
    );
    expect(Array.from(wasm.values)).toEqual(Array.from(cpu.values));
    expect(Array.from(wasm.values)).toEqual([0, 7, 0, 0]);
  });
});
