import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {augment, type Augmentation} from "../../src/datasets/index.js";
import type {TF} from "../../src/exercises/types.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

const grid = () =>
  tf.tensor4d(
    Array.from({length: 16}, (_, i) => i + 1),
    [1, 4, 4, 1]
  );
const run = (augmentation: Augmentation) =>
  (augment(tf, grid(), augmentation).reshape([4, 4]).arraySync() as number[][]).map((row) =>
    row.map((v) => Math.round(v * 100) / 100)
  );

describe("augment(tf, images, augmentation)", () => {
  it("leaves the images as they are with no augmentation, in a new tensor", () => {
    const images = grid();
    const result = augment(tf, images, {});
    expect(result).not.toBe(images);
    expect(result.arraySync()).toEqual(images.arraySync());
  });

  it.each([
    [
      "flips left–right",
      {flipHorizontal: true},
      [
        [4, 3, 2, 1],
        [8, 7, 6, 5],
        [12, 11, 10, 9],
        [16, 15, 14, 13]
      ]
    ],
    [
      "flips up–down",
      {flipVertical: true},
      [
        [13, 14, 15, 16],
        [9, 10, 11, 12],
        [5, 6, 7, 8],
        [1, 2, 3, 4]
      ]
    ],
    [
      "rotates by 90° about the centre, counter-clockwise",
      {rotation: 90},
      [
        [4, 8, 12, 16],
        [3, 7, 11, 15],
        [2, 6, 10, 14],
        [1, 5, 9, 13]
      ]
    ],
    [
      "rotates by 180°",
      {rotation: 180},
      [
        [16, 15, 14, 13],
        [12, 11, 10, 9],
        [8, 7, 6, 5],
        [4, 3, 2, 1]
      ]
    ]
  ] as const)("%s", (_, augmentation, expected) => {
    expect(run(augmentation)).toEqual(expected);
  });

  it("crops the top-left quarter and stretches it back to full size", () => {
    const cropped = run({crop: 0.5, cropY: 0, cropX: 0});
    expect(cropped[0][0]).toBe(1);
    expect(Math.max(...cropped.flat())).toBeLessThanOrEqual(8.5);
    expect(cropped.flat().every((v) => v > 0)).toBe(true);
  });

  it("shrinks with scale below 1, leaving a black border, and enlarges the centre above 1", () => {
    const shrunk = run({scale: 0.5});
    expect(shrunk[0]).toEqual([0, 0, 0, 0]);
    expect(shrunk[1][1]).toBeCloseTo(3.5, 5); // the mean of the top-left 2×2 block
    const enlarged = run({scale: 2});
    expect(Math.min(...enlarged.flat())).toBeGreaterThan(1);
    expect(Math.max(...enlarged.flat())).toBeLessThan(16);
  });

  it("keeps the batch's shape for colour images", () => {
    expect(
      augment(tf, tf.ones([3, 5, 7, 3]) as never, {rotation: 30, crop: 0.8, scale: 1.2, flipHorizontal: true}).shape
    ).toEqual([3, 5, 7, 3]);
  });

  it.each([
    [{crop: 0}, /crop must be in \(0, 1\], not 0/],
    [{scale: -1}, /scale must be positive, not -1/]
  ])("refuses %j", (augmentation, message) => {
    expect(() => augment(tf, grid(), augmentation)).toThrow(message);
  });

  it("leaves no tensor behind", () => {
    const images = grid();
    const before = tf.memory().numTensors;
    augment(tf, images, {rotation: 20, crop: 0.7, scale: 1.3, flipVertical: true}).dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
