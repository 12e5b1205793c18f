// @vitest-environment jsdom
import {readFileSync} from "node:fs";
import {resolve} from "node:path";
import {describe, expect, it} from "vitest";
import type {SummaryLayer} from "../../../src/check/modelSummary.js";
import {
  residualBlockFigure,
  resnetParts,
  resnetStageSteps,
  resnetStagesFigure
} from "../../../src/ui/figures/resnetFigures.js";

// jsdom gives import.meta.url an http scheme: vitest runs from the repository root.
const expected = JSON.parse(readFileSync(resolve("lessons/data/expected/resnet50.json"), "utf8"));
const layers: SummaryLayer[] = expected.cases[0].expected.layers;

describe("resnetParts(summary)", () => {
  it("finds ResNet-50's 16 blocks, a convolutional one first in each stage, 3 + 4 + 6 + 3", () => {
    const {blocks, stem, head} = resnetParts(layers);
    expect(blocks).toHaveLength(16);
    expect(blocks.map((block) => block.kind[0]).join("")).toBe("ciiciiiciiiiicii");
    expect(stem.at(-1)!.type).toBe("MaxPooling2D");
    expect(head.map((layer) => layer.type)).toEqual(["AveragePooling2D", "Flatten", "Dense"]);
  });

  it("gives an identity block's Add the block's input, and a convolutional block's Add its shortcut's batch norm", () => {
    const {blocks} = resnetParts(layers);
    const identity = blocks[1];
    const add = identity.block.layers.find((layer) => layer.kind === "add")!;
    expect(add.inputs).toContain(`row${identity.inputRow}`);
    expect(layers[identity.inputRow].type).toBe("Activation");
    const convolutional = blocks[3];
    const cAdd = convolutional.block.layers.find((layer) => layer.kind === "add")!;
    expect(cAdd.inputs).not.toContain(`row${convolutional.inputRow}`);
    const readers = convolutional.block.layers.filter((layer) => layer.inputs.includes(`row${convolutional.inputRow}`));
    expect(readers.map((layer) => layer.label)).toEqual(["conv 1×1 /2 → 128", "conv 1×1 /2 → 512"]);
  });
});

describe("residualBlockFigure(summary, {lang, kind})", () => {
  it("draws the identity block's ten layers and its input, the shortcut into the addition", () => {
    const figure = residualBlockFigure(layers, {lang: "en", kind: "identity"});
    const svg = figure.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toMatch(/identity block/);
    expect(svg.querySelectorAll("g.convlab-figure-node")).toHaveLength(11);
    expect([...svg.querySelectorAll(".convlab-figure-label")].map((text) => text.textContent)).toEqual([
      "block input",
      "conv 1×1 → 64",
      "batch norm",
      "ReLU",
      "conv 3×3 → 64",
      "batch norm",
      "ReLU",
      "conv 1×1 → 256",
      "batch norm",
      "+",
      "ReLU"
    ]);
    expect(svg.querySelectorAll("path.convlab-figure-shortcut")).toHaveLength(1);
    expect(figure.querySelector("figcaption")!.textContent).toMatch(/^Figure 2\.2\./);
  });

  it("draws the convolutional block with the shortcut's convolution and batch norm in a second lane", () => {
    const figure = residualBlockFigure(layers, {lang: "ru", kind: "convolutional"});
    const svg = figure.querySelector("svg")!;
    expect(svg.querySelectorAll("g.convlab-figure-node")).toHaveLength(13);
    expect(svg.querySelectorAll("g.convlab-figure-conv")).toHaveLength(4);
    const shapes = [...svg.querySelectorAll(".convlab-figure-shape")].map((text) => text.textContent);
    expect(shapes[0]).toBe("15×15×256");
    expect(shapes.at(-1)).toBe("8×8×512");
    expect(figure.querySelector("figcaption")!.textContent).toMatch(/^Рисунок 2\.3\./);
  });
});

describe("resnetStagesFigure(summary, {lang})", () => {
  it("labels each step with the shape resnet50.json gives after it", () => {
    const steps = resnetStageSteps(layers, "en");
    const byType = (type: string) => layers.find((layer) => layer.type === type)!.outputShape;
    const stageEnds = layers.filter((layer, i) => layer.type === "Activation" && layers[i - 1]?.type === "Add");
    expect(steps.map((step) => step.shape)).toEqual([
      byType("InputLayer"),
      byType("ZeroPadding2D"),
      byType("Conv2D"),
      byType("MaxPooling2D"),
      stageEnds[2].outputShape,
      stageEnds[6].outputShape,
      stageEnds[12].outputShape,
      stageEnds[15].outputShape,
      byType("AveragePooling2D"),
      byType("Dense")
    ]);
    expect(steps.map((step) => step.shape[0])).toEqual([64, 70, 32, 15, 15, 8, 4, 2, 1, 6]);
    expect(steps[5].label).toBe("stage 3 · 4 blocks");
    const figure = resnetStagesFigure(layers, {lang: "ru"});
    expect([...figure.querySelectorAll(".convlab-figure-shape")].map((text) => text.textContent)).toEqual(
      steps.map((step) => step.shape.join("×"))
    );
    expect(figure.textContent).toContain("этап 4 · 6 блоков");
  });
});
