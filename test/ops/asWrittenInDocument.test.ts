import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {documentConv2dOneFilter, documentMaxPooling} from "../../src/ops/asWrittenInDocument.js";
import {tfConv2dOneFilter, tfMaxPool, type Padding} from "../../src/ops/tfReference.js";

beforeAll(async () => {
  await setupNodeTf();
});

// Document 004's example input, and its printed outputs (cells after `conv2d_one_filter` and `max_pooling`).
const X3 = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9]
];

/** A 5×6 input with no two equal neighbours, so that a shifted window shows. */
const X56 = [
  [3, -1, 4, 1, -5, 9],
  [2, 6, -5, 3, 5, -8],
  [-9, 7, 9, -3, 2, 3],
  [8, -4, 6, 2, -6, 4],
  [3, 3, -8, 7, 9, -5]
];

const kernel = (rows: number, cols: number) =>
  Array.from({length: rows}, (_, i) => Array.from({length: cols}, (_, j) => ((i * cols + j) % 5) - 2));
const shapeOf = (m: number[][]) => [m.length, m[0]?.length ?? 0];
const matrix = ({shape, values}: {shape: number[]; values: number[]}) =>
  Array.from({length: shape[0]}, (_, i) => values.slice(i * shape[1], (i + 1) * shape[1]));
const inputOf = (rows: number, cols: number) =>
  Array.from({length: rows}, (_, i) => Array.from({length: cols}, (_, j) => ((i * 7 + j * 13) % 17) - 8));

describe("documentConv2dOneFilter(X, W, padding, stride)", () => {
  it("reproduces the document's printed output for the 3×3 example", () => {
    expect(documentConv2dOneFilter(X3, X3)).toEqual([
      [94, 154, 106],
      [186, 285, 186],
      [106, 154, 94]
    ]);
  });

  it("gives the `valid` result that tf.nn.conv2d printed in the document", () => {
    expect(documentConv2dOneFilter(X3, X3, "valid")).toEqual([[285]]);
  });

  it.each<[[number, number], Padding]>([
    [[1, 1], "same"],
    [[2, 2], "same"],
    [[3, 3], "same"],
    [[4, 4], "same"],
    [[2, 3], "same"],
    [[1, 4], "same"],
    [[1, 1], "valid"],
    [[2, 2], "valid"],
    [[3, 3], "valid"],
    [[4, 4], "valid"],
    [[3, 2], "valid"]
  ])("agrees with tf.conv2d at stride 1 (kernel %j, %s)", ([rows, cols], padding) => {
    const W = kernel(rows, cols);
    expect(documentConv2dOneFilter(X56, W, padding, [1, 1])).toEqual(
      matrix(tfConv2dOneFilter(X56, W, padding, [1, 1]))
    );
  });

  it.each<[Padding, [number, number]]>([
    ["same", [2, 2]],
    ["valid", [2, 2]],
    ["same", [1, 3]],
    ["valid", [3, 1]]
  ])("ignores the stride: %s with stride %j returns the stride-1 result, unlike tf.conv2d", (padding, stride) => {
    const W = kernel(3, 3);
    const asDocument = documentConv2dOneFilter(X56, W, padding, stride);
    expect(asDocument).toEqual(documentConv2dOneFilter(X56, W, padding, [1, 1]));
    expect(shapeOf(asDocument)).not.toEqual(tfConv2dOneFilter(X56, W, padding, stride).shape);
  });

  it("with `valid`, tf.conv2d at stride 2 keeps every second row and column of the document's result", () => {
    const W = kernel(2, 3);
    const everyOther = documentConv2dOneFilter(X56, W, "valid")
      .filter((_, i) => i % 2 === 0)
      .map((row) => row.filter((_, j) => j % 2 === 0));
    expect(matrix(tfConv2dOneFilter(X56, W, "valid", [2, 2]))).toEqual(everyOther);
  });

  it("with `same` on an even size, tf.conv2d at stride 2 is not every second window of the stride-1 result", () => {
    // 6 columns, kernel 3, stride 2: TensorFlow pads 1 column in all, after the input; stride 1 pads 1 before.
    const X = inputOf(6, 6);
    const W = kernel(3, 3);
    const everyOther = documentConv2dOneFilter(X, W, "same")
      .filter((_, i) => i % 2 === 0)
      .map((row) => row.filter((_, j) => j % 2 === 0));
    expect(matrix(tfConv2dOneFilter(X, W, "same", [2, 2]))).not.toEqual(everyOther);
  });
});

