import {seededRandom} from "../../core/random.js";
import type {Json} from "../../core/types.js";
import {both} from "../../i18n/index.js";
import {tfConv2dOneFilter, type Padding} from "../../ops/tfReference.js";
import {plainResult} from "../shared/tensorResult.js";
import {
  hiddenWindowCases,
  hiddenWindowCategories,
  integerMatrix,
  sizeOf,
  visibleWindowCases,
  type WindowCase
} from "../shared/windowGrid.js";
import type {ExerciseSpec} from "../types.js";
import {diagnose} from "./hints.js";
import {starter} from "./starter.js";

type Call = [X: number[][], W: number[][], padding: Padding, stride: [number, number]];

/** A kernel of small integers for a window setting (values −3…3). */
const kernelFor = (random: () => number, {kernel}: WindowCase) => integerMatrix(random, kernel[0], kernel[1], 3);

export const spec: ExerciseSpec = {
  id: "conv2d-one-filter",
  exportName: "conv2dOneFilter",
  signature: 'conv2dOneFilter(X, W, padding = "same", stride = [1, 1])',
  title: both("Свёртка одним фильтром вручную", "Convolution with one filter, by hand"),
  source: {
    document: "004_836e00dac5c6e07d.txt",
    cells: "conv2d_one_filter and its tf.nn.conv2d comparison (SAME, VALID)"
  },
  starter,
  check: "tensor",

  visibleCalls() {
    const random = seededRandom(7);
    return visibleWindowCases().map((c) => {
      const W = kernelFor(random, c);
      const [size, kernel] = [sizeOf(c.X.length, c.X[0].length), sizeOf(W.length, W[0].length)];
      return {
        id: `tf-k${c.kernel.join("x")}-${c.padding}-s${c.stride.join("x")}`,
        title: both(
          `как tf.conv2d: вход ${size}, ядро ${kernel}, ${c.padding}, шаг ${c.stride.join("×")}`,
          `same as tf.conv2d: input ${size}, kernel ${kernel}, ${c.padding}, stride ${c.stride.join("×")}`
        ),
        args: [c.X, W, c.padding, c.stride]
      };
    });
  },
  hiddenCalls: (random) =>
    hiddenWindowCases(random).map((c): Json[] => [c.X, kernelFor(random, c), c.padding, c.stride]),
  hiddenCategory: (_args, i) => hiddenWindowCategories[i % hiddenWindowCategories.length],
  hiddenFrom: "tensorflow",
  expected(args) {
    const [X, W, padding, stride] = args as Call;
    return tfConv2dOneFilter(X, W, padding, stride);
  },

  invoke: async (fn, args) => plainResult(await fn(...args)),
  diagnose
};
