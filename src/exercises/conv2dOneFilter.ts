import {both} from "../i18n/index.js";
import {compareTensors} from "../check/compare.js";
import {documentConv2dOneFilter} from "../ops/asWrittenInDocument.js";
import {tfConv2dOneFilter, type Padding} from "../ops/tfReference.js";
import {documentedCases} from "./documented.js";
import {hiddenTitle} from "./hiddenTitle.js";
import {integerMatrix, seededRandom} from "./random.js";
import {hiddenWindowCases, sizeOf, visibleWindowCases, windowShapeHint, type WindowCase} from "./windowGrid.js";
import {plainResult} from "./tensorResult.js";
import {translateStarter} from "./starterCode.js";
import type {CheckCase, Exercise} from "./types.js";

const starterEn = `/**
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

const starterRu = translateStarter(starterEn, [
  [
    ` * Convolves one channel X with one kernel W, as tf.conv2d does
 * (like every deep-learning library, it computes a cross-correlation: no kernel flip).`,
    ` * Свёртка одного канала X с одним ядром W — так же, как tf.conv2d
 * (как и во всех библиотеках глубокого обучения, это взаимная корреляция: ядро не переворачивается).`
  ],
  ["// 1. Output size. valid: ceil((n - k + 1) / s); same: ceil(n / s).", "// 1. Размер выхода. valid: ceil((n - k + 1) / s); same: ceil(n / s)."],
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

export const conv2dOneFilter: Exercise = {
  id: "conv2d-one-filter",
  exportName: "conv2dOneFilter",
  title: both("Свёртка одним фильтром вручную", "Convolution with one filter, by hand"),
  source: {document: "004_836e00dac5c6e07d.txt", cells: "conv2d_one_filter and its tf.nn.conv2d comparison (SAME, VALID)"},
  starter: {ru: starterRu, en: starterEn},

  async invoke(fn, args, tf) {
    return plainResult(tf, await fn(...args));
  },

  cases(tf, documented, {hidden, seed}) {
    const cases: CheckCase[] = documentedCases(documented, "conv2d-one-filter");
    const random = seededRandom(7);
    const kernelFor = ({kernel}: WindowCase) => integerMatrix(random, kernel[0], kernel[1], 3);
    for (const c of visibleWindowCases()) {
      cases.push(referenceCase(tf, `tf-k${c.kernel.join("x")}-${c.padding}-s${c.stride.join("x")}`, c.X, kernelFor(c), c.padding, c.stride, false));
    }
    if (hidden) {
      const hiddenRandom = seededRandom(seed + 1);
      hiddenWindowCases(seed).forEach((c, i) => {
        const W = integerMatrix(hiddenRandom, c.kernel[0], c.kernel[1], 3);
        cases.push({...referenceCase(tf, `hidden-${i + 1}`, c.X, W, c.padding, c.stride, true), title: hiddenTitle(i + 1)});
      });
    }
    return cases;
  },

  diagnose(check, got) {
    const [X, W, padding = "same", stride = [1, 1]] = check.args as [number[][], number[][], Padding?, [number, number]?];
    const asDocument = documentConv2dOneFilter(X, W, padding, stride);
    const documentShape = [asDocument.length, asDocument[0]?.length ?? 0];
    if (stride.some((s) => s !== 1) && compareTensors({shape: documentShape, values: asDocument.flat()}, got).kind === "equal") {
      return both(
        "Так считает код документа: он не учитывает stride. С шагом s окна начинаются через s пикселей, а нули добавляются по формуле для этого шага.",
        "This is what the document's own code returns: it ignores the stride. With stride s the windows start s pixels apart, and the padding follows the formula for that stride."
      );
    }
    if (got.shape.length !== 2 || got.shape[0] !== check.expected.shape[0] || got.shape[1] !== check.expected.shape[1]) {
      return windowShapeHint([X.length, X[0].length], [W.length, W[0].length], stride, padding);
    }
    return undefined;
  }
};

function referenceCase(tf: Parameters<Exercise["cases"]>[0], id: string, X: number[][], W: number[][], padding: Padding, stride: [number, number], hidden: boolean): CheckCase {
  const kernel = sizeOf(W.length, W[0].length);
  const size = sizeOf(X.length, X[0].length);
  return {
    id,
    title: both(
      `как tf.conv2d: вход ${size}, ядро ${kernel}, ${padding}, шаг ${stride.join("×")}`,
      `same as tf.conv2d: input ${size}, kernel ${kernel}, ${padding}, stride ${stride.join("×")}`
    ),
    kind: "reference",
    hidden,
    args: [X, W, padding, stride],
    expected: tfConv2dOneFilter(tf, X, W, padding, stride)
  };
}
