import {both} from "../localized.js";
import {localizedNumber} from "../numbers.js";
import {countOf} from "../plural.js";

/** The architecture survey's components: model panels, diagrams, runners, the top-5 chart. */
export const surveyMessages = {
  model: both("Модель", "Model"),
  parameters: both(
    "Параметры (обучаемые — то, что считает torchvision)",
    "Parameters (trainable: what torchvision counts)"
  ),
  runningStatistics: both(
    "Скользящие средние и дисперсии пакетной нормализации (буферы, не параметры)",
    "Batch norm's running means and variances (buffers, not parameters)"
  ),
  macs: both("Умножений-сложений на одно изображение", "Multiply-accumulates per image"),
  weights: both("Веса в памяти (float32)", "Weights in memory (float32)"),
  input: both("Вход", "Input"),
  outputs: both("Выход", "Output"),
  auxiliaryOutput: both("и выход вспомогательного классификатора", "and the auxiliary classifier's output"),
  stage: both("Этап", "Stage"),
  featureMap: both("Карта признаков (H×W×C)", "Feature map (H×W×C)"),
  blocks: both("Блоки", "Blocks"),
  stageParameters: both("Параметры", "Parameters"),
  stageMacs: both("Умножений-сложений", "Multiply-accumulates"),
  vector: both("вектор", "vector"),
  blockCount: (n: number) => countOf(n, {ru: ["блок", "блока", "блоков"], en: ["block", "blocks"]}),
  layerCount: (n: number) => countOf(n, {ru: ["слой", "слоя", "слоёв"], en: ["layer", "layers"]}),
  pickBlock: both("Нажмите на блок, чтобы увидеть его слои.", "Click a block to see its layers."),
  fromLayer: both("из", "from"),
  inputsCollapsed: (n: number) =>
    both(
      `${n} входов: вход блока и выходы предыдущих слоёв`,
      `${n} inputs: the block's input and earlier layers' outputs`
    ),
  legend: {
    sequence: both("слои подряд", "layers in sequence"),
    residual: both("с обходной связью (+)", "residual (+)"),
    concatenation: both("с конкатенацией (torch.cat)", "concatenation (cat)"),
    squeezeExcitation: both("с SE-блоком", "with an SE unit")
  },
  build: both("Собрать и запустить", "Build and run"),
  buildAnyway: both("Всё равно собрать", "Build anyway"),
  bigModel: (megabytes: number) =>
    both(
      `Веса этой модели занимают ${megabytes} МБ: сборка займёт время и много памяти.`,
      `This model's weights take ${megabytes} MB: building it takes time and a lot of memory.`
    ),
  building: both("Собираю модель со случайными весами…", "Building the model with random weights…"),
  running: both("Прямой проход на случайном изображении…", "Forward pass on a random image…"),
  backend: both("Бэкенд TensorFlow.js", "TensorFlow.js backend"),
  buildTime: both("Сборка", "Build"),
  milliseconds: (ms: number) => {
    const value = localizedNumber(ms, {maximumFractionDigits: 0});
    return both(`${value.ru} мс`, `${value.en} ms`);
  },
  forwardTime: both("Прямой проход (1 изображение)", "Forward pass (1 image)"),
  weightMemory: both("Память под веса", "Memory for the weights"),
  peakMemory: both("Пик памяти во время прохода", "Peak memory during the pass"),
  outputShape: both("Форма выхода", "Output shape"),
  failed: (message: string) => both(`Не получилось: ${message}`, `It failed: ${message}`),
  top5Axis: both("Ошибка top-5 на ImageNet, %", "ImageNet top-5 error, %"),
  human: both("человек", "human"),
  smoothedLabel: both("y_smooth", "y_smooth"),
  trueClass: both("верный класс", "true class")
};
