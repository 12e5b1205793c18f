import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/index.js";
import {
  evaluateAsBuilt,
  keepMovingAverages,
  predictAsBuilt,
  recalibrateBatchNorm,
  runAsBuilt
} from "../../src/models/index.js";
import {evaluate} from "../../src/train/trainModel.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

/** conv → batch norm built with training = true (as the document's blocks are) → softmax over 3 classes. */
function model(training: boolean) {
  const input = tf.input({shape: [4, 4, 2]});
  const conv = tf.layers
    .conv2d({filters: 3, kernelSize: 3, kernelInitializer: tf.initializers.glorotUniform({seed: 1})})
    .apply(input);
  const normed = tf.layers.batchNormalization({axis: 3}).apply(conv, {training}) as InstanceType<TF["SymbolicTensor"]>;
  const output = tf.layers
    .dense({units: 3, activation: "softmax", kernelInitializer: tf.initializers.glorotUniform({seed: 2})})
    .apply(tf.layers.flatten().apply(normed));
  const built = tf.model({inputs: input, outputs: output as InstanceType<TF["SymbolicTensor"]>});
  built.compile({optimizer: "adam", loss: "categoricalCrossentropy", metrics: ["accuracy"]});
  return built;
}

const data = () => {
  const xs = tf.randomNormal([10, 4, 4, 2], 3, 2, "float32", 7) as InstanceType<TF["Tensor"]> as ReturnType<
    TF["tensor4d"]
  >;
  const ys = tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2, 0, 1, 2, 0], "int32"), 3) as ReturnType<TF["tensor2d"]>;
  return {xs, ys, size: 10, classNames: ["a", "b", "c"]};
};

describe("runAsBuilt(model, xs)", () => {
  it("calls each batch norm as it was built: training = true with the batch's statistics, no argument with the moving averages", () => {
    const input = tf.input({shape: [2]});
    const asTraining = tf.layers.batchNormalization({axis: 1}).apply(input, {training: true}) as InstanceType<
      TF["SymbolicTensor"]
    >;
    const asInference = tf.layers.batchNormalization({axis: 1}).apply(input) as InstanceType<TF["SymbolicTensor"]>;
    const x = tf.tensor2d([
      [10, 20],
      [14, 28]
    ]);
    const [batchStatistics, movingAverages] = [
      tf.model({inputs: input, outputs: asTraining}),
      tf.model({inputs: input, outputs: asInference})
    ].map((m) => runAsBuilt(m, x).arraySync() as number[][]);
    expect(batchStatistics.map((row) => row.map((v) => Math.round(v)))).toEqual([
      [-1, -1],
      [1, 1]
    ]); // (x − mean) / std
    expect(movingAverages[0][0]).toBeCloseTo(10 / Math.sqrt(1.001), 4); // fresh moving averages: mean 0, variance 1
  });
});

describe("evaluateAsBuilt(tf, model, data, batchSize)", () => {
  it("normalises each batch by its own statistics where the model was built with training = true", async () => {
    const built = model(true);
    const images = data();
    const [loss, accuracy] = await evaluateAsBuilt(tf, built, images, 5);
    const halves = [0, 5].map(
      (start) =>
        built.apply(images.xs.slice([start, 0, 0, 0], [5, -1, -1, -1]), {training: true}) as InstanceType<TF["Tensor"]>
    );
    const probabilities = tf.concat(halves);
    expect(loss).toBeCloseTo(tf.metrics.categoricalCrossentropy(images.ys, probabilities).mean().dataSync()[0], 5);
    expect(accuracy).toBeCloseTo(tf.equal(probabilities.argMax(-1), images.ys.argMax(-1)).mean().dataSync()[0], 6);
    const [inferenceLoss] = await evaluate(built, images, 5);
    expect(Math.abs(inferenceLoss - loss)).toBeGreaterThan(1e-3); // tfjs's evaluate uses the moving averages
  });

  it("is tfjs's evaluate for a model built without a training argument", async () => {
    const built = model(false);
    const images = data();
    const [[a, b], [c, d]] = [await evaluateAsBuilt(tf, built, images, 5), await evaluate(built, images, 5)];
    expect(a).toBeCloseTo(c, 5);
    expect(b).toBeCloseTo(d, 6);
  });

  it("leaves the moving averages as they were, and no tensor behind", async () => {
    const built = model(true);
    const images = data();
    const before = built.nonTrainableWeights.map((weight) => Array.from(weight.read().dataSync()));
    const tensors = tf.memory().numTensors;
    await evaluateAsBuilt(tf, built, images, 4);
    expect(built.nonTrainableWeights.map((weight) => Array.from(weight.read().dataSync()))).toEqual(before);
    expect(tf.memory().numTensors).toBe(tensors);
  });
});

describe("predictAsBuilt(tf, model, xs)", () => {
  it("gives runAsBuilt's output and leaves the moving averages as they were", () => {
    const built = model(true);
    const xs = data().xs;
    const before = built.nonTrainableWeights.map((weight) => Array.from(weight.read().dataSync()));
    const predicted = predictAsBuilt(tf, built, xs);
    expect(built.nonTrainableWeights.map((weight) => Array.from(weight.read().dataSync()))).toEqual(before);
    expect(predicted.arraySync()).toEqual(runAsBuilt(built, xs).arraySync());
  });
});

describe("keepMovingAverages(tf, model)", () => {
  it("puts back the moving averages that a recalibration changed, and frees its copy", async () => {
    const built = model(true);
    const {xs} = data();
    const before = built.nonTrainableWeights.map((weight) => Array.from(weight.read().dataSync()));
    const tensors = tf.memory().numTensors;
    const restore = keepMovingAverages(tf, built);
    recalibrateBatchNorm(tf, built, xs);
    expect(built.nonTrainableWeights.map((weight) => Array.from(weight.read().dataSync()))).not.toEqual(before);
    restore();
    expect(built.nonTrainableWeights.map((weight) => Array.from(weight.read().dataSync()))).toEqual(before);
    expect(tf.memory().numTensors).toBe(tensors);
  });
});
