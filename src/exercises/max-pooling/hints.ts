import type {CheckCase} from "../../check/checkCase.js";
import {compareTensors} from "../../check/compare.js";
import type {TensorData} from "../../check/tensorData.js";
import {both, type Localized} from "../../i18n/index.js";
import {documentMaxPooling} from "../../ops/asWrittenInDocument.js";
import type {Padding} from "../../ops/tfReference.js";
import {windowShapeHint} from "../shared/windowGrid.js";

/** Names the document's two pooling bugs, or the output size TensorFlow gives. */
export function diagnose(check: CheckCase, got: TensorData): Localized | undefined {
  const [X, kernel = [2, 2], padding = "same", strides = [2, 2]] = check.args as [
    number[][],
    [number, number]?,
    Padding?,
    [number, number]?
  ];
  const asDocument = documentMaxPooling(X, kernel, padding, strides);
  if (
    compareTensors({shape: [asDocument.length, asDocument[0]?.length ?? 0], values: asDocument.flat()}, got).kind ===
    "equal"
  ) {
    return padding === "valid"
      ? both(
          "Так считает max_pooling из лекционного ноутбука (см. заметку об источнике): для valid он берёт ⌊(n − k + 1) / s⌋ окон, а TensorFlow — ⌈(n − k + 1) / s⌉.",
          "This is what the lecture notebook's max_pooling returns (see the source note): for valid it takes ⌊(n − k + 1) / s⌋ windows where TensorFlow takes ⌈(n − k + 1) / s⌉."
        )
      : both(
          "Так считает max_pooling из лекционного ноутбука (см. заметку об источнике): для same он не сдвигает окна на padTop/padLeft, а TensorFlow сдвигает.",
          "This is what the lecture notebook's max_pooling returns (see the source note): for same it does not shift the windows by padTop/padLeft, and TensorFlow does."
        );
  }
  if (got.shape[0] !== check.expected.shape[0] || got.shape[1] !== check.expected.shape[1]) {
    return windowShapeHint([X.length, X[0].length], kernel, strides, padding);
  }
  return undefined;
}
