// @vitest-environment jsdom
import * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {bottleneck, describeModel, type ModelDescription} from "../../src/models/zoo/index.js";
import {modelDiagram} from "../../src/ui/modelDiagram.js";
import {modelPanel} from "../../src/ui/modelPanel.js";

let description: ModelDescription;

beforeAll(async () => {
  await setupNodeTf();
  const input = tf.input({shape: [16, 16, 64], name: "input"});
  let x = bottleneck(input, "layer1.0", {planes: 32});
  x = bottleneck(x, "layer1.1", {planes: 32, squeezeExcitation: true});
  x = bottleneck(x, "layer2.0", {planes: 32, strides: 2});
  const model = tf.model({inputs: input, outputs: x, name: "tiny"});
  description = describeModel(model);
  model.dispose();
});

describe("modelDiagram(description, {lang})", () => {
  it("draws a row per stage with a chip per block, and the first residual block's layers", () => {
    const diagram = modelDiagram(description, {lang: "en"});
    expect(diagram.querySelectorAll("g.convlab-diagram-stage")).toHaveLength(description.stages.length);
    expect(
      [...diagram.querySelectorAll("rect.convlab-diagram-chip")].map((chip) => chip.getAttribute("data-block"))
    ).toEqual(["input", "layer1.0", "layer1.1", "layer2.0"]);
    expect(diagram.dataset.block).toBe("layer1.0");
    const kinds = [...diagram.querySelectorAll("g.convlab-diagram-node")].map((node) => node.getAttribute("data-kind"));
    expect(kinds.filter((kind) => kind === "conv")).toHaveLength(4); // conv1, conv2, conv3, downsample.0
    expect(kinds).toContain("outside");
    expect(diagram.querySelector(".convlab-block-title")!.textContent).toContain("layer1.0");
  });

  it("shows another block's layers when its chip is clicked", () => {
    const diagram = modelDiagram(description, {lang: "ru"});
    const chip = diagram.querySelector<SVGRectElement>('rect.convlab-diagram-chip[data-block="layer1.1"]')!;
    chip.dispatchEvent(new MouseEvent("click", {bubbles: true}));
    expect(diagram.dataset.block).toBe("layer1.1");
    expect(chip.getAttribute("stroke")).toBe("currentColor");
    expect(diagram.querySelectorAll('g.convlab-diagram-node[data-kind="scale"]')).toHaveLength(1); // the SE unit
    expect(diagram.textContent).toContain("блок");
  });

  it("lets the keyboard pick a block: each chip is a focusable button, Enter or Space picks it", () => {
    const diagram = modelDiagram(description, {lang: "en"});
    const chips = [...diagram.querySelectorAll<SVGRectElement>("rect.convlab-diagram-chip")];
    for (const chip of chips) {
      expect(chip.getAttribute("tabindex")).toBe("0");
      expect(chip.getAttribute("role")).toBe("button");
      expect(chip.getAttribute("aria-label")).toContain(chip.getAttribute("data-block"));
    }
    const chip = diagram.querySelector<SVGRectElement>('rect.convlab-diagram-chip[data-block="layer1.1"]')!;
    chip.dispatchEvent(new KeyboardEvent("keydown", {key: "a", bubbles: true}));
    expect(diagram.dataset.block).not.toBe("layer1.1");
    chip.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true}));
    expect(diagram.dataset.block).toBe("layer1.1");
  });
});

describe("modelPanel(descriptions, {lang})", () => {
  it("lists the model's counts and the feature map after each stage", () => {
    const panel = modelPanel([description], {lang: "en"});
    const facts = panel.querySelector("table.convlab-model-facts")!.textContent!;
    expect(facts).toContain(description.parameters.toLocaleString("en-US"));
    expect(facts).toContain(description.macs.toLocaleString("en-US"));
    const stages = [...panel.querySelectorAll("table.convlab-stage-table tbody tr")].map(
      (row) => row.children[1].textContent
    );
    expect(stages).toEqual(["16×16×128", "8×8×128"]); // the input joins the first stage: same spatial size
    expect(panel.querySelector("button.convlab-run")).toBeNull(); // no builder given
  });

  it('gives every model a "build and run" button for the zoo\'s compute worker with builders "zoo"', () => {
    const other = {...description, name: "another"};
    const panel = modelPanel([description, other], {lang: "en", builders: "zoo"});
    expect(panel.querySelector(".convlab-model-runner")?.getAttribute("data-model")).toBe(description.name);
    const select = panel.querySelector<HTMLSelectElement>("select.convlab-model-select")!;
    select.value = "another";
    select.dispatchEvent(new Event("change"));
    expect(panel.querySelector(".convlab-model-runner")?.getAttribute("data-model")).toBe("another");
  });
});
