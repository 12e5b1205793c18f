import {describe, expect, it} from "vitest";
import {
  canonicalOrder,
  compareSummaries,
  describeSummaryComparison,
  formatOutputShape,
  parseSummary,
  summaryTotals,
  type ModelSummary,
  type SummaryLayer
} from "../../src/check/modelSummary.js";

const layer = (
  type: string,
  outputShape: number[],
  params: number,
  depth: number,
  nonTrainableParams = 0
): SummaryLayer => ({type, outputShape, params, nonTrainableParams, depth});

/** A small residual model: input, two parallel convolutions, their sum. */
const residual: ModelSummary = {
  layers: [
    layer("InputLayer", [8, 8, 3], 0, 0),
    layer("Conv2D", [4, 4, 16], 64, 1),
    layer("BatchNormalization", [4, 4, 16], 64, 2, 32),
    layer("Conv2D", [4, 4, 16], 448, 1),
    layer("Add", [4, 4, 16], 0, 3)
  ]
};

describe("summaryTotals(summary)", () => {
  it("adds every layer's parameters and splits off the non-trainable ones, as Keras prints them", () => {
    expect(summaryTotals(residual)).toEqual({total: 576, trainable: 544, nonTrainable: 32});
  });
});

describe("parseSummary(value)", () => {
  it("accepts a summary and keeps only the known fields", () => {
    const parsed = parseSummary({layers: [{...residual.layers[0], extra: "ignored", name: "input_1"}]});
    expect(parsed).toEqual({ok: true, value: {layers: [{...residual.layers[0], name: "input_1"}]}});
  });

  it.each([
    ["not an object", 42, "a model summary was expected, got 42"],
    ["no layers", {}, "a model summary was expected"],
    ["a layer that is not an object", {layers: [null]}, "layer 1: null instead of a layer's description"],
    ["an empty type", {layers: [{...residual.layers[0], type: ""}]}, "layer 1: a malformed layer type"],
    ["a huge type", {layers: [{...residual.layers[0], type: "x".repeat(100)}]}, "layer 1: a malformed layer type"],
    ["a fractional size", {layers: [{...residual.layers[0], outputShape: [1.5]}]}, "layer 1: a malformed output shape"],
    ["a string size", {layers: [{...residual.layers[0], outputShape: ["8"]}]}, "layer 1: a malformed output shape"],
    [
      "negative parameters",
      {layers: [{...residual.layers[0], params: -1}]},
      "layer 1: a malformed parameter count or depth"
    ],
    [
      "more non-trainable than all parameters",
      {layers: [{...residual.layers[0], nonTrainableParams: 1}]},
      "layer 1: a malformed parameter count or depth"
    ],
    ["a class instance", {layers: [new (class Row {})()]}, "layer 1: object instead of a layer's description"]
  ])("rejects %s with a message", (_, value, message) => {
    const parsed = parseSummary(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.en).toContain(message);
  });

  it("keeps an unknown size (Keras's None) as -1", () => {
    const parsed = parseSummary({layers: [{...residual.layers[0], outputShape: [-1, 8, 3]}]});
    expect(parsed.ok && parsed.value.layers[0].outputShape).toEqual([-1, 8, 3]);
  });
});

describe("compareSummaries(expected, got)", () => {
  it("finds a model equal to itself", () => {
    expect(compareSummaries(residual, structuredClone(residual))).toEqual({kind: "equal"});
  });

  it("ignores the order of parallel branches at the same depth", () => {
    const swapped = {
      layers: [residual.layers[0], residual.layers[3], residual.layers[1], residual.layers[2], residual.layers[4]]
    };
    expect(compareSummaries(residual, swapped)).toEqual({kind: "equal"});
  });

  it.each([
    ["type", {type: "DepthwiseConv2D"}, "layer no. 2 (Conv2D): type DepthwiseConv2D, expected Conv2D"],
    ["output shape", {outputShape: [5, 5, 16]}, "output shape (None, 5, 5, 16), expected (None, 4, 4, 16)"],
    ["parameters", {params: 65}, "65 parameters, expected 64"]
  ])("names the first layer whose %s differs", (_, change, message) => {
    const got = structuredClone(residual);
    Object.assign(got.layers[1], change);
    const comparison = compareSummaries(residual, got);
    expect(comparison.kind).toBe("layer");
    expect(describeSummaryComparison(comparison).en).toContain(message);
  });

  it("reports non-trainable parameters that differ when the totals agree", () => {
    const got = structuredClone(residual);
    got.layers[2].nonTrainableParams = 0;
    expect(describeSummaryComparison(compareSummaries(residual, got)).en).toContain(
      "0 non-trainable parameters, expected 32"
    );
  });

  it("reports a missing layer with the count and the first layer missing", () => {
    const got = {layers: residual.layers.filter((row) => row.type !== "BatchNormalization")};
    const comparison = compareSummaries(residual, got);
    expect(comparison.kind).toBe("layer-count");
    const message = describeSummaryComparison(comparison);
    expect(message.en).toBe(
      "the model has 4 layers, 5 were expected; layer no. 3 (depth 2) is missing: BatchNormalization (None, 4, 4, 16), 64"
    );
    expect(message.ru).toContain("слоёв в модели: 4, а должно быть 5");
  });

  it("reports an extra layer at the end", () => {
    const got = {layers: [...residual.layers, layer("Activation", [4, 4, 16], 0, 4)]};
    expect(describeSummaryComparison(compareSummaries(residual, got)).en).toContain(
      "an extra layer at depth 4: Activation (None, 4, 4, 16), 0"
    );
  });

  it("pairs a changed layer with one of its own type at the same depth, whatever the order", () => {
    const got = structuredClone(residual);
    got.layers[3].params = 449; // the second Conv2D at depth 1
    expect(describeSummaryComparison(compareSummaries(residual, got)).en).toBe(
      "layer no. 4 (Conv2D): 449 parameters, expected 448; (1 layer differs in all)"
    );
  });

  it("counts every differing layer", () => {
    const got = structuredClone(residual);
    for (const row of got.layers) row.outputShape = [1, 1, 1];
    const comparison = compareSummaries(residual, got);
    expect(comparison.kind === "layer" && comparison.differing).toBe(5);
  });
});

describe("canonicalOrder(layers)", () => {
  it("orders by depth, then type, output shape and parameters", () => {
    expect(canonicalOrder(residual.layers).map((row) => `${row.depth} ${row.type} ${row.params}`)).toEqual([
      "0 InputLayer 0",
      "1 Conv2D 64",
      "1 Conv2D 448",
      "2 BatchNormalization 64",
      "3 Add 0"
    ]);
  });
});

describe("formatOutputShape(shape)", () => {
  it.each([
    [[15, 15, 256], "(None, 15, 15, 256)"],
    [[6], "(None, 6)"],
    [[-1, 3], "(None, None, 3)"]
  ])("prints %j as Keras does: %s", (shape, text) => {
    expect(formatOutputShape(shape)).toBe(text);
  });
});
