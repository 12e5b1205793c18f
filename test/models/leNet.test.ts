import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {
  createLeNet,
  leNetParameterCount,
  leNetShapes,
  leNetVariableNames,
  trainableVariables
} from "../../src/models/index.js";
import {leNetDocumentVariables} from "../documents/transcribed.js";

beforeAll(async () => {
  await setupNodeTf();
});

describe("createLeNet(options)", () => {
  it("with the document's blocks on 32×32×3 has exactly the trainable variables the document lists", () => {
    const expected = leNetDocumentVariables;
    expect(expected).toHaveLength(10);
    const model = createLeNet({inputShape: [32, 32, 3], asInDocument: true});
    const variables = trainableVariables(model);
    expect(variables.map((v) => v.shape)).toEqual(expected.map((v) => v.shape));
    expect(variables.map((v) => v.name)).toEqual(expected.map((v) => v.name.replace("weights", "kernel")));
    expect(model.outputShape).toEqual([null, 10]);
    model.dispose();
  });

  it("with the lesson's blocks gives fc1 5·5·16 = 400 inputs instead of 1024", () => {
    const model = createLeNet({inputShape: [32, 32, 3]});
    expect(trainableVariables(model)[4].shape).toEqual([400, 120]);
    model.dispose();
  });

  it("returns an uncompiled model whose output has `classes` logits", () => {
    const model = createLeNet({classes: 6});
    expect(model.outputShape).toEqual([null, 6]);
    expect(model.optimizer).toBeUndefined();
    model.dispose();
  });
});

describe("leNetShapes(inputShape, options)", () => {
  const grid: Array<[[number, number, number], boolean]> = [];
  for (const shape of [
    [32, 32, 3],
    [32, 32, 1],
    [28, 28, 1],
    [17, 23, 2],
    [40, 19, 4]
  ] as Array<[number, number, number]>) {
    for (const asInDocument of [false, true]) grid.push([shape, asInDocument]);
  }

  it.each(grid)("for %j (document's blocks: %s) agrees with the model tfjs builds", (inputShape, asInDocument) => {
    const model = createLeNet({inputShape, asInDocument});
    const shapes = leNetShapes(inputShape, {asInDocument});
    expect(shapes.variables).toEqual(trainableVariables(model).map((v) => v.shape));
    expect(leNetVariableNames).toEqual(trainableVariables(model).map((v) => v.name));
    expect(leNetParameterCount(inputShape, {asInDocument})).toBe(model.countParams());
    for (const stage of shapes.stages.slice(1)) {
      const layer = model.layers.find((l) => l.name === stage.layer || l.name === `${stage.layer}/relu`)!;
      expect([stage.layer, (layer.outputShape as number[]).slice(1)]).toEqual([stage.layer, stage.shape]);
    }
    model.dispose();
  });

  it("walks 32 → 28 → 14 → 10 → 5 with valid convolutions", () => {
    expect(leNetShapes([32, 32, 1]).stages.map((s) => s.shape[0])).toEqual([32, 28, 14, 10, 5, 400, 120, 84, 10]);
  });
});
