import * as tf from "@convlab/tfjs";
import {seededRandom} from "../core/random.js";
import {StepInterrupted, stopRequested, unlessInterrupted} from "../ops/interruptibly.js";
import {interruptibleStep} from "./interruptibleStep.js";
import {rateEstimator} from "./rateEstimator.js";
import {batchesPerEpoch, imagesPerEpoch} from "./trainingPlan.js";
import type {EpochLog, LabeledImages, TrainOptions, TrainSplit} from "./types.js";
import {yieldToEventLoop} from "../core/yieldToEventLoop.js";

/**
 * Trains a compiled model (its loss first, then one accuracy metric) batch by batch, like the
 * document's loop: after each epoch, the mean training loss and accuracy over its batches and the
 * loss and accuracy on the validation set. Gives the page a turn between batches, so progress shows
 * and Stop works: an abort takes effect after the batch under way (the batches already done are
 * kept: the epoch they belong to is returned as a partial one, without validation); with the
 * shared `interrupt` flag, Stop interrupts the batch under way instead: a training batch, which then
 * does not count, or a validation batch (ResNet-50 validates 120 images after each epoch of the quick
 * setting's few). Progress gives images per second and a time left measured over the last few seconds
 * of work (rateEstimator), not over the slow first batch. Leaves no tensor behind.
 */
export async function trainModel(model: tf.LayersModel, data: TrainSplit, options: TrainOptions): Promise<EpochLog[]> {
  const {epochs, batchSize, shuffle = true, onBatch, onEpoch, signal, firstEpoch = 1, validate = evaluate} = options;
  const {rates, now = () => performance.now(), validationBatchSize = batchSize, interrupt} = options;
  const stopped = () => signal?.aborted === true || stopRequested(interrupt);
  if (!model.optimizer)
    throw new Error("trainModel needs a compiled model (model.compile({optimizer, loss, metrics}))");
  if (!(epochs >= 1) || !(batchSize >= 1))
    throw new Error(`epochs and batchSize must be at least 1, not ${epochs} and ${batchSize}`);
  const random = seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 31));
  const setting = {epochs, batchSize, trainImages: options.trainImages};
  const epochImages = imagesPerEpoch(setting, data.train.size);
  const batches = batchesPerEpoch(setting, data.train.size);
  // A subset is drawn once per run; each epoch then shuffles it.
  const subset = batchOrder(data.train.size, shuffle ? random : undefined).subarray(0, epochImages);
  const trainRate = rateEstimator({prior: rates?.train});
  const logs: EpochLog[] = [];
  const started = now();
  let images = 0;
  let validationSeconds = 0;

  const validationSecondsLeft = (validations: number) => {
    if (validations <= 0) return 0;
    if (logs.length > 0) return (validationSeconds / logs.length) * validations;
    const inference = rates?.inference ?? 3 * (trainRate.rate() ?? 0);
    return inference > 0 ? (data.validation.size / inference) * validations : 0;
  };

  for (let e = 0; e < epochs; ++e) {
    const epoch = firstEpoch + e;
    const epochStarted = now();
    const order = shuffle ? shuffled(subset, random) : subset;
    let lossSum = 0;
    let accuracySum = 0;
    let seen = 0;
    // Ends the run on an abort, keeping the batches of this epoch done so far (not validated).
    const finish = async (done: number): Promise<EpochLog[]> => {
      if (seen > 0) {
        const log: EpochLog = {
          epoch,
          loss: lossSum / seen,
          accuracy: accuracySum / seen,
          valLoss: NaN,
          valAccuracy: NaN,
          seconds: (now() - epochStarted) / 1000,
          partial: {batches: done, of: batches}
        };
        logs.push(log);
        await onEpoch?.(log);
      }
      return logs;
    };
    for (let b = 0; b < batches; ++b) {
      if (stopped()) return finish(b);
      const indices = order.subarray(b * batchSize, Math.min((b + 1) * batchSize, order.length));
      const stepStarted = now();
      const result = await trainStep(model, data.train, indices, interrupt);
      if (!result) return finish(b);
      const [loss, accuracy] = result;
      const batchSeconds = (now() - stepStarted) / 1000;
      trainRate.record(indices.length, batchSeconds);
      lossSum += loss * indices.length;
      accuracySum += accuracy * indices.length;
      seen += indices.length;
      images += indices.length;
      const imagesLeft = (epochs - e - 1) * epochImages + (epochImages - seen);
      onBatch?.({
        epoch,
        epochs: firstEpoch + epochs - 1,
        batch: b + 1,
        batches,
        loss: lossSum / seen,
        accuracy: accuracySum / seen,
        images,
        imagesPerSecond: trainRate.rate() ?? 0,
        secondsElapsed: (now() - started) / 1000,
        secondsRemaining: trainRate.secondsFor(imagesLeft) + validationSecondsLeft(epochs - e),
        batchSeconds,
        startedAt: stepStarted
      });
      await yieldToEventLoop();
    }
    if (stopped()) return finish(batches);
    const validationStarted = now();
    const [valLoss, valAccuracy] = await validate(model, data.validation, validationBatchSize, signal, interrupt);
    if (stopped() && !(Number.isFinite(valLoss) && Number.isFinite(valAccuracy))) return finish(batches);
    validationSeconds += (now() - validationStarted) / 1000;
    const log: EpochLog = {
      epoch,
      loss: lossSum / seen,
      accuracy: accuracySum / seen,
      valLoss,
      valAccuracy,
      seconds: (now() - epochStarted) / 1000
    };
    logs.push(log);
    await onEpoch?.(log);
  }
  return logs;
}

