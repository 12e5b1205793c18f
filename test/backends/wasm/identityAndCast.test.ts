import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import type {TF} from "../../../src/exercises/types.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});

const wasmDataIds = () => (tf.findBackend("wasm") as unknown as {numDataIds(): number}).numDataIds();

describe("Identity and Cast on wasm", () => {
  it("share the input's memory when the dtype stays, and keep it alive after the input is disposed", () => {
    for (const copy of [
      (x: ReturnType<TF["tensor"]>) => tf.clone(x),
      (x: ReturnType<TF["tensor"]>) => tf.cast(x, "float32")
    ]) {
      const x = tf.tensor2d([1.5, -2, 3.25, 4], [2, 2]);
      const before = wasmDataIds();
      const y = copy(x);
      expect(wasmDataIds()).toBe(before); // no new buffer
      x.dispose();
      expect(Array.from(y.dataSync())).toEqual([1.5, -2, 3.25, 4]);
      expect(y.shape).toEqual([2, 2]);
      y.dispose();
      expect(wasmDataIds()).toBe(before - 1);
    }
  });

  it('convert between dtypes as cpu does (a bool is "not zero")', () => {
    const x = tf.tensor1d([1.7, -2.2, 0]);
    expect(Array.from(tf.cast(x, "int32").dataSync())).toEqual([1, -2, 0]);
    expect(Array.from(tf.cast(tf.tensor1d([1.7, -2.2, 0, 0.5, -0]), "bool").dataSync())).toEqual([1, 1, 0, 1, 0]);
    expect(Array.from(tf.cast(tf.tensor1d([3, -256, 0], "int32"), "bool").dataSync())).toEqual([1, 1, 0]);
    expect(tf.cast(tf.tensor1d([1, 0], "bool"), "float32").dtype).toBe("float32");
  });
});
