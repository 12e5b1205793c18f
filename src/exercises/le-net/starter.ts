import {translateStarter} from "../shared/starterCode.js";

const en = `import * as tf from "@tensorflow/tfjs";
import {convBlock, dense, flatten, maxPool} from "convlab/blocks";

/**
 * LeNet as this lesson builds it, from the course's blocks. Returns the logits.
 *   conv1: convBlock, 6 filters 5×5, padding "valid"   → pool1: maxPool (2×2, stride 2)
 *   conv2: convBlock, 16 filters 5×5, padding "valid"  → pool2: maxPool
 *   flatten → fc1: dense 120 → fc2: dense 84 → fc3: dense 10
 * As in the lesson, no activation between the dense layers.
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

const ru = translateStarter(en, [
  [
    " * LeNet as this lesson builds it, from the course's blocks. Returns the logits.",
    " * LeNet, как его строит этот урок, из блоков курса. Возвращает логиты."
  ],
  [
    ' *   conv1: convBlock, 6 filters 5×5, padding "valid"   → pool1: maxPool (2×2, stride 2)',
    ' *   conv1: convBlock, 6 фильтров 5×5, padding "valid" → pool1: maxPool (2×2, шаг 2)'
  ],
  [
    ' *   conv2: convBlock, 16 filters 5×5, padding "valid"  → pool2: maxPool',
    ' *   conv2: convBlock, 16 фильтров 5×5, padding "valid" → pool2: maxPool'
  ],
  [
    " * As in the lesson, no activation between the dense layers.",
    " * Как и в уроке, между полносвязными слоями нет активации."
  ]
]);

/** The starter code of le-net, in both languages. */
export const starter = {en, ru};
