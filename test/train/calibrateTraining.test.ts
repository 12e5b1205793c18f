import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/types.js";
import {calibrateTraining, compileClassifier} from "../../src/train/index.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

/** A small compiled classifier of 8×8×1 images into 3 classes, whose steps move a fake clock. */
function timedModel(clock: {ms: number}, msPerTrainImage: number, msPerInferenceImage: number) {
  const model = compileClassifier(
    tf.sequential({layers: [tf.layers.flatten({inputShape: [8, 8, 1]}), tf.layers.dense({units: 3})]})
  );
  const trainOnBatch = model.trainOnBatch.bind(model);
  const predict = model.predict.bind(model);
  const sizes: number[] = [];
  model.trainOnBatch = (xs, ys) => {
    const size = (xs as {shape: number[]}).shape[0];
    sizes.push(size);
    clock.ms += size * msPerTrainImage;
    return trainOnBatch(xs, ys);
  };
  model.predict = (xs, config) => {
    clock.ms += (xs as {shape: number[]}).shape[0] * msPerInferenceImage;
    return predict(xs, config);
  };
  return {model, sizes};
}

describe("calibrateTraining(createModel, {batchSize, warmUpBatch})", () => {
  it("warms a throwaway model up, then times a step and a prediction at the training's batch (fake clock)", async () => {
    const clock = {ms: 0};
    const built: Array<ReturnType<typeof timedModel>> = [];
    const calibration = await calibrateTraining(() => (built.push(timedModel(clock, 10, 2)), built.at(-1)!.model), {
      batchSize: 64,
      warmUpBatch: 2,
      now: () => clock.ms
    });
    expect(built).toHaveLength(1);
    expect(built[0].sizes).toEqual([2, 64]);
    expect(calibration).toMatchObject({backend: "cpu", timedBatch: 64});
    expect(calibration.train).toBeCloseTo(100, 10); // 64 images in 0.64 s
    expect(calibration.inference).toBeCloseTo(500, 10); // 64 images in 0.128 s
    expect(calibration.seconds).toBeCloseTo((20 + 4 + 640 + 128) / 1000, 10);
  });

  it("warms up on the training's own batch by default (new shapes compile programs, or grow memory)", async () => {
    const clock = {ms: 0};
    let model: ReturnType<typeof timedModel> | undefined;
    const calibration = await calibrateTraining(() => (model = timedModel(clock, 10, 2)).model, {
      batchSize: 32,
      now: () => clock.ms
    });
    expect(model!.sizes).toEqual([32, 32]);
    expect(calibration).toMatchObject({timedBatch: 32, train: 100, inference: 500});
  });

  it("times the prediction the way validation runs the model, when given (`predict`: ResNet-50 is validated as built)", async () => {
    const clock = {ms: 0};
    const ran: number[] = [];
    const calibration = await calibrateTraining(() => timedModel(clock, 10, 2).model, {
      batchSize: 16,
      now: () => clock.ms,
      // Costlier than the model's own predict, which it does not call: 8 ms an image.
      predict: (model, xs) => {
        ran.push(xs.shape[0]);
        clock.ms += xs.shape[0] * 8;
        return tf.zeros([xs.shape[0], 3]);
      }
    });
    expect(ran).toEqual([16, 16]); // the warm-up's and the timed one
    expect(calibration).toMatchObject({train: 100, inference: 125}); // 16 images in 0.128 s
  });

  it("leaves no tensor behind", async () => {
    const before = tf.memory().numTensors;
    await calibrateTraining(() => timedModel({ms: 0}, 0, 0).model, {batchSize: 6});
    expect(tf.memory().numTensors).toBe(before);
  });

  it("measures a real model on the running backend", async () => {
    const calibration = await calibrateTraining(() => timedModel({ms: 0}, 0, 0).model, {batchSize: 16});
    expect(calibration.backend).toBe(tf.getBackend());
    expect(calibration.train).toBeGreaterThan(0);
    expect(calibration.inference).toBeGreaterThan(0);
    expect(calibration.timedBatch).toBe(16);
  });

  it("refuses an uncompiled model", async () => {
    await expect(
      calibrateTraining(() => tf.sequential({layers: [tf.layers.dense({units: 2, inputShape: [3]})]}), {batchSize: 4})
    ).rejects.toThrow(/needs a compiled model/);
  });
});
