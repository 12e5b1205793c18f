import {describe, expect, it} from "vitest";
import {
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
