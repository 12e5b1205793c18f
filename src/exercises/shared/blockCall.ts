import * as tf from "@convlab/tfjs";
import type {Json, TF} from "../../core/types.js";
import type {InitializerCallForm} from "../../check/messages.js";
import {constant, glorotUniform, randomUniform} from "../../initializers/index.js";

/**
 * How a case names the `initializer` argument in JSON: one of the course's seeded initializers, or
 * the document's `lambda seed=0: constant(value=c)`. Absent means the function's own default.
 */
export type InitializerSpec = "randomUniform" | "glorotUniform" | {constant: number};

/**
 * What the document prints of a block's output `A`, in its own NumPy words. A check compares exactly
 * what the document printed, so a case names the expression.
 */
export const printedViews = [
  "A",
  "A[0]",
  "tf.shape(A)",
  "A[:, (0, -1), :, :].mean(axis=3)",
  "A[:, (0, -1), :, :].mean(axis=3)[1, 1, 0]"
] as const;
export type PrintedView = (typeof printedViews)[number];

/** One call of a residual block, as a case's single JSON argument. */
export interface BlockCall {
  /** The input, (m, n_H, n_W, n_C). */
  X: number[][][][];
  f: number;
  filters: [number, number, number];
  /** The convolutional block's stride; absent for the identity block or to use the default. */
  s?: number;
  training?: boolean;
  initializer?: InitializerSpec;
  print: PrintedView;
}

/** The factory a block receives as `initializer`: called as `initializer({seed: 0})`, like Keras's `Initializer(seed=0)`. */
export type InitializerFactory = (options?: {
  seed?: number | null;
}) => ReturnType<typeof glorotUniform> | ReturnType<typeof constant>;

/**
 * The factory a case passes as `initializer`. With `onMisuse`, every call in another form than the
 * contract's `initializer({seed: …})` is reported (`initializer(0)`, `initializer()`…): it would lose the seed.
 */
export function initializerFactory(
  spec: InitializerSpec | undefined,
  onMisuse?: (form: InitializerCallForm) => void
): InitializerFactory | undefined {
  if (spec === undefined) return undefined;
  const make: InitializerFactory =
    spec === "randomUniform"
      ? (options) => randomUniform({seed: options?.seed})
      : spec === "glorotUniform"
        ? (options) => glorotUniform({seed: options?.seed})
        : () => constant(spec.constant);
  if (!onMisuse) return make;
  return (...args: unknown[]) => {
    const form = initializerCallForm(args);
    if (form) onMisuse(form);
    return make(args[0] as Parameters<InitializerFactory>[0]);
  };
}

/** How a call of the factory departs from `initializer({seed: n})`, or nothing when it does not. */
export function initializerCallForm(args: readonly unknown[]): InitializerCallForm | undefined {
  if (args.length > 1) return "several-arguments";
  const [options] = args;
  if (options === undefined) return "no-argument";
  if (typeof options === "number" || typeof options === "bigint") return "number";
  if (typeof options === "string") return "string";
  if (typeof options !== "object" || options === null || Array.isArray(options)) return "other";
  const keys = Object.keys(options);
  const seed = (options as {seed?: unknown}).seed;
  return keys.length === 1 && keys[0] === "seed" && typeof seed === "number" ? undefined : "other";
}

/** The document's input for both blocks: three 4×4×3 images filled with −1, 1 and 3. */
export function documentBlockInput(): number[][][][] {
  return [-1, 1, 3].map((value) => Array.from({length: 4}, () => Array.from({length: 4}, () => [value, value, value])));
}

/**
 * Sandbox side: calls a block with a case's call and reduces its output to what the document prints.
 * `positional` puts the call's fields in the function's argument order.
 */
export function invokeBlock(
  fn: (...args: unknown[]) => unknown,
  call: BlockCall,
  positional: (X: tf.Tensor, call: BlockCall, initializer: InitializerFactory | undefined) => unknown[],
  name: string
): unknown {
  let misuse: InitializerCallForm | undefined;
  const factory = initializerFactory(call.initializer, (form) => (misuse ??= form));
  const printed = tf.tidy(() => {
    const X = tf.tensor(call.X, undefined, "float32");
    const A = fn(...positional(X, call, factory));
    if (misuse) return undefined;
    if (!(A instanceof tf.Tensor)) throw new TypeError(`${name} returned ${describeValue(A)}, not a tf.Tensor`);
    if (A.rank !== 4)
      throw new RangeError(
        `${name} returned a tensor of shape (${A.shape.join(", ")}): a 4-D tensor (m, n_H, n_W, n_C) was expected`
      );
    return printedView(tf, A as tf.Tensor4D, call.print);
  });
  // Named on the trusted side (src/check/messages.ts): a fixed form, never what the submission passed.
  if (misuse || !printed) return {contractBreach: "initializer-call", form: misuse ?? "other"};
  const data = printed.arraySync();
  printed.dispose();
  return data;
}

/**
 * `A[:, (0, -1), :, :].mean(axis=3)` and the document's other printed views, as tfjs ops. It takes `tf`
 * only because lesson 2's demo (src/ui/thirdStrideDemo.ts) passes it; the argument is that same instance.
 */
export function printedView(_tf: TF, A: tf.Tensor4D, print: PrintedView): tf.Tensor {
  const firstLastRowsMean = () => tf.gather(A, [0, A.shape[1] - 1], 1).mean(3);
  switch (print) {
    case "A":
      return A;
    case "A[0]":
      return A.slice([0], [1]).squeeze([0]);
    case "tf.shape(A)":
      return tf.tensor1d(A.shape, "int32");
    case "A[:, (0, -1), :, :].mean(axis=3)":
      return firstLastRowsMean();
    case "A[:, (0, -1), :, :].mean(axis=3)[1, 1, 0]":
      return firstLastRowsMean().slice([1, 1, 0], [1, 1, 1]).reshape([]);
  }
}

/** A call read back from a case's arguments (trusted side: cases are built there). */
export function blockCallOf(args: Json[]): BlockCall {
  return args[0] as unknown as BlockCall;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** An input of the given shape with values in [−2, 2], rounded to 1/1000 so JSON carries them exactly. */
export function randomBlockInput(
  random: () => number,
  [m, height, width, channels]: [number, number, number, number]
): number[][][][] {
  const value = () => Math.round((random() * 4 - 2) * 1000) / 1000;
  return Array.from({length: m}, () =>
    Array.from({length: height}, () => Array.from({length: width}, () => Array.from({length: channels}, value)))
  );
}
