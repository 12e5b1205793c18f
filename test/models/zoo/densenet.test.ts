import type * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {densenet121, densenet201} from "../../../src/models/zoo/densenet.js";
import {expectForwardPass} from "./forwardPass.js";
import {expectTorchvisionArchitecture} from "./torchvision.js";

beforeAll(() => setupNodeTf({backend: "wasm"}));

/** Per dense block, how many earlier outputs feed its layers: one for the first layer, the concatenation's inputs for the others. */
function denseConnections(model: tf.LayersModel, blocks: number): number[] {
  return Array.from({length: blocks}, (_, i) =>
    model.layers
      .filter(
        (layer) => layer.name.startsWith(`features.denseblock${i + 1}.denselayer`) && layer.name.endsWith("/norm1")
      )
      .reduce(
        (sum, norm) =>
          sum +
          (norm.inboundNodes[0].inboundLayers[0].getClassName() === "Concatenate"
            ? norm.inboundNodes[0].inboundLayers[0].inboundNodes[0].inboundLayers.length
            : 1),
        0
      )
  );
}

describe("densenet121(), densenet201()", () => {
  it.each([
    ["densenet121", densenet121, [6, 12, 24, 16]],
    ["densenet201", densenet201, [6, 12, 48, 32]]
  ] as const)(
    "%s has torchvision's parameters, multiply-accumulates and modules, L(L+1)/2 connections per block, and runs",
    async (name, build, layers) => {
      const model = build();
      try {
        expectTorchvisionArchitecture(model, name);
        expect(denseConnections(model, 4)).toEqual(layers.map((L) => (L * (L + 1)) / 2));
        await expectForwardPass(model, 1000);
      } finally {
        model.dispose();
      }
    }
  );
});
