import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/index.js";
import {networkInput} from "../../src/ui/imagePrediction.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

/** A 40×40 black picture with a white 8×8 square whose corner is at (row, col). */
const picture = (row: number, col: number) =>
  tf.tensor3d(
    Array.from({length: 40}, (_, y) =>
      Array.from({length: 40}, (_, x) =>
        y >= row && y < row + 8 && x >= col && x < col + 8 ? [255, 255, 255] : [0, 0, 0]
      )
    ),
    undefined,
    "int32"
  );

describe("networkInput(pixels, size, options)", () => {
  it("resizes to size × size × 3 and scales to [0, 1], as x / 255 does", () => {
    const input = networkInput(picture(16, 16), 64);
    expect(input.shape).toEqual([64, 64, 3]);
    expect(input.max().dataSync()[0]).toBeCloseTo(1, 5);
    expect(input.min().dataSync()[0]).toBe(0);
  });

  it("turns a dark digit on paper into a light one on black with invert", () => {
    const paper = tf.sub(255, picture(16, 16)) as never;
    expect(networkInput(paper, 32, {invert: true}).arraySync()).toEqual(networkInput(picture(16, 16), 32).arraySync());
  });

  it("with center, places the drawing in the middle at MNIST's size, wherever it was drawn", () => {
    for (const [row, col] of [
      [0, 0],
      [24, 30],
      [10, 3]
    ]) {
      const image = networkInput(picture(row, col), 28, {center: true}).mean(2).arraySync() as number[][];
      let [mass, y, x] = [0, 0, 0];
      image.forEach((line, i) => line.forEach((value, j) => ((mass += value), (y += i * value), (x += j * value))));
      // The centre of a 28-pixel side, within a pixel (a square drawn at the edge loses its outer half-pixel).
      expect(Math.abs(y / mass - 13.5)).toBeLessThan(1);
      expect(Math.abs(x / mass - 13.5)).toBeLessThan(1);
      expect(image[13][13]).toBeGreaterThan(0.9);
      expect(Math.max(...image[2], ...image[25])).toBe(0); // MNIST's margin stays black
    }
  });

  it("leaves an empty picture empty", () => {
    expect(
      networkInput(tf.zeros([10, 10, 3]) as never, 16, {center: true})
        .max()
        .dataSync()[0]
    ).toBe(0);
  });
});
