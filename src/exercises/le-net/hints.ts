import type {CheckCase} from "../../check/checkCase.js";
import {sameShape} from "../../check/compare.js";
import type {TensorData} from "../../check/tensorData.js";
import {both, type Localized} from "../../i18n/index.js";
import {leNetShapes} from "../../models/leNetShapes.js";
import {shapeRows} from "../../models/trainableVariables.js";
import type {LeNetCheck} from "./network.js";

/** The trainable variables in the document's order, for messages. */
const variableNames: Localized[] = ["conv1", "conv2", "fc1", "fc2", "fc3"].flatMap((layer) => [
  both(`веса ${layer}`, `${layer}'s weights`),
  both(`смещение ${layer}`, `${layer}'s bias`)
]);

/** Names a wrong number of logits, the document's padding, or the first variable of a wrong shape. */
export function diagnose(check: CheckCase, got: TensorData): Localized | undefined {
  const spec = check.args[0] as unknown as LeNetCheck;
  if (spec.report === "logits") {
    return got.values.length === 2 && got.values[1] !== check.expected.values[1]
      ? both(
          `fc3 должен выдавать ${check.expected.values[1]} логитов — по одному на класс.`,
          `fc3 should output ${check.expected.values[1]} logits, one per class.`
        )
      : undefined;
  }
  return diagnoseVariables(spec, check.expected, got);
}

function diagnoseVariables(spec: LeNetCheck, expected: TensorData, got: TensorData): Localized | undefined {
  const rows = (data: TensorData) =>
    data.shape.length === 2
      ? Array.from({length: data.shape[0]}, (_, i) => data.values.slice(i * data.shape[1], (i + 1) * data.shape[1]))
      : [];
  const gotRows = rows(got);
  const other = shapeRows(leNetShapes(spec.inputShape, {asInDocument: spec.blocks === "lesson"}).variables);
  if (sameShape(got.shape, [other.length, other[0].length]) && other.flat().every((n, i) => n === got.values[i])) {
    const flat = (asInDocument: boolean) => leNetShapes(spec.inputShape, {asInDocument}).variables[4][0];
    return spec.blocks === "document"
      ? both(
          `У вас fc1 получает ${flat(false)} чисел — так и должно быть при padding "valid". Но conv_layer из лекционного ноутбука (см. заметку об источнике) игнорирует padding и всегда дополняет «same», отсюда ${flat(true)}. Соберите свёртки из convBlock модуля convlab/blocks: эта проверка запускает ваш leNet с блоками, которые всегда дополняют «same», как в ноутбуке, следующие — с исправленными.`,
          `Your fc1 gets ${flat(false)} inputs, which is right for padding "valid". But the lecture notebook's conv_layer (see the source note) ignores its padding and always pads "same", hence ${flat(true)}. Build the convolutions with convBlock from convlab/blocks: this check runs your leNet with blocks that always pad "same", as the notebook's do, the next ones with the corrected blocks.`
        )
      : both(
          `Так получается, если свёртки дополняют «same», как conv_layer из лекционного ноутбука. В LeNet свёртки 5×5 идут с padding "valid": fc1 получает ${flat(false)} чисел, а не ${flat(true)}.`,
          `This is what convolutions padded "same" give, like the lecture notebook's conv_layer. LeNet's 5×5 convolutions use padding "valid": fc1 gets ${flat(false)} inputs, not ${flat(true)}.`
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
