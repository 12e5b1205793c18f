import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {vgg16, vgg16Bn, vgg19, vgg19Bn} from "../../../src/models/zoo/vgg.js";
import {expectForwardPass} from "./forwardPass.js";
import {expectTorchvisionArchitecture} from "./torchvision.js";

beforeAll(() => setupNodeTf({backend: "wasm"}));

describe("vgg16(), vgg16Bn(), vgg19(), vgg19Bn()", () => {
  it.each([
    {name: "vgg16", build: vgg16, convolutions: 13, batchNorms: 0},
    {name: "vgg16_bn", build: vgg16Bn, convolutions: 13, batchNorms: 13},
    {name: "vgg19", build: vgg19, convolutions: 16, batchNorms: 0},
    {name: "vgg19_bn", build: vgg19Bn, convolutions: 16, batchNorms: 16}
  ] as const)(
    "$name has torchvision's parameters, multiply-accumulates and modules ($convolutions convolutions, $batchNorms batch norms) and runs",
    async ({name, build, convolutions, batchNorms}) => {
      const model = build();
      try {
        expectTorchvisionArchitecture(model, name);
        const classes = model.layers.map((layer) => layer.getClassName());
        expect(classes.filter((c) => c === "Conv2D")).toHaveLength(convolutions);
        expect(classes.filter((c) => c === "BatchNormalization")).toHaveLength(batchNorms);
        expect(model.name).toBe(name);
        await expectForwardPass(model, 1000);
      } finally {
        model.dispose();
      }
    }
  );
});
