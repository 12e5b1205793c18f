import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {tfConv2dOneFilter, tfMaxPool, type Padding} from "../../src/ops/tfReference.js";
import {stepFormula, windowSteps} from "../../src/ui/windowSteps.js";

beforeAll(async () => {
  await setupNodeTf();
});

const example = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9]
];
const X5 = Array.from({length: 5}, (_, y) => Array.from({length: 6}, (_, x) => y * 6 + x + 1));
const grid: Array<[number, Padding, number]> = [];
for (const k of [1, 2, 3])
  for (const padding of ["same", "valid"] as const) for (const s of [1, 2, 3]) grid.push([k, padding, s]);

describe("windowSteps(input, options)", () => {
  it.each(grid)("places a %i×%i kernel, %s, stride %i, where tf.conv2d does", (k, padding, s) => {
    const kernel = Array.from({length: k}, (_, i) => Array.from({length: k}, (_, j) => ((i * 3 + j) % 4) - 1));
    const plan = windowSteps(X5, {mode: "convolution", kernel, stride: [s, s], padding});
    const expected = tfConv2dOneFilter(X5, kernel, padding, [s, s]);
    expect([plan.outHeight, plan.outWidth]).toEqual(expected.shape);
    expect(plan.steps.map((step) => step.result)).toEqual(expected.values);
  });

  it.each(grid.filter(([k]) => k > 1))(
    "places a %i×%i pooling window, %s, stride %i, where tf.maxPool does",
    (k, padding, s) => {
      const plan = windowSteps(
        X5.map((row) => row.map((v) => -v)),
        {mode: "max-pooling", windowSize: [k, k], stride: [s, s], padding}
      );
      const expected = tfMaxPool(
        X5.map((row) => row.map((v) => -v)),
        [k, k],
        padding,
        [s, s]
      );
      expect(plan.steps.map((step) => step.result)).toEqual(expected.values);
    }
  );

  it("pads the document's 3×3 example with a ring of zeros for a same 3×3 convolution, and gives 94 first", () => {
    const plan = windowSteps(example, {mode: "convolution", kernel: example, stride: [1, 1], padding: "same"});
    expect(plan.padded).toEqual([
      [null, null, null, null, null],
      [null, 1, 2, 3, null],
      [null, 4, 5, 6, null],
      [null, 7, 8, 9, null],
      [null, null, null, null, null]
    ]);
    expect(stepFormula(plan.steps[0], "convolution")).toBe("0·1 + 0·2 + 0·3 + 0·4 + 1·5 + 2·6 + 0·7 + 4·8 + 5·9 = 94");
    expect(plan.steps.map((step) => step.result)).toEqual([94, 154, 106, 186, 285, 186, 106, 154, 94]);
  });

  it("writes padding as −∞ in a pooling formula, where it never wins", () => {
    const plan = windowSteps(example, {mode: "max-pooling", windowSize: [2, 2], stride: [1, 1], padding: "same"});
    expect(stepFormula(plan.steps[2], "max-pooling")).toBe("max(3, −∞, 6, −∞) = 6");
    expect(plan.steps.map((step) => step.result)).toEqual([5, 6, 6, 8, 9, 9, 8, 9, 9]);
  });
});
