// @vitest-environment jsdom
import {readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {DocumentedFile} from "../../src/exercises/index.js";
import {batchNormSteps} from "../../src/models/batchNormSteps.js";
import {conv2dParameterCounts, type ConvolutionLayerSize} from "../../src/models/demoTables.js";
import {documentBlockCalls} from "../../src/models/demoTables.js";
import {crossEntropyLosses, type CrossEntropyOptions} from "../../src/run/crossEntropyLosses.js";
import {batchNormDemo} from "../../src/ui/batchNormDemo.js";
import {
  documentBlocksView,
  documentPoolingView,
  outputShapeTable,
  parameterCountTable
} from "../../src/ui/convolutionTables.js";
import {crossEntropyTable} from "../../src/ui/crossEntropyTable.js";
import {leNetStageTable, leNetVariableTable} from "../../src/ui/leNetTables.js";

const cells = (table: Element) =>
  [...table.querySelectorAll("tbody tr")].map((row) =>
    [...row.querySelectorAll("td")].map((td) => td.textContent!.replace(/\u00a0/g, " "))
  );
const example = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9]
];

beforeAll(async () => {
  await setupNodeTf();
});

describe("lesson 1's tables", () => {
  it("parameterCountTable agrees with the corrected formula and not with the document's", async () => {
    // The page asks the compute worker for tfjs's counts; here the same computation runs on node's tfjs.
    const tf = await setupNodeTf();
    const counts = async (layers: readonly ConvolutionLayerSize[]) => conv2dParameterCounts(tf, layers);
    const [row] = cells(await parameterCountTable([[3, 64, 128]], {lang: "ru", counts}));
    expect(row).toEqual(["3", "64", "128", "73 856", "81 920", "73 856"]);
  });

  it("outputShapeTable gives tf.conv2d's output sizes for 7×7 with a 3×3 kernel", () => {
    const table = outputShapeTable(
      [
        [1, "same"],
        [1, "valid"],
        [2, "same"],
        [2, "valid"]
      ],
      {lang: "ru"}
    );
    expect(cells(table).map((row) => row[4])).toEqual(["7×7", "5×5", "4×4", "3×3"]);
    expect(table.querySelector("th")!.textContent).toBe("вход");
  });

  it("documentPoolingView puts the lecture's pooling next to tf.maxPool's, captioned in the page's language", () => {
    const view = documentPoolingView([[example, 3, "same", 1]], {lang: "en"});
    expect(
      [...view.querySelectorAll("figcaption, caption, .convlab-matrix-caption")].map((c) => c.textContent)
    ).toEqual(expect.arrayContaining(["lecture's code: 3×3, 3×3, same, stride 1", "tf.maxPool: the same call"]));
  });

  it("documentBlocksView gives the shapes of the document's block calls", async () => {
    const tf = await setupNodeTf();
    const calls = async (matrix: number[][]) => documentBlockCalls(tf, matrix);
    const view = await documentBlocksView(example, {lang: "en", calls});
    const shapes = cells(view.querySelector("table")!).map((row) => row[2]);
    expect(shapes).toEqual(["(1, 3, 3, 3)", "(1, 2, 2, 1)", "(1, 9)", "(1, 18)", "(1, 3, 3, 6)"]);
    const {pooled, dense18} = await calls(example);
    expect(pooled).toEqual([
      [5, 6],
      [8, 9]
    ]);
    // Zeros in: what comes out is the layer's bias alone, one row of 18.
    expect(dense18.map((row) => row.length)).toEqual([18]);
    expect(dense18[0].every(Number.isFinite)).toBe(true);
    expect(() => documentBlockCalls(tf, [[1, 2, 3]])).toThrow(RangeError);
    expect(() =>
      documentBlockCalls(tf, [
        [1, 2, 3],
        [4, NaN, 6],
        [7, 8, 9]
      ])
    ).toThrow(RangeError);
  });

  it("leNetStageTable and leNetVariableTable show fc1's 1024 inputs with the document's blocks and 400 without", () => {
    const documented = JSON.parse(readFileSync("data/expected/le-net.json", "utf8")) as DocumentedFile;
    const variables = cells(leNetVariableTable({lang: "en", documented}));
    const fc1 = variables.find((row) => row[0].startsWith("fc1") && row[0].endsWith("kernel"))!;
    expect(fc1.slice(1)).toEqual(["(1024, 120)", "(1024, 120)", "(400, 120)"]);
    expect(cells(leNetStageTable({lang: "ru"})).length).toBeGreaterThan(3);
  });

  it("crossEntropyTable gives ln 2 and ln 10 at all-zero logits, with the decimal comma in Russian", async () => {
    const tf = await setupNodeTf();
    const losses = async (options: CrossEntropyOptions) => crossEntropyLosses(tf, options);
    const [zeros] = cells(await crossEntropyTable({lang: "ru", losses}));
    expect(zeros).toEqual(["все логиты 0", "0,6931", "2,3026"]);
  });

  it("batchNormDemo draws the batch's statistics and the moving averages' progress from batchNormSteps", async () => {
    // The page's demo asks the compute worker; here the same computation runs on node's tfjs.
    const tf = await setupNodeTf();
    const demo = await batchNormDemo(
      [
        [1, 10],
        [3, 20],
        [5, 30],
        [7, 40]
      ],
      {lang: "ru", run: async (options) => batchNormSteps(tf, options)}
    );
    expect([demo.mean, demo.variance]).toEqual(["4,000; 25,000", "5,000; 125,000"]);
    const rows = cells(demo.element);
    expect(rows.map((row) => row[1])).toEqual(["0", "1", "50"]);
    expect(rows[1][4]).toBe("-1,342; -1,342");
  });
});

describe("outputShapeExplorer", () => {
  it("recomputes tf.conv2d's output for same, valid and p zeros on each side as a slider moves", async () => {
    const {outputShapeExplorer, convolutionOutputSide} = await import("../../src/ui/convolutionTables.js");
    const view = outputShapeExplorer({lang: "en"});
    const outputs = () => cells(view.querySelector("table")!).map((row) => row[4]);
    expect(outputs()).toEqual(["4×4", "3×3", "4×4"]); // n 7, K 3, s 2, p 1
    const stride = view.querySelectorAll("input")[2];
    stride.value = "1";
    stride.dispatchEvent(new Event("input", {bubbles: true}));
    expect(outputs()).toEqual(["7×7", "5×5", "7×7"]);
    expect(view.querySelectorAll('label.convlab-range input[type="range"]')).toHaveLength(4);
    expect(convolutionOutputSide(3, 5, 1, "valid")).toBeUndefined();
    expect(convolutionOutputSide(3, 5, 1, 1)).toBe(1);
    const ru = outputShapeExplorer({lang: "ru"});
    const kernel = ru.querySelectorAll("input")[1];
    kernel.value = "7";
    kernel.dispatchEvent(new Event("input", {bubbles: true}));
    expect(cells(ru.querySelector("table")!).map((row) => [row[3], row[4]])).toEqual([
      ["same", "4×4"],
      ["valid", "1×1"],
      ["1 с каждой стороны", "2×2"]
    ]);
  });
});
