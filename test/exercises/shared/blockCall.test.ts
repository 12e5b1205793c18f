import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {
  documentBlockInput,
  initializerFactory,
  invokeBlock,
  printedView,
  printedViews,
  randomBlockInput,
  type BlockCall
} from "../../../src/exercises/shared/blockCall.js";
import {seededRandom} from "../../../src/core/random.js";
import type {TF} from "../../../src/exercises/index.js";
import {GlorotUniform, RandomUniform} from "../../../src/initializers/index.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

/** A (2, 3, 2, 2) tensor whose value at [m, h, w, c] is 1000m + 100h + 10w + c. */
const indexed = () =>
  tf.tensor(
    Array.from({length: 2}, (_, m) =>
      Array.from({length: 3}, (_, h) =>
        Array.from({length: 2}, (_, w) => [0, 1].map((c) => 1000 * m + 100 * h + 10 * w + c))
      )
    )
  ) as never;

describe("printedView(tf, A, print)", () => {
  it.each([
    ["A", [2, 3, 2, 2]],
    ["A[0]", [3, 2, 2]],
    ["tf.shape(A)", [4]],
    ["A[:, (0, -1), :, :].mean(axis=3)", [2, 2, 2]],
    ["A[:, (0, -1), :, :].mean(axis=3)[1, 1, 0]", []]
  ] as const)("%s has NumPy's shape %j", (print, shape) => {
    expect(printedView(tf, indexed(), print).shape).toEqual(shape);
  });

  it("takes the first and the last row and averages the channels, as A[:, (0, -1), :, :].mean(axis=3)", () => {
    expect(printedView(tf, indexed(), "A[:, (0, -1), :, :].mean(axis=3)").arraySync()).toEqual([
      [
        [0.5, 10.5],
        [200.5, 210.5]
      ],
      [
        [1000.5, 1010.5],
        [1200.5, 1210.5]
      ]
    ]);
    expect(printedView(tf, indexed(), "A[:, (0, -1), :, :].mean(axis=3)[1, 1, 0]").arraySync()).toBe(1200.5);
    expect(printedView(tf, indexed(), "tf.shape(A)").arraySync()).toEqual([2, 3, 2, 2]);
  });

  it("covers every view a case may name", () => {
    for (const print of printedViews) expect(() => printedView(tf, indexed(), print)).not.toThrow();
  });
});

describe("initializerFactory(spec)", () => {
  it("leaves the function's default when a case names none", () => {
    expect(initializerFactory(undefined)).toBeUndefined();
  });

  it.each([
    ["randomUniform", RandomUniform],
    ["glorotUniform", GlorotUniform]
  ] as const)("gives %s with the seed the block asks for", (spec, kind) => {
    const initializer = initializerFactory(spec)!({seed: 0});
    expect(initializer).toBeInstanceOf(kind);
    expect((initializer as RandomUniform).seed).toBe(0);
  });

  it("gives the document's lambda seed=0: constant(value=c), whatever the seed", () => {
    expect(Array.from(initializerFactory({constant: 2.5})!({seed: 7}).apply([2, 2]).dataSync())).toEqual([
      2.5, 2.5, 2.5, 2.5
    ]);
  });
});

describe("invokeBlock(fn, call, positional, name)", () => {
  const call: BlockCall = {X: documentBlockInput(), f: 2, filters: [1, 1, 3], training: false, print: "tf.shape(A)"};
  const positional = (X: unknown) => [X];

  it("passes the input as a float32 tensor and prints the output as the case says", () => {
    expect(invokeBlock((X) => (X as {mul(n: number): unknown}).mul(2), call, positional, "block")).toEqual([
      3, 4, 4, 3
    ]);
  });

  it.each([
    ["an array", () => [[1]], "block returned an array, not a tf.Tensor"],
    ["nothing", () => undefined, "block returned undefined, not a tf.Tensor"],
    ["a 2-D tensor", () => tf.zeros([2, 2]), "block returned a tensor of shape (2, 2): a 4-D tensor"]
  ])("refuses %s with a message that names the function", (_, fn, message) => {
    expect(() => invokeBlock(fn, call, positional, "block")).toThrow(message);
  });

  it("leaves no tensor behind", () => {
    const before = tf.memory().numTensors;
    invokeBlock((X) => (X as {relu(): unknown}).relu(), {...call, print: "A"}, positional, "block");
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("documentBlockInput() and randomBlockInput(random, shape)", () => {
  it("gives the document's three 4×4×3 images of −1, 1 and 3", () => {
    expect(tf.tensor(documentBlockInput()).shape).toEqual([3, 4, 4, 3]);
    expect(documentBlockInput().map((image) => image[2][3][1])).toEqual([-1, 1, 3]);
  });

  it("draws values in [−2, 2] that JSON carries exactly", () => {
    const values = randomBlockInput(seededRandom(1), [2, 3, 4, 5]).flat(3);
    expect(values).toHaveLength(120);
    for (const value of values) {
      expect(Math.abs(value)).toBeLessThanOrEqual(2);
      expect(JSON.parse(JSON.stringify(value))).toBe(Math.round(value * 1000) / 1000);
    }
  });
});
