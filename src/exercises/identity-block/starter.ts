import {blockStarterOpening, blockStarterPhrases, translateStarter} from "../shared/starterCode.js";

const en = `${blockStarterOpening("randomUniform")}
/**
 * The identity block of figure 2.2: three convolutions on the main path, then the block's input
 * is added back (the shortcut) and a ReLU follows. The output has the input's shape.
 *
 * X: the input, of shape (m, n_H, n_W, n_C), with n_C = F3
 * f: the size of the middle convolution's window
 * filters: [F1, F2, F3], the number of filters of the three convolutions
 * training: true uses the batch's statistics in batch norm, false its moving averages
 * initializer: gives each kernel's initializer when called as initializer({seed: 0})
 */
export function identityBlock<T extends Input>(
  X: T,
  f: number,
  filters: [number, number, number],
  training = true,
  initializer: (options?: {seed?: number}) => Initializer = randomUniform
): T {
  // The numbers of filters
  const [F1, F2, F3] = ...;

  // Keep the input for the shortcut
  const XShortcut = ...;

  // First component of the main path: 1×1 window, stride 1, padding "valid"
  X = tf.layers.conv2d({filters: F1, kernelSize: 1, strides: 1, padding: "valid", kernelInitializer: initializer({seed: 0})}).apply(X) as T;
  X = tf.layers.batchNormalization({axis: 3}).apply(X, {training}) as T;
  X = ...;

  // Second component: f×f window, stride 1, padding "same"
  X = ...;
  X = ...;
  X = ...;

  // Third component: 1×1 window, stride 1, padding "valid"; no activation here
  X = ...;
  X = ...;

  // Add the shortcut, tf.layers.add().apply([X, XShortcut] as tf.Tensor[]), then the activation
  X = ...;
  X = ...;

  return X;
}
`;

const ru = translateStarter(en, [
  ...blockStarterPhrases,
  [
    ` * The identity block of figure 2.2: three convolutions on the main path, then the block's input
 * is added back (the shortcut) and a ReLU follows. The output has the input's shape.`,
    ` * Identity-блок с рисунка 2.2: три свёртки на основном пути, затем к результату прибавляется
 * вход блока (shortcut) и применяется ReLU. Форма выхода совпадает с формой входа.`
  ],
  [
    " * X: the input, of shape (m, n_H, n_W, n_C), with n_C = F3",
    " * X: вход размерности (m, n_H, n_W, n_C), причём n_C = F3"
  ],
  [
    " * filters: [F1, F2, F3], the number of filters of the three convolutions",
    " * filters: [F1, F2, F3], число фильтров трёх свёрток"
  ],
  [
    '// First component of the main path: 1×1 window, stride 1, padding "valid"',
    '// Первая часть основного пути: окно 1×1, шаг 1, padding "valid"'
  ],
  ['// Second component: f×f window, stride 1, padding "same"', '// Вторая часть: окно f×f, шаг 1, padding "same"'],
  [
    '// Third component: 1×1 window, stride 1, padding "valid"; no activation here',
    '// Третья часть: окно 1×1, шаг 1, padding "valid"; функции активации здесь нет'
  ],
  [
    "// Add the shortcut, tf.layers.add().apply([X, XShortcut] as tf.Tensor[]), then the activation",
    "// Сложение с shortcut: tf.layers.add().apply([X, XShortcut] as tf.Tensor[]), затем активация"
  ]
]);

/** The starter code of identity-block, in both languages. */
export const starter = {en, ru};
