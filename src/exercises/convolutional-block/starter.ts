import {blockStarterOpening, blockStarterPhrases, translateStarter} from "../shared/starterCode.js";

const en = `${blockStarterOpening("glorotUniform")}
/**
 * The convolutional block of figure 2.3: like the identity block, but the shortcut has its own
 * convolution (and batch norm), so the block can change the size and the number of channels.
 *
 * X: the input, of shape (m, n_H_prev, n_W_prev, n_C_prev)
 * f: the size of the middle convolution's window
 * filters: [F1, F2, F3], the number of filters of the main path's three convolutions
 * s: the stride that shrinks the input
 * training: true uses the batch's statistics in batch norm, false its moving averages
 * initializer: gives each kernel's initializer when called as initializer({seed: 0})
 */
export function convolutionalBlock<T extends Input>(
  X: T,
  f: number,
  filters: [number, number, number],
  s = 2,
  training = true,
  initializer: (options?: {seed?: number}) => Initializer = glorotUniform
): T {
  // The numbers of filters
  const [F1, F2, F3] = ...;

  // Keep the input for the shortcut
  let XShortcut = ...;

  // First component of the main path: F1 filters 1×1, stride (s, s), padding "valid"
  X = ...;
  X = ...;
  X = ...;

  // Second component: F2 filters f×f, stride 1, padding "same"
  X = ...;
  X = ...;
  X = ...;

  // Third component: F3 filters 1×1, padding "valid"; no activation here
  X = ...;
  X = ...;

  // The shortcut: F3 filters 1×1, stride (s, s), padding "valid", then batch norm
  XShortcut = ...;
  XShortcut = ...;

  // Add the two paths, then the activation
  X = ...;
  X = ...;

  return X;
}
`;

const ru = translateStarter(en, [
  ...blockStarterPhrases,
  [
    ` * The convolutional block of figure 2.3: like the identity block, but the shortcut has its own
 * convolution (and batch norm), so the block can change the size and the number of channels.`,
    ` * Convolutional-блок с рисунка 2.3: как identity-блок, но в shortcut-соединении своя свёртка
 * (и пакетная нормализация), поэтому блок может менять размер и число каналов.`
  ],
  [
    " * X: the input, of shape (m, n_H_prev, n_W_prev, n_C_prev)",
    " * X: вход размерности (m, n_H_prev, n_W_prev, n_C_prev)"
  ],
  [
    " * filters: [F1, F2, F3], the number of filters of the main path's three convolutions",
    " * filters: [F1, F2, F3], число фильтров трёх свёрток основного пути"
  ],
  [" * s: the stride that shrinks the input", " * s: шаг, уменьшающий вход"],
  [
    '// First component of the main path: F1 filters 1×1, stride (s, s), padding "valid"',
    '// Первая часть основного пути: F1 фильтров 1×1, шаг (s, s), padding "valid"'
  ],
  [
    '// Second component: F2 filters f×f, stride 1, padding "same"',
    '// Вторая часть: F2 фильтров f×f, шаг 1, padding "same"'
  ],
  [
    '// Third component: F3 filters 1×1, padding "valid"; no activation here',
    '// Третья часть: F3 фильтров 1×1, padding "valid"; функции активации здесь нет'
  ],
  [
    '// The shortcut: F3 filters 1×1, stride (s, s), padding "valid", then batch norm',
    '// Shortcut: F3 фильтров 1×1, шаг (s, s), padding "valid", затем пакетная нормализация'
  ],
  ["// Add the two paths, then the activation", "// Сложение двух путей, затем активация"]
]);

/** The starter code of convolutional-block, in both languages. */
export const starter = {en, ru};
