import {parseSummary, summaryTotals, type ModelSummary} from "../check/modelSummary.js";
import {both, type Localized} from "../i18n/index.js";
import {summarizeModel} from "../models/summarizeModel.js";
import {seededRandom} from "./random.js";
import {referenceCases} from "./referenceCases.js";
import type {CheckCase, DocumentedFile, Exercise, Json} from "./types.js";
import {translateStarter} from "./starterCode.js";

const blocksPlaceholder = {
  en: `// Your identityBlock and convolutionalBlock from the two exercises above go here, without their
// imports: this file must stand alone. ("Insert my blocks" below the editor copies them in.)
// #region blocks
...
// #endregion blocks`,
  ru: `// Сюда — ваши identityBlock и convolutionalBlock из двух упражнений выше, без их import:
// этот файл должен быть самодостаточным. (Кнопка «Вставить мои блоки» под редактором скопирует их.)
// #region blocks
...
// #endregion blocks`
};

const starterEn = `import * as tf from "@tensorflow/tfjs";
import {glorotUniform, randomUniform, type Initializer} from "convlab/initializers";

${blocksPlaceholder.en}

/**
 * ResNet-50 (figure 6):
 * ZEROPAD -> CONV2D -> BATCHNORM -> RELU -> MAXPOOL -> CONVBLOCK -> IDBLOCK*2 -> CONVBLOCK -> IDBLOCK*3
 * -> CONVBLOCK -> IDBLOCK*5 -> CONVBLOCK -> IDBLOCK*2 -> AVGPOOL -> FLATTEN -> DENSE
 *
 * inputShape: the images' shape, [height, width, channels]
 * classes: the number of classes
 */
export function ResNet50(inputShape: [number, number, number] = [64, 64, 3], classes = 6): tf.LayersModel {
  // The input: a symbolic tensor of shape inputShape
  const XInput = tf.input({shape: inputShape});

  // Zero padding: 3 on each side
  let X = ...;

  // Stage 1: 64 filters 7×7, stride 2, glorotUniform({seed: 0}); batch norm; ReLU; max pooling 3×3, stride 2
  X = ...;
  X = ...;
  X = ...;
  X = ...;

  // Stage 2: convolutional block [64, 64, 256], f = 3, s = 1; 2 identity blocks
  X = ...;
  X = ...;
  X = ...;

  // Stage 3: convolutional block [128, 128, 512], f = 3, s = 2; 3 identity blocks
  X = ...;
  X = ...;
  X = ...;
  X = ...;

  // Stage 4: convolutional block [256, 256, 1024], f = 3, s = 2; 5 identity blocks
  X = ...;
  X = ...;
  X = ...;
  X = ...;
  X = ...;
  X = ...;

  // Stage 5: convolutional block [512, 512, 2048], f = 3, s = 2; 2 identity blocks
  X = ...;
  X = ...;
  X = ...;

  // Average pooling 2×2: tf.layers.averagePooling2d
  X = ...;

  // The output layer: flatten, then dense with softmax, glorotUniform({seed: 0})
  X = ...;
  X = ...;

  return tf.model({inputs: XInput, outputs: X});
}
`;

const starterRu = translateStarter(starterEn, [
  [blocksPlaceholder.en, blocksPlaceholder.ru],
  [" * ResNet-50 (figure 6):", " * ResNet-50 (рисунок 6):"],
  [" * inputShape: the images' shape, [height, width, channels]", " * inputShape: размер изображений, [высота, ширина, каналы]"],
  [" * classes: the number of classes", " * classes: число классов"],
  ["// The input: a symbolic tensor of shape inputShape", "// Вход: символический тензор размерности inputShape"],
  ["// Zero padding: 3 on each side", "// Дополнение нулями: по 3 с каждой стороны"],
  [
    "// Stage 1: 64 filters 7×7, stride 2, glorotUniform({seed: 0}); batch norm; ReLU; max pooling 3×3, stride 2",
    "// Часть 1: 64 фильтра 7×7, шаг 2, glorotUniform({seed: 0}); пакетная нормализация; ReLU; max pooling 3×3, шаг 2"
  ],
  [
    "// Stage 2: convolutional block [64, 64, 256], f = 3, s = 1; 2 identity blocks",
    "// Часть 2: convolutional-блок [64, 64, 256], f = 3, s = 1; 2 identity-блока"
  ],
  [
    "// Stage 3: convolutional block [128, 128, 512], f = 3, s = 2; 3 identity blocks",
    "// Часть 3: convolutional-блок [128, 128, 512], f = 3, s = 2; 3 identity-блока"
  ],
  [
    "// Stage 4: convolutional block [256, 256, 1024], f = 3, s = 2; 5 identity blocks",
    "// Часть 4: convolutional-блок [256, 256, 1024], f = 3, s = 2; 5 identity-блоков"
  ],
  [
    "// Stage 5: convolutional block [512, 512, 2048], f = 3, s = 2; 2 identity blocks",
    "// Часть 5: convolutional-блок [512, 512, 2048], f = 3, s = 2; 2 identity-блока"
  ],
  ["// Average pooling 2×2: tf.layers.averagePooling2d", "// Average pooling (усреднение) 2×2: tf.layers.averagePooling2d"],
  [
    "// The output layer: flatten, then dense with softmax, glorotUniform({seed: 0})",
    "// Выходной слой: flatten, затем dense с softmax, glorotUniform({seed: 0})"
  ]
]);

