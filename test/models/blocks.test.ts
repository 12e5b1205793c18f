import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/types.js";
import {
  buildingDocumentBlocks,
  convBlock,
  convLayer,
  dense,
  flatten,
  maxPool,
  withDocumentBlocks
} from "../../src/models/index.js";
import {denseBiasDocumentOutput} from "../documents/transcribed.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

const example = () => tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]);

describe("the basic blocks on the document's examples", () => {
  it("convLayer(example, 3) gives the shape the document prints, (1, 3, 3, 3)", () => {
    expect(convLayer(example(), 3).shape).toEqual([1, 3, 3, 3]);
  });

  it("maxPool(example) gives the document's [[5, 6], [8, 9]]", () => {
    expect(maxPool(example()).squeeze().arraySync()).toEqual([
      [5, 6],
      [8, 9]
    ]);
  });

  it("flatten(zeros [1, 3, 3, 1]) gives nine zeros in one row", () => {
    expect(flatten(tf.zeros([1, 3, 3, 1])).arraySync()).toEqual([new Array(9).fill(0)]);
  });

  it("dense(zeros [1, 9], 18) gives its bias: non-zero, within TensorFlow's Glorot limit, as the document's output is", () => {
    const limit = Math.sqrt(6 / (18 + 18));
    const output = dense(tf.zeros([1, 9]), 18).arraySync() as number[][];
    expect(output[0]).toHaveLength(18);
    expect(output[0].some((x) => x !== 0)).toBe(true);
    for (const x of output[0]) expect(Math.abs(x)).toBeLessThanOrEqual(limit);
    expect(denseBiasDocumentOutput).toHaveLength(18);
    for (const x of denseBiasDocumentOutput) expect(Math.abs(x)).toBeLessThanOrEqual(limit);
  });

  it("convBlock(zeros [1, 3, 3, 1], 6, conv1) gives (1, 3, 3, 6) and applies ReLU", () => {
    expect(convBlock(tf.zeros([1, 3, 3, 1]), 6, {name: "conv1"}).shape).toEqual([1, 3, 3, 6]);
    const activated = convBlock(tf.randomNormal([1, 8, 8, 2]), 4).dataSync();
    expect(Math.min(...activated)).toBe(0);
  });
});

describe("convLayer(input, outputChannels, options)", () => {
  it.each([
    [3, 1, 1],
    [3, 3, 6],
    [5, 3, 6],
    [5, 6, 16]
  ])("with K=%i, in=%i, out=%i has (K·K·in + 1)·out parameters", (K, inChannels, out) => {
    const input = tf.input({shape: [16, 16, inChannels]});
    const model = tf.model({inputs: input, outputs: convLayer(input, out, {kernelSize: [K, K]})});
    expect(model.countParams()).toBe((K * K * inChannels + 1) * out);
  });

  it.each([
    ["same", [1, 7, 7, 2]],
    ["valid", [1, 5, 5, 2]]
  ] as const)("honours padding %s", (padding, shape) => {
    expect(convLayer(tf.zeros([1, 7, 7, 1]), 2, {padding}).shape).toEqual(shape);
  });

  it("pads same whatever it is asked inside withDocumentBlocks, like the document's conv_layer, and only there", () => {
    expect(withDocumentBlocks(() => convLayer(tf.zeros([1, 7, 7, 1]), 2, {padding: "valid"}).shape)).toEqual([
      1, 7, 7, 2
    ]);
    expect(withDocumentBlocks(() => maxPool(tf.zeros([1, 7, 7, 1]), {padding: "valid"}).shape)).toEqual([1, 3, 3, 1]);
    expect(convLayer(tf.zeros([1, 7, 7, 1]), 2, {padding: "valid"}).shape).toEqual([1, 5, 5, 2]);
  });

  it("leaves the document's mode when the build throws", () => {
    expect(() =>
      withDocumentBlocks(() => {
        throw new Error("boom");
      })
    ).toThrow("boom");
    expect(buildingDocumentBlocks()).toBe(false);
  });

  it("names an unknown padding", () => {
    expect(() => convLayer(tf.zeros([1, 3, 3, 1]), 1, {padding: "SAME" as "same"})).toThrow(/unknown padding "SAME"/);
  });

  it("builds symbolically on a tf.input and names the variables after the layer", () => {
    const input = tf.input({shape: [8, 8, 1]});
    const output = convBlock(input, 4, {name: "block"});
    expect(output).toBeInstanceOf(tf.SymbolicTensor);
    const model = tf.model({inputs: input, outputs: output});
    expect(model.trainableWeights.map((w) => w.originalName)).toEqual(["block/conv/kernel", "block/conv/bias"]);
  });
});
