import * as tf from "@convlab/tfjs";
import {crossEntropyMessages as messages, formatNumber, type Lang} from "../i18n/index.js";
import {classificationLosses} from "../train/compileClassifier.js";
import {tableView} from "./tableView.js";

/** Logits for ten classes where class 3 is the right one. */
const cases: ReadonlyArray<readonly [keyof typeof messages.cases, number[]]> = [
  ["zeros", new Array(10).fill(0)],
  ["rightAlone", [0, 0, 0, 5, 0, 0, 0, 0, 0, 0]],
  ["rightAhead", [4, 4, 4, 5, 4, 4, 4, 4, 4, 4]],
  ["wrong", [0, 0, 0, 0, 0, 0, 0, 5, 0, 0]]
];

/** The document's sigmoid cross-entropy and the softmax one for the same logits, the right class being 3. */
export function crossEntropyTable({lang = "en"}: {lang?: Lang} = {}): HTMLTableElement {
  const rows = tf.tidy(() => {
    const target = tf.oneHot(tf.tensor1d([3], "int32"), 10).toFloat();
    const loss = (kind: "sigmoid" | "softmax", values: number[]) =>
      formatNumber(classificationLosses[kind](target, tf.tensor2d([values])).dataSync()[0], lang, {fixed: 4});
    return cases.map(([label, values]) => ({
      label: messages.cases[label][lang],
      sigmoid: loss("sigmoid", values),
      softmax: loss("softmax", values)
    }));
  });
  return tableView(rows, {
    label: messages.logits[lang],
    sigmoid: messages.sigmoid[lang],
    softmax: messages.softmax[lang]
  });
}