/** ResNet-50 has 3 + 4 + 6 + 3 residual blocks, each ending in an Add. */
const residualBlocks = 16;

export const resnet50: Exercise = {
  id: "resnet50",
  exportName: "ResNet50",
  title: both("Сборка ResNet-50", "Assembling ResNet-50"),
  source: {document: "002_f70ad12104c8edaf.txt", cells: "4 Building ResNet-50: ResNet50 and the cell model = ResNet50(input_shape = (64, 64, 3), classes = 6); model.summary()"},
  starter: {ru: starterRu, en: starterEn},
  // Building ResNet-50 draws 23.5 million seeded weights: a few seconds a model on the cpu backend.
  timeLimitSeconds: 120,

  invoke(fn, args, tf) {
    const model = fn(...args);
    if (!(model instanceof tf.LayersModel)) {
      throw new TypeError("ResNet50 must return a tf.LayersModel: end it with return tf.model({inputs: XInput, outputs: X})");
    }
    try {
      return summarizeModel(model);
    } finally {
      model.dispose();
    }
  },

  async cases(tf, documented, {hidden, seed, reference}) {
    const cases = documentedSummaryCases(documented);
    if (hidden) cases.push(...(await referenceCases(tf, resnet50, hiddenCalls(seed), reference, {returnsModel: true})));
    return cases;
  },

  diagnose(check, _got, gotSummary) {
    return gotSummary ? summaryHint(check, gotSummary) : undefined;
  }
};

/** The documented call's summary, read from `data/expected/resnet50.json` (its totals checked against its rows). */
export function documentedSummaryCases(file: DocumentedFile): CheckCase[] {
  if (!file || file.exercise !== "resnet50" || !Array.isArray(file.cases)) throw new Error("data/expected/resnet50.json does not describe exercise resnet50");
  return file.cases.map((entry) => {
    const expected = entry.expected as {layers?: Json; totals?: {total: number; trainable: number; nonTrainable: number}};
    const summary = parseSummary({layers: expected?.layers});
    if (!summary.ok) throw new Error(`data/expected/resnet50.json, case ${entry.id}: ${summary.problem.en}`);
    const totals = summaryTotals(summary.value);
    if (JSON.stringify(totals) !== JSON.stringify(expected.totals)) throw new Error(`data/expected/resnet50.json, case ${entry.id}: the totals do not add up from the rows`);
    return {
      id: `documented-${entry.id}`,
      title: entry.title,
      kind: "documented",
      hidden: false,
      args: entry.args,
      expected: {shape: [3], values: [totals.total, totals.trainable, totals.nonTrainable]},
      expectedSummary: summary.value
    };
  });
}

/**
 * The grader's hidden calls: other image sizes (from 40×40, the smallest whose last stage still
 * leaves 2×2 for the average pooling), one or three channels, 2–10 classes.
 */
export function hiddenCalls(seed: number, count = 2): Json[][] {
  const random = seededRandom(seed + 37);
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)];
  const sides = [40, 48, 56, 72, 80, 96] as const;
  return Array.from({length: count}, () => [[pick(sides), pick(sides), pick([1, 3])], 2 + Math.floor(random() * 9)]);
}

/** Names the likely mistake behind a wrong summary: the pooling's padding, the zero padding, missing blocks, the classes. */
function summaryHint(check: CheckCase, got: ModelSummary): Localized | undefined {
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
    return gotPool.outputShape[0] === Math.ceil(before / 2) && gotPool.outputShape[0] !== Math.floor((before - 3) / 2) + 1
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
