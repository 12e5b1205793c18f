import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/index.js";
import {recalibrateBatchNorm} from "../../src/models/index.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

describe("recalibrateBatchNorm(tf, model, xs)", () => {
  it("sets each batch norm's moving mean and variance to its input's statistics on xs, and keeps the momentum", () => {
    const input = tf.input({shape: [3]});
    const dense = tf.layers.dense({units: 2, kernelInitializer: tf.initializers.glorotUniform({seed: 3})});
    const norm = tf.layers.batchNormalization({axis: 1, momentum: 0.9});
    const model = tf.model({
      inputs: input,
      outputs: norm.apply(dense.apply(input)) as InstanceType<TF["SymbolicTensor"]>
    });
    const xs = tf.randomNormal([50, 3], 2, 3, "float32", 5);
    expect(recalibrateBatchNorm(tf, model, xs)).toBe(1);
    const {mean, variance} = tf.moments(dense.apply(xs) as InstanceType<TF["Tensor"]>, 0);
    const [movingMean, movingVariance] = norm
      .getWeights()
      .slice(2)
      .map((weight) => Array.from(weight.dataSync()));
    Array.from(mean.dataSync()).forEach((m, i) => expect(movingMean[i]).toBeCloseTo(m, 4));
    Array.from(variance.dataSync()).forEach((v, i) => expect(movingVariance[i]).toBeCloseTo(v, 3));
    expect((norm as unknown as {momentum: number}).momentum).toBe(0.9);
  });

  it("makes inference mode agree with the batch's own statistics on those images", () => {
    const input = tf.input({shape: [4]});
    const model = tf.model({
      inputs: input,
      outputs: tf.layers.batchNormalization({axis: 1}).apply(input) as InstanceType<TF["SymbolicTensor"]>
    });
    const xs = tf.randomNormal([64, 4], 5, 2, "float32", 9);
    const training = (model.apply(xs, {training: true}) as InstanceType<TF["Tensor"]>).arraySync() as number[][];
    recalibrateBatchNorm(tf, model, xs);
    const inference = (model.predict(xs) as InstanceType<TF["Tensor"]>).arraySync() as number[][];
    inference.flat().forEach((value, i) => expect(value).toBeCloseTo(training.flat()[i], 3));
  });
});
