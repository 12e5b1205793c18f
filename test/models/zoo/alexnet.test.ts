import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {alexnet} from "../../../src/models/zoo/alexnet.js";
import {expectForwardPass} from "./forwardPass.js";
import {expectTorchvisionArchitecture} from "./torchvision.js";

beforeAll(() => setupNodeTf({backend: "wasm"}));

describe("alexnet()", () => {
  it("has torchvision's parameters, multiply-accumulates and modules, and runs on a 224×224 image", async () => {
    const model = alexnet();
    try {
      expectTorchvisionArchitecture(model, "alexnet");
      expect(model.inputs[0].shape).toEqual([null, 224, 224, 3]);
      await expectForwardPass(model, 1000);
    } finally {
      model.dispose();
    }
  });
});