/**
 * The loss and accuracy of a compiled model on a data set, averaged over every example; NaN for
 * both when `signal` aborts it before the end, or a Stop through `interrupt` (shared memory)
 * interrupts the batch under way.
 */
export async function evaluate(
  model: tf.LayersModel,
  data: LabeledImages,
  batchSize: number,
  signal?: AbortSignal,
  interrupt?: Int32Array
): Promise<[loss: number, accuracy: number]> {
  let lossSum = 0;
  let accuracySum = 0;
  for (let start = 0; start < data.size; start += batchSize) {
    if (signal?.aborted || stopRequested(interrupt)) return [NaN, NaN];
    const size = Math.min(batchSize, data.size - start);
    const results = unlessInterrupted(interrupt, () =>
      tf.tidy(() => {
        const xs = data.xs.slice([start, 0, 0, 0], [size, -1, -1, -1]);
        const ys = data.ys.slice([start, 0], [size, -1]);
        return [model.evaluate(xs, ys, {batchSize: size})].flat() as tf.Scalar[];
      })
    );
    if (!results) return [NaN, NaN];
    const [loss, accuracy = NaN] = await Promise.all(results.map(async (scalar) => (await scalar.data())[0]));
    tf.dispose(results);
    lossSum += loss * size;
    accuracySum += accuracy * size;
    await yieldToEventLoop();
  }
  return [lossSum / data.size, accuracySum / data.size];
}

/** One batch's step: its loss and accuracy, or `undefined` when Stop interrupted it (no weight changed). */
async function trainStep(
  model: tf.LayersModel,
  data: LabeledImages,
  indices: Int32Array,
  interrupt: Int32Array | undefined
): Promise<[number, number] | undefined> {
  const [xs, ys] = tf.tidy(() => {
    const picked = tf.tensor1d(indices, "int32");
    return [tf.gather(data.xs, picked), tf.gather(data.ys, picked)];
  });
  try {
    const result = await interruptibleStep(interrupt, model.optimizer, () => model.trainOnBatch(xs, ys));
    const [loss, accuracy = NaN] = [result].flat();
    return [loss, accuracy];
  } catch (error) {
    if (error instanceof StepInterrupted) return undefined;
    throw error;
  } finally {
    tf.dispose([xs, ys]);
  }
}

/** A shuffled copy of `indices` (Fisher–Yates). */
function shuffled(indices: Int32Array, random: () => number): Int32Array {
  const order = Int32Array.from(indices);
  for (let i = order.length - 1; i > 0; --i) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
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
