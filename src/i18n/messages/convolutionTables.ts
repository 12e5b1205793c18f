import {both} from "../localized.js";

/** Lesson 1's computed tables: parameter counts, output shapes, the lecture's pooling and blocks, LeNet's shapes. */
export const convolutionTableMessages = {
  shapes: {
    input: both("вход", "input"),
    kernel: both("ядро", "kernel"),
    stride: both("шаг", "stride"),
    padding: both("дополнение", "padding"),
    output: both("выход", "output"),
    explicit: (p: number) => both(`${p} с каждой стороны`, `${p} on each side`),
    none: both("нет: ядро больше входа", "none: the kernel is larger than the input")
  },
  pooling: {
    document: (input: string, window: string, padding: string, stride: number) =>
      both(
        `код лекции: ${input}, ${window}, ${padding}, шаг ${stride}`,
        `lecture's code: ${input}, ${window}, ${padding}, stride ${stride}`
      ),
    sameCall: both("tf.maxPool: тот же вызов", "tf.maxPool: the same call")
  },
  blocks: {
    call: both("вызов в лекции (Python)", "call in the lecture (Python)"),
    documentShape: both("напечатанная там форма", "shape printed there"),
    shape: both("форма здесь", "shape here"),
    example: both("пример", "example"),
    zeros: both("нули", "zeros")
  },
  leNet: {
    layer: both("слой", "layer"),
    variable: both("переменная", "variable"),
    printed: both("напечатано в лекции", "printed in the lecture"),
    documentBlocks: both("блоки: всегда с дополнением нулями", "blocks: always same"),
    paddingHonoured: both("дополнение учтено", "padding honoured")
  }
};

/** Lesson 1's comparison of the sigmoid and softmax cross-entropies. */
export const crossEntropyMessages = {
  logits: both("логиты", "logits"),
  sigmoid: both("перекрёстная энтропия с сигмоидой", "sigmoid cross-entropy"),
  softmax: both("перекрёстная энтропия с softmax", "softmax cross-entropy"),
  cases: {
    zeros: both("все логиты 0", "all logits 0"),
    rightAlone: both("верный класс (3) — 5, остальные 0", "right class (3) at 5, others 0"),
    rightAhead: both("верный класс — 5, все остальные 4", "right class at 5, all others at 4"),
    wrong: both("неверный класс (7) — 5, остальные 0", "wrong class (7) at 5, others 0")
  }
};

/** Lesson 1's batch-normalization table: training and inference modes, the moving averages. */
export const batchNormMessages = {
  inference: both("инференс", "inference"),
  training: both("обучение", "training"),
  mode: both("режим", "mode"),
  steps: both("шагов обучения", "training steps so far"),
  movingMean: both("скользящее E", "moving E"),
  movingVariance: both("скользящее D", "moving D"),
  output: (input: string) => both(`выход для ${input}`, `output for ${input}`)
};
