import {both} from "../i18n/index.js";
import {blockCallOf, invokeBlock, randomBlockInput, type BlockCall, type InitializerSpec} from "./blockCall.js";
import {blockHint} from "./blockHints.js";
import {documentedCases} from "./documented.js";
import {seededRandom} from "./random.js";
import {referenceCases} from "./referenceCases.js";
import {blockStarterOpening, blockStarterPhrases, translateStarter} from "./starterCode.js";
import type {CheckCase, Exercise, Json} from "./types.js";

const starterEn = `${blockStarterOpening("glorotUniform")}
/**
 * The convolutional block of figure 5: like the identity block, but the shortcut has its own
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

const starterRu = translateStarter(starterEn, [
  ...blockStarterPhrases,
  [
    ` * The convolutional block of figure 5: like the identity block, but the shortcut has its own
 * convolution (and batch norm), so the block can change the size and the number of channels.`,
    ` * Convolutional-блок с рисунка 5: как identity-блок, но в shortcut-соединении своя свёртка
 * (и пакетная нормализация), поэтому блок может менять размер и число каналов.`
  ],
  [" * X: the input, of shape (m, n_H_prev, n_W_prev, n_C_prev)", " * X: вход размерности (m, n_H_prev, n_W_prev, n_C_prev)"],
  [
    " * filters: [F1, F2, F3], the number of filters of the main path's three convolutions",
    " * filters: [F1, F2, F3], число фильтров трёх свёрток основного пути"
  ],
  [" * s: the stride that shrinks the input", " * s: шаг, уменьшающий вход"],
  [
    '// First component of the main path: F1 filters 1×1, stride (s, s), padding "valid"',
    '// Первая часть основного пути: F1 фильтров 1×1, шаг (s, s), padding "valid"'
  ],
  ['// Second component: F2 filters f×f, stride 1, padding "same"', '// Вторая часть: F2 фильтров f×f, шаг 1, padding "same"'],
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

export const convolutionalBlock: Exercise = {
  id: "convolutional-block",
  exportName: "convolutionalBlock",
  title: both("Convolutional-блок", "The convolutional block"),
  source: {document: "002_f70ad12104c8edaf.txt", cells: "3.2 Convolutional Block: convolutional_block and the cell that asserts the shape (3, 2, 2, 6) and prints A[0]"},
  starter: {ru: starterRu, en: starterEn},

  invoke(fn, args, tf) {
    const call = blockCallOf(args);
    return invokeBlock(tf, fn, call, (X, {f, filters, s, training}, initializer) => [X, f, filters, s, training, initializer], "convolutionalBlock");
  },

  async cases(tf, documented, {hidden, seed, reference}) {
    const cases: CheckCase[] = documentedCases(documented, "convolutional-block");
    if (hidden) cases.push(...(await referenceCases(tf, convolutionalBlock, hiddenCalls(seed).map((call) => [call as unknown as Json]), reference)));
    return cases;
  },

  diagnose(check, got) {
    return blockHint("convolutional-block", check, got);
  }
};

/**
 * The grader's hidden calls: strides 1 to 3 on inputs whose sides do and do not divide by them, other
 * windows, filters and inputs, both training modes and every kind of initializer, drawn from `seed`.
 */
export function hiddenCalls(seed: number, count = 6): BlockCall[] {
  const random = seededRandom(seed + 23);
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const initializers: Array<InitializerSpec | undefined> = [undefined, "randomUniform", {constant: 0.5}, undefined, "glorotUniform", {constant: -0.25}];
  return Array.from({length: count}, (_, i) => {
    const s = [1, 2, 3][i % 3];
    return {
      X: randomBlockInput(random, [pick(1, 3), pick(3, 7), pick(3, 7), pick(1, 4)]),
      f: pick(1, 3),
      filters: [pick(1, 4), pick(1, 4), pick(1, 6)],
      s,
      training: i % 2 === 1,
      ...(initializers[i % initializers.length] ? {initializer: initializers[i % initializers.length]} : {}),
      print: "A"
    };
  });
}
