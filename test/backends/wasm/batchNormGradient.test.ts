import type * as tfjs from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {batchNormGradientKernel} from "../../../src/backends/wasm/batchNormGradient.js";
import type {TF} from "../../../src/exercises/types.js";
import {onWasmAndCpu, relativeDifference, seededValues} from "./onBothBackends.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});

const sizeOf = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** Every derivative of Σ w·batchNorm(x, …) with respect to x, mean, variance, [scale,] offset, joined in one vector. */
function gradients(xShape: number[], paramShape: number[], withScale: boolean): () => tfjs.Tensor {
  return () =>
    tf.tidy(() => {
      const x = tf.tensor(seededValues(sizeOf(xShape), 1), xShape);
      const weights = tf.tensor(seededValues(sizeOf(xShape), 2), xShape);
      const param = (seed: number, shift = 0) =>
        tf.add(tf.tensor(seededValues(sizeOf(paramShape), seed), paramShape), shift);
      const inputs = [x, param(3), param(4, 1.5), param(5), ...(withScale ? [param(6, 1)] : [])];
      const loss = (...[xx, mean, variance, offset, scale]: tfjs.Tensor[]) =>
        tf.sum(tf.mul(weights, tf.batchNorm(xx, mean, variance, offset, scale, 1e-3)));
      return tf.concat(
        tf
          .grads(loss)(inputs)
          .map((g) => tf.reshape(g, [-1]))
      );
    });
}

const kernelsRun = async (compute: () => tfjs.Tensor) => (await tf.profile(() => compute())).kernelNames;

describe("batch norm's gradient on wasm", () => {
  it.each<[string, number[], number[], boolean]>([
    ["images, one value per channel", [4, 5, 3, 6], [6], true],
    ["a batch of 5×5 maps of 8 channels", [6, 5, 5, 8], [8], true]
  ])("equals tfjs's gradient on cpu to 1e-4: %s", async (_, xShape, paramShape, withScale) => {
    const {wasm, cpu} = await onWasmAndCpu(tf, gradients(xShape, paramShape, withScale));
    expect(wasm.values.length).toBe(sizeOf(xShape) + (withScale ? 4 : 3) * sizeOf(paramShape));
    expect(relativeDifference(wasm.values, cpu.values)).toBeLessThan(1e-4);
  });

  it("runs as one kernel on wasm, and as tfjs's own ops on cpu", async () => {
    await tf.setBackend("wasm");
    expect(await kernelsRun(gradients([2, 3, 3, 4], [4], true))).toContain(batchNormGradientKernel);
    await tf.setBackend("cpu");
    const onCpu = await kernelsRun(gradients([2, 3, 3, 4], [4], true));
    expect(onCpu).not.toContain(batchNormGradientKernel);
    expect(onCpu).toContain("Rsqrt"); // tfjs's FusedBatchNorm_grad
  });

  it("takes a missing scale as ones", async () => {
    await tf.setBackend("wasm");
    const channels = 3;
    const shape = [2, 2, 2, channels];
    const inputs = {
      x: tf.tensor(seededValues(24, 8), shape),
      dy: tf.tensor(seededValues(24, 9), shape),
      mean: tf.tensor1d([0.1, -0.2, 0.3]),
      variance: tf.tensor1d([1, 2, 0.5])
    };
    const run = (extra: Record<string, tfjs.Tensor>) =>
      tf.engine().runKernel(batchNormGradientKernel, {...inputs, ...extra}, {varianceEpsilon: 1e-3}) as tfjs.Tensor[];
    const without = run({});
    const withOnes = run({scale: tf.ones([channels])});
    expect(without.map((t) => Array.from(t.dataSync()))).toEqual(withOnes.map((t) => Array.from(t.dataSync())));
    tf.dispose([...without, ...withOnes, ...Object.values(inputs)]);
  });

  it("is the gradient a training tf.layers.batchNormalization gets", async () => {
    await tf.setBackend("wasm");
    const layer = tf.layers.batchNormalization({axis: -1});
    const x = tf.tensor4d(seededValues(2 * 3 * 3 * 4, 7), [2, 3, 3, 4]);
    tf.dispose(layer.apply(x) as tfjs.Tensor); // variableGrads takes the variables that exist when it is called
    const names = await kernelsRun(() =>
      tf.tidy(() => {
        const {grads} = tf.variableGrads(() => tf.sum(tf.square(layer.apply(x, {training: true}) as tfjs.Tensor)));
        return tf.concat(Object.values(grads).map((g) => tf.reshape(g, [-1])));
      })
    );
    expect(names).toContain(batchNormGradientKernel);
    layer.dispose();
  });
});
