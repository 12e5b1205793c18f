import * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {
  basicBlock,
  bottleneck,
  lectureResnet50,
  resnet101,
  resnet18,
  resnet34,
  resnet50,
  resnext50_32x4d,
  seResnet50,
  seResnext50_32x4d
} from "../../../src/models/zoo/resnet.js";
import {countModel, withoutRandomWeights} from "../../../src/models/zoo/index.js";
import {expectForwardPass} from "./forwardPass.js";
import {expectTorchvisionArchitecture, torchvisionDocumented, torchvisionFigures} from "./torchvision.js";

beforeAll(() => setupNodeTf({backend: "wasm"}));

describe("resnet18(), resnet34(), resnet50(), resnet101(), resnext50_32x4d(), seResnet50(), seResnext50_32x4d()", () => {
  // The counts and modules depend on the structure alone. One forward pass with random weights per kind of
  // block: ResNet-18's basic blocks, ResNet-50's bottlenecks, and SE-ResNeXt's, with both of the options a
  // bottleneck has (a grouped 3×3 convolution, an SE unit). ResNet-34 runs ResNet-18's basic blocks and
  // ResNet-101 ResNet-50's bottlenecks, more of them; ResNeXt-50 and SE-ResNet-50 each one of SE-ResNeXt's
  // two options, built by the same code. Built with zeros for weights, they cost a fraction.
  it.each([
    ["resnet18", true, resnet18],
    ["resnet34", false, resnet34],
    ["resnet50", true, resnet50],
    ["resnet101", false, resnet101],
    ["resnext50_32x4d", false, resnext50_32x4d],
    ["se_resnet50", false, seResnet50],
    ["se_resnext50_32x4d", true, seResnext50_32x4d]
  ] as const)(
    "%s has torchvision's parameters, multiply-accumulates and modules (runs with random weights: %s)",
    async (name, runs, build) => {
      const model = runs ? build() : withoutRandomWeights(build);
      try {
        expectTorchvisionArchitecture(model, name);
        if (runs) await expectForwardPass(model, 1000);
      } finally {
        model.dispose();
      }
    }
  );

  it.each([
    ["resnet18", resnet18],
    ["resnet34", resnet34]
  ] as const)("%s matches torchvision's documented parameters and GFLOPS (billions of MACs)", (name, build) => {
    const counts = withoutRandomWeights(() => {
      const model = build();
      try {
        return countModel(model);
      } finally {
        model.dispose();
      }
    });
    expect(counts.parameters).toBe(torchvisionDocumented[name].parameters);
    expect(Number((counts.macs / 1e9).toFixed(2))).toBe(torchvisionDocumented[name].gmacs);
  });

  it("builds ResNet-18 and 34 of basic blocks only, ResNet-50 of bottlenecks only", () => {
    const convolutionsPerBlock = (build: () => tf.LayersModel) => {
      const model = withoutRandomWeights(build);
      try {
        const perBlock = new Map<string, number>();
        for (const layer of model.layers) {
          const match = /^(layer\d\.\d+)\/conv\d$/.exec(layer.name);
          if (match) perBlock.set(match[1], (perBlock.get(match[1]) ?? 0) + 1);
        }
        return [...perBlock.values()];
      } finally {
        model.dispose();
      }
    };
    expect(convolutionsPerBlock(resnet18)).toEqual(Array(8).fill(2));
    expect(convolutionsPerBlock(resnet34)).toEqual(Array(16).fill(2));
    expect(convolutionsPerBlock(resnet50)).toEqual(Array(16).fill(3));
  });

  it("builds the document's resnext50_32x4d(num_classes=2)", () => {
    const model = resnext50_32x4d({numClasses: 2});
    try {
      expect(countModel(model).parameters).toBe(
        torchvisionFigures.resnext50_32x4d.parameters - 2048 * 1000 - 1000 + 2048 * 2 + 2
      );
    } finally {
      model.dispose();
    }
  });
});

/** The convolution weights of a bottleneck on a 56×56×256 map, from the layers the zoo builds. */
function bottleneckConvolutionWeights(groups: number, widthPerGroup: number): number[] {
  const input = tf.input({shape: [56, 56, 256]});
  const model = tf.model({inputs: input, outputs: bottleneck(input, "block", {planes: 64, groups, widthPerGroup})});
  try {
    return ["conv1", "conv2", "conv3"].map((conv) => model.getLayer(`block/${conv}`).countParams());
  } finally {
    model.dispose();
  }
}

