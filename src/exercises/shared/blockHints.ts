import {compareTensors} from "../../check/compare.js";
import type {CheckCase} from "../../check/checkCase.js";
import type {TensorData} from "../../check/tensorData.js";
import {both, type Localized} from "../../i18n/index.js";
import {blockCallOf} from "./blockCall.js";

type BlockExercise = "identity-block" | "convolutional-block";

/** Advice for the typical mistakes, by name. */
const mistakes = {
  "no-final-relu": both(
    'В выходе есть отрицательные значения — значит, нет последней ReLU: после сложения с shortcut примените tf.layers.activation({activation: "relu"}).',
    'The output has negative values, so the last ReLU is missing: after adding the shortcut, apply tf.layers.activation({activation: "relu"}).'
  ),
  "batch-norm-axis": both(
    "Пакетная нормализация идёт не по той оси. В режиме обучения она усредняет по примерам и позициям каждого канала: tf.layers.batchNormalization({axis: 3}) (каналы — последняя ось). При training = false ось не видна: у нового слоя скользящие средние 0 и 1 во всех каналах.",
    "Batch norm normalises the wrong axis. In training mode it averages over the examples and positions of each channel: tf.layers.batchNormalization({axis: 3}) (channels last). With training = false the axis does not show: a fresh layer's moving statistics are 0 and 1 in every channel."
  ),
  "training-ignored": both(
    "Так блок считает при training = false. При training = true пакетная нормализация берёт среднее и дисперсию самого батча: передайте флаг в каждый слой, .apply(X, {training}).",
    "These are the numbers the block gives with training = false. With training = true batch norm uses the batch's own mean and variance: pass the flag on to every such layer, .apply(X, {training})."
  ),
  "third-stride-s": both(
    "Так получается, если у третьей свёртки шаг (s, s), как написано в тексте лекционного ноутбука (см. заметку об источнике в разделе о шаге третьей свёртки): основной путь сжимается до 1×1, Add растягивает его на 2×2 shortcut-а (форма поэтому верна), и все четыре позиции получают значение левой верхней. Напечатанный результат требует шага 1 у третьей свёртки.",
    "These are the numbers of a block whose third convolution has stride (s, s), as the lecture notebook's text says (see the source note under “The stride of the third convolution”): the main path shrinks to 1×1, Add broadcasts it over the shortcut's 2×2 (so the shape is still right), and all four positions get the top-left value. The printed output needs stride 1 in the third convolution."
  ),
  "no-shortcut-batch-norm": both(
    "Почти: после свёртки в shortcut-соединении нет пакетной нормализации. Shortcut — это Conv2D, затем BatchNormalization по оси 3.",
    "Close: the shortcut's convolution is not followed by batch norm. The shortcut is a Conv2D, then BatchNormalization on axis 3."
  ),
  "tfjs-initializer": both(
    "Эти числа даёт собственный glorotUniform из TensorFlow.js: его seed 0 — не тот, что в Keras. Используйте аргумент initializer, initializer({seed: 0}): glorotUniform курса выдаёт те же числа, что и Keras.",
    "These numbers come from TensorFlow.js's own glorotUniform, whose seed 0 is not Keras's. Use the initializer argument, initializer({seed: 0}): the course's glorotUniform draws the same numbers as Keras."
  )
} satisfies Record<string, Localized>;

/**
 * What typical wrong blocks print for the document's calls (6 significant digits), so that a hint can
 * name the mistake. test/exercises/shared/blockHints.test.ts recomputes every row from the reference
 * solution with that one mistake made.
 */
export const mistakeOutputs: Record<
  BlockExercise,
  Record<string, Array<{mistake: keyof typeof mistakes; values: number[]}>>
> = {
  "identity-block": {
    "documented-training-true": [
      {
        mistake: "batch-norm-axis",
        values: [
          0, 0, 0, 0, 0, 0, 0, 0, 0.349873, 0.365417, 0.365417, 0.365417, 0.349873, 0.365417, 0.365417, 0.365417,
          4.09498, 6.52287, 6.52287, 3.8621, 2.86314, 3.8621, 3.8621, 2.64258
        ]
      },
      {
        mistake: "batch-norm-axis",
        values: [
          0, 0, 0, 0, 0, 0, 0, 0, 0.3484, 0.359844, 0.359844, 0.355868, 0.3484, 0.359844, 0.359844, 0.355868, 4.1914,
          6.45678, 6.45678, 3.69796, 2.89046, 3.83474, 3.83474, 2.6044
        ]
      },
      {
        mistake: "training-ignored",
        values: [
          0, 0, 0, 0, 0, 0, 0, 0, 108.838, 108.838, 108.838, 54.9191, 54.9191, 54.9191, 54.9191, 27.9595, 326.515,
          326.515, 326.515, 164.757, 164.757, 164.757, 164.757, 83.8787
        ]
      }
    ]
  },
  "convolutional-block": {
    "documented-first-example": [
      {
        mistake: "third-stride-s",
        values: [
          0, 0.666838, 0, 0, 0.888539, 0.527425, 0, 0.666838, 0, 0, 0.888539, 0.527425, 0, 0.666838, 0, 0, 0.888539,
          0.527425, 0, 0.666838, 0, 0, 0.888539, 0.527425
        ]
      },
      {
        mistake: "no-shortcut-batch-norm",
        values: [
          0, 0.667164, 0, 0, 0.888987, 0.527676, 0, 0.650863, 0, 0, 0.896377, 0.499903, 0, 0.631534, 0, 0, 0.864073,
          0.476682, 0, 0.569158, 0, 0, 0.855789, 0.417344
        ]
      },
      {
        mistake: "tfjs-initializer",
        values: [0, 0, 1.79546, 0, 0, 0, 0, 0, 1.64445, 0, 0, 0, 0, 0, 1.93424, 0, 0, 0, 0, 0, 1.70637, 0, 0, 0]
      }
    ]
  }
};

