import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/index.js";
import {batchNormSteps} from "../../src/models/index.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

const batch = [
  [1, 10],
  [3, 20],
  [5, 30],
  [7, 40]
];

describe("batchNormSteps(tf, options)", () => {
  it("moves the moving averages a tenth of the way per training call and leaves no tensor behind", () => {
    const before = tf.memory().numTensors;
    const {rows, mean, variance} = batchNormSteps(tf, {batch, momentum: 0.9, steps: 50});
    expect(tf.memory().numTensors).toBe(before);
    expect(mean).toEqual([4, 25]);
    expect(variance).toEqual([5, 125]);
    expect(rows.map((row) => [row.training, row.steps])).toEqual([
      [false, 0],
      [true, 1],
      [false, 50]
    ]);
    // Before training the averages are 0 and 1; one call moves them to 0.1 · the batch's statistics.
    expect(rows[0].movingMean).toEqual([0, 0]);
    expect(rows[1].movingMean[0]).toBeCloseTo(0.4, 5);
    // Training mode normalises with the batch's own statistics: (1 − 4)/√(5 + 0.001).
    expect(rows[1].first[0]).toBeCloseTo(-3 / Math.sqrt(5.001), 4);
    // After 50 calls, 1 − 0.9^50 ≈ 99.5 % of the way: inference nearly matches training mode.
    expect(rows[2].movingMean[0]).toBeCloseTo(4 * (1 - 0.9 ** 50), 3);
    expect(rows[2].first[0]).toBeCloseTo(rows[1].first[0], 1);
  });

  it("refuses batches and settings outside its limits", () => {
    expect(() => batchNormSteps(tf, {batch: []})).toThrow(RangeError);
    expect(() => batchNormSteps(tf, {batch: [[1, 2], [3]]})).toThrow(/2 finite numbers/);
    expect(() => batchNormSteps(tf, {batch: [[1, NaN]]})).toThrow(RangeError);
    expect(() => batchNormSteps(tf, {batch, steps: 1e6})).toThrow(/steps/);
    expect(() => batchNormSteps(tf, {batch, momentum: 2})).toThrow(/momentum/);
  });
});
