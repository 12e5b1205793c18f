import type {CheckCase} from "../../check/checkCase.js";
import {compareTensors} from "../../check/compare.js";
import type {TensorData} from "../../check/tensorData.js";
import {both, type Localized} from "../../i18n/index.js";
import {documentConv2dOneFilter} from "../../ops/asWrittenInDocument.js";
import type {Padding} from "../../ops/tfReference.js";
import {windowShapeHint} from "../shared/windowGrid.js";

/** Names the document's ignored stride, or the output size TensorFlow gives. */
export function diagnose(check: CheckCase, got: TensorData): Localized | undefined {
  const [X, W, padding = "same", stride = [1, 1]] = check.args as [number[][], number[][], Padding?, [number, number]?];
  const asDocument = documentConv2dOneFilter(X, W, padding, stride);
  const documentShape = [asDocument.length, asDocument[0]?.length ?? 0];
  if (
    stride.some((s) => s !== 1) &&
    compareTensors({shape: documentShape, values: asDocument.flat()}, got).kind === "equal"
  ) {
    return both(
      "Так считает conv2d_one_filter из лекционного ноутбука (см. заметку об источнике): он не учитывает stride. С шагом s окна начинаются через s пикселей, а нули добавляются по формуле для этого шага.",
      "This is what the lecture notebook's conv2d_one_filter returns (see the source note): it ignores the stride. With stride s the windows start s pixels apart, and the padding follows the formula for that stride."
    );
  }
  if (got.shape.length !== 2 || got.shape[0] !== check.expected.shape[0] || got.shape[1] !== check.expected.shape[1]) {
    return windowShapeHint([X.length, X[0].length], [W.length, W[0].length], stride, padding);
  }
  return undefined;
}
