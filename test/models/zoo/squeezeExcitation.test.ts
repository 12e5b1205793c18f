import * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {inBlock} from "../../../src/models/zoo/blockNames.js";
import {squeezeExcitation} from "../../../src/models/zoo/squeezeExcitation.js";

const channels = 32;
let model: tf.LayersModel;
let map: tf.Tensor4D;
let excite: (squeezed: tf.Tensor) => tf.Tensor;

beforeAll(async () => {
  await setupNodeTf();
  const input = tf.input({shape: [4, 4, channels], name: "x"});
  model = tf.model({inputs: input, outputs: squeezeExcitation(input, inBlock("se"))});
  map = tf.randomNormal([1, 4, 4, channels], 0, 1, "float32", 3);
  // Seeded weights: with the layers' unseeded ones both hidden ReLUs were sometimes dead, and then
  // average and maximum squeezes gave the same output (this test failed about one run in a few).
  let seed = 10;
  for (const layer of [model.getLayer("se/fc1"), model.getLayer("se/fc2")])
    layer.setWeights(layer.getWeights().map((weight) => tf.randomNormal(weight.shape, 0, 1, "float32", ++seed)));
  const [w1, b1, w2, b2] = [model.getLayer("se/fc1"), model.getLayer("se/fc2")].flatMap((layer) =>
    layer.getWeights()
  ) as tf.Tensor2D[];
  excite = (squeezed) =>
    tf.sigmoid(tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(squeezed as tf.Tensor2D, w1), b1)), w2), b2));
});

describe("squeezeExcitation(x, name)", () => {
  it("adds C/16 hidden units: 2·C²/16 + C/16 + C parameters", () => {
    expect(model.countParams()).toBe((2 * channels * channels) / 16 + channels / 16 + channels);
  });

  it("squeezes with global average pooling and scales each channel by its excitation", () => {
    const expected = tf.mul(map, excite(tf.mean(map, [1, 2])).reshape([1, 1, 1, channels]));
    const output = model.predict(map) as tf.Tensor;
    expect(tf.max(tf.abs(tf.sub(output, expected))).dataSync()[0]).toBeLessThan(1e-6);
  });

  it("differs from the document's squeeze by maximum", () => {
    const withMax = tf.mul(map, excite(tf.max(map, [1, 2])).reshape([1, 1, 1, channels]));
    const output = model.predict(map) as tf.Tensor;
    expect(tf.max(tf.abs(tf.sub(output, withMax))).dataSync()[0]).toBeGreaterThan(1e-3);
  });
});
