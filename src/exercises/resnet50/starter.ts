import {translateStarter} from "../shared/starterCode.js";

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

const en = `import * as tf from "@tensorflow/tfjs";
import {glorotUniform, randomUniform, type Initializer} from "convlab/initializers";

${blocksPlaceholder.en}

/**
 * ResNet-50 (figure 2.4):
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

const ru = translateStarter(en, [
  [blocksPlaceholder.en, blocksPlaceholder.ru],
  [" * ResNet-50 (figure 2.4):", " * ResNet-50 (рисунок 2.4):"],
  [
    " * inputShape: the images' shape, [height, width, channels]",
    " * inputShape: размер изображений, [высота, ширина, каналы]"
  ],
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
  [
    "// Average pooling 2×2: tf.layers.averagePooling2d",
    "// Average pooling (усреднение) 2×2: tf.layers.averagePooling2d"
  ],
  [
    "// The output layer: flatten, then dense with softmax, glorotUniform({seed: 0})",
    "// Выходной слой: flatten, затем dense с softmax, glorotUniform({seed: 0})"
  ]
]);

/** The starter code of resnet50, in both languages. */
export const starter = {en, ru};
