import type * as tfjs from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import type {TF} from "../../../src/exercises/types.js";
import {onWasmAndCpu, seededValues} from "./onBothBackends.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});

type Reduce = "sum" | "mean";
const sizeOf = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** The gradient of Σ w·reduce(x, axes) with respect to x. */
const gradientOf =
  (reduce: Reduce, shape: number[], axes: number | number[], keepDims = false) =>
  () =>
    tf.tidy(() => {
      const x = tf.tensor(seededValues(sizeOf(shape), 11), shape);
      return tf.grad((xx: tfjs.Tensor) => {
        const reduced = tf[reduce](xx, axes, keepDims);
        return tf.sum(tf.mul(reduced, tf.tensor(seededValues(reduced.size, 12), reduced.shape)));
      })(x);
    });

describe("the gradients of Sum and Mean on wasm", () => {
  it.each<[Reduce, number[], number | number[]]>([
    ["mean", [4, 3, 3, 5], [0, 1, 2]],
    ["sum", [4, 3, 3, 5], [0, 1, 2]],
    ["mean", [6, 7], 1],
    ["sum", [2, 3, 4], [0, 2]],
    ["mean", [5], 0]
  ])("are cpu's numbers exactly: %s of %j over %j", async (reduce, shape, axes) => {
    const {wasm, cpu} = await onWasmAndCpu(tf, gradientOf(reduce, shape, axes));
    expect(wasm.shape).toEqual(shape);
    expect(Array.from(wasm.values)).toEqual(Array.from(cpu.values));
  });

  it("keep their shape with keepDims", async () => {
    const {wasm, cpu} = await onWasmAndCpu(tf, gradientOf("mean", [3, 4, 2], [1], true));
    expect(Array.from(wasm.values)).toEqual(Array.from(cpu.values));
  });

  it("repeat dy with Tile on wasm, with no tensor of ones to multiply by", async () => {
    const multiplies = async (backend: string) => {
      await tf.setBackend(backend);
      const {kernels} = await tf.profile(gradientOf("sum", [4, 3, 3, 5], [0, 1, 2]));
      return kernels.map(({name}) => name).filter((name) => name === "Multiply" || name === "Tile");
    };
    // The loss's w·sum(x) and its gradient multiply on both; each of the two sums' gradients is a
    // product with ones on cpu, a Tile on wasm.
    expect(await multiplies("cpu")).toEqual(["Multiply", "Multiply", "Multiply", "Multiply"]);
    expect(await multiplies("wasm")).toEqual(["Multiply", "Tile", "Multiply", "Tile"]);
  });

  it("leave an int32 sum to tfjs's own gradient", async () => {
    await tf.setBackend("wasm");
    const x = tf.tensor1d([1, 2, 3], "int32");
    const dx = tf.grad((xx: tfjs.Tensor) => tf.sum(xx))(x);
    expect(Array.from(dx.dataSync())).toEqual([1, 1, 1]);
    tf.dispose([x, dx]);
  });
});
