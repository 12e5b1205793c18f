/**
 * Lesson 2's stride demo, the student's side (src/ui/thirdStrideDemo.ts draws it): the student's
 * convolutional block on the document's call, as written and with the third convolution's stride changed
 * to s = 2 (by intercepting that one `tf.layers.conv2d` call). Runs in the check worker, against its
 * time limit, never on the page.
 */
import * as tf from "@convlab/tfjs";
import {documentBlockInput, printedView} from "../exercises/shared/blockCall.js";
import * as initializers from "../initializers/index.js";
import {evaluateModule} from "./evaluateModule.js";
import {transpile} from "./transpile.js";

type Block = (X: tf.Tensor, f: number, filters: number[], s?: number, training?: boolean) => tf.Tensor;

/** One run of the block: A[0] as the document prints it, the main path's shape, the output's, and how many convolutions were changed. */
export interface StrideRun {
  first: number[][][];
  mainPath: string;
  output: string;
  changed: number;
}

const isOne = (value: unknown) =>
  value === undefined || value === 1 || (Array.isArray(value) && value.every((v) => v === 1));

/** The block as written, then with stride s on its third convolution. */
export function strideDemoRuns(source: string): [StrideRun, StrideRun] {
  return [runBlock(source, false), runBlock(source, true)];
}

function runBlock(source: string, strideS: boolean): StrideRun {
  const F3 = 6;
  let changed = 0;
  let mainPath = "";
  const conv2d = (config: Parameters<typeof tf.layers.conv2d>[0]) => {
    const third =
      config.filters === F3 &&
      ((config.kernelSize as unknown) === 1 ||
        (Array.isArray(config.kernelSize) && config.kernelSize.every((k) => k === 1))) &&
      isOne(config.strides);
    if (!third) return tf.layers.conv2d(config);
    ++changed;
    const layer = tf.layers.conv2d(strideS ? {...config, strides: 2} : config);
    const apply = layer.apply.bind(layer);
    layer.apply = ((inputs: Parameters<typeof apply>[0], kwargs?: Parameters<typeof apply>[1]) => {
      const out = apply(inputs, kwargs);
      mainPath = `(${(out as tf.Tensor).shape.join(", ")})`;
      return out;
    }) as typeof layer.apply;
    return layer;
  };
  const recordingTf = {...tf, layers: {...tf.layers, conv2d}};
  const transpiled = transpile(source);
  if (!transpiled.ok) throw new SyntaxError(`${transpiled.message} (${transpiled.line}:${transpiled.column})`);
  const block = evaluateModule(transpiled.code, {
    "@tensorflow/tfjs": recordingTf,
    "convlab/initializers": initializers
  }).convolutionalBlock;
  if (typeof block !== "function") throw new TypeError("the code does not export a function convolutionalBlock");
  return tf.tidy(() => {
    const A = (block as Block)(tf.tensor(documentBlockInput()), 2, [2, 4, 6], 2, false) as tf.Tensor4D;
    const first = printedView(tf, A, "A[0]").arraySync() as number[][][];
    return {first, mainPath, output: `(${A.shape.join(", ")})`, changed};
  });
}
