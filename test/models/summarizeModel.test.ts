import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {canonicalOrder, summaryTotals} from "../../src/check/modelSummary.js";
import type {TF} from "../../src/exercises/index.js";
import {summarizeModel} from "../../src/models/index.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

/** input → conv → batch norm ─┐
 *        └──── conv ──────────┴→ add → flatten → dense */
function branchedModel() {
  const input = tf.input({shape: [6, 6, 2]});
  const main = tf.layers
    .batchNormalization({axis: 3})
    .apply(tf.layers.conv2d({filters: 4, kernelSize: 3, padding: "same"}).apply(input)) as InstanceType<
    TF["SymbolicTensor"]
  >;
  const shortcut = tf.layers.conv2d({filters: 4, kernelSize: 1}).apply(input) as InstanceType<TF["SymbolicTensor"]>;
  const sum = tf.layers.add().apply([main, shortcut]) as InstanceType<TF["SymbolicTensor"]>;
  const output = tf.layers.dense({units: 3}).apply(tf.layers.flatten().apply(sum)) as InstanceType<
    TF["SymbolicTensor"]
  >;
  return tf.model({inputs: input, outputs: output});
}

describe("summarizeModel(model)", () => {
  it("lists every layer with its type, output shape without the batch, parameters and depth from the input", () => {
    const model = branchedModel();
    const rows = canonicalOrder(summarizeModel(model).layers).map(
      ({type, outputShape, params, nonTrainableParams, depth}) => [
        type,
        outputShape.join("x"),
        params,
        nonTrainableParams,
        depth
      ]
    );
    expect(rows).toEqual([
      ["InputLayer", "6x6x2", 0, 0, 0],
      ["Conv2D", "6x6x4", 2 * 4 + 4, 0, 1],
      ["Conv2D", "6x6x4", 3 * 3 * 2 * 4 + 4, 0, 1],
      ["BatchNormalization", "6x6x4", 16, 8, 2],
      ["Add", "6x6x4", 0, 0, 3],
      ["Flatten", "144", 0, 0, 4],
      ["Dense", "3", 144 * 3 + 3, 0, 5]
    ]);
    model.dispose();
  });

  it("keeps the model's own order of layers, as Keras prints them", () => {
    const model = branchedModel();
    expect(summarizeModel(model).layers.map((row) => row.name)).toEqual(model.layers.map((layer) => layer.name));
    model.dispose();
  });

  it("adds up to the model's own parameter count", () => {
    const model = branchedModel();
    const totals = summaryTotals(summarizeModel(model));
    expect(totals.total).toBe(model.countParams());
    expect(totals.nonTrainable).toBe(8);
    model.dispose();
  });

  it("keeps the layers' names for display", () => {
    const model = tf.sequential({layers: [tf.layers.dense({units: 2, inputShape: [3], name: "my_dense"})]});
    expect(summarizeModel(model).layers.map((row) => row.name)).toContain("my_dense");
    model.dispose();
  });
});
