import {both} from "../i18n/index.js";
import {blockCallOf, invokeBlock, randomBlockInput, type BlockCall, type InitializerSpec} from "./blockCall.js";
import {blockHint} from "./blockHints.js";
import {documentedCases} from "./documented.js";
import {referenceCases} from "./referenceCases.js";
import {seededRandom} from "./random.js";
import {blockStarterOpening, blockStarterPhrases, translateStarter} from "./starterCode.js";
import type {CheckCase, Exercise, Json} from "./types.js";

const starterEn = `${blockStarterOpening("randomUniform")}
/**
 * The identity block of figure 4: three convolutions on the main path, then the block's input
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

const starterRu = translateStarter(starterEn, [
  ...blockStarterPhrases,
  [
    ` * The identity block of figure 4: three convolutions on the main path, then the block's input
 * is added back (the shortcut) and a ReLU follows. The output has the input's shape.`,
    ` * Identity-блок с рисунка 4: три свёртки на основном пути, затем к результату прибавляется
 * вход блока (shortcut) и применяется ReLU. Форма выхода совпадает с формой входа.`
  ],
  [" * X: the input, of shape (m, n_H, n_W, n_C), with n_C = F3", " * X: вход размерности (m, n_H, n_W, n_C), причём n_C = F3"],
  [" * filters: [F1, F2, F3], the number of filters of the three convolutions", " * filters: [F1, F2, F3], число фильтров трёх свёрток"],
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

export const identityBlock: Exercise = {
  id: "identity-block",
  exportName: "identityBlock",
  title: both("Identity-блок", "The identity block"),
  source: {document: "002_f70ad12104c8edaf.txt", cells: "3.1 Identity Block: identity_block and the cell that prints A3 (training=False) and A4 (training=True)"},
  starter: {ru: starterRu, en: starterEn},

  invoke(fn, args, tf) {
    const call = blockCallOf(args);
    return invokeBlock(tf, fn, call, (X, {f, filters, training}, initializer) => [X, f, filters, training, initializer], "identityBlock");
  },

  async cases(tf, documented, {hidden, seed, reference}) {
    const cases: CheckCase[] = documentedCases(documented, "identity-block");
    if (hidden) cases.push(...(await referenceCases(tf, identityBlock, hiddenCalls(seed).map((call) => [call as unknown as Json]), reference)));
    return cases;
  },

  diagnose(check, got) {
    return blockHint("identity-block", check, got);
  }
};

/**
 * The grader's hidden calls: other window sizes, filter counts, batch sizes and inputs, both training
 * modes and every kind of initializer (the default among them), drawn from `seed`.
 */
export function hiddenCalls(seed: number, count = 6): BlockCall[] {
  const random = seededRandom(seed + 11);
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const initializers: Array<InitializerSpec | undefined> = [undefined, {constant: 0.5}, "glorotUniform", "randomUniform", {constant: -0.25}, undefined];
  return Array.from({length: count}, (_, i) => {
    const channels = pick(1, 5);
    return {
      X: randomBlockInput(random, [pick(1, 3), pick(2, 5), pick(2, 5), channels]),
      f: pick(1, 3),
      filters: [pick(1, 5), pick(1, 5), channels],
      training: i % 2 === 0,
      ...(initializers[i % initializers.length] ? {initializer: initializers[i % initializers.length]} : {}),
      print: "A"
    };
  });
}
