// @vitest-environment jsdom
import * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {bottleneck, describeModel, type ModelDescription} from "../../src/models/zoo/index.js";
import {
  factorizationTable,
  labelSmoothingView,
  layerKindTable,
  residualBlockTable,
  squeezeTable,
  stackedKernelsView,
  zooTable
} from "../../src/ui/surveyTables.js";
import {labelSmoothingLosses, type LabelSmoothingOptions} from "../../src/run/labelSmoothingLosses.js";

/** A table's body as rows of cell texts, no-break spaces made plain. */
const cells = (table: HTMLElement) =>
  [...table.querySelectorAll("tbody tr")].map((row) =>
    [...row.querySelectorAll("td")].map((td) => td.textContent!.replace(/\u00a0/g, " "))
  );
const headers = (table: HTMLElement) => [...table.querySelectorAll("th")].map((th) => th.textContent);

let models: Record<string, ModelDescription>;

beforeAll(async () => {
  await setupNodeTf();
  const input = tf.input({shape: [16, 16, 64], name: "input"});
  const x = bottleneck(bottleneck(input, "layer1.0", {planes: 16}), "layer1.1", {planes: 16});
  const model = tf.model({inputs: input, outputs: x, name: "tiny"});
  models = {tiny: describeModel(model)};
  model.dispose();
});

describe("the survey's tables", () => {
  it("factorizationTable counts the weights of each factorization of a 5×5 kernel, in the page's language", () => {
    const before = tf.memory().numTensors;
    const table = factorizationTable({lang: "ru"});
    expect(tf.memory().numTensors).toBe(before); // the layers counted are freed
    expect(cells(table).map(([, one]) => one)).toEqual(["25", "18", "9", "6", "12"]);
    expect(cells(table)[0][2]).toBe("102 400");
    expect(cells(table)[4][0]).toBe("(1×3 → 3×1) дважды");
    expect(headers(factorizationTable({lang: "en"}))).toEqual([
      "layers",
      "weights, 1 channel",
      "weights, 64 → 64 channels"
    ]);
  });

  it("residualBlockTable and layerKindTable count a model's blocks and layers", () => {
    expect(cells(residualBlockTable(models, ["tiny"], {lang: "en"}))[0].slice(0, 3)).toEqual(["tiny", "2", "2"]);
    const [row] = cells(layerKindTable(models, ["tiny"], {lang: "ru"}));
    expect(row.slice(1, 5)).toEqual(["6", "0", "6", "6"]);
  });

  it("zooTable writes sizes with the page's decimal mark", () => {
    const [row] = cells(
      zooTable({tiny: {...models.tiny, weightBytes: 553_430_176, macs: 4_089_184_256}}, {lang: "ru"})
    );
    expect([row[0], row[3], row[4]]).toEqual(["tiny", "4,09 млрд", "553,4 МБ"]);
  });

  it("labelSmoothingView's smoothed labels sum to 1, and both losses agree", async () => {
    const losses = async (options: LabelSmoothingOptions) => labelSmoothingLosses(tf, options);
    const view = await labelSmoothingView({alpha: 0.1, classes: 5}, {lang: "en", losses});
    const [row] = cells(view.querySelector("table")!);
    expect(row.slice(0, 3)).toEqual(["1.000000", "0.9200", "0.0200"]);
    expect(row[3]).toBe(row[4]);
    expect(view.querySelectorAll(".convlab-bar, rect").length).toBeGreaterThan(0);
  });

  it("squeezeTable and stackedKernelsView draw from TensorFlow.js", () => {
    expect(cells(squeezeTable({lang: "ru"}))).toHaveLength(6);
    expect(cells(squeezeTable({lang: "ru"}))[0][1]).toMatch(/^-?\d,\d{4}$/);
    expect(stackedKernelsView({lang: "en"}).textContent).toContain("3×3, then 3×3");
  });
});
