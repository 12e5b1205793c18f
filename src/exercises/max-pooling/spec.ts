import type {Json} from "../../core/types.js";
import {both} from "../../i18n/index.js";
import {tfMaxPool, type Padding} from "../../ops/tfReference.js";
import {plainResult} from "../shared/tensorResult.js";
import {hiddenWindowCases, hiddenWindowCategories, sizeOf, visibleWindowCases} from "../shared/windowGrid.js";
import type {ExerciseSpec} from "../types.js";
import {diagnose} from "./hints.js";
import {starter} from "./starter.js";

type Call = [X: number[][], kernelSize: [number, number], padding: Padding, strides: [number, number]];

export const spec: ExerciseSpec = {
  id: "max-pooling",
  exportName: "maxPooling",
  signature: 'maxPooling(X, kernelSize = [2, 2], padding = "same", strides = [2, 2])',
  title: both("Max pooling вручную", "Max pooling, by hand"),
  source: {
    document: "004_836e00dac5c6e07d.txt",
    cells: "max_pooling and its four calls; tf.nn.max_pool2d (SAME, VALID)"
  },
  starter,
  check: "tensor",

  visibleCalls: () =>
    visibleWindowCases().map(({X, kernel, padding, stride}) => {
      const size = sizeOf(X.length, X[0].length);
      return {
        id: `tf-k${kernel.join("x")}-${padding}-s${stride.join("x")}`,
        title: both(
          `как tf.maxPool: вход ${size}, окно ${sizeOf(...kernel)}, ${padding}, шаг ${stride.join("×")}`,
          `same as tf.maxPool: input ${size}, window ${sizeOf(...kernel)}, ${padding}, stride ${stride.join("×")}`
        ),
        args: [X, kernel, padding, stride]
      };
    }),
  hiddenCalls: (random) =>
    hiddenWindowCases(random).map(({X, kernel, padding, stride}): Json[] => [X, kernel, padding, stride]),
  hiddenCategory: (_args, i) => hiddenWindowCategories[i % hiddenWindowCategories.length],
  hiddenFrom: "tensorflow",
  expected(args) {
    const [X, kernel, padding, strides] = args as Call;
    return tfMaxPool(X, kernel, padding, strides);
  },

  invoke: async (fn, args) => plainResult(await fn(...args)),
  diagnose
};
