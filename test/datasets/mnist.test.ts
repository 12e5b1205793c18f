import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {digitsSignsStandIn, mnistSplit, type Digits} from "../../src/datasets/index.js";
import type {TF} from "../../src/exercises/types.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

/** n tiny 4×4 "digits": image i is all (i + 1), its label i mod 10. */
function fakeDigits(count: number, side = 4): Digits {
  return {
    count,
    height: side,
    width: side,
    labels: Uint8Array.from({length: count}, (_, i) => i % 10),
    pixels: Uint8Array.from({length: count * side * side}, (_, p) => Math.floor(p / (side * side)) + 1)
  };
}

describe("mnistSplit(tf, digits, options)", () => {
  it("keeps the last images for validation, pads each image with zeros around its centre and scales to [0, 1]", () => {
    const {train, validation} = mnistSplit(tf, fakeDigits(12), {validationSize: 2, size: 8});
    expect([train.size, validation.size]).toEqual([10, 2]);
    expect(train.xs.shape).toEqual([10, 8, 8, 1]);
    const last = validation.xs.slice([1, 0, 0, 0], [1, 8, 8, 1]).reshape([8, 8]).arraySync() as number[][];
    expect(last[1]).toEqual(new Array(8).fill(0));
    expect(last[2]).toEqual([0, 0, 12 / 255, 12 / 255, 12 / 255, 12 / 255, 0, 0].map(Math.fround));
    expect(validation.ys.argMax(1).arraySync()).toEqual([0, 1]);
    expect(train.ys.sum(1).arraySync()).toEqual(new Array(10).fill(1));
    expect(train.classNames).toHaveLength(10);
  });

  it.each([
    [{validationSize: 12}, /validationSize must be between 1 and 11/],
    [{validationSize: 2, size: 3}, /size 3 is smaller than the 4×4 digits/]
  ])("refuses %j", (options, message) => {
    expect(() => mnistSplit(tf, fakeDigits(12), options)).toThrow(message);
  });
});

describe("digitsSignsStandIn(tf, digits, options)", () => {
  it("takes digits 0–5 only, the first of each class for training and the next for test, 64×64×3 by default", () => {
    const {train, validation} = digitsSignsStandIn(tf, fakeDigits(60), {trainPerClass: 3, testPerClass: 2});
    expect([train.size, validation.size]).toEqual([18, 12]);
    expect(train.xs.shape).toEqual([18, 64, 64, 3]);
    expect(train.ys.shape).toEqual([18, 6]);
    expect(train.classNames).toEqual(["0", "1", "2", "3", "4", "5"]);
    // Images 0–5, 10–15, 20–25 train (labels 0–5 each time), 30–35 and 40–45 test.
    const firstPixels = train.xs.slice([0, 0, 0, 0], [18, 1, 1, 1]).reshape([18]).arraySync() as number[];
    expect(firstPixels.map((v) => Math.round(v * 255))).toEqual([
      1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 15, 16, 21, 22, 23, 24, 25, 26
    ]);
    const channels = validation.xs.slice([0, 10, 10, 0], [1, 1, 1, 3]).reshape([3]).arraySync() as number[];
    expect(new Set(channels).size).toBe(1);
  });

  it("says how many digits of each class are missing", () => {
    expect(() => digitsSignsStandIn(tf, fakeDigits(20))).toThrow(/not enough digits/);
  });
});
