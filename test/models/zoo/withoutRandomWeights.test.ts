import * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {bottleneck, describeModel, withoutRandomWeights} from "../../../src/models/zoo/index.js";
import {conv2d, flatten, linear, relu} from "../../../src/models/zoo/torchLayers.js";

beforeAll(async () => {
  await setupNodeTf();
});

// A small model with the zoo's own layers, a grouped convolution (a custom layer) among them.
function tiny(): tf.LayersModel {
  const input = tf.input({shape: [16, 16, 3], name: "input"});
  let x = relu(conv2d(input, "conv1", {filters: 16, kernelSize: 3, strides: 2, padding: 1, bias: false}), "relu");
  x = bottleneck(x, "layer1.0", {planes: 8, strides: 2, groups: 4, widthPerGroup: 8});
  x = linear(flatten(x, "flatten"), "fc", 10);
  return tf.model({inputs: input, outputs: x, name: "tiny"});
}

const weightValues = (model: tf.LayersModel) => model.getWeights().flatMap((weight) => Array.from(weight.dataSync()));

describe("withoutRandomWeights(build)", () => {
  it("builds the same structure, so the same description, with every weight zero", () => {
    const random = tiny();
    const zero = withoutRandomWeights(tiny);
    expect(describeModel(zero)).toEqual(describeModel(random));
    expect(zero.getWeights().map((weight) => weight.shape)).toEqual(random.getWeights().map((weight) => weight.shape));
    const zeroWeights = weightValues(zero);
    expect(zeroWeights.length).toBeGreaterThan(1000);
    expect(zeroWeights.every((value) => value === 0)).toBe(true);
    expect(weightValues(random).some((value) => value !== 0)).toBe(true);
    random.dispose();
    zero.dispose();
  });

  it("returns layers to their initializers afterwards, also when the build throws", () => {
    expect(() =>
      withoutRandomWeights(() => {
        tiny().dispose();
        throw new Error("a broken definition");
      })
    ).toThrow("a broken definition");
    const after = tiny();
    const kernel = Array.from(after.getLayer("conv1").getWeights()[0].dataSync());
    expect(kernel.filter((value) => value !== 0).length).toBeGreaterThan(kernel.length / 2);
    after.dispose();
  });
});