const fallback: Record<BlockExercise, Localized> = {
  "identity-block": both(
    "Проверьте порядок в каждой части: свёртка → пакетная нормализация → ReLU; после третьей нормализации ReLU нет; shortcut прибавляется до последней ReLU.",
    "Check the order in each component: convolution → batch norm → ReLU; no ReLU after the third batch norm; the shortcut is added before the last ReLU."
  ),
  "convolutional-block": both(
    "Ожидаемые числа получены с glorot_uniform(seed=0) для каждого ядра: передайте каждому Conv2D kernelInitializer: initializer({seed: 0}). Проверьте и шаги: (s, s) у первой свёртки и у свёртки shortcut-а, 1 у остальных.",
    "The expected numbers come from glorot_uniform(seed=0) for every kernel: give each Conv2D kernelInitializer: initializer({seed: 0}). Check the strides as well: (s, s) in the first convolution and the shortcut's, 1 elsewhere."
  )
};

/** The likely mistake behind a wrong block output, judged from the output alone. */
export function blockHint(exercise: BlockExercise, check: CheckCase, got: TensorData): Localized | undefined {
  const call = blockCallOf(check.args);
  const gotShape = call.print === "tf.shape(A)" ? got.values : got.shape;
  const expectedShape = call.print === "tf.shape(A)" ? check.expected.values : check.expected.shape;
  if (call.print !== "tf.shape(A)" && got.values.some((value) => value < 0)) return mistakes["no-final-relu"];
  if (gotShape.join() !== expectedShape.join())
    return shapeHint(exercise, call.print, call.X, call.s ?? 2, call.filters, gotShape);
  const known = mistakeOutputs[exercise][check.id]?.find(
    ({values}) => compareTensors({shape: got.shape, values}, got, {rtol: 1e-4, atol: 1e-5}).kind === "equal"
  );
  return known ? mistakes[known.mistake] : fallback[exercise];
}

/** Names the layer and the stride behind a wrong output size. */
function shapeHint(
  exercise: BlockExercise,
  print: string,
  X: number[][][][],
  s: number,
  filters: number[],
  gotShape: number[]
): Localized | undefined {
  const [height, width] = [X[0]?.length ?? 0, X[0]?.[0]?.length ?? 0];
  // Which printed axes hold the height, width and channels.
  const axes =
    print === "tf.shape(A)" ? {h: 1, w: 2, c: 3} : print === "A[0]" ? {h: 0, w: 1, c: 2} : {h: -1, w: 2, c: -1};
  if (exercise === "identity-block") {
    return both(
      `Identity-блок сохраняет размер входа (${height}×${width}): у второй свёртки padding "same", первая и третья — 1×1 с шагом 1.`,
      `The identity block keeps its input's size (${height}×${width}): the second convolution has padding "same", the first and third are 1×1 with stride 1.`
    );
  }
  const F3 = filters[2];
  const [outHeight, outWidth] = [Math.ceil(height / s), Math.ceil(width / s)];
  const [gotHeight, gotWidth, gotChannels] = [gotShape[axes.h], gotShape[axes.w], gotShape[axes.c]];
  if (gotChannels !== undefined && gotChannels !== F3) {
    return both(
      `Каналов в выходе должно быть F3 = ${F3}: F3 фильтров у третьей свёртки основного пути и у свёртки shortcut-а.`,
      `The output should have F3 = ${F3} channels: the main path's third convolution and the shortcut's convolution both have F3 filters.`
    );
  }
  if (gotHeight === height && gotWidth === width && (height !== outHeight || width !== outWidth)) {
    return both(
      `Выход всё ещё ${height}×${width}: шаг (s, s) = (${s}, ${s}) нужен у первой свёртки основного пути и у свёртки shortcut-а — тогда сторона станет ⌈${height} / ${s}⌉ = ${outHeight}.`,
      `The output is still ${height}×${width}: the main path's first convolution and the shortcut's convolution take stride (s, s) = (${s}, ${s}), which makes a side ⌈${height} / ${s}⌉ = ${outHeight}.`
    );
  }
  if ((gotHeight ?? outHeight) < outHeight || (gotWidth ?? outWidth) < outWidth) {
    return both(
      `Выход меньше ожидаемого ${outHeight}×${outWidth}: шаг s только у первой свёртки и у shortcut-а; вторая свёртка (padding "same") и третья (шаг 1) размер не меняют.`,
      `The output is smaller than the expected ${outHeight}×${outWidth}: only the first convolution and the shortcut use stride s; the second (padding "same") and the third (stride 1) keep the size.`
    );
  }
  return undefined;
}
