import {translateStarter} from "../shared/starterCode.js";

const en = `/**
 * Convolves one channel X with one kernel W, as tf.conv2d does
 * (like every deep-learning library, it computes a cross-correlation: no kernel flip).
 */
export function conv2dOneFilter(
  X: number[][],
  W: number[][],
  padding: "same" | "valid" = "same",
  stride: [number, number] = [1, 1]
): number[][] {
  const [height, width] = [X.length, X[0].length];
  const [kernelY, kernelX] = [W.length, W[0].length];
  const [strideY, strideX] = stride;

  // 1. Output size. valid: ceil((n - k + 1) / s); same: ceil(n / s).
  const outHeight = ...;
  const outWidth = ...;

  // 2. Zeros added before the first row and column (0 for valid).
  //    For same, TensorFlow pads max((out - 1) * s + k - n, 0) in all, the smaller half first.
  const padTop = ...;
  const padLeft = ...;

  // 3. Each output is the sum of a window multiplied by the kernel;
  //    positions outside X count as zeros.
  const result: number[][] = [];
  for (let y = 0; y < outHeight; ++y) {
    const row: number[] = [];
    for (let x = 0; x < outWidth; ++x) {
      let sum = 0;
      ...
      row.push(sum);
    }
    result.push(row);
  }
  return result;
}
`;

const ru = translateStarter(en, [
  [
    ` * Convolves one channel X with one kernel W, as tf.conv2d does
 * (like every deep-learning library, it computes a cross-correlation: no kernel flip).`,
    ` * Свёртка одного канала X с одним ядром W — так же, как tf.conv2d
 * (как и во всех библиотеках глубокого обучения, это взаимная корреляция: ядро не переворачивается).`
  ],
  [
    "// 1. Output size. valid: ceil((n - k + 1) / s); same: ceil(n / s).",
    "// 1. Размер выхода. valid: ceil((n - k + 1) / s); same: ceil(n / s)."
  ],
  [
    `// 2. Zeros added before the first row and column (0 for valid).
  //    For same, TensorFlow pads max((out - 1) * s + k - n, 0) in all, the smaller half first.`,
    `// 2. Сколько нулей добавить перед первой строкой и первым столбцом (для valid — 0).
  //    Для same TensorFlow добавляет всего max((out - 1) * s + k - n, 0), меньшую половину — в начало.`
  ],
  [
    `// 3. Each output is the sum of a window multiplied by the kernel;
  //    positions outside X count as zeros.`,
    `// 3. Каждый выход — сумма окна, умноженного на ядро;
  //    позиции за пределами X считаются нулями.`
  ]
]);

/** The starter code of conv2d-one-filter, in both languages. */
export const starter = {en, ru};
