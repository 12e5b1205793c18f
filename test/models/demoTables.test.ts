import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/index.js";
import {conv2dParameterCounts} from "../../src/models/index.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

describe("conv2dParameterCounts(tf, layers)", () => {
  it("gives tfjs's countParams(), (K·K·in + 1)·out, and leaves no tensor behind", () => {
    const before = tf.memory().numTensors;
    expect(
      conv2dParameterCounts(tf, [
        [3, 64, 128],
        [5, 6, 16]
      ])
    ).toEqual([73_856, 2_416]);
    expect(tf.memory().numTensors).toBe(before);
    expect(() => conv2dParameterCounts(tf, [[0, 1, 1]])).toThrow(RangeError);
    expect(() => conv2dParameterCounts(tf, [[33, 1, 1]])).toThrow(/at most 32/);
  });
});
