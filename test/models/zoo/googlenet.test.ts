import * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {googlenet, inceptionV1Module} from "../../../src/models/zoo/googlenet.js";
import {ceilModeExtra, maxPool2d} from "../../../src/models/zoo/torchLayers.js";
import {countModel, withoutRandomWeights} from "../../../src/models/zoo/index.js";
import {expectForwardPass} from "./forwardPass.js";
import {expectTorchvisionArchitecture, torchvisionDocumented} from "./torchvision.js";

beforeAll(() => setupNodeTf({backend: "wasm"}));

describe("googlenet()", () => {
  it("has torchvision's parameters, multiply-accumulates and modules (aux_logits=False), and runs", async () => {
    const model = googlenet();
    try {
      expectTorchvisionArchitecture(model, "googlenet");
      await expectForwardPass(model, 1000);
    } finally {
      model.dispose();
    }
  });

  it("matches torchvision's documented 6,624,904 parameters and 1.50 GFLOPS", () => {
    const counts = withoutRandomWeights(() => {
      const model = googlenet();
      try {
        return countModel(model);
      } finally {
        model.dispose();
      }
    });
    expect(counts.parameters).toBe(torchvisionDocumented.googlenet.parameters);
    expect(Number((counts.macs / 1e9).toFixed(2))).toBe(torchvisionDocumented.googlenet.gmacs);
  });

  it("rounds its max poolings' windows up, as ceil_mode=True: 112 → 56 → 28 → 14 → 7", () => {
    const model = withoutRandomWeights(() => googlenet({numClasses: 3}));
    try {
      const sides = ["maxpool1", "maxpool2", "maxpool3", "maxpool4"].map((name) => model.getLayer(name).outputShape[1]);
      expect(sides).toEqual([56, 28, 14, 7]);
      expect(model.getLayer("inception5b/cat").outputShape).toEqual([null, 7, 7, 1024]);
      expect(model.outputs[0].shape).toEqual([null, 3]);
    } finally {
      model.dispose();
    }
  });
});

describe("inceptionV1Module(x, block, channels)", () => {
  it("concatenates its four branches: 64 + 128 + 32 + 32 = 256 channels out of inception3a, map size kept", () => {
    const input = tf.input({shape: [28, 28, 192]});
    const output = inceptionV1Module(input, "m", {
      ch1x1: 64,
      ch3x3red: 96,
      ch3x3: 128,
      ch5x5red: 16,
      ch5x5: 32,
      poolProj: 32
    });
    const model = tf.model({inputs: input, outputs: output});
    try {
      expect(output.shape).toEqual([null, 28, 28, 256]);
      const kernel = (name: string) => (model.getLayer(name).getConfig() as {kernelSize: number[]}).kernelSize;
      expect(kernel("m/branch3.1.conv")).toEqual([3, 3]); // torchvision's 3×3 where the paper has 5×5
      expect(model.getLayer("m/branch4.0").getClassName()).toBe("MaxPooling2D");
    } finally {
      model.dispose();
    }
  });
});

describe("ceilModeExtra(n, kernel, stride, padding) and maxPool2d(…, {ceilMode})", () => {
  it.each([
    // n, k, s, p, extra zeros after, the output size of PyTorch's nn.MaxPool2d(k, s, p, ceil_mode=True) (run once)
    [112, 3, 2, 0, 1, 56],
    [56, 3, 2, 0, 1, 28],
    [14, 2, 2, 0, 0, 7],
    [28, 3, 1, 1, 0, 28],
    [6, 3, 2, 1, 1, 4],
    [5, 2, 2, 1, 0, 3] // a 4th window would start in the padding after the input: dropped
  ])("n = %i, k = %i, s = %i, p = %i: %i more zeros, %i windows", (n, k, s, p, extra, windows) => {
    expect(ceilModeExtra(n, k, s, p)).toBe(extra);
    const input = tf.input({shape: [n, n, 1]});
    const output = maxPool2d(input, "pool", {kernelSize: k, strides: s, padding: p, ceilMode: true});
    expect(output.shape).toEqual([null, windows, windows, 1]);
  });
});