describe("basicBlock(x, block, options)", () => {
  it("has two 3×3 convolutions of 256 · 3 · 3 · 256 weights at 256 channels, the first strided, and a projection when the shape changes", () => {
    const input = tf.input({shape: [56, 56, 128]});
    const same = basicBlock(input, "same", {planes: 128});
    const halved = basicBlock(same, "halved", {planes: 256, strides: 2});
    const model = tf.model({inputs: input, outputs: halved});
    try {
      expect(["halved/conv1", "halved/conv2"].map((name) => model.getLayer(name).countParams())).toEqual([
        128 * 3 * 3 * 256,
        256 * 3 * 3 * 256
      ]);
      const strides = (name: string) => (model.getLayer(name).getConfig() as {strides: number[]}).strides;
      expect([strides("halved/conv1"), strides("halved/conv2"), strides("halved/downsample.0")]).toEqual([
        [2, 2],
        [1, 1],
        [2, 2]
      ]);
      expect(model.layers.some((layer) => layer.name === "same/downsample.0")).toBe(false);
      expect(halved.shape).toEqual([null, 28, 28, 256]);
    } finally {
      model.dispose();
    }
  });
});

describe("bottleneck(x, block, options)", () => {
  it("has the document's 69,632 convolution weights in ResNet and 70,144 in ResNeXt 32×4d (256 channels in and out)", () => {
    const resnet = bottleneckConvolutionWeights(1, 64);
    const resnext = bottleneckConvolutionWeights(32, 4);
    expect(resnet).toEqual([256 * 1 * 1 * 64, 64 * 3 * 3 * 64, 64 * 1 * 1 * 256]);
    expect(resnext).toEqual([256 * 1 * 1 * 4 * 32, 4 * 3 * 3 * 4 * 32, 4 * 1 * 1 * 256 * 32]);
    expect(resnet.reduce((a, b) => a + b)).toBe(69_632);
    expect(resnext.reduce((a, b) => a + b)).toBe(70_144);
  });

  it("adds the SE unit after the last batch norm and before the addition", () => {
    const input = tf.input({shape: [8, 8, 256], name: "x"});
    const model = tf.model({inputs: input, outputs: bottleneck(input, "block", {planes: 64, squeezeExcitation: true})});
    try {
      const inputsOf = (name: string) => model.getLayer(name).inboundNodes[0].inboundLayers.map((layer) => layer.name);
      expect(inputsOf("block/se.scale")).toEqual(["block/bn3", "block/se.sigmoid"]);
      expect(inputsOf("block/add")).toEqual(["block/se.scale", "x"]);
      expect(inputsOf("block/se.pool")).toEqual(["block/bn3"]);
    } finally {
      model.dispose();
    }
  });

  it("puts the stride on the 3×3 convolution and the projection (torchvision's ResNet v1.5)", () => {
    const input = tf.input({shape: [56, 56, 256]});
    const model = tf.model({inputs: input, outputs: bottleneck(input, "block", {planes: 128, strides: 2})});
    try {
      const strides = (name: string) => (model.getLayer(name).getConfig() as {strides: number[]}).strides;
      expect([
        strides("block/conv1"),
        strides("block/conv2"),
        strides("block/conv3"),
        strides("block/downsample.0")
      ]).toEqual([
        [1, 1],
        [2, 2],
        [1, 1],
        [2, 2]
      ]);
      expect(model.outputs[0].shape).toEqual([null, 28, 28, 512]);
    } finally {
      model.dispose();
    }
  });
});

describe("lectureResnet50(inputShape, classes)", () => {
  it("has the stage shapes of the lecture's ResNet-50 summary (lessons/data/expected/resnet50.json), step by step", async () => {
    const {readFileSync} = await import("node:fs");
    const {summarizeModel} = await import("../../../src/models/summarizeModel.js");
    const {resnetStageSteps} = await import("../../../src/ui/figures/resnetFigures.js");
    const expected = JSON.parse(readFileSync("lessons/data/expected/resnet50.json", "utf8")).cases[0].expected.layers;
    const model = withoutRandomWeights(() => lectureResnet50());
    try {
      const ours = resnetStageSteps(summarizeModel(model).layers, "en");
      const theirs = resnetStageSteps(expected, "en");
      expect(ours).toEqual(theirs);
      expect(ours.map((step) => step.shape[0])).toEqual([64, 70, 32, 15, 15, 8, 4, 2, 1, 6]);
      const strides = (name: string) => (model.getLayer(name).getConfig() as {strides: number[]}).strides;
      expect([strides("layer2.0/conv1"), strides("layer2.0/conv2")]).toEqual([
        [2, 2],
        [1, 1]
      ]);
    } finally {
      model.dispose();
    }
  });
});
