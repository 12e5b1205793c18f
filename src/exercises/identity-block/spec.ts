import type {Json} from "../../core/types.js";
import {both} from "../../i18n/index.js";
import {blockCallOf, invokeBlock, randomBlockInput, type BlockCall, type InitializerSpec} from "../shared/blockCall.js";
import type {HiddenCategory} from "../../check/hiddenCategories.js";
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
  hiddenCategory: (_args, i) => hiddenCallCategories[i % hiddenCallCategories.length],
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

/** What each hidden call tries, in the order {@link hiddenCalls} draws them. */
export const hiddenCallCategories = [
  "batch-of-one",
  "training-false",
  "other-initializers",
  "rectangular",
  "training-true",
  "even-window"
] as const satisfies readonly HiddenCategory[];

/**
 * The grader's hidden calls, drawn from `random`, each trying one thing (its category): a batch of
 * one, training=False, another initializer, a rectangular input, training=True, an even window f = 2;
 * other window sizes, filter counts and inputs besides, and the function's own default initializer too.
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
    const category = hiddenCallCategories[i % hiddenCallCategories.length];
    const channels = pick(1, 5);
    const side = pick(2, 5);
    let width = side;
    if (category === "rectangular") while (width === side) width = pick(2, 5);
    const initializer = initializers[i % initializers.length];
    return {
      X: randomBlockInput(random, [category === "batch-of-one" ? 1 : pick(2, 3), side, width, channels]),
      f: category === "even-window" ? 2 : [1, 3][pick(0, 1)],
      filters: [pick(1, 5), pick(1, 5), channels],
      training: category === "training-false" || category === "rectangular" ? false : category !== "even-window",
      ...(initializer ? {initializer} : {}),
      print: "A"
    };
  });
}
