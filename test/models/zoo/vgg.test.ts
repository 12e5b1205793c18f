import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {withoutRandomWeights} from "../../../src/models/zoo/index.js";
import {vgg16, vgg16Bn, vgg19, vgg19Bn} from "../../../src/models/zoo/vgg.js";
import {expectForwardPass} from "./forwardPass.js";
import {expectTorchvisionArchitecture} from "./torchvision.js";

beforeAll(() => setupNodeTf({backend: "wasm"}));

describe("vgg16(), vgg16Bn(), vgg19(), vgg19Bn()", () => {
  // The counts and modules depend on the structure alone: built with zeros for weights, which is most of the
  // cost saved (a VGG draws 143 million random weights: 7 of the 12 CPU seconds a forward pass took). One
  // forward pass with random weights, VGG-19 with batch norm: it runs every kind of layer the others have
  // (3×3 convolutions, ReLU, max pooling, adaptive average pooling, dropout, the classifier), built by the
  // same code; VGG-19 is the same network without its batch norms, VGG-16 the same layers, fewer.
  it.each([
    {name: "vgg16", build: vgg16, convolutions: 13, batchNorms: 0, runs: false},
    {name: "vgg16_bn", build: vgg16Bn, convolutions: 13, batchNorms: 13, runs: false},
    {name: "vgg19", build: vgg19, convolutions: 16, batchNorms: 0, runs: false},
    {name: "vgg19_bn", build: vgg19Bn, convolutions: 16, batchNorms: 16, runs: true}
  ] as const)(
    "$name has torchvision's parameters, multiply-accumulates and modules ($convolutions convolutions, $batchNorms batch norms; runs with random weights: $runs)",
    async ({name, build, convolutions, batchNorms, runs}) => {
      const model = runs ? build() : withoutRandomWeights(build);
      try {
        expectTorchvisionArchitecture(model, name);
        const classes = model.layers.map((layer) => layer.getClassName());
        expect(classes.filter((c) => c === "Conv2D")).toHaveLength(convolutions);
        expect(classes.filter((c) => c === "BatchNormalization")).toHaveLength(batchNorms);
        expect(model.name).toBe(name);
        if (runs) await expectForwardPass(model, 1000);
      } finally {
        model.dispose();
      }
    }
  );
});
