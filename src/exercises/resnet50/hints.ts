import type {CheckCase} from "../../check/checkCase.js";
import type {ModelSummary} from "../../check/modelSummary.js";
import {both, type Localized} from "../../i18n/index.js";

/** ResNet-50 has 3 + 4 + 6 + 3 residual blocks, each ending in an Add. */
const residualBlocks = 16;

/** Names the likely mistake behind a wrong summary: the pooling's padding, the zero padding, missing blocks, the classes. */
export function summaryHint(check: CheckCase, got: ModelSummary): Localized | undefined {
  const expected = check.expectedSummary!;
  const first = (summary: ModelSummary, type: string) => summary.layers.find((layer) => layer.type === type);
  const classes = check.args[1] as number;
  const [expectedPool, gotPool] = [first(expected, "MaxPooling2D"), first(got, "MaxPooling2D")];
  if (!first(got, "ZeroPadding2D")) {
    return both(
      "Нет ZeroPadding2D: вход сначала дополняется нулями, по 3 с каждой стороны, tf.layers.zeroPadding2d({padding: [3, 3]}).",
      "There is no ZeroPadding2D: the input is first padded with 3 zeros on each side, tf.layers.zeroPadding2d({padding: [3, 3]})."
    );
  }
  if (expectedPool && gotPool && expectedPool.outputShape.join() !== gotPool.outputShape.join()) {
    const side = expectedPool.outputShape[0];
    const before = first(got, "Conv2D")?.outputShape[0] ?? 0;
    return gotPool.outputShape[0] === Math.ceil(before / 2) &&
      gotPool.outputShape[0] !== Math.floor((before - 3) / 2) + 1
      ? both(
          `Max pooling с padding "same": окно 3×3 с шагом 2 и padding "valid" (как по умолчанию) даёт ${side}×${side}, а "same" — ${gotPool.outputShape[0]}×${gotPool.outputShape[1]}.`,
          `Max pooling with padding "same": a 3×3 window with stride 2 and padding "valid" (the default) gives ${side}×${side}, "same" gives ${gotPool.outputShape[0]}×${gotPool.outputShape[1]}.`
        )
      : both(
          `Max pooling после части 1 даёт ${gotPool.outputShape.join("×")} вместо ${expectedPool.outputShape.join("×")}: окно 3×3, шаг 2, padding "valid".`,
          `The max pooling after stage 1 gives ${gotPool.outputShape.join("×")} instead of ${expectedPool.outputShape.join("×")}: a 3×3 window, stride 2, padding "valid".`
        );
  }
  const adds = got.layers.filter((layer) => layer.type === "Add").length;
  if (adds !== residualBlocks) {
    return both(
      `В ResNet-50 ${residualBlocks} остаточных блоков (3, 4, 6 и 3 в частях 2–5), у вас сложений (Add) — ${adds}.`,
      `ResNet-50 has ${residualBlocks} residual blocks (3, 4, 6 and 3 in stages 2–5); your model has ${adds} additions (Add).`
    );
  }
  const [expectedDense, gotDense] = [first(expected, "Dense"), first(got, "Dense")];
  if (expectedDense && gotDense && expectedDense.outputShape.join() !== gotDense.outputShape.join()) {
    return both(
      `Выходной слой должен иметь classes = ${classes} нейронов, у вас ${gotDense.outputShape.join("×")}.`,
      `The output layer should have classes = ${classes} units; yours has ${gotDense.outputShape.join("×")}.`
    );
  }
  return undefined;
}
