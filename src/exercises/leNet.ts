import {both, type Localized} from "../i18n/index.js";
import {sameShape} from "../check/compare.js";
import type {TensorData} from "../check/tensorData.js";
import {withDocumentBlocks} from "../models/blocks.js";
import {leNetShapes} from "../models/leNetShapes.js";
import {shapeRows, trainableVariables} from "../models/trainableVariables.js";
import {documentedCases} from "./documented.js";
import {hiddenTitle} from "./hiddenTitle.js";
import {seededRandom} from "./random.js";
import {translateStarter} from "./starterCode.js";
import type {CheckCase, Exercise, Json, TF} from "./types.js";

/**
 * What one check builds and reads: the student's `leNet` on `tf.input({shape: inputShape})`, with the
 * document's blocks (its `conv_layer` always pads `same`) or the lesson's (padding honoured).
 */
export interface LeNetCheck {
  blocks: "document" | "lesson";
  inputShape: [number, number, number];
  /** `variables`: the trainable variables' shapes, one row each; `logits`: the shape of the output for a batch of 2. */
  report: "variables" | "logits";
}

const logitsBatch = 2;

const starterEn = `import * as tf from "@tensorflow/tfjs";
import {convBlock, dense, flatten, maxPool} from "convlab/blocks";

/**
 * LeNet as document 004 builds it, from the lesson's blocks. Returns the logits.
 *   conv1: convBlock, 6 filters 5×5, padding "valid"   → pool1: maxPool (2×2, stride 2)
 *   conv2: convBlock, 16 filters 5×5, padding "valid"  → pool2: maxPool
 *   flatten → fc1: dense 120 → fc2: dense 84 → fc3: dense 10
 * Like the document, no activation between the dense layers.
 */
export function leNet(input: tf.SymbolicTensor): tf.SymbolicTensor {
  const conv1 = convBlock(input, 6, {name: "conv1", kernelSize: [5, 5], padding: "valid"});
  const pool1 = maxPool(conv1, {name: "pool1"});
  const conv2 = ...;
  const pool2 = ...;
  const flat = ...;
  const fc1 = ...;
  const fc2 = ...;
  return ...;
}
`;

const starterRu = translateStarter(starterEn, [
  [
    " * LeNet as document 004 builds it, from the lesson's blocks. Returns the logits.",
    " * LeNet, как его строит документ 004, из блоков урока. Возвращает логиты."
  ],
  [
    ' *   conv1: convBlock, 6 filters 5×5, padding "valid"   → pool1: maxPool (2×2, stride 2)',
    ' *   conv1: convBlock, 6 фильтров 5×5, padding "valid" → pool1: maxPool (2×2, шаг 2)'
  ],
  [' *   conv2: convBlock, 16 filters 5×5, padding "valid"  → pool2: maxPool', ' *   conv2: convBlock, 16 фильтров 5×5, padding "valid" → pool2: maxPool'],
  [" * Like the document, no activation between the dense layers.", " * Как и в документе, между полносвязными слоями нет активации."]
]);

/** The trainable variables in the document's order, for messages. */
const variableNames: Localized[] = ["conv1", "conv2", "fc1", "fc2", "fc3"].flatMap((layer) => [
  both(`веса ${layer}`, `${layer}'s weights`),
  both(`смещение ${layer}`, `${layer}'s bias`)
]);

export const leNetExercise: Exercise = {
  id: "le-net",
  exportName: "leNet",
  title: both("LeNet из базовых блоков", "LeNet from the basic blocks"),
  source: {document: "004_836e00dac5c6e07d.txt", cells: "conv_layer, max_pool, flatten, dense, conv_block, le_net; le_net_trainable_variables"},
  starter: {ru: starterRu, en: starterEn},

  invoke(fn, args, tf) {
    return describeNetwork(tf, fn as (input: unknown) => unknown, args[0] as unknown as LeNetCheck);
  },

  cases(tf, documented, {hidden, seed}) {
    const cases: CheckCase[] = documentedCases(documented, "le-net");
    const reference = (id: string, check: LeNetCheck, isHidden: boolean): CheckCase => ({
      id,
      title: checkTitle(check),
      kind: "reference",
      hidden: isHidden,
      args: [check as unknown as Json],
      expected: asTensorData(referenceDescription(check))
    });
    cases.push(
      reference("lesson-32x32x3-variables", {blocks: "lesson", inputShape: [32, 32, 3], report: "variables"}, false),
      reference("lesson-32x32x3-logits", {blocks: "lesson", inputShape: [32, 32, 3], report: "logits"}, false),
      reference("lesson-32x32x1-variables", {blocks: "lesson", inputShape: [32, 32, 1], report: "variables"}, false),
      reference("document-28x28x1-variables", {blocks: "document", inputShape: [28, 28, 1], report: "variables"}, false)
    );
    if (hidden) {
      const random = seededRandom(seed + 11);
      const draw = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
      (["lesson", "document", "lesson", "document"] as const).forEach((blocks, i) => {
        const check: LeNetCheck = {blocks, inputShape: [draw(17, 40), draw(17, 40), draw(1, 4)], report: "variables"};
        cases.push({...reference(`hidden-${i + 1}`, check, true), title: hiddenTitle(i + 1)});
      });
    }
    return cases;
  },

  diagnose(check, got) {
    const spec = check.args[0] as unknown as LeNetCheck;
    if (spec.report === "logits") {
      return got.values.length === 2 && got.values[1] !== check.expected.values[1]
        ? both(`fc3 должен выдавать ${check.expected.values[1]} логитов — по одному на класс.`, `fc3 should output ${check.expected.values[1]} logits, one per class.`)
        : undefined;
    }
    return diagnoseVariables(spec, check.expected, got);
  }
};

