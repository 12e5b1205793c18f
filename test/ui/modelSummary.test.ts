// @vitest-environment jsdom
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import type {ModelSummary} from "../../src/check/modelSummary.js";
import {formatModelSummary, kerasNames, modelSummaryView, snakeCase} from "../../src/ui/modelSummary.js";

// Read from the project root (vitest's working directory): jsdom gives import.meta.url another scheme.
const resnet = JSON.parse(readFileSync("data/expected/resnet50.json", "utf8")).cases[0].expected as {
  layers: ModelSummary["layers"];
};
const small: ModelSummary = {
  layers: [
    {type: "InputLayer", outputShape: [8, 8, 3], params: 0, nonTrainableParams: 0, depth: 0},
    {type: "Conv2D", outputShape: [8, 8, 4], params: 112, nonTrainableParams: 0, depth: 1},
    {type: "BatchNormalization", outputShape: [8, 8, 4], params: 16, nonTrainableParams: 8, depth: 2},
    {type: "Conv2D", outputShape: [4, 4, 4], params: 20, nonTrainableParams: 0, depth: 3, name: "shortcut"}
  ]
};

describe("snakeCase(name) and kerasNames(summary)", () => {
  it.each([
    ["Conv2D", "conv2d"],
    ["BatchNormalization", "batch_normalization"],
    ["ZeroPadding2D", "zero_padding2d"],
    ["MaxPooling2D", "max_pooling2d"],
    ["AveragePooling2D", "average_pooling2d"],
    ["Dense", "dense"]
  ])("%s is %s, as Keras names it", (type, name) => {
    expect(snakeCase(type)).toBe(name);
  });

  it("numbers repeated types from the second one on and keeps given names", () => {
    expect(kerasNames(small)).toEqual(["input_1", "conv2d", "batch_normalization", "shortcut"]);
    expect(
      kerasNames({layers: resnet.layers})
        .filter((name) => name.startsWith("conv2d"))
        .at(-1)
    ).toBe("conv2d_52");
  });
});

describe("formatModelSummary(summary)", () => {
  it("prints the table and the totals as Keras's model.summary() does", () => {
    const text = formatModelSummary(small, {title: "tiny"});
    const lines = text.split("\n");
    expect(lines[0]).toBe('Model: "tiny"');
    expect(lines[2]).toMatch(/^ Layer \(type\) +Output Shape +Param #$/);
    expect(lines[5]).toMatch(/^ conv2d \(Conv2D\) +\(None, 8, 8, 4\) +112$/);
    expect(lines.slice(-4, -1)).toEqual(["Total params: 148", "Trainable params: 140", "Non-trainable params: 8"]);
  });

  it("gives the document's ResNet-50 its 177 rows and totals", () => {
    const text = formatModelSummary({layers: resnet.layers});
    expect(text).toContain("Total params: 23,600,006\nTrainable params: 23,546,886\nNon-trainable params: 53,120");
    expect(text).toMatch(/ max_pooling2d \(MaxPooling2D\) +\(None, 15, 15, 64\) +0/);
    expect(text).toMatch(/ dense \(Dense\) +\(None, 6\) +12,294/);
    expect(text.split("\n")).toHaveLength(177 + 9);
  });
});

describe("modelSummaryView(summary, options)", () => {
  it("keeps the totals in view and every layer in a block that opens", () => {
    const view = modelSummaryView({layers: resnet.layers}, {lang: "ru", title: "ResNet50"});
    expect(view.dataset).toMatchObject({total: "23600006", nonTrainable: "53120", layers: "177"});
    expect(view.querySelector(".convlab-summary-totals")!.textContent).toBe(
      "Total params: 23,600,006\nTrainable params: 23,546,886\nNon-trainable params: 53,120"
    );
    expect(view.querySelector("details summary")!.textContent).toBe("Все слои (177)");
    expect(view.querySelector("details")!.hasAttribute("open")).toBe(false);
  });
});
