import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/index.js";
import {labelSmoothingLosses, smoothedLabels} from "../../src/run/labelSmoothingLosses.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

describe("smoothedLabels and labelSmoothingLosses(tf, options)", () => {
  it("smooths a one-hot target to (1 − α)·y + α/C, and tfjs's labelSmoothing gives the loss of that target", () => {
    expect(smoothedLabels({alpha: 0.1, classes: 5}).map((value) => +value.toFixed(6))).toEqual([
      0.92, 0.02, 0.02, 0.02, 0.02
    ]);
    expect(smoothedLabels({alpha: 0, classes: 3})).toEqual([1, 0, 0]);
    for (const [alpha, classes] of [
      [0, 2],
      [0.1, 5],
      [0.5, 20],
      [1, 7]
    ]) {
      const {byHand, byTf} = labelSmoothingLosses(tf, {alpha, classes});
      expect(byTf).toBeCloseTo(byHand, 5);
      // Against the cross entropy written out: −Σ y_c log softmax(cos c).
      const logits = Array.from({length: classes}, (_, c) => Math.cos(c));
      const logSum = Math.log(logits.reduce((sum, value) => sum + Math.exp(value), 0));
      const expected = -smoothedLabels({alpha, classes}).reduce((sum, y, c) => sum + y * (logits[c] - logSum), 0);
      expect(byHand).toBeCloseTo(expected, 5);
    }
  });

  it("refuses settings outside its limits (they come from a page's message)", () => {
    for (const options of [
      {alpha: -0.1, classes: 5},
      {alpha: 1.5, classes: 5},
      {alpha: NaN, classes: 5},
      {alpha: 0.1, classes: 1},
      {alpha: 0.1, classes: 2.5},
      {alpha: 0.1, classes: 1e6}
    ]) {
      expect(() => labelSmoothingLosses(tf, options)).toThrow(RangeError);
      expect(() => smoothedLabels(options)).toThrow(RangeError);
    }
  });
});
