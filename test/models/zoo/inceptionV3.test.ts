import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {inceptionV3} from "../../../src/models/zoo/inceptionV3.js";
import {multiplyAccumulates, splitLayerName} from "../../../src/models/zoo/index.js";
import {expectForwardPass} from "./forwardPass.js";
import {expectTorchvisionArchitecture, torchvisionReference} from "./torchvision.js";

beforeAll(() => setupNodeTf({backend: "wasm"}));

describe("inceptionV3()", () => {
  it("has torchvision's parameters, multiply-accumulates and modules, with the auxiliary classifier, and runs on 299×299", async () => {
    const model = inceptionV3({numClasses: 7});
    const reference = inceptionV3();
    try {
      expectTorchvisionArchitecture(reference, "inception_v3");
      const auxiliary = reference.layers.filter((layer) => splitLayerName(layer.name).block === "AuxLogits");
      expect(auxiliary.reduce((sum, layer) => sum + multiplyAccumulates(layer), 0)).toBe(
        torchvisionReference.models.inception_v3.auxMacs
      );
      expect(model.inputs[0].shape).toEqual([null, 299, 299, 3]);
      expect(model.outputs.map((output) => output.shape)).toEqual([
        [null, 7],
        [null, 7]
      ]); // logits, auxiliary logits
      await expectForwardPass(model, 7);
    } finally {
      model.dispose();
      reference.dispose();
    }
  });

  it("pools the Inception modules' pooling branch with padding counted in the average, as PyTorch's avg_pool2d does", () => {
    const model = inceptionV3();
    try {
      const pooling = model.getLayer("Mixed_5b/avg_pool2d");
      expect(pooling.getClassName()).toBe("AveragePooling2D");
      expect((pooling.getConfig() as {padding: string}).padding).toBe("valid"); // after explicit zero padding
      expect(model.getLayer("Mixed_5b/avg_pool2d.pad").getClassName()).toBe("ZeroPadding2D");
    } finally {
      model.dispose();
    }
  });
});
