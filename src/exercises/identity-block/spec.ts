import type {Json} from "../../core/types.js";
import {both} from "../../i18n/index.js";
import {blockCallOf, invokeBlock, randomBlockInput, type BlockCall, type InitializerSpec} from "../shared/blockCall.js";
import type {ExerciseSpec} from "../types.js";
import {diagnose} from "./hints.js";
import {starter} from "./starter.js";

export const spec: ExerciseSpec = {
  id: "identity-block",
  exportName: "identityBlock",
  signature: "identityBlock(X, f, filters, training = true, initializer = randomUniform)",
  title: both("Identity-блок", "The identity block"),
  source: {
    document: "002_f70ad12104c8edaf.txt",
    cells: "3.1 Identity Block: identity_block and the cell that prints A3 (training=False) and A4 (training=True)"
  },
  starter,
  check: "tensor",
  hiddenCalls: (random) => hiddenCalls(random).map((call): Json[] => [call as unknown as Json]),
  hiddenFrom: "solution",

  invoke(fn, args) {
    const positional = (X: unknown, {f, filters, training}: BlockCall, initializer: unknown) => [
      X,
      f,
      filters,
      training,
      initializer
    ];
    return invokeBlock(fn, blockCallOf(args), positional, "identityBlock");
  },
  diagnose
};

/**
 * The grader's hidden calls: other window sizes, filter counts, batch sizes and inputs, both training
 * modes and every kind of initializer (the default among them), drawn from `random`.
 */
export function hiddenCalls(random: () => number, count = 6): BlockCall[] {
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const initializers: Array<InitializerSpec | undefined> = [
    undefined,
    {constant: 0.5},
    "glorotUniform",
    "randomUniform",
    {constant: -0.25},
    undefined
  ];
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
