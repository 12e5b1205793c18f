import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/types.js";
import {outputGeometry, tfConv2dOneFilter, tfMaxPool, type Padding} from "../../src/ops/tfReference.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

const X3 = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9]
];

describe("tfConv2dOneFilter(X, W, padding, stride)", () => {
  it.each<[Padding, number[][]]>([
    [
      "same",
      [
        [94, 154, 106],
        [186, 285, 186],
        [106, 154, 94]
      ]
    ],
    ["valid", [[285]]]
  ])("gives what tf.nn.conv2d printed in the document with %s padding", (padding, printed) => {
    expect(tfConv2dOneFilter(X3, X3, padding, [1, 1])).toEqual({
      shape: [printed.length, printed[0].length],
      values: printed.flat()
    });
  });

  it("frees every tensor it makes", () => {
    const before = tf.memory().numTensors;
    tfConv2dOneFilter(X3, X3, "same", [2, 2]);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("tfMaxPool(X, kernelSize, padding, strides)", () => {
  it.each<[Padding, number[][]]>([
    [
      "valid",
      [
        [5, 6],
        [8, 9]
      ]
    ],
    [
      "same",
      [
        [5, 6, 6],
        [8, 9, 9],
        [8, 9, 9]
      ]
    ]
  ])("gives what tf.nn.max_pool2d printed in the document (2×2, stride 1, %s)", (padding, printed) => {
    expect(tfMaxPool(X3, [2, 2], padding, [1, 1])).toEqual({
      shape: [printed.length, printed[0].length],
      values: printed.flat()
    });
  });

  it("frees every tensor it makes", () => {
    const before = tf.memory().numTensors;
    tfMaxPool(X3, [2, 2], "valid", [1, 1]);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("outputGeometry(size, kernel, stride, padding)", () => {
  const grid: Array<[number, number, number, Padding]> = [];
  for (const padding of ["same", "valid"] as const) {
    for (let size = 1; size <= 9; ++size)
      for (let kernel = 1; kernel <= 4; ++kernel)
        for (let stride = 1; stride <= 3; ++stride) grid.push([size, kernel, stride, padding]);
  }

  it("has the output size of tf.conv2d for sizes 1–9, kernels 1–4, strides 1–3 and both paddings", () => {
    const mismatches: string[] = [];
    for (const [size, kernel, stride, padding] of grid) {
      const zeros = (shape: [number, number, number, number]) =>
        tf.tensor4d(new Array(shape.reduce((a, b) => a * b, 1)).fill(0), shape);
      const shape = tf.tidy(
        () => tf.conv2d(zeros([1, size, size + 1, 1]), zeros([kernel, kernel, 1, 1]), stride, padding).shape
      );
      // `+ 0` turns the -0 that tfjs and ceil give for an empty output into 0.
      const want = [shape[1] + 0, shape[2] + 0];
      const got = [
        outputGeometry(size, kernel, stride, padding).out + 0,
        outputGeometry(size + 1, kernel, stride, padding).out + 0
      ];
      if (want[0] !== got[0] || want[1] !== got[1])
        mismatches.push(`${size}, ${kernel}, ${stride}, ${padding}: tf ${want}, outputGeometry ${got}`);
    }
    expect(grid.length).toBe(216);
    expect(mismatches).toEqual([]);
  });

  it("places the window where tf.conv2d does: a column convolved by hand with padBefore equals tf.conv2d", () => {
    const mismatches: string[] = [];
    for (const [size, kernel, stride, padding] of grid) {
      const {out, padBefore} = outputGeometry(size, kernel, stride, padding);
      if (out <= 0) continue;
      const X = Array.from({length: size}, (_, i) => [i + 1]);
      const W = Array.from({length: kernel}, (_, i) => [10 ** i]);
      const byHand = Array.from({length: out}, (_, y) => {
        let sum = 0;
        for (let i = 0; i < kernel; ++i) sum += (X[y * stride + i - padBefore]?.[0] ?? 0) * W[i][0];
        return sum;
      });
      const fromTf = tfConv2dOneFilter(X, W, padding, [stride, 1]).values;
      if (JSON.stringify(byHand) !== JSON.stringify(fromTf))
        mismatches.push(`${size}, ${kernel}, ${stride}, ${padding}: tf ${fromTf}, by hand ${byHand}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each<[number, number, number, Padding, {out: number; padBefore: number}]>([
    [5, 3, 2, "same", {out: 3, padBefore: 1}],
    [6, 3, 2, "same", {out: 3, padBefore: 0}],
    [5, 4, 1, "same", {out: 5, padBefore: 1}],
    [4, 2, 2, "valid", {out: 2, padBefore: 0}],
    [7, 3, 3, "valid", {out: 2, padBefore: 0}]
  ])("size %i, kernel %i, stride %i, %s → %j", (size, kernel, stride, padding, geometry) => {
    expect(outputGeometry(size, kernel, stride, padding)).toEqual(geometry);
  });
});
