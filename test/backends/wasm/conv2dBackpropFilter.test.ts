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
interface Case {
  batch: number;
  height: number;
  width: number;
  inChannels: number;
  kernel: number;
  outChannels: number;
  stride: number;
  pad: Padding;
}

// Kernels 1, 3, 5, 7 × strides 1, 2 × "same" and "valid" × an odd and an even size, at batch 1 and 32;
// then explicit and lopsided paddings.
const grid: Case[] = [];
for (const kernel of [1, 3, 5, 7]) {
  for (const stride of [1, 2]) {
    for (const pad of ["same", "valid"] as const) {
      grid.push({batch: 1, height: 9, width: 9, inChannels: 3, kernel, outChannels: 4, stride, pad});
      grid.push({batch: 32, height: 10, width: 8, inChannels: 2, kernel, outChannels: 5, stride, pad});
    }
  }
}
const lopsided: Case = {
  batch: 2,
  height: 7,
  width: 6,
  inChannels: 3,
  kernel: 3,
  outChannels: 2,
  stride: 2,
  pad: [
    [0, 0],
    [2, 0],
    [1, 3],
    [0, 0]
  ]
};
grid.push(lopsided);
grid.push({
  batch: 3,
  height: 8,
  width: 9,
  inChannels: 2,
  kernel: 1,
  outChannels: 3,
  stride: 1,
  pad: [
    [0, 0],
    [1, 1],
    [0, 2],
    [0, 0]
  ]
});
grid.push({batch: 4, height: 32, width: 32, inChannels: 1, kernel: 5, outChannels: 6, stride: 1, pad: "valid"});
grid.push({batch: 2, height: 5, width: 5, inChannels: 64, kernel: 1, outChannels: 16, stride: 2, pad: "valid"});
grid.push({
  batch: 2,
  height: 5,
  width: 6,
  inChannels: 3,
  kernel: 1,
  outChannels: 4,
  stride: 2,
  pad: [
    [0, 0],
    [0, 2],
    [0, 1],
    [0, 0]
  ]
});
// Few output pixels for the output channels: the gradient of windows copied out (convolutionAsProduct.ts),
// with the windows packed (9 ≤ 12 channels) or the gradient (45 > 8).
grid.push({batch: 1, height: 4, width: 4, inChannels: 1, kernel: 3, outChannels: 12, stride: 1, pad: "same"});
grid.push({batch: 2, height: 3, width: 4, inChannels: 5, kernel: 3, outChannels: 8, stride: 1, pad: "same"});
// At most 4 window values per output channel (a stem on 3 channels): the windows copied out transposed.
grid.push({batch: 4, height: 24, width: 24, inChannels: 3, kernel: 7, outChannels: 37, stride: 2, pad: "valid"});
grid.push({batch: 4, height: 23, width: 24, inChannels: 3, kernel: 7, outChannels: 37, stride: 2, pad: "same"});
grid.push({...lopsided, inChannels: 1, outChannels: 4});

const title = ({batch, height, width, inChannels, kernel, outChannels, stride, pad}: Case) =>
  `x ${batch}×${height}×${width}×${inChannels}, ${kernel}×${kernel}×${outChannels}, stride ${stride}, ${typeof pad === "string" ? pad : `pad ${JSON.stringify(pad.slice(1, 3))}`}`;

describe("Conv2DBackpropFilter on wasm", () => {
  it.each(grid.map((c) => [title(c), c] as const))(
    "matches the cpu backend to 1e-4: %s",
    async (_, {batch, height, width, inChannels, kernel, outChannels, stride, pad}) => {
      const x = seededValues(batch * height * width * inChannels, 1);
      const filterShape: [number, number, number, number] = [kernel, kernel, inChannels, outChannels];
      const outShape = tf.tidy(
        () =>
          tf.conv2d(
            tf.zeros([batch, height, width, inChannels]) as tfjs.Tensor4D,
            tf.zeros(filterShape) as tfjs.Tensor4D,
            stride,
            pad
          ).shape
      );
      const dy = seededValues(
        outShape.reduce((a, b) => a * b, 1),
        2
      );
      const {wasm, cpu} = await onWasmAndCpu(
        tf,
        () =>
          tf
            .engine()
            .runKernel(
              "Conv2DBackpropFilter",
              {x: tf.tensor4d(x, [batch, height, width, inChannels]), dy: tf.tensor(dy, outShape)},
              {strides: [stride, stride], pad, dataFormat: "NHWC", filterShape} as unknown as tfjs.NamedAttrMap
            ) as tfjs.Tensor
      );
      expect(wasm.shape).toEqual(filterShape);
      expect(relativeDifference(wasm.values, cpu.values)).toBeLessThan(1e-4);
    }
  );

  it("gives the gradient tf.grad gives on cpu, through conv2d", async () => {
    const x = tf.tensor4d(seededValues(2 * 6 * 6 * 3, 3), [2, 6, 6, 3]);
    const {wasm, cpu} = await onWasmAndCpu(tf, () =>
      tf.grad((w: tfjs.Tensor) => tf.sum(tf.square(tf.conv2d(x, w as tfjs.Tensor4D, 2, "same"))))(
        tf.tensor4d(seededValues(3 * 3 * 3 * 4, 4), [3, 3, 3, 4])
      )
    );
    expect(relativeDifference(wasm.values, cpu.values)).toBeLessThan(1e-4);
  });

  it("rejects NCHW", () => {
    expect(() =>
      tf
        .engine()
        .runKernel(
          "Conv2DBackpropFilter",
          {x: tf.zeros([1, 1, 4, 4]), dy: tf.zeros([1, 1, 4, 4])},
          {strides: 1, pad: "same", dataFormat: "NCHW", filterShape: [1, 1, 1, 1]}
        )
    ).toThrow(/NHWC/);
  });
});
