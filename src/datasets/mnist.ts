import type * as tfjs from "@convlab/tfjs";
import type {LabeledImages, TrainSplit} from "../core/labeledImages.js";
import type {Digits} from "./digitsFile.js";

export type TF = typeof tfjs;

export const digitClassNames = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

export interface MnistSplitOptions {
  /** How many of the last images are kept for validation (default 1,000 of the 10,000). */
  validationSize?: number;
  /** Side of the padded square (default 32, LeNet's original input: 2 zero pixels around 28×28). */
  size?: number;
}

/**
 * The digits as LeNet's training data: each image centred on a black `size × size` square, scaled
 * to [0, 1], one channel; labels one-hot over the 10 digits. The last `validationSize` images are
 * the validation set.
 */
export function mnistSplit(
  tf: TF,
  digits: Digits,
  {validationSize = 1000, size = 32}: MnistSplitOptions = {}
): TrainSplit {
  if (validationSize <= 0 || validationSize >= digits.count)
    throw new Error(`validationSize must be between 1 and ${digits.count - 1}, not ${validationSize}`);
  if (size < Math.max(digits.height, digits.width))
    throw new Error(`size ${size} is smaller than the ${digits.height}×${digits.width} digits`);
  const trainSize = digits.count - validationSize;
  return {
    train: paddedImages(tf, digits, 0, trainSize, size),
    validation: paddedImages(tf, digits, trainSize, digits.count, size)
  };
}

function paddedImages(tf: TF, digits: Digits, start: number, end: number, size: number): LabeledImages {
  const {height, width} = digits;
  const top = Math.floor((size - height) / 2);
  const left = Math.floor((size - width) / 2);
  const count = end - start;
  const values = new Float32Array(count * size * size);
  for (let n = 0; n < count; ++n) {
    const source = (start + n) * height * width;
    for (let y = 0; y < height; ++y) {
      for (let x = 0; x < width; ++x)
        values[(n * size + top + y) * size + left + x] = digits.pixels[source + y * width + x] / 255;
    }
  }
  return {
    xs: tf.tensor4d(values, [count, size, size, 1]),
    ys: oneHot(tf, digits.labels.subarray(start, end), digitClassNames.length),
    size: count,
    classNames: digitClassNames
  };
}

/** One-hot float32 labels `[labels.length, classes]`. */
export function oneHot(tf: TF, labels: ArrayLike<number>, classes: number): tfjs.Tensor2D {
  const values = new Float32Array(labels.length * classes);
  for (let i = 0; i < labels.length; ++i) values[i * classes + labels[i]] = 1;
  return tf.tensor2d(values, [labels.length, classes]);
}
