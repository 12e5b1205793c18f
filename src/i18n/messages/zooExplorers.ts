import {both} from "../localized.js";

/** Lesson 3's block comparisons and the sliders of its ResNeXt and DenseNet blocks. */
export const zooExplorerMessages = {
  block: both("блок", "block"),
  usedBy: both("где", "used in"),
  layers: both("свёртки", "convolutions"),
  convWeights: both("весов свёрток", "convolution weights"),
  params: both("параметров", "parameters"),
  macs: both("умножений-сложений на карте 56×56", "multiply-accumulates on a 56×56 map"),
  basic: both("базовый блок", "basic block"),
  bottleneck: both("bottleneck", "bottleneck"),
  total: both("всего", "total"),
  failed: (message: string) =>
    both(`Не удалось посчитать блок: ${message}`, `The block could not be counted: ${message}`),
  resnext: {
    cardinality: both("кардинальность C (групп)", "cardinality C (groups)"),
    width: both("каналов на группу d", "channels per group d"),
    middle: both("каналов в середине C·d", "middle channels C·d"),
    resnetRow: both("ResNet (C = 1, d = 64)", "ResNet (C = 1, d = 64)"),
    chosen: both("выбранный блок", "the block chosen")
  },
  dense: {
    layers: both("слоёв в блоке L", "layers per block L"),
    growth: both("темп роста k", "growth rate k"),
    outputChannels: both("каналов на выходе", "output channels"),
    connections: both("соединений насчитано", "connections counted")
  }
};
