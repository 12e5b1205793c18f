import type * as tfjs from "@convlab/tfjs";
import {beforeAll, beforeEach, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {isDeferred} from "../../../src/backends/wasm/deferredOutputs.js";
import type {TF} from "../../../src/exercises/types.js";
import {countingCalls, seededValues} from "./onBothBackends.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});
beforeEach(async () => {
  await tf.setBackend("wasm");
});

const images = () => tf.tensor4d(seededValues(2 * 6 * 6 * 3, 1), [2, 6, 6, 3]);
const filter = () => tf.tensor4d(seededValues(3 * 3 * 3 * 4, 2), [3, 3, 3, 4]);
const dy = () => tf.tensor4d(seededValues(2 * 6 * 6 * 4, 3), [2, 6, 6, 4]);

/** An image gradient straight from the kernel (deferred: 3 channels), and what cpu computes. */
async function imageGradient(): Promise<{gradient: tfjs.Tensor; expected: number[]}> {
  const run = () => {
    const [gradientOut, filterIn] = [dy(), filter()];
    const result = tf.engine().runKernel("Conv2DBackpropInput", {dy: gradientOut, filter: filterIn}, {
      strides: 1,
      pad: "same",
      dataFormat: "NHWC",
      inputShape: [2, 6, 6, 3]
    } as unknown as tfjs.NamedAttrMap) as tfjs.Tensor;
    // The deferred output keeps its own references to what it will read.
    tf.dispose([gradientOut, filterIn]);
    return result;
  };
  await tf.setBackend("cpu");
  const onCpu = run();
  const expected = Array.from(await onCpu.data());
  onCpu.dispose();
  await tf.setBackend("wasm");
  return {gradient: run(), expected};
}

const close = (values: ArrayLike<number>, expected: number[]) =>
  expect(Array.from(values).map((v, i) => Math.abs(v - expected[i]))).toSatisfy((d: number[]) =>
    d.every((x) => x < 1e-5)
  );

describe("deferred outputs on wasm", () => {
  it("computes an image gradient when it is read", async () => {
    const {gradient, expected} = await imageGradient();
    expect(isDeferred(gradient.dataId)).toBe(true);
    close(await gradient.data(), expected);
    expect(isDeferred(gradient.dataId)).toBe(false);
    gradient.dispose();
  });

  it("computes it when a kernel takes it as an input", async () => {
    const {gradient, expected} = await imageGradient();
    const doubled = tf.mul(gradient, 2);
    expect(isDeferred(gradient.dataId)).toBe(false);
    close(
      await doubled.data(),
      expected.map((v) => 2 * v)
    );
    tf.dispose([gradient, doubled]);
  });

  it("computes it when its data moves to another backend", async () => {
    const {gradient, expected} = await imageGradient();
    await tf.setBackend("cpu");
    close(gradient.dataSync(), expected);
    await tf.setBackend("wasm");
    gradient.dispose();
  });

  it("never computes one disposed first, and frees everything it kept", async () => {
    const before = tf.engine().backend.numDataIds();
    const {gradient} = await imageGradient();
    const {calls} = countingCalls(tf, "Conv2D", () => gradient.dispose());
    expect(calls).toBe(0);
    expect(isDeferred(gradient.dataId)).toBe(false);
    expect(tf.engine().backend.numDataIds()).toBe(before);
  });

  it("skips a first layer's image gradient in training, and computes it when asked for", () => {
    const x = images();
    const w = tf.variable(filter());
    const loss = () => tf.sum(tf.square(tf.fused.conv2d({x, filter: w, strides: 1, pad: "same"}))) as tfjs.Scalar;
    // The filter's gradient takes one Conv2D here (3 × 3 on 72 pixels); the image's would take another.
    const filterOnly = countingCalls(tf, "Conv2D", () =>
      tf.tidy(() => tf.variableGrads(loss).grads[w.name].dataSync())
    );
    expect(filterOnly.calls).toBe(1);
    const both = countingCalls(tf, "Conv2D", () =>
      tf.tidy(() =>
        tf
          .grads((xx: tfjs.Tensor, ww: tfjs.Tensor) =>
            tf.sum(tf.square(tf.conv2d(xx as tfjs.Tensor4D, ww as tfjs.Tensor4D, 1, "same")))
          )([x, w])
          .map((g) => g.dataSync())
      )
    );
    // tf.conv2d's own Conv2D forward, then the filter's gradient and the image's.
    expect(both.calls).toBe(3);
    tf.dispose([x, w]);
  });
});
