import * as tf from "@convlab/tfjs";
import {seededRandom} from "../core/random.js";
import type {EpochLog, LabeledImages, TrainOptions, TrainSplit} from "./types.js";
import {yieldToEventLoop} from "./yieldToEventLoop.js";

/**
 * Trains a compiled model (its loss first, then one accuracy metric) batch by batch, like the
 * document's loop: after each epoch, the mean training loss and accuracy over its batches and the
 * loss and accuracy on the validation set. Gives the page a turn between batches, so progress shows
 * and Stop works; an abort stops after the batch under way and returns the finished epochs.
 * Leaves no tensor behind.
 */
export async function trainModel(model: tf.LayersModel, data: TrainSplit, options: TrainOptions): Promise<EpochLog[]> {
  const {epochs, batchSize, shuffle = true, onBatch, onEpoch, signal, firstEpoch = 1, validate = evaluate} = options;
  if (!model.optimizer)
    throw new Error("trainModel needs a compiled model (model.compile({optimizer, loss, metrics}))");
  if (!(epochs >= 1) || !(batchSize >= 1))
    throw new Error(`epochs and batchSize must be at least 1, not ${epochs} and ${batchSize}`);
  const random = seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 31));
  const batches = Math.ceil(data.train.size / batchSize);
  const logs: EpochLog[] = [];
  const started = performance.now();
  let batchesDone = 0;
  let trainingSeconds = 0;
  let validationSeconds = 0;

  for (let e = 0; e < epochs; ++e) {
    const epoch = firstEpoch + e;
    const epochStarted = performance.now();
    const order = batchOrder(data.train.size, shuffle ? random : undefined);
    let lossSum = 0;
    let accuracySum = 0;
    let seen = 0;
    for (let b = 0; b < batches; ++b) {
      if (signal?.aborted) return logs;
      const indices = order.subarray(b * batchSize, Math.min((b + 1) * batchSize, order.length));
      const stepStarted = performance.now();
      const [loss, accuracy] = await trainStep(model, data.train, indices);
      trainingSeconds += (performance.now() - stepStarted) / 1000;
      lossSum += loss * indices.length;
      accuracySum += accuracy * indices.length;
      seen += indices.length;
      ++batchesDone;
      const batchesLeft = (epochs - e) * batches - (b + 1);
      const validationLeft = validationSeconds > 0 ? (validationSeconds / logs.length) * (epochs - e) : 0;
      onBatch?.({
        epoch,
        epochs: firstEpoch + epochs - 1,
        batch: b + 1,
        batches,
        loss: lossSum / seen,
        accuracy: accuracySum / seen,
        secondsElapsed: (performance.now() - started) / 1000,
        secondsRemaining: (trainingSeconds / batchesDone) * batchesLeft + validationLeft
      });
      await yieldToEventLoop();
    }
    if (signal?.aborted) return logs;
    const validationStarted = performance.now();
    const [valLoss, valAccuracy] = await validate(model, data.validation, batchSize);
    validationSeconds += (performance.now() - validationStarted) / 1000;
    const log: EpochLog = {
      epoch,
      loss: lossSum / seen,
      accuracy: accuracySum / seen,
      valLoss,
      valAccuracy,
      seconds: (performance.now() - epochStarted) / 1000
    };
    logs.push(log);
    await onEpoch?.(log);
  }
  return logs;
}

/** The loss and accuracy of a compiled model on a data set, averaged over every example. */
export async function evaluate(
  model: tf.LayersModel,
  data: LabeledImages,
  batchSize: number
): Promise<[loss: number, accuracy: number]> {
  let lossSum = 0;
  let accuracySum = 0;
  for (let start = 0; start < data.size; start += batchSize) {
    const size = Math.min(batchSize, data.size - start);
    const results = tf.tidy(() => {
      const xs = data.xs.slice([start, 0, 0, 0], [size, -1, -1, -1]);
      const ys = data.ys.slice([start, 0], [size, -1]);
      return [model.evaluate(xs, ys, {batchSize: size})].flat() as tf.Scalar[];
    });
    const [loss, accuracy = NaN] = await Promise.all(results.map(async (scalar) => (await scalar.data())[0]));
    tf.dispose(results);
    lossSum += loss * size;
    accuracySum += accuracy * size;
    await yieldToEventLoop();
  }
  return [lossSum / data.size, accuracySum / data.size];
}

async function trainStep(model: tf.LayersModel, data: LabeledImages, indices: Int32Array): Promise<[number, number]> {
  const [xs, ys] = tf.tidy(() => {
    const picked = tf.tensor1d(indices, "int32");
    return [tf.gather(data.xs, picked), tf.gather(data.ys, picked)];
  });
  try {
    const result = await model.trainOnBatch(xs, ys);
    const [loss, accuracy = NaN] = [result].flat();
    return [loss, accuracy];
  } finally {
    tf.dispose([xs, ys]);
  }
}

/** 0…n−1, shuffled (Fisher–Yates) when a random source is given. */
function batchOrder(n: number, random?: () => number): Int32Array {
  const order = Int32Array.from({length: n}, (_, i) => i);
  if (random) {
    for (let i = n - 1; i > 0; --i) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
  }
  return order;
}
