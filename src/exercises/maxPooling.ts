import {both} from "../i18n/index.js";
import {compareTensors} from "../check/compare.js";
import {documentMaxPooling} from "../ops/asWrittenInDocument.js";
import {tfMaxPool, type Padding} from "../ops/tfReference.js";
import {documentedCases} from "./documented.js";
import {hiddenTitle} from "./hiddenTitle.js";
import {plainResult} from "./tensorResult.js";
import {hiddenWindowCases, sizeOf, visibleWindowCases, windowShapeHint, type WindowCase} from "./windowGrid.js";
import {translateStarter} from "./starterCode.js";
import type {CheckCase, Exercise, TF} from "./types.js";

const starterEn = `/**
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

const starterRu = translateStarter(starterEn, [
  [
    " * Max pooling of one channel X, as tf.maxPool does: the largest value of each window.",
    " * Max pooling одного канала X — так же, как tf.maxPool: наибольшее значение в каждом окне."
  ],
  ["// 1. Output size. valid: ceil((n - k + 1) / s); same: ceil(n / s).", "// 1. Размер выхода. valid: ceil((n - k + 1) / s); same: ceil(n / s)."],
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

export const maxPooling: Exercise = {
  id: "max-pooling",
  exportName: "maxPooling",
  title: both("Max pooling вручную", "Max pooling, by hand"),
  source: {document: "004_836e00dac5c6e07d.txt", cells: "max_pooling and its four calls; tf.nn.max_pool2d (SAME, VALID)"},
  starter: {ru: starterRu, en: starterEn},

  async invoke(fn, args, tf) {
    return plainResult(tf, await fn(...args));
  },

  cases(tf, documented, {hidden, seed}) {
    const cases: CheckCase[] = documentedCases(documented, "max-pooling");
    for (const c of visibleWindowCases()) cases.push(referenceCase(tf, `tf-k${c.kernel.join("x")}-${c.padding}-s${c.stride.join("x")}`, c, false));
    if (hidden) hiddenWindowCases(seed).forEach((c, i) => cases.push({...referenceCase(tf, `hidden-${i + 1}`, c, true), title: hiddenTitle(i + 1)}));
    return cases;
  },

  diagnose(check, got) {
    const [X, kernel = [2, 2], padding = "same", strides = [2, 2]] = check.args as [number[][], [number, number]?, Padding?, [number, number]?];
    const asDocument = documentMaxPooling(X, kernel, padding, strides);
    if (compareTensors({shape: [asDocument.length, asDocument[0]?.length ?? 0], values: asDocument.flat()}, got).kind === "equal") {
      return padding === "valid"
        ? both(
            "Так считает код документа: для valid он берёт ⌊(n − k + 1) / s⌋ окон, а TensorFlow — ⌈(n − k + 1) / s⌉.",
            "This is what the document's own code returns: for valid it takes ⌊(n − k + 1) / s⌋ windows where TensorFlow takes ⌈(n − k + 1) / s⌉."
          )
        : both(
            "Так считает код документа: для same он не сдвигает окна на padTop/padLeft, а TensorFlow сдвигает.",
            "This is what the document's own code returns: for same it does not shift the windows by padTop/padLeft, and TensorFlow does."
          );
    }
    if (got.shape[0] !== check.expected.shape[0] || got.shape[1] !== check.expected.shape[1]) {
      return windowShapeHint([X.length, X[0].length], kernel, strides, padding);
    }
    return undefined;
  }
};

function referenceCase(tf: TF, id: string, {X, kernel, padding, stride}: WindowCase, hidden: boolean): CheckCase {
  return {
    id,
    title: both(
      `как tf.maxPool: вход ${sizeOf(X.length, X[0].length)}, окно ${sizeOf(...kernel)}, ${padding}, шаг ${stride.join("×")}`,
      `same as tf.maxPool: input ${sizeOf(X.length, X[0].length)}, window ${sizeOf(...kernel)}, ${padding}, stride ${stride.join("×")}`
    ),
    kind: "reference",
    hidden,
    args: [X, kernel, padding, stride],
    expected: tfMaxPool(tf, X, kernel, padding, stride)
  };
}