/**
 * Builds `build(tf.input(...))` into a model and reduces it to numbers: the shapes of its trainable
 * variables (one zero-padded row each) or the shape of its output for a batch of 2. The model is
 * disposed before returning. Runs in the sandbox on the student's function and, on the trusted
 * side, on the reference.
 */
export function describeNetwork(tf: TF, build: (input: unknown) => unknown, {blocks, inputShape, report}: LeNetCheck): number[][] | number[] {
  const input = tf.input({shape: inputShape});
  const output = blocks === "document" ? withDocumentBlocks(() => build(input)) : build(input);
  if (!(output instanceof tf.SymbolicTensor)) {
    throw new Error(`leNet(input) must return the logits as one tf.SymbolicTensor (the output of the last layer applied), not ${Array.isArray(output) ? "an array" : typeof output}`);
  }
  const model = tf.model({inputs: input, outputs: output});
  try {
    if (report === "variables") return shapeRows(trainableVariables(model).map((variable) => variable.shape));
    return tf.tidy(() => (model.predict(tf.zeros([logitsBatch, ...inputShape])) as {shape: number[]}).shape);
  } finally {
    model.dispose();
  }
}

/**
 * What the reference network gives for a check, by arithmetic (models/leNetShapes.ts): this module
 * ships with the lesson page, so it builds no LeNet of its own (the recipe is the exercise's answer).
 */
function referenceDescription({blocks, inputShape, report}: LeNetCheck): number[][] | number[] {
  if (report === "logits") return [logitsBatch, 10];
  return shapeRows(leNetShapes(inputShape, {asInDocument: blocks === "document"}).variables);
}

function asTensorData(value: number[][] | number[]): TensorData {
  return Array.isArray(value[0]) ? {shape: [value.length, (value[0] as number[]).length], values: (value as number[][]).flat()} : {shape: [value.length], values: value as number[]};
}

function checkTitle({blocks, inputShape, report}: LeNetCheck): Localized {
  const size = inputShape.join("×");
  const which = blocks === "document"
    ? both(`блоки документа (conv_layer всегда «same»), вход ${size}`, `the document's blocks (conv_layer always "same"), input ${size}`)
    : both(`блоки урока (padding учитывается), вход ${size}`, `the lesson's blocks (padding honoured), input ${size}`);
  const what = report === "variables"
    ? both("формы обучаемых переменных", "shapes of the trainable variables")
    : both(`форма логитов для батча из ${logitsBatch}`, `shape of the logits for a batch of ${logitsBatch}`);
  return both(`${which.ru}: ${what.ru}`, `${which.en}: ${what.en}`);
}

function diagnoseVariables(spec: LeNetCheck, expected: TensorData, got: TensorData): Localized | undefined {
  const rows = (data: TensorData) => data.shape.length === 2 ? Array.from({length: data.shape[0]}, (_, i) => data.values.slice(i * data.shape[1], (i + 1) * data.shape[1])) : [];
  const gotRows = rows(got);
  const other = shapeRows(leNetShapes(spec.inputShape, {asInDocument: spec.blocks === "lesson"}).variables);
  if (sameShape(got.shape, [other.length, other[0].length]) && other.flat().every((n, i) => n === got.values[i])) {
    const flat = (asInDocument: boolean) => leNetShapes(spec.inputShape, {asInDocument}).variables[4][0];
    return spec.blocks === "document"
      ? both(
          `У вас fc1 получает ${flat(false)} чисел — так и должно быть при padding "valid". Но у документа conv_layer игнорирует padding и всегда дополняет «same», отсюда ${flat(true)}. Соберите свёртки из convBlock модуля convlab/blocks: эта проверка запускает ваш leNet с блоками документа, следующие — с исправленными.`,
          `Your fc1 gets ${flat(false)} inputs, which is right for padding "valid". But the document's conv_layer ignores its padding and always pads "same", hence ${flat(true)}. Build the convolutions with convBlock from convlab/blocks: this check runs your leNet with the document's blocks, the next ones with the corrected blocks.`
        )
      : both(
          `Так получается, если свёртки дополняют «same», как conv_layer документа. В LeNet свёртки 5×5 идут с padding "valid": fc1 получает ${flat(false)} чисел, а не ${flat(true)}.`,
          `This is what convolutions padded "same" give, like the document's conv_layer. LeNet's 5×5 convolutions use padding "valid": fc1 gets ${flat(false)} inputs, not ${flat(true)}.`
        );
  }
  const expectedRows = rows(expected);
  if (gotRows.length !== expectedRows.length) {
    return both(
      `У LeNet ${expectedRows.length} обучаемых переменных: веса и смещение у conv1, conv2, fc1, fc2, fc3 (у ReLU, пулинга и flatten их нет). У вас ${gotRows.length}.`,
      `LeNet has ${expectedRows.length} trainable variables: weights and a bias for each of conv1, conv2, fc1, fc2, fc3 (ReLU, pooling and flatten have none). Yours has ${gotRows.length}.`
    );
  }
  const row = expectedRows.findIndex((shape, i) => shape.some((n, j) => n !== gotRows[i][j]));
  if (row < 0) return undefined;
  const show = (shape: number[]) => `(${shape.filter((n) => n !== 0).join(", ")})`;
  return both(
    `Строка ${row + 1} — ${variableNames[row].ru}: ожидалась форма ${show(expectedRows[row])}, получена ${show(gotRows[row])}.`,
    `Row ${row + 1} is ${variableNames[row].en}: expected shape ${show(expectedRows[row])}, got ${show(gotRows[row])}.`
  );
}
