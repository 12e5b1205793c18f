import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/types.js";
import {evaluateAsBuilt} from "../../src/models/evaluateAsBuilt.js";
import {StepInterrupted, stopRequested} from "../../src/ops/interruptibly.js";
import {interruptibleStep} from "../../src/train/interruptibleStep.js";
import {compileClassifier, evaluate, trainModel} from "../../src/train/index.js";
import {newStopFlag, smallConvolutionalModel, stopAfterKernels} from "../ops/interruptionFixtures.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

/** The fixtures' small convolutional model, compiled as a classifier trained by Adam. */
const smallModel = () => compileClassifier(smallConvolutionalModel(tf), {learningRate: 0.05});

function batch(seed: number): [import("@convlab/tfjs").Tensor, import("@convlab/tfjs").Tensor] {
  const xs = tf.randomUniform([6, 8, 8, 1], 0, 1, "float32", seed);
  const ys = tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2], "int32"), 3).toFloat();
  return [xs, ys];
}

/** The model's trainable weights, as plain numbers. */
const trainable = (model: import("@convlab/tfjs").LayersModel) =>
  model.trainableWeights.map((weight) => Array.from(weight.read().dataSync()));

/** The optimizer's state (Adam's moments and step count), as plain numbers. */
async function optimizerState(model: import("@convlab/tfjs").LayersModel): Promise<number[][]> {
  const weights = await model.optimizer.getWeights();
  const values = weights.map((weight) => Array.from(weight.tensor.dataSync()));
  weights[0].tensor.dispose(); // the step count, made for the occasion
  return values;
}

describe("interruptibleStep(flag, optimizer, step)", () => {
  it("interrupts a step during its forward or backward pass: no weight changes, no tensor is left, and the optimizer is as it was", async () => {
    const model = smallModel();
    const [xs, ys] = batch(1);
    // One whole step first, so that Adam's slots exist and the interrupted step could have changed them.
    await model.trainOnBatch(xs, ys);
    const before = trainable(model);
    const optimizerWeights = await optimizerState(model);
    const tensors = tf.memory().numTensors;
    // In the forward pass: at its start, among batch normalization's updates; then in the backward pass.
    for (const after of [3, 40, 120]) {
      const flag = newStopFlag();
      const counter = stopAfterKernels(tf, flag, after);
      try {
        await expect(interruptibleStep(flag, model.optimizer, () => model.trainOnBatch(xs, ys))).rejects.toBeInstanceOf(
          StepInterrupted
        );
        // Interrupted at the next kernel after the flag was set, not at the end of the step (a kernel that
        // keeps copies of its tensors for the backward pass makes them with kernels inside it: those run on).
        expect(counter.kernels()).toBeGreaterThanOrEqual(after);
        expect(counter.kernels()).toBeLessThan(after + 4);
      } finally {
        counter.restore();
      }
    }
    expect(trainable(model)).toEqual(before);
    expect(await optimizerState(model)).toEqual(optimizerWeights);
    expect(tf.memory().numTensors).toBe(tensors);
    // Nothing of the check stays behind: the optimizer's and the engine's methods are their own again.
    expect(Object.hasOwn(model.optimizer, "minimize")).toBe(false);
    expect(Object.hasOwn(model.optimizer, "applyGradients")).toBe(false);
    expect(Object.hasOwn(tf.engine(), "runKernel")).toBe(false);
    // And the model trains on as before.
    expect(await interruptibleStep(newStopFlag(), model.optimizer, () => model.trainOnBatch(xs, ys))).toEqual(
      expect.arrayContaining([expect.any(Number)])
    );
    tf.dispose([xs, ys]);
  });

  it("never interrupts the optimizer's update: a Stop during applyGradients lets the step end, and the next one does not start", async () => {
    const reference = smallModel();
    const model = smallModel();
    const [xs, ys] = batch(2);
    await reference.trainOnBatch(xs, ys);
    const flag = newStopFlag();
    const applyGradients = model.optimizer.applyGradients;
    model.optimizer.applyGradients = function (
      this: typeof model.optimizer,
      ...args: Parameters<typeof applyGradients>
    ) {
      Atomics.store(flag, 0, 1);
      return applyGradients.apply(this, args);
    };
    const result = await interruptibleStep(flag, model.optimizer, () => model.trainOnBatch(xs, ys));
    expect(result).toEqual(expect.arrayContaining([expect.any(Number)]));
    expect(trainable(model)).toEqual(trainable(reference));
    expect(stopRequested(flag)).toBe(true);
    await expect(interruptibleStep(flag, model.optimizer, () => model.trainOnBatch(xs, ys))).rejects.toBeInstanceOf(
      StepInterrupted
    );
    expect(trainable(model)).toEqual(trainable(reference));
    tf.dispose([xs, ys]);
  });

  it("without a flag runs the step as it is", async () => {
    const [a, b] = [smallModel(), smallModel()];
    const [xs, ys] = batch(3);
    expect(await interruptibleStep(undefined, a.optimizer, () => a.trainOnBatch(xs, ys))).toEqual(
      await b.trainOnBatch(xs, ys)
    );
    expect(trainable(a)).toEqual(trainable(b));
    tf.dispose([xs, ys]);
  });
});

