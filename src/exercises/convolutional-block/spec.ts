import type {Json} from "../../core/types.js";
import {both} from "../../i18n/index.js";
import {blockCallOf, invokeBlock, randomBlockInput, type BlockCall, type InitializerSpec} from "../shared/blockCall.js";
import type {HiddenCategory} from "../../check/hiddenCategories.js";
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
  hiddenCategory: (_args, i) => hiddenCallCategories[i % hiddenCallCategories.length],
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

/** What each hidden call tries, in the order {@link hiddenCalls} draws them. */
export const hiddenCallCategories = [
  "stride-2",
  "stride-3",
  "batch-of-one",
  "rectangular",
  "other-initializers",
  "even-window"
] as const satisfies readonly HiddenCategory[];

/**
 * The grader's hidden calls, drawn from `random`, each trying one thing (its category): stride 2 and
 * stride 3 on sides they may not divide, a batch of one, a rectangular input, another initializer, an
 * even window f = 2; strides 1 to 3, both training modes, other filters and inputs besides.
 */
export function hiddenCalls(random: () => number, count = 6): BlockCall[] {
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const settings: Array<{s: number; initializer?: InitializerSpec}> = [
    {s: 2},
    {s: 3},
    {s: 2, initializer: {constant: 0.5}},
    {s: 2},
    {s: 1, initializer: "randomUniform"},
    {s: 2, initializer: "glorotUniform"}
  ];
  return Array.from({length: count}, (_, i) => {
    const category = hiddenCallCategories[i % hiddenCallCategories.length];
    const {s, initializer} = settings[i % settings.length];
    const side = pick(3, 7);
    let width = side;
    if (category === "rectangular") while (width === side) width = pick(3, 7);
    return {
      X: randomBlockInput(random, [category === "batch-of-one" ? 1 : pick(2, 3), side, width, pick(1, 4)]),
      f: category === "even-window" ? 2 : [1, 3][pick(0, 1)],
      filters: [pick(1, 4), pick(1, 4), pick(1, 6)],
      s,
      training: i % 2 === 1,
      ...(initializer ? {initializer} : {}),
      print: "A"
    };
  });
}
