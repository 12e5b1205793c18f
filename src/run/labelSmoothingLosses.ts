import type * as tfjs from "@convlab/tfjs";

type TF = typeof tfjs;

export interface LabelSmoothingOptions {
  /** The smoothing, 0 to 1. */
  alpha: number;
  /** The number of classes C, 2 to 1000; class 0 is the right one. */
  classes: number;
}

/** Refuses settings outside {@link LabelSmoothingOptions}'s limits (the worker's input is a page's message). */
function checked({alpha, classes}: LabelSmoothingOptions): LabelSmoothingOptions {
  if (!Number.isFinite(alpha) || alpha < 0 || alpha > 1) throw new RangeError(`α must be 0 to 1, not ${alpha}`);
  if (!Number.isInteger(classes) || classes < 2 || classes > 1000)
    throw new RangeError(`the number of classes must be a whole number from 2 to 1000, not ${classes}`);
  return {alpha, classes};
}

/** The smoothed target for class 0 of C: (1 − α)·y_one_hot + α / C. */
export function smoothedLabels(options: LabelSmoothingOptions): number[] {
  const {alpha, classes} = checked(options);
  return Array.from({length: classes}, (_, c) => (1 - alpha) * (c === 0 ? 1 : 0) + alpha / classes);
}

/**
 * The softmax cross-entropy of fixed logits (cos c for class c) against the target smoothed by hand,
 * and against the one-hot target with TensorFlow.js's own `labelSmoothing`: the two agree. Plain
 * numbers, so the compute worker can run it and the page only draws (src/ui/surveyTables.ts).
 */
export function labelSmoothingLosses(tf: TF, options: LabelSmoothingOptions): {byHand: number; byTf: number} {
  const {alpha, classes} = checked(options);
  const smooth = smoothedLabels(options);
  const oneHot = Array.from({length: classes}, (_, c) => (c === 0 ? 1 : 0));
  return tf.tidy(() => {
    const logits = tf.tensor2d([Array.from({length: classes}, (_, c) => Math.cos(c))]);
    return {
      byHand: tf.losses.softmaxCrossEntropy(tf.tensor2d([smooth]), logits).dataSync()[0],
      byTf: tf.losses.softmaxCrossEntropy(tf.tensor2d([oneHot]), logits, undefined, alpha).dataSync()[0]
    };
  });
}
