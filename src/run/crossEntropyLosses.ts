import type * as tfjs from "@convlab/tfjs";
import {classificationLosses} from "../train/compileClassifier.js";

type TF = typeof tfjs;

export interface CrossEntropyOptions {
  /** Logits of each case, one row of `classes` values each (at most 16 cases of at most 1000 classes). */
  logits: number[][];
  /** The right class, the same for every case. */
  right: number;
}

/**
 * The sigmoid and the softmax cross-entropy (src/train/compileClassifier.ts's losses) of each case's
 * logits against a one-hot target: plain numbers, so the compute worker can run it and the page only
 * draws (src/ui/crossEntropyTable.ts).
 */
export function crossEntropyLosses(
  tf: TF,
  {logits, right}: CrossEntropyOptions
): {sigmoid: number[]; softmax: number[]} {
  const classes = logits[0]?.length ?? 0;
  if (logits.length < 1 || logits.length > 16 || classes < 1 || classes > 1000)
    throw new RangeError("give 1 to 16 cases of 1 to 1000 logits");
  if (logits.some((row) => row.length !== classes || row.some((value) => !Number.isFinite(value))))
    throw new RangeError(`every case must hold ${classes} finite logits`);
  if (!Number.isInteger(right) || right < 0 || right >= classes)
    throw new RangeError(`the right class must be 0 to ${classes - 1}, not ${right}`);
  return tf.tidy(() => {
    const target = tf.oneHot(tf.tensor1d([right], "int32"), classes).toFloat();
    const losses = (kind: "sigmoid" | "softmax") =>
      logits.map((values) => classificationLosses[kind](target, tf.tensor2d([values])).dataSync()[0]);
    return {sigmoid: losses("sigmoid"), softmax: losses("softmax")};
  });
}
