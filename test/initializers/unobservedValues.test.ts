import * as tf from "@tensorflow/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import * as initializers from "../../src/initializers/index.js";
import {glorotUniform, randomUniform} from "../../src/initializers/index.js";
import {initialValuesUnobserved, withUnobservedInitialValues} from "../../src/initializers/unobservedValues.js";

beforeAll(async () => {
  await setupNodeTf();
});

describe("withUnobservedInitialValues", () => {
  it("gives zeros of the right shape inside, the seeded values outside, and is off again after a throw", () => {
    const inside = withUnobservedInitialValues(() => glorotUniform({seed: 3}).apply([3, 3, 4, 8]));
    expect(inside.shape).toEqual([3, 3, 4, 8]);
    expect([...inside.dataSync()].every((x) => x === 0)).toBe(true);
    const outside = glorotUniform({seed: 3}).apply([3, 3, 4, 8]);
    expect([...outside.dataSync()].some((x) => x !== 0)).toBe(true);
    expect(() =>
      withUnobservedInitialValues(() => {
        throw new Error("a build that fails");
      })
    ).toThrow("a build that fails");
    expect(initialValuesUnobserved()).toBe(false);
    tf.dispose([inside, outside]);
  });

  it("still calls the factory as the code calls it: a wrong call form throws as before", () => {
    const layer = () =>
      tf.layers.conv2d({filters: 2, kernelSize: 3, kernelInitializer: randomUniform({seed: 0}) as never});
    const model = withUnobservedInitialValues(() => {
      const input = tf.input({shape: [5, 5, 1]});
      return tf.model({inputs: input, outputs: layer().apply(input) as tf.SymbolicTensor});
    });
    expect([...(model.getWeights()[0].dataSync() as Float32Array)].every((x) => x === 0)).toBe(true);
    expect(() => withUnobservedInitialValues(() => glorotUniform(1.5 as never))).toThrow(RangeError);
    model.dispose();
  });

  it("is not among what a submission may import", () => {
    expect(Object.keys(initializers)).not.toContain("withUnobservedInitialValues");
    expect(Object.keys(initializers)).not.toContain("unobservedValues");
  });
});
