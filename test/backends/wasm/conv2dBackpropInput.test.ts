import type * as tfjs from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import type {TF} from "../../../src/exercises/types.js";
import {onWasmAndCpu, relativeDifference, seededValues} from "./onBothBackends.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});

type Padding = "same" | "valid" | [[0, 0], [number, number], [number, number], [0, 0]];
type Case = [
  batch: number,
  height: number,
  width: number,
  inChannels: number,
  kernel: number,
  outChannels: number,
  stride: number,
  pad: Padding
];

// Both ways the kernel works: stride 1 (a convolution with the turned filter) and larger strides
// (window products added into place); odd and even sizes, both paddings, explicit ones.
const grid: Case[] = [];
for (const kernel of [1, 3, 5, 7]) {
  for (const stride of [1, 2]) {
    for (const pad of ["same", "valid"] as const) {
      grid.push([1, 9, 9, 3, kernel, 4, stride, pad]);
      grid.push([32, 10, 8, 2, kernel, 5, stride, pad]);
    }
  }
}
grid.push([
  2,
  7,
  6,
  3,
  3,
  2,
  2,
  [
    [0, 0],
    [2, 0],
    [1, 3],
    [0, 0]
  ]
]);
grid.push([
  3,
  8,
  9,
  2,
  3,
  3,
  1,
  [
    [0, 0],
    [0, 4],
    [3, 0],
    [0, 0]
  ]
]);
grid.push([2, 8, 8, 3, 2, 4, 3, "same"]);

describe("Conv2DBackpropInput on wasm", () => {
  it.each(
    grid.map(
      (c) =>
        [
          `dy for x ${c[0]}×${c[1]}×${c[2]}×${c[3]}, ${c[4]}×${c[4]}×${c[5]}, stride ${c[6]}, ${JSON.stringify(c[7])}`,
          c
        ] as const
    )
  )(
    "matches the cpu backend to 1e-4: %s",
    async (_, [batch, height, width, inChannels, kernel, outChannels, stride, pad]) => {
      const inputShape: [number, number, number, number] = [batch, height, width, inChannels];
      const filterShape: [number, number, number, number] = [kernel, kernel, inChannels, outChannels];
      const outShape = tf.tidy(
        () =>
          tf.conv2d(tf.zeros(inputShape) as tfjs.Tensor4D, tf.zeros(filterShape) as tfjs.Tensor4D, stride, pad).shape
      );
      const dy = seededValues(
        outShape.reduce((a, b) => a * b, 1),
        5
      );
      const filter = seededValues(
        filterShape.reduce((a, b) => a * b, 1),
        6
      );
      const {wasm, cpu} = await onWasmAndCpu(
        tf,
        () =>
          tf
            .engine()
            .runKernel("Conv2DBackpropInput", {dy: tf.tensor(dy, outShape), filter: tf.tensor4d(filter, filterShape)}, {
              strides: [stride, stride],
              pad,
              dataFormat: "NHWC",
              inputShape
            } as unknown as tfjs.NamedAttrMap) as tfjs.Tensor
      );
      expect(wasm.shape).toEqual(inputShape);
      expect(relativeDifference(wasm.values, cpu.values)).toBeLessThan(1e-4);
    }
  );
});
