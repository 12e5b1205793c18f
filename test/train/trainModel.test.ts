import {beforeAll, describe, expect, it, vi} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/types.js";
import {
  compileClassifier,
  evaluate,
  trainModel,
  type BatchProgress,
  type EpochLog,
  type TrainSplit
} from "../../src/train/index.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

/** Two classes of 4×4 images, told apart by which half is bright: a model learns it in a few steps. */
function toyData(count: number, seed: number): TrainSplit["train"] {
  const values: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < count; ++i) {
    const label = (i * 7 + seed) % 2;
    for (let p = 0; p < 16; ++p)
      values.push((p % 4 < 2 === (label === 0) ? 0.8 : 0.1) + ((i * 31 + p * 17 + seed) % 10) / 100);
    labels.push(label);
  }
  return {
    xs: tf.tensor4d(values, [count, 4, 4, 1]),
    ys: tf.oneHot(tf.tensor1d(labels, "int32"), 2).toFloat() as never,
    size: count,
    classNames: ["left", "right"]
  };
}

function toyModel(seed = 1) {
  const model = tf.sequential({
    layers: [
      tf.layers.flatten({inputShape: [4, 4, 1]}),
      tf.layers.dense({units: 2, kernelInitializer: tf.initializers.glorotUniform({seed})})
    ]
  });
  return compileClassifier(model, {learningRate: 0.05});
}

const data = (): TrainSplit => ({train: toyData(40, 1), validation: toyData(12, 2)});