describe("documentMaxPooling(X, kernelSize, padding, strides)", () => {
  it.each<[string, [[number, number]?, Padding?, [number, number]?], number[][]]>([
    [
      "max_pooling(X)",
      [],
      [
        [5, 6],
        [8, 9]
      ]
    ],
    ["max_pooling(X, padding='valid')", [undefined, "valid"], [[5]]],
    [
      "max_pooling(X, padding='valid', strides=(1, 1))",
      [undefined, "valid", [1, 1]],
      [
        [5, 6],
        [8, 9]
      ]
    ],
    [
      "max_pooling(X, padding='same', strides=(1, 1))",
      [undefined, "same", [1, 1]],
      [
        [5, 6, 6],
        [8, 9, 9],
        [8, 9, 9]
      ]
    ]
  ])("reproduces the document's printed output of %s", (_, args, printed) => {
    expect(documentMaxPooling(X3, ...args)).toEqual(printed);
  });

  it("with `valid`, a 4×4 input, a 2×2 window and stride 2, takes one window where TensorFlow takes two per side", () => {
    const X = inputOf(4, 4);
    expect(shapeOf(documentMaxPooling(X, [2, 2], "valid", [2, 2]))).toEqual([1, 1]);
    expect(tfMaxPool(X, [2, 2], "valid", [2, 2]).shape).toEqual([2, 2]);
  });

  const validGrid: Array<[number, number, number]> = [];
  for (let n = 2; n <= 9; ++n)
    for (let k = 1; k <= Math.min(4, n); ++k) for (let s = 1; s <= 3; ++s) validGrid.push([n, k, s]);

  it.each(validGrid)(
    "with `valid` on %i rows, window %i, stride %i: ⌊(n − k + 1)/s⌋ rows, TensorFlow ⌈(n − k + 1)/s⌉",
    (n, k, s) => {
      const X = inputOf(n, 3);
      const [documentRows] = shapeOf(documentMaxPooling(X, [k, 1], "valid", [s, 1]));
      const tfRows = tfMaxPool(X, [k, 1], "valid", [s, 1]).shape[0];
      expect(documentRows).toBe(Math.floor((n - k + 1) / s));
      expect(tfRows).toBe(Math.ceil((n - k + 1) / s));
      // They part ways exactly when the windows do not tile the input: (n − k + 1) mod s ≠ 0.
      expect(documentRows !== tfRows).toBe((n - k + 1) % s !== 0);
    }
  );

  it("with `same`, a 3×3 window and stride 1, starts each window one row and one column after TensorFlow's", () => {
    const asDocument = documentMaxPooling(X56, [3, 3], "same", [1, 1]);
    const tfResult = matrix(tfMaxPool(X56, [3, 3], "same", [1, 1]));
    expect(asDocument).not.toEqual(tfResult);
    for (let y = 0; y + 1 < 5; ++y)
      for (let x = 0; x + 1 < 6; ++x) expect(asDocument[y][x]).toBe(tfResult[y + 1][x + 1]);
  });

  it.each<[[number, number], [number, number]]>([
    [
      [2, 2],
      [1, 1]
    ],
    [
      [2, 2],
      [2, 2]
    ],
    [
      [1, 1],
      [2, 2]
    ]
  ])(
    "with `same`, agrees with TensorFlow when all its padding goes after the input (window %j, stride %j)",
    (window, strides) => {
      expect(documentMaxPooling(X56, window, "same", strides)).toEqual(matrix(tfMaxPool(X56, window, "same", strides)));
    }
  );
});
