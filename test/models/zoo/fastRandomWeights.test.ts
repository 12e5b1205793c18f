import * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {seededRandom} from "../../../src/core/random.js";
import {truncatedNormalValues, withFastRandomWeights} from "../../../src/models/zoo/fastRandomWeights.js";
import {conv2d, flatten, linear, relu} from "../../../src/models/zoo/torchLayers.js";
import {describeModel} from "../../../src/models/zoo/index.js";

beforeAll(async () => {
  await setupNodeTf();
});

function tiny(): tf.LayersModel {
  const input = tf.input({shape: [16, 16, 3], name: "input"});
  let x = relu(conv2d(input, "conv1", {filters: 32, kernelSize: 3, strides: 2, padding: 1}), "relu");
  x = tf.layers.batchNormalization({name: "bn"}).apply(x) as tf.SymbolicTensor;
  x = linear(flatten(x, "flatten"), "fc", 64);
  return tf.model({inputs: input, outputs: x, name: "tiny"});
}

/** Mean, standard deviation and largest magnitude of some values. */
function stats(values: ArrayLike<number>): {mean: number; std: number; max: number} {
  let [sum, squares, max] = [0, 0, 0];
  for (let i = 0; i < values.length; ++i) {
    sum += values[i];
    squares += values[i] * values[i];
    max = Math.max(max, Math.abs(values[i]));
  }
  const mean = sum / values.length;
  return {mean, std: Math.sqrt(squares / values.length - mean * mean), max};
}

describe("truncatedNormalValues", () => {
  it("draws a normal truncated at two standard deviations, as tf.truncatedNormal does", () => {
    const ours = stats(truncatedNormalValues(200_000, 0.5, seededRandom(7)));
    const theirs = stats(tf.truncatedNormal([200_000], 0, 0.5).dataSync());
    // A standard normal cut at ±2 keeps a standard deviation of 0.8796.
    expect(ours.std).toBeCloseTo(0.5 * 0.8796, 2);
    expect(ours.std).toBeCloseTo(theirs.std, 2);
    expect(Math.abs(ours.mean)).toBeLessThan(0.01);
    expect(ours.max).toBeLessThanOrEqual(1);
    expect(ours.max).toBeGreaterThan(0.99);
  });
});

describe("withFastRandomWeights(build)", () => {
  it("gives the kernels the spread of their glorotNormal, leaves the other weights and the config to tfjs", () => {
    const model = withFastRandomWeights(tiny, 1);
    const reference = tiny();
    expect(describeModel(model)).toEqual(describeModel(reference));
    expect(JSON.stringify(model.getConfig())).toBe(JSON.stringify(reference.getConfig()));
    const weights = (m: tf.LayersModel) => new Map(m.weights.map((w) => [w.originalName, w.read().dataSync()]));
    const [ours, theirs] = [weights(model), weights(reference)];
    for (const name of ["conv1/kernel", "fc/kernel"]) {
      expect(stats(ours.get(name)!).std).toBeCloseTo(stats(theirs.get(name)!).std, 2);
      expect(stats(ours.get(name)!).max).toBeGreaterThan(0);
    }
    for (const name of ["conv1/bias", "bn/beta", "bn/moving_mean"]) expect(stats(ours.get(name)!).max).toBe(0);
    expect(Array.from(ours.get("bn/gamma")!).every((value) => value === 1)).toBe(true);
    model.dispose();
    reference.dispose();
  });

  it("draws the same weights from the same seed, and gives layers back their addWeight, also when the build throws", () => {
    const prototype = (tf.layers as unknown as {Layer: {prototype: {addWeight: unknown}}}).Layer.prototype;
    const addWeight = prototype.addWeight;
    const kernel = (m: tf.LayersModel) => Array.from(m.getLayer("fc").getWeights()[0].dataSync().slice(0, 8));
    const [a, b, c] = [withFastRandomWeights(tiny, 3), withFastRandomWeights(tiny, 3), withFastRandomWeights(tiny, 4)];
    expect(kernel(a)).toEqual(kernel(b));
    expect(kernel(a)).not.toEqual(kernel(c));
    expect(prototype.addWeight).toBe(addWeight);
    expect(() =>
      withFastRandomWeights(() => {
        throw new Error("a broken definition");
      })
    ).toThrow("a broken definition");
    expect(prototype.addWeight).toBe(addWeight);
    for (const model of [a, b, c]) model.dispose();
  });
});