describe("trainModel(model, data, options)", () => {
  it("logs every epoch: training means over its batches, then validation loss and accuracy as evaluate gives them", async () => {
    const split = data();
    const model = toyModel();
    const epochs: number[] = [];
    const logs = await trainModel(model, split, {
      epochs: 3,
      batchSize: 16,
      onEpoch: (log) => void epochs.push(log.epoch)
    });
    expect(logs.map((log) => log.epoch)).toEqual([1, 2, 3]);
    expect(epochs).toEqual([1, 2, 3]);
    const [valLoss, valAccuracy] = await evaluate(model, split.validation, 12);
    expect(logs[2].valLoss).toBeCloseTo(valLoss, 5);
    expect(logs[2].valAccuracy).toBeCloseTo(valAccuracy, 5);
    expect(logs[2].loss).toBeLessThan(logs[0].loss);
    expect(logs[2].accuracy).toBeGreaterThanOrEqual(0.9);
    for (const log of logs) expect(log.seconds).toBeGreaterThan(0);
  });

  it("validates with options.validate when given, on the validation set after each epoch", async () => {
    const split = data();
    const calls: Array<[number, number]> = [];
    const logs = await trainModel(toyModel(), split, {
      epochs: 2,
      batchSize: 16,
      validate: async (_, images, batchSize) => (calls.push([images.size, batchSize]), [0.25 * calls.length, 0.5])
    });
    expect(calls).toEqual([
      [12, 16],
      [12, 16]
    ]);
    expect(logs.map((log) => [log.valLoss, log.valAccuracy])).toEqual([
      [0.25, 0.5],
      [0.5, 0.5]
    ]);
  });

  it("validates in batches of validationBatchSize when given", async () => {
    const sizes: number[] = [];
    await trainModel(toyModel(), data(), {
      epochs: 1,
      batchSize: 16,
      validationBatchSize: 5,
      validate: async (_, images, batchSize) => (sizes.push(batchSize), [0.5, 0.5])
    });
    expect(sizes).toEqual([5]);
  });

  it("reports every batch with the epoch's running means and a time left that reaches the end", async () => {
    const seen: BatchProgress[] = [];
    // A clock that ticks a millisecond per reading: every step "takes" the same time, whatever the machine's load.
    let now = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => ++now);
    try {
      await trainModel(toyModel(), data(), {epochs: 2, batchSize: 16, onBatch: (progress) => seen.push(progress)});
    } finally {
      clock.mockRestore();
    }
    expect(seen.map((p) => `${p.epoch}/${p.epochs} ${p.batch}/${p.batches}`)).toEqual([
      "1/2 1/3",
      "1/2 2/3",
      "1/2 3/3",
      "2/2 1/3",
      "2/2 2/3",
      "2/2 3/3"
    ]);
    expect(seen[0].secondsRemaining).toBeGreaterThan(0);
    expect(seen[2].secondsRemaining).toBeLessThan(seen[0].secondsRemaining);
    for (let i = 1; i < seen.length; ++i)
      expect(seen[i].secondsElapsed).toBeGreaterThanOrEqual(seen[i - 1].secondsElapsed);
  });

  it("stops after the batch under way when aborted, returning the finished epochs and the one cut short", async () => {
    const controller = new AbortController();
    const seen: BatchProgress[] = [];
    const logged: EpochLog[] = [];
    const logs = await trainModel(toyModel(), data(), {
      epochs: 5,
      batchSize: 16,
      signal: controller.signal,
      onEpoch: (log) => void logged.push(log),
      onBatch: (progress) => {
        seen.push(progress);
        if (progress.epoch === 2 && progress.batch === 2) controller.abort();
      }
    });
    expect(logs.map((log) => [log.epoch, log.partial])).toEqual([
      [1, undefined],
      [2, {batches: 2, of: 3}]
    ]);
    expect(logged).toEqual(logs);
    expect(seen.at(-1)).toMatchObject({epoch: 2, batch: 2});
    // The partial epoch's training means are those of its two batches; it was never validated.
    expect(logs[1].loss).toBeCloseTo(seen.at(-1)!.loss, 10);
    expect(logs[1].accuracy).toBeCloseTo(seen.at(-1)!.accuracy, 10);
    expect([logs[1].valLoss, logs[1].valAccuracy]).toEqual([NaN, NaN]);
  });

  it("keeps an epoch whose batches all ran when Stop comes during its validation, unvalidated", async () => {
    const controller = new AbortController();
    const logs = await trainModel(toyModel(), data(), {
      epochs: 3,
      batchSize: 16,
      signal: controller.signal,
      onBatch: (progress) => progress.batch === progress.batches && controller.abort()
    });
    expect(logs.map((log) => [log.epoch, log.partial, log.valLoss])).toEqual([[1, {batches: 3, of: 3}, NaN]]);
  });

  it("stops between the validation's batches too", async () => {
    const controller = new AbortController();
    let validated = 0;
    const logs = await trainModel(toyModel(), data(), {
      epochs: 2,
      batchSize: 4,
      signal: controller.signal,
      validate: (model, images, batchSize, signal) => {
        controller.abort(); // pressed while the validation runs
        return evaluate(model, images, batchSize, signal).finally(() => ++validated);
      }
    });
    expect(validated).toBe(1);
    expect(logs.map((log) => [log.epoch, log.partial?.batches, log.valLoss])).toEqual([[1, 10, NaN]]);
  });

  it("trains each epoch on a subset of trainImages, counting images and their speed", async () => {
    const seen: BatchProgress[] = [];
    const logs = await trainModel(toyModel(), data(), {
      epochs: 2,
      batchSize: 8,
      trainImages: 24,
      onBatch: (progress) => seen.push(progress)
    });
    expect(logs).toHaveLength(2);
    expect(seen.map((p) => `${p.epoch} ${p.batch}/${p.batches} ${p.images}`)).toEqual([
      "1 1/3 8",
      "1 2/3 16",
      "1 3/3 24",
      "2 1/3 32",
      "2 2/3 40",
      "2 3/3 48"
    ]);
    for (const progress of seen) expect(progress.imagesPerSecond).toBeGreaterThan(0);
  });

  it("gives a time left from the calibrated rate at first, then from the recent batches, not the slow first one (fake clock)", async () => {
    // Each training step moves a fake clock: the first one by 20 s (warming up), the others by 0.5 s.
    let clock = 0;
    let steps = 0;
    const model = toyModel();
    const trainOnBatch = model.trainOnBatch.bind(model);
    model.trainOnBatch = (xs, ys) => ((clock += steps++ === 0 ? 20_000 : 500), trainOnBatch(xs, ys));
    const seen: BatchProgress[] = [];
    const split = data();
    await trainModel(model, split, {
      epochs: 2,
      batchSize: 10, // 4 batches an epoch
      now: () => clock,
      rates: {train: 25, inference: 60},
      validate: async () => ((clock += 1000), [0.5, 0.5]),
      onBatch: (progress) => seen.push(progress)
    });
    // First batch: the calibrated 25 img/s (70 images left) and 2 validations of 12 images at 60 img/s.
    expect(seen[0].secondsRemaining).toBeCloseTo(70 / 25 + 2 * (12 / 60), 10);
    expect(seen[0].imagesPerSecond).toBe(25);
    // Then 20 img/s, measured; after the first epoch, its validation took 1 s.
    expect(seen[2].imagesPerSecond).toBeCloseTo(20, 10);
    expect(seen[2].secondsRemaining).toBeCloseTo(50 / 20 + 2 * (12 / 60), 10);
    expect(seen[5].secondsRemaining).toBeCloseTo(20 / 20 + 1, 10);
    expect(seen[7].secondsRemaining).toBeCloseTo(1, 10);
    expect(seen[7].secondsElapsed).toBeCloseTo(20 + 7 * 0.5 + 1, 10);
  });

  it("numbers epochs from firstEpoch, to continue a model trained before", async () => {
    const logs = await trainModel(toyModel(), data(), {epochs: 2, batchSize: 40, firstEpoch: 4});
    expect(logs.map((log) => log.epoch)).toEqual([4, 5]);
  });

  it("gives the same result for the same seed and initial weights", async () => {
    const run = async () =>
      (await trainModel(toyModel(3), data(), {epochs: 2, batchSize: 8, seed: 42})).map((log) => log.valLoss);
    expect(await run()).toEqual(await run());
  });

  it("leaves no tensor behind, aborted or not", async () => {
    const split = data();
    const model = toyModel();
    await trainModel(model, split, {epochs: 1, batchSize: 16}); // the optimizer creates its slots on the first step
    const before = tf.memory().numTensors;
    await trainModel(model, split, {epochs: 2, batchSize: 16});
    const controller = new AbortController();
    await trainModel(model, split, {
      epochs: 2,
      batchSize: 16,
      signal: controller.signal,
      onBatch: () => controller.abort()
    });
    expect(tf.memory().numTensors).toBe(before);
  });

  it.each([
    [
      "an uncompiled model",
      () => tf.sequential({layers: [tf.layers.dense({units: 2, inputShape: [3]})]}),
      {epochs: 1, batchSize: 4},
      /needs a compiled model/
    ],
    ["zero epochs", () => toyModel(), {epochs: 0, batchSize: 4}, /at least 1, not 0 and 4/]
  ])("refuses %s", async (_, model, options, message) => {
    await expect(trainModel(model(), data(), options)).rejects.toThrow(message);
  });
});

