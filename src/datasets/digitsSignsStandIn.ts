import type {Tensor4D} from "@convlab/tfjs";
import type {TrainSplit} from "../core/labeledImages.js";
import type {Digits} from "./digitsFile.js";
import {oneHot, type TF} from "./mnist.js";

export interface StandInOptions {
  /** Images per class in the training set (default 180: 6 × 180 = 1,080, like SIGNS). */
  trainPerClass?: number;
  /** Images per class in the test set (default 20: 6 × 20 = 120, like SIGNS). */
  testPerClass?: number;
  /** Side of the square images (default 64, like SIGNS). */
  size?: number;
}

/**
 * The stand-in for document 002's hand-signs data set (SIGNS: 1,080 training and 120 test images
 * of 64×64×3, digits 0–5 shown with fingers), which cannot ship offline: MNIST digits 0–5,
 * resized to 64×64 (bilinear) and repeated over 3 channels, in [0, 1]. The first images of each
 * class in the shipped file go to training, the next ones to test; the same every time.
 */
export function digitsSignsStandIn(
  tf: TF,
  digits: Digits,
  {trainPerClass = 180, testPerClass = 20, size = 64}: StandInOptions = {}
): TrainSplit {
  const classes = 6;
  const taken = new Array<number>(classes).fill(0);
  const train: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < digits.count; ++i) {
    const label = digits.labels[i];
    if (label >= classes || taken[label] >= trainPerClass + testPerClass) continue;
    (taken[label]++ < trainPerClass ? train : test).push(i);
  }
  if (taken.some((n) => n < trainPerClass + testPerClass))
    throw new Error(
      `not enough digits: ${taken.join(", ")} of classes 0–5, ${trainPerClass + testPerClass} needed each`
    );
  const classNames = ["0", "1", "2", "3", "4", "5"];
  const images = (indices: number[]) => {
    const {height, width} = digits;
    const values = new Float32Array(indices.length * height * width);
    indices.forEach((index, n) => {
      for (let p = 0; p < height * width; ++p)
        values[n * height * width + p] = digits.pixels[index * height * width + p] / 255;
    });
    return {
      xs: tf.tidy(
        () =>
          tf.tile(
            tf.image.resizeBilinear(tf.tensor4d(values, [indices.length, height, width, 1]), [size, size]),
            [1, 1, 1, 3]
          ) as Tensor4D
      ),
      ys: oneHot(
        tf,
        indices.map((index) => digits.labels[index]),
        classes
      ),
      size: indices.length,
      classNames
    };
  };
  return {train: images(train), validation: images(test)};
}
