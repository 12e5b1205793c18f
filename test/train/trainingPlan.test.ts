import {describe, expect, it} from "vitest";
import {
  batchWithin,
  batchesPerEpoch,
  estimateSeconds,
  imagesPerEpoch,
  resolvePreset,
  secondsPerBatch,
  type TrainingPreset
} from "../../src/train/index.js";

const lenet = {train: 9000, validation: 1000};
const quick: TrainingPreset = {id: "quick", epochs: 3, batchSize: 64, budgetSeconds: 45, minBatches: 4};
const full: TrainingPreset = {id: "full", epochs: 50, batchSize: 500};

describe("estimateSeconds(setting, sizes, rates)", () => {
  it("adds every epoch's training and its validation, at the measured rates", () => {
    // 3 × (9000 / 1000 + 1000 / 5000) = 3 × 9.2
    expect(estimateSeconds({epochs: 3, batchSize: 64}, lenet, {train: 1000, inference: 5000})).toBeCloseTo(27.6, 10);
    // a subset of 2048 images per epoch: 3 × (2.048 + 0.2)
    expect(
      estimateSeconds({epochs: 3, batchSize: 64, trainImages: 2048}, lenet, {train: 1000, inference: 5000})
    ).toBeCloseTo(6.744, 10);
  });

  it("counts images and batches per epoch, the subset never beyond the training set", () => {
    expect(imagesPerEpoch({epochs: 1, batchSize: 64, trainImages: 20_000}, 9000)).toBe(9000);
    expect(batchesPerEpoch({epochs: 1, batchSize: 64}, 9000)).toBe(141);
    expect(batchesPerEpoch({epochs: 1, batchSize: 500}, 9000)).toBe(18);
    expect(secondsPerBatch(500, {train: 2000, inference: 1})).toBe(0.25);
  });
});

describe("resolvePreset(preset, sizes, rates)", () => {
  it.each([
    // [train img/s, inference img/s, images per epoch]
    [50, 230, 512], // webgl drawn by software: (45 − 3 × 1000/230) × 50 / 3 = 533 → 8 whole batches
    [2000, 10_000, undefined], // wasm: the whole training set fits
    [5, 20, 256] // slower than the budget allows: the fewest batches (4)
  ])("sizes the quick setting to the machine: %s img/s training", (train, inference, trainImages) => {
    const setting = resolvePreset(quick, lenet, {train, inference});
    expect(setting).toEqual({epochs: 3, batchSize: 64, ...(trainImages ? {trainImages} : {})});
    if (trainImages !== undefined && trainImages > 256)
      expect(estimateSeconds(setting, lenet, {train, inference})).toBeLessThanOrEqual(45);
  });

  it("keeps the document's full setting as it is, whatever the speed", () => {
    expect(resolvePreset(full, lenet, {train: 5, inference: 20})).toEqual({epochs: 50, batchSize: 500});
  });

  it("never asks for more than the training set when it is smaller than the fewest batches", () => {
    expect(
      resolvePreset(
        {id: "quick", epochs: 2, batchSize: 32, budgetSeconds: 45, minBatches: 2},
        {train: 40, validation: 6},
        {
          train: 0.1,
          inference: 0.3
        }
      )
    ).toEqual({epochs: 2, batchSize: 32});
  });
});

describe("batchWithin(seconds, rate, largest, smallest)", () => {
  it("takes the largest batch that the rate goes through within the time, between the bounds", () => {
    expect(batchWithin(0.8, 10, 32)).toBe(8); // 8 images at 10 img/s: 0.8 s
    expect(batchWithin(0.8, 400, 64)).toBe(64); // 320 fit: never beyond the largest
    expect(batchWithin(0.8, 1.5, 32)).toBe(2); // not even 2 fit: the smallest, for batch normalisation
    expect(batchWithin(0.8, 1.5, 32, 1)).toBe(1);
    expect(batchWithin(0.8, Infinity, 32)).toBe(32);
    expect(batchWithin(0.8, 0, 1, 2)).toBe(1); // the smallest never exceeds the largest
  });
});

describe("resolvePreset with batchSeconds", () => {
  const resnet: TrainingPreset = {
    id: "quick",
    epochs: 2,
    batchSize: 32,
    budgetSeconds: 45,
    minBatches: 2,
    batchSeconds: 0.8,
    calibrationBatch: 2
  };
  const digits = {train: 1080, validation: 120};

  it("sizes the training and the validation batches so that each takes at most batchSeconds", () => {
    for (const rates of [
      {train: 3, inference: 9},
      {train: 12, inference: 40},
      {train: 1, inference: 2},
      {train: 100, inference: 300}
    ]) {
      const setting = resolvePreset(resnet, digits, rates);
      const validationBatch = setting.validationBatchSize ?? setting.batchSize;
      expect(setting.batchSize).toBe(batchWithin(0.8, rates.train, 32));
      expect(validationBatch).toBe(batchWithin(0.8, rates.inference, 32));
      if (setting.batchSize > 2) expect(secondsPerBatch(setting.batchSize, rates)).toBeLessThanOrEqual(0.8);
      if (validationBatch > 2) expect(validationBatch / rates.inference).toBeLessThanOrEqual(0.8);
      // Whole batches of the sized batch, at least 2, fitting the budget when more than the fewest.
      const images = setting.trainImages ?? digits.train;
      expect(images % setting.batchSize === 0 || images === digits.train).toBe(true);
      expect(images).toBeGreaterThanOrEqual(2 * setting.batchSize);
      if (images > 2 * setting.batchSize) expect(estimateSeconds(setting, digits, rates)).toBeLessThanOrEqual(45);
    }
    expect(resolvePreset(resnet, digits, {train: 3, inference: 9})).toEqual({
      epochs: 2,
      batchSize: 2,
      validationBatchSize: 7,
      // (45 − 2 × 120 / 9) × 3 / 2 = 27.5 → 13 whole batches of 2
      trainImages: 26
    });
  });

  it("leaves the batch as it is without batchSeconds, and the full setting alone", () => {
    expect(resolvePreset({...resnet, batchSeconds: undefined}, digits, {train: 3, inference: 9}).batchSize).toBe(32);
    expect(resolvePreset({id: "full", epochs: 10, batchSize: 32}, digits, {train: 0.5, inference: 1})).toEqual({
      epochs: 10,
      batchSize: 32
    });
  });
});
