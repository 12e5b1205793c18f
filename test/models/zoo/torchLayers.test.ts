import * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {avgPool2d, conv2d, maxPool2d} from "../../../src/models/zoo/torchLayers.js";

beforeAll(() => setupNodeTf());

/** PyTorch's sliding window on one channel, written out: window (i, j) starts at (i·s - p, j·s - p); outside is `fill`. */
function torchWindows(map: number[][], k: number, s: number, p: number, fill: number): number[][][] {
  const out = Math.floor((map.length + 2 * p - k) / s) + 1;
  return Array.from({length: out}, (_, i) =>
    Array.from({length: out}, (_, j) =>
      Array.from({length: k * k}, (_, w) => map[i * s - p + Math.floor(w / k)]?.[j * s - p + (w % k)] ?? fill)
    )
  );
}

const image = Array.from({length: 6}, (_, i) => Array.from({length: 6}, (_, j) => ((i * 7 + j * 3) % 5) + 1));

/** Applies a one-channel layer to `image` and returns the output map. */
function run(
  apply: (x: tf.SymbolicTensor) => tf.SymbolicTensor,
  weights?: (model: tf.LayersModel) => void
): number[][] {
  const input = tf.input({shape: [6, 6, 1]});
  const model = tf.model({inputs: input, outputs: apply(input)});
  weights?.(model);
  const output = model.predict(tf.tensor4d(image.flat(), [1, 6, 6, 1])) as tf.Tensor4D;
  return output.squeeze([0, 3]).arraySync() as number[][];
}

describe("PyTorch's padding on tfjs layers", () => {
  it.each([
    [3, 1, 1],
    [3, 2, 1],
    [5, 2, 2],
    [3, 2, 0],
    [1, 2, 0]
  ])("conv2d with a %i×%i kernel, stride %i, padding %i places its windows as PyTorch does", (k, s, p) => {
    const kernel = Array.from({length: k * k}, (_, i) => i + 1);
    const got = run(
      (x) => conv2d(x, "conv", {filters: 1, kernelSize: k, strides: s, padding: p, bias: false}),
      (model) => model.getLayer("conv").setWeights([tf.tensor4d(kernel, [k, k, 1, 1])])
    );
    const expected = torchWindows(image, k, s, p, 0).map((row) =>
      row.map((window) => window.reduce((sum, v, w) => sum + v * kernel[w], 0))
    );
    expect(got).toEqual(expected);
  });

  it.each([
    [3, 2, 1],
    [3, 2, 0],
    [2, 2, 0]
  ])("maxPool2d %i×%i, stride %i, padding %i takes the maxima of PyTorch's windows", (k, s, p) => {
    const got = run((x) => maxPool2d(x, "pool", {kernelSize: k, strides: s, padding: p}));
    expect(got).toEqual(torchWindows(image, k, s, p, -Infinity).map((row) => row.map((window) => Math.max(...window))));
  });

  it.each([
    [3, 1, 1],
    [2, 2, 0],
    [5, 3, 0]
  ])("avgPool2d %i×%i, stride %i, padding %i counts the padding in the average (count_include_pad)", (k, s, p) => {
    const got = run((x) => avgPool2d(x, "pool", {kernelSize: k, strides: s, padding: p}));
    const expected = torchWindows(image, k, s, p, 0).map((row) =>
      row.map((window) => window.reduce((a, b) => a + b) / (k * k))
    );
    got.flat().forEach((value, i) => expect(value).toBeCloseTo(expected.flat()[i], 5));
  });
});
