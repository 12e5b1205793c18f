import {both} from "../localized.js";
import {countOf} from "../plural.js";

/** The architecture survey's computed tables and figures. */
export const surveyTableMessages = {
  model: both("модель", "model"),
  layerKinds: {
    conv: both("свёрток", "convolutions"),
    linear: both("полносвязных", "fully connected"),
    weighted: both("слоёв с весами", "layers with weights"),
    bn: both("пакетных нормализаций", "batch norms"),
    params: both("параметров", "parameters")
  },
  twice3x3: both("3×3, затем 3×3", "3×3, then 3×3"),
  pairKernel: both("ядро 3×3 этой пары", "the 3×3 kernel of the pair"),
  factorization: {
    twice: both("дважды", "twice"),
    layers: both("слои", "layers"),
    one: both("весов, 1 канал", "weights, 1 channel"),
    many: both("весов, 64 → 64 канала", "weights, 64 → 64 channels")
  },
  smoothing: {
    trueLabel: both("верный", "true"),
    right: both("верный класс", "true class"),
    other: both("каждый другой класс", "each other class"),
    byHand: both("потери, сглажено вручную", "loss, smoothed by hand"),
    byTf: both("потери, labelSmoothing = α", "loss, labelSmoothing = α")
  },
  dense: {
    block: both("блок DenseNet", "dense block"),
    layers: both("слоёв L", "layers L"),
    inputs: both("соединений насчитано", "connections counted")
  },
  residual: {
    blocks: both("остаточных блоков", "residual blocks"),
    bottlenecks: both("из них bottleneck (1×1, 3×3, 1×1)", "bottlenecks (1×1, 3×3, 1×1)")
  },
  squeeze: {
    channel: both("канал", "channel"),
    average: both("сжатие средним (SE)", "squeeze by average (SE)"),
    maximum: both("максимумом (документ)", "by maximum (the document)")
  },
  se: {
    block: both("блок", "block"),
    params: both("параметров насчитано", "parameters counted"),
    allUnits: (n: number) => {
      const units = countOf(n, {ru: ["блок", "блока", "блоков"], en: ["unit", "units"]});
      return both(`все ${units.ru}`, `all ${units.en}`);
    },
    unitParams: both("SE-блоки: параметры", "SE units: parameters"),
    unitMacs: both("умножений-сложений", "multiply-accumulates")
  },
  zoo: {
    input: both("вход", "input"),
    params: both("параметров", "parameters"),
    macs: both("умножений-сложений", "multiply-accumulates"),
    weights: both("веса", "weights"),
    stages: both("размеры карт признаков", "feature-map sizes")
  }
};