describe("validation at a Stop (interruptibly, through evaluate and evaluateAsBuilt)", () => {
  it("lets a validation batch (evaluate, evaluateAsBuilt) end within itself at a Stop: NaN for both, nothing left behind", async () => {
    const model = smallModel();
    const [xs, ys] = batch(5);
    const images = {
      xs: xs as import("@convlab/tfjs").Tensor4D,
      ys: ys as import("@convlab/tfjs").Tensor2D,
      size: 6,
      classNames: ["a", "b", "c"]
    };
    const averages = () => model.nonTrainableWeights.map((weight) => Array.from(weight.read().dataSync()));
    const before = averages();
    const tensors = tf.memory().numTensors;
    for (const validate of [
      (flag: Int32Array) => evaluate(model, images, 6, undefined, flag),
      (flag: Int32Array) => evaluateAsBuilt(tf, model, images, 6, undefined, flag)
    ]) {
      const flag = newStopFlag();
      // One batch of all six images: stopped a few kernels into it, not after it.
      const counter = stopAfterKernels(tf, flag, 3);
      try {
        const [loss, accuracy] = await validate(flag);
        expect([loss, accuracy]).toEqual([NaN, NaN]);
      } finally {
        counter.restore();
      }
      expect(counter.kernels()).toBe(3);
      expect(tf.memory().numTensors).toBe(tensors);
      expect(averages()).toEqual(before);
      // The same flag still set: the next validation does not start.
      expect(await validate(flag)).toEqual([NaN, NaN]);
    }
    tf.dispose([xs, ys]);
  });
});

/** `size` random 8×8 images labelled 0, 1, 2, 0, … (one-hot), for trainModel. */
function labeledImages(size: number, seed: number) {
  const xs = tf.randomUniform([size, 8, 8, 1], 0, 1, "float32", seed) as import("@convlab/tfjs").Tensor4D;
  const ys = tf.tidy(
    () =>
      tf
        .oneHot(
          tf.tensor1d(
            Array.from({length: size}, (_, i) => i % 3),
            "int32"
          ),
          3
        )
        .toFloat() as import("@convlab/tfjs").Tensor2D
  );
  return {xs, ys, size, classNames: ["a", "b", "c"]};
}

describe("trainModel(model, data, {interrupt})", () => {
  it("ends at a Stop within a batch, keeping the batches done before it, and the weights they left", async () => {
    const model = smallModel();
    const images = labeledImages(24, 5);
    const {xs, ys} = images;
    const split = {train: images, validation: images};
    const flag = newStopFlag();
    let afterTwo: number[][] = [];
    let counter: ReturnType<typeof stopAfterKernels> | undefined;
    try {
      const logs = await trainModel(model, split, {
        epochs: 2,
        batchSize: 6,
        seed: 1,
        interrupt: flag,
        onBatch(progress) {
          // After the second batch: the third is interrupted a few kernels into its step.
          if (progress.batch === 2) {
            afterTwo = trainable(model);
            counter = stopAfterKernels(tf, flag, 5);
          }
        }
      });
      expect(logs).toEqual([expect.objectContaining({epoch: 1, partial: {batches: 2, of: 4}})]);
      expect(Number.isNaN(logs[0].valLoss)).toBe(true);
    } finally {
      counter?.restore();
    }
    expect(counter?.kernels()).toBe(5);
    expect(trainable(model)).toEqual(afterTwo);
    tf.dispose([xs, ys]);
  });

  it("ends at a Stop during the validation, within its batch under way: the epoch's batches count, unvalidated", async () => {
    const model = smallModel();
    const images = labeledImages(12, 6);
    const {xs, ys} = images;
    const flag = newStopFlag();
    let counter: ReturnType<typeof stopAfterKernels> | undefined;
    try {
      const logs = await trainModel(
        model,
        {train: images, validation: images},
        {
          epochs: 2,
          batchSize: 6,
          validationBatchSize: 12,
          seed: 2,
          interrupt: flag,
          onBatch(progress) {
            // After the epoch's last batch: its validation (one batch of 12) is stopped a few kernels in.
            if (progress.batch === 2) counter = stopAfterKernels(tf, flag, 3);
          }
        }
      );
      expect(logs).toEqual([expect.objectContaining({epoch: 1, partial: {batches: 2, of: 2}})]);
      expect([logs[0].valLoss, logs[0].valAccuracy]).toEqual([NaN, NaN]);
    } finally {
      counter?.restore();
    }
    expect(counter?.kernels()).toBe(3);
    tf.dispose([xs, ys]);
  });
});