describe("compileClassifier(model, {loss})", () => {
  it("uses the document's sigmoid cross-entropy averaged over batch × classes, or softmax cross-entropy averaged over the batch", () => {
    const labels = tf.tensor2d([
      [0, 1, 0],
      [1, 0, 0]
    ]);
    const logits = tf.tensor2d([
      [1, 2, -1],
      [0.5, 0, 3]
    ]);
    const sigmoid = (z: number, y: number) => Math.max(z, 0) - z * y + Math.log(1 + Math.exp(-Math.abs(z)));
    const l = [
      [0, 1, 0],
      [1, 0, 0]
    ];
    const z = [
      [1, 2, -1],
      [0.5, 0, 3]
    ];
    const expectedSigmoid = z.flat().reduce((sum, zi, i) => sum + sigmoid(zi, l.flat()[i]), 0) / 6;
    const softmaxLoss = (row: number[], target: number) =>
      Math.log(row.reduce((s, v) => s + Math.exp(v), 0)) - row[target];
    const expectedSoftmax = (softmaxLoss(z[0], 1) + softmaxLoss(z[1], 0)) / 2;
    for (const [loss, expected] of [
      ["sigmoid", expectedSigmoid],
      ["softmax", expectedSoftmax]
    ] as const) {
      const model = compileClassifier(
        tf.sequential({layers: [tf.layers.dense({units: 3, inputShape: [3], useBias: false, weights: [tf.eye(3)]})]}),
        {loss}
      );
      const [value] = (model.evaluate(logits, labels) as Array<{dataSync(): ArrayLike<number>}>).map(
        (s) => s.dataSync()[0]
      );
      expect(value).toBeCloseTo(expected, 5);
    }
  });

  it("names an unknown loss", () => {
    expect(() =>
      compileClassifier(tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1]})]}), {
        loss: "hinge" as "softmax"
      })
    ).toThrow(/unknown loss "hinge"/);
  });
});
