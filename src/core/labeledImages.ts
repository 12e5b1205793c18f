import type * as tfjs from "@convlab/tfjs";

/** Images with one-hot labels: `xs` is `[size, height, width, channels]` in [0, 1], `ys` is `[size, classes]`. */
export interface LabeledImages {
  xs: tfjs.Tensor4D;
  ys: tfjs.Tensor2D;
  size: number;
  classNames: string[];
}

/** What a model trains on and what it is validated on after each epoch. */
export interface TrainSplit {
  train: LabeledImages;
  validation: LabeledImages;
}
