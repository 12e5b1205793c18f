import {both, type Localized} from "../localized.js";
import {countOf} from "../plural.js";

/** The lessons' drawn figures: captions, text alternatives and labels. */
export const figuresMessages = {
  figure: (lesson: number, n: number): Localized => both(`Рисунок ${lesson}.${n}.`, `Figure ${lesson}.${n}.`),
  // Lesson 2
  plainVsResidualCaption: both(
    "Обычная пара слоёв (слева) и остаточная (справа): вход a[l] обходит оба слоя и прибавляется к z[l+2] до второй активации.",
    "A plain pair of layers (left) and a residual pair (right): the input a[l] skips both layers and is added to z[l+2] before the second activation."
  ),
  plain: both("обычная пара", "plain pair"),
  residual: both("остаточная пара", "residual pair"),
  linear: both("линейный шаг", "linear step"),
  shortcut: both("короткий путь", "shortcut"),
  identityBlockCaption: both(
    "Тождественный блок ResNet-50 (первый блок этапа 2 после свёрточного): три свёртки основного пути; вход блока прибавляется к их выходу.",
    "ResNet-50's identity block (stage 2's block after the convolutional one): the main path's three convolutions; the block's input is added to their output."
  ),
  convolutionalBlockCaption: both(
    "Свёрточный блок ResNet-50 (первый блок этапа 3, s = 2): у короткого пути своя свёртка 1×1 с шагом s и пакетная нормализация.",
    "ResNet-50's convolutional block (stage 3's first block, s = 2): the shortcut has its own 1×1 convolution with stride s and a batch norm."
  ),
  mainPath: both("основной путь", "main path"),
  blockInput: both("вход блока", "block input"),
  stagesCaption: both(
    "ResNet-50 по этапам, для изображения 64×64×3: форма выхода после каждого шага; квадраты пропорциональны высоте и ширине карты.",
    "ResNet-50 by stage, for a 64×64×3 image: the output shape after each step; the squares are to scale with the map's height and width."
  ),
  input: both("вход", "input"),
  zeroPadding: both("дополнение нулями", "zero padding"),
  stemConv: both("свёртка 7×7 /2", "7×7 conv /2"),
  stemPool: both("max pooling 3×3 /2", "3×3 max pool /2"),
  stage: (n: number): Localized => both(`этап ${n}`, `stage ${n}`),
  blocksInStage: (n: number) => countOf(n, {ru: ["блок", "блока", "блоков"], en: ["block", "blocks"]}),
  averagePool: both("усредняющий пулинг 2×2", "2×2 average pool"),
  dense: both("полносвязный + softmax", "dense + softmax"),
  // Lesson 3
  depthCaption: both(
    "Глубина победителей ImageNet по годам: слои с весами (свёрточные и полносвязные).",
    "The depth of ImageNet's winners by year: layers with weights (convolutional and fully connected)."
  ),
  depthAxis: both("слоёв с весами", "layers with weights"),
  objectSizesCaption: both(
    "Один и тот же объект занимает в кадре разную площадь: большому подходит ядро 5×5, среднему 3×3, маленькому 1×1 (клетка — пиксель карты признаков).",
    "The same object takes up a different share of the frame: a large one suits a 5×5 kernel, a middle one 3×3, a small one 1×1 (a cell is a pixel of the feature map)."
  ),
  objectSize: [both("крупно", "large"), both("средне", "middle"), both("мелко", "small")] as const,
  kernel: both("ядро", "kernel"),
  inceptionCaption: both(
    "Модуль Inception v1 (первый модуль GoogLeNet, 3a): четыре ветви читают один вход 28×28×192, их выходы сцепляются по каналам: 64 + 128 + 32 + 32 = 256.",
    "The Inception v1 module (GoogLeNet's first, 3a): four branches read the same 28×28×192 input; their outputs are concatenated along the channels: 64 + 128 + 32 + 32 = 256."
  ),
  concatenate: both("сцепление по каналам", "concatenate channels"),
  previousLayer: both("предыдущий слой", "previous layer"),
  googlenetCaption: both(
    "GoogLeNet по модулям: стебель из свёрток и max pooling, девять модулей Inception (число — каналы на выходе), глобальный усредняющий пулинг, дропаут и полносвязный слой. Вспомогательные классификаторы не показаны.",
    "GoogLeNet by its modules: a stem of convolutions and max pooling, nine Inception modules (the number is the output channels), global average pooling, dropout and a fully connected layer. The auxiliary classifiers are not shown."
  ),
  stem: both("стебель", "stem"),
  maxPool: both("max pooling 3×3 /2", "3×3 max pool /2"),
  head: both("усредн. пулинг, дропаут, полносвяз.", "avg pool, dropout, fc")
};
