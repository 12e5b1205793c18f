import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/types.js";
import {
  interruptibly,
  putBack,
  StepInterrupted,
  stopRequested,
  unlessInterrupted
} from "../../src/ops/interruptibly.js";
import {newStopFlag, smallConvolutionalModel, stopAfterKernels} from "./interruptionFixtures.js";

type Tensor = import("@convlab/tfjs").Tensor;

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

/** The fixtures' small model, and a batch of six 8×8 images. */
function modelAndImages(seed: number) {
  return {model: smallConvolutionalModel(tf), xs: tf.randomUniform([6, 8, 8, 1], 0, 1, "float32", seed)};
}

describe("interruptibly(flag, work)", () => {
  it("interrupts a forward pass at its next kernel, frees what it made and puts the engine back", () => {
    const {model, xs} = modelAndImages(4);
    const engine = tf.engine() as unknown as object;
    const tensors = tf.memory().numTensors;
    const flag = newStopFlag();
    const counter = stopAfterKernels(tf, flag, 4);
    try {
      expect(() => interruptibly(flag, () => tf.tidy(() => model.predict(xs) as Tensor))).toThrow(StepInterrupted);
    } finally {
      counter.restore();
    }
    expect(counter.kernels()).toBe(4);
    expect(stopRequested(flag)).toBe(true);
    expect(tf.memory().numTensors).toBe(tensors);
    expect(Object.hasOwn(engine, "runKernel") || Object.hasOwn(engine, "trackTensor")).toBe(false);
    // Without a flag, or with one not set, the work runs as it is.
    const expected = tf.tidy(() => model.predict(xs) as Tensor);
    for (const unset of [undefined, newStopFlag()]) {
      expect(stopRequested(unset)).toBe(false);
      const got = interruptibly(unset, () => tf.tidy(() => model.predict(xs) as Tensor));
      expect(Array.from(got.dataSync())).toEqual(Array.from(expected.dataSync()));
      got.dispose();
    }
    tf.dispose([expected, xs]);
  });

  it("lets the work run on while `unlessWhile` says so, and stops it at the first kernel after", () => {
    const {model, xs} = modelAndImages(5);
    const flag = newStopFlag();
    Atomics.store(flag, 0, 1);
    let protectedKernels = 3;
    const tensors = tf.memory().numTensors;
    expect(() =>
      interruptibly(flag, () => tf.tidy(() => model.predict(xs) as Tensor), {unlessWhile: () => protectedKernels-- > 0})
    ).toThrow(StepInterrupted);
    // Asked before each of the first four kernels: three said no, the fourth let the Stop through.
    expect(protectedKernels).toBe(-1);
    expect(tf.memory().numTensors).toBe(tensors);
    tf.dispose(xs);
  });
});

describe("unlessInterrupted(flag, work)", () => {
  it("gives the work's result, undefined when Stop interrupted it, and lets any other error through", () => {
    const {model, xs} = modelAndImages(6);
    const run = (flag: Int32Array | undefined) =>
      unlessInterrupted(flag, () => tf.tidy(() => model.predict(xs) as Tensor));
    const result = run(newStopFlag());
    expect(result?.shape).toEqual([6, 3]);
    result?.dispose();
    const stopped = newStopFlag();
    Atomics.store(stopped, 0, 1);
    const tensors = tf.memory().numTensors;
    expect(run(stopped)).toBeUndefined();
    expect(tf.memory().numTensors).toBe(tensors);
    expect(() =>
      unlessInterrupted(newStopFlag(), () => {
        throw new RangeError("not a Stop");
      })
    ).toThrow(RangeError);
    tf.dispose(xs);
  });
});

describe("putBack(object, key, original, wasOwn)", () => {
  it("restores an own method, or deletes the override so the prototype's shows again", () => {
    class Base {
      speak() {
        return "base";
      }
    }
    const object = new Base() as Base & {speak: () => string};
    const original = object.speak;
    object.speak = () => "override";
    putBack(object, "speak", original, false);
    expect(Object.hasOwn(object, "speak")).toBe(false);
    expect(object.speak()).toBe("base");
    const own = () => "own";
    object.speak = own;
    object.speak = () => "override";
    putBack(object, "speak", own, true);
    expect(object.speak()).toBe("own");
  });
});
