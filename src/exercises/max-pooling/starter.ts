import {translateStarter} from "../shared/starterCode.js";

const en = `/**
 * Max pooling of one channel X, as tf.maxPool does: the largest value of each window.
 */
export function maxPooling(
  X: number[][],
  kernelSize: [number, number] = [2, 2],
  padding: "same" | "valid" = "same",
  strides: [number, number] = [2, 2]
): number[][] {
  const [height, width] = [X.length, X[0].length];
  const [kernelY, kernelX] = kernelSize;
  const [strideY, strideX] = strides;

  // 1. Output size. valid: ceil((n - k + 1) / s); same: ceil(n / s).
  const outHeight = ...;
  const outWidth = ...;

  // 2. Where the first window starts: for same, TensorFlow pads
  //    max((out - 1) * s + k - n, 0) in all, the smaller half before the input.
  const padTop = ...;
  const padLeft = ...;

  // 3. The maximum over each window; positions outside X are skipped (not zeros!).
  const result: number[][] = [];
  for (let y = 0; y < outHeight; ++y) {
    const row: number[] = [];
    for (let x = 0; x < outWidth; ++x) {
      let max = -Infinity;
      ...
      row.push(max);
    }
    result.push(row);
  }
  return result;
}
`;

const ru = translateStarter(en, [
  [
    " * Max pooling of one channel X, as tf.maxPool does: the largest value of each window.",
    " * Max pooling одного канала X — так же, как tf.maxPool: наибольшее значение в каждом окне."
  ],
  [
    "// 1. Output size. valid: ceil((n - k + 1) / s); same: ceil(n / s).",
    "// 1. Размер выхода. valid: ceil((n - k + 1) / s); same: ceil(n / s)."
  ],
  [
    `// 2. Where the first window starts: for same, TensorFlow pads
  //    max((out - 1) * s + k - n, 0) in all, the smaller half before the input.`,
    `// 2. Где начинается первое окно: для same TensorFlow дополняет вход
  //    всего на max((out - 1) * s + k - n, 0), меньшую половину — перед входом.`
  ],
  [
    "// 3. The maximum over each window; positions outside X are skipped (not zeros!).",
    "// 3. Максимум по каждому окну; позиции за пределами X пропускаются (это не нули!)."
  ]
]);

/** The starter code of max-pooling, in both languages. */
export const starter = {en, ru};
