import * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {AdaptiveAveragePooling2D} from "../../../src/models/zoo/adaptiveAveragePooling2d.js";

beforeAll(() => setupNodeTf());

/** PyTorch's adaptive average pooling of one channel, written out: bin i spans floor(i·n/m) to ceil((i+1)·n/m). */
function reference(map: number[][], [outHeight, outWidth]: [number, number]): number[][] {
  const bin = (i: number, n: number, m: number) => [Math.floor((i * n) / m), Math.ceil(((i + 1) * n) / m)];
  return Array.from({length: outHeight}, (_, i) =>
    Array.from({length: outWidth}, (_, j) => {
      const [top, bottom] = bin(i, map.length, outHeight);
      const [left, right] = bin(j, map[0].length, outWidth);
      const values = map.slice(top, bottom).flatMap((row) => row.slice(left, right));
      return values.reduce((a, b) => a + b) / values.length;
    })
  );
}

describe("AdaptiveAveragePooling2D", () => {
  it.each([
    [
      [6, 6],
      [6, 6]
    ],
    [
      [6, 6],
      [3, 3]
    ],
    [
      [5, 7],
      [3, 2]
    ],
    [
      [7, 7],
      [1, 1]
    ],
    [
      [4, 5],
      [4, 3]
    ]
  ] as Array<[[number, number], [number, number]]>)(
    "pools a %j map to %j with PyTorch's bins",
    ([height, width], outputSize) => {
      const values = Array.from({length: height}, (_, i) =>
        Array.from({length: width}, (_, j) => (i * 31 + j * 17) % 11)
      );
      const input = tf.tensor4d(values.flat(), [1, height, width, 1]);
      const layer = new AdaptiveAveragePooling2D({outputSize});
      const output = layer.apply(input) as tf.Tensor4D;
      expect(output.shape).toEqual([1, ...outputSize, 1]);
      const got = (output.squeeze([0, 3]).arraySync() as number[][]).flat();
      reference(values, outputSize)
        .flat()
        .forEach((value, i) => expect(got[i]).toBeCloseTo(value, 5));
    }
  );
});
