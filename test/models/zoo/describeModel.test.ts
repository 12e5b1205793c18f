import * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {bottleneck, describeModel, type ModelDescription} from "../../../src/models/zoo/index.js";
import {conv2d, maxPool2d, relu} from "../../../src/models/zoo/torchLayers.js";

let description: ModelDescription;

beforeAll(async () => {
  await setupNodeTf();
  const input = tf.input({shape: [32, 32, 3], name: "input"});
  let x = relu(conv2d(input, "conv1", {filters: 64, kernelSize: 7, strides: 2, padding: 3, bias: false}), "relu");
  x = maxPool2d(x, "maxpool", {kernelSize: 3, strides: 2, padding: 1});
  x = bottleneck(x, "layer1.0", {planes: 32});
  x = bottleneck(x, "layer2.0", {planes: 32, strides: 2, groups: 4, widthPerGroup: 8});
  x = bottleneck(x, "layer2.1", {planes: 32});
  const model = tf.model({inputs: input, outputs: x, name: "tiny"});
  description = describeModel(model);
  model.dispose();
});

const allLayers = () => description.stages.flatMap((stage) => stage.blocks.flatMap((block) => block.layers));
const layer = (name: string) => allLayers().find((entry) => entry.name === name)!;

describe("describeModel(model)", () => {
  it("groups layers into the blocks their names give, and blocks into stages by output size", () => {
    expect(
      description.stages.map((stage) => ({shape: stage.shape, blocks: stage.blocks.map((block) => block.name)}))
    ).toEqual([
      {shape: [32, 32, 3], blocks: ["input"]},
      {shape: [16, 16, 64], blocks: ["conv1 … relu"]},
      {shape: [8, 8, 128], blocks: ["maxpool", "layer1.0"]},
      {shape: [4, 4, 128], blocks: ["layer2.0", "layer2.1"]}
    ]);
  });

  it("folds zero padding into the layer it pads and labels layers in PyTorch's terms", () => {
    expect(allLayers().filter((entry) => entry.name.endsWith(".pad"))).toEqual([]);
    expect(layer("conv1").label).toBe("conv 7×7 /2 p3 → 64");
    expect(layer("conv1").inputs).toEqual(["input"]);
    expect(layer("relu").inputs).toEqual(["conv1"]); // the padded layer itself, not its padding's input
    expect(layer("maxpool").label).toBe("maxpool 3×3 /2 p1");
    expect(layer("layer2.0/conv2").label).toBe("conv 3×3 /2 p1 → 16, 4 groups");
    expect(layer("layer2.0/conv2").inputs).toEqual(["layer2.0/relu1"]);
    expect(layer("layer1.0/conv2").label).toBe("conv 3×3 p1 → 32");
  });

  it("records each layer's inputs, so a diagram can draw the shortcut", () => {
    expect(layer("layer1.0/add").inputs).toEqual(["layer1.0/bn3", "layer1.0/downsample.1"]);
    expect(layer("layer2.1/add").inputs).toEqual(["layer2.1/bn3", "layer2.0/relu3"]);
  });

  it("sums parameters and multiply-accumulates over layers, blocks and the model", () => {
    const conv2 = layer("layer2.0/conv2");
    expect(conv2.params).toBe(3 * 3 * (16 / 4) * 16); // width floor(32 · 8 / 64) · 4 = 16, 4 groups
    expect(conv2.macs).toBe(4 * 4 * 16 * (16 / 4) * 3 * 3);
    const blocks = description.stages.flatMap((stage) => stage.blocks);
    expect(blocks.reduce((sum, block) => sum + block.params, 0)).toBe(description.parameters);
    expect(blocks.reduce((sum, block) => sum + block.macs, 0)).toBe(description.macs);
    expect(description.weightBytes).toBe(4 * (description.parameters + description.nonTrainableParameters));
    expect(description.nonTrainableParameters).toBe(
      allLayers()
        .filter((entry) => entry.kind === "bn")
        .reduce((sum, entry) => sum + entry.shape.at(-1)! * 2, 0)
    );
  });
});
