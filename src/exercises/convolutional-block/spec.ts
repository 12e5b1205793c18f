import type {Json} from "../../core/types.js";
import {both} from "../../i18n/index.js";
import {blockCallOf, invokeBlock, randomBlockInput, type BlockCall, type InitializerSpec} from "../shared/blockCall.js";
import type {ExerciseSpec} from "../types.js";
import {diagnose} from "./hints.js";
import {starter} from "./starter.js";

export const spec: ExerciseSpec = {
  id: "convolutional-block",
  exportName: "convolutionalBlock",
  signature: "convolutionalBlock(X, f, filters, s = 2, training = true, initializer = glorotUniform)",
  title: both("Convolutional-блок", "The convolutional block"),
  source: {
    document: "002_f70ad12104c8edaf.txt",
    cells:
      "3.2 Convolutional Block: convolutional_block and the cell that asserts the shape (3, 2, 2, 6) and prints A[0]"
  },
  starter,
  check: "tensor",
  hiddenCalls: (random) => hiddenCalls(random).map((call): Json[] => [call as unknown as Json]),
  hiddenFrom: "solution",

  invoke(fn, args) {
    const positional = (X: unknown, {f, filters, s, training}: BlockCall, initializer: unknown) => [
      X,
      f,
      filters,
      s,
      training,
      initializer
    ];
    return invokeBlock(fn, blockCallOf(args), positional, "convolutionalBlock");
  },
  diagnose
};

/**
 * The grader's hidden calls: strides 1 to 3 on inputs whose sides do and do not divide by them, other
 * windows, filters and inputs, both training modes and every kind of initializer, drawn from `random`.
 */
export function hiddenCalls(random: () => number, count = 6): BlockCall[] {
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const initializers: Array<InitializerSpec | undefined> = [
    undefined,
    "randomUniform",
    {constant: 0.5},
    undefined,
    "glorotUniform",
    {constant: -0.25}
  ];
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
