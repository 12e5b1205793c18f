import * as tf from "@convlab/tfjs";
import type {KernelConfig, NamedAttrMap, TensorInfo} from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {fastConvKernels, registerFastCpuConv, tfjsCpuConvKernels} from "../../../src/backends/cpu/conv2d.js";
import {setupNodeTf} from "../../../src/backends/node.js";

/** Seeded values in [-1, 1), a share of them exactly zero (as after a ReLU), and any specials given. */
function values(size: number, seed: number, zeros = 0.5, specials: number[] = []): Float32Array {
  const out = new Float32Array(size);
  let state = seed >>> 0;
  for (let i = 0; i < size; ++i) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const u = state / 2 ** 32;
    out[i] = u < zeros ? 0 : 2 * ((state >>> 8) / 2 ** 24) - 1;
  }
  specials.forEach((value, i) => (out[(i * 7919) % size] = value));
  return out;
}

type Case = {
  x: number[];
  filter: number[];
  strides: number | [number, number];
  pad: "same" | "valid" | number;
  dilations: number | [number, number];
  specials?: number[];
  filterSpecials?: number[];
};

const cases: Case[] = [
  {x: [2, 9, 7, 5], filter: [3, 3, 5, 6], strides: 1, pad: "same", dilations: 1},
  {x: [1, 11, 10, 4], filter: [3, 2, 4, 3], strides: 2, pad: "valid", dilations: 1},
  {x: [1, 12, 12, 3], filter: [3, 3, 3, 4], strides: 1, pad: "same", dilations: 2},
  {x: [2, 8, 8, 9], filter: [1, 1, 9, 16], strides: [2, 1], pad: "same", dilations: 1},
  {x: [1, 7, 9, 7], filter: [7, 7, 7, 5], strides: 2, pad: 3, dilations: 1},
  {x: [1, 6, 6, 6], filter: [2, 2, 6, 1], strides: 1, pad: "valid", dilations: 1, specials: [NaN, Infinity, -0]},
  {x: [1, 6, 6, 5], filter: [3, 3, 5, 3], strides: 1, pad: "same", dilations: 1, filterSpecials: [Infinity]},
  {x: [1, 5, 5, 4], filter: [3, 3, 4, 2], strides: 1, pad: "same", dilations: 1, filterSpecials: [NaN, -Infinity]}
];

function run(config: KernelConfig, inputs: Record<string, TensorInfo>, attrs: NamedAttrMap): Float32Array {
  const backend = tf.backend();
  const result = config.kernelFunc({inputs, backend, attrs}) as TensorInfo;
  const data = (backend as unknown as {readSync(id: unknown): Float32Array}).readSync(result.dataId).slice();
  backend.disposeData(result.dataId);
  return data;
}

/** Bit for bit: the same float32 words, NaN included. */
function bits(array: Float32Array): number[] {
  return Array.from(new Uint32Array(array.buffer, array.byteOffset, array.length));
}

describe("the cpu backend's faster Conv2D and FusedConv2D", () => {
  let tfjs: {conv: KernelConfig; fused: KernelConfig};
  let fast: KernelConfig[];
  beforeAll(async () => {
    await setupNodeTf();
    tfjs = tfjsCpuConvKernels()!;
    fast = fastConvKernels(tfjs.conv, tfjs.fused);
  });

  it.each(cases.map((c, i) => [i, c] as const))("gives tfjs's own sums, bit for bit (case %i)", (i, c) => {
    const x = tf.tensor(
      values(
        c.x.reduce((a, b) => a * b),
        10 + i,
        0.5,
        c.specials
      ),
      c.x
    );
    const filter = tf.tensor(
      values(
        c.filter.reduce((a, b) => a * b),
        20 + i,
        0.1,
        c.filterSpecials
      ),
      c.filter
    );
    const bias = tf.tensor(values(c.filter[3], 30 + i, 0), [c.filter[3]]);
    const alpha = tf.tensor(values(c.filter[3], 40 + i, 0), [c.filter[3]]);
    try {
      const attrs = {strides: c.strides, pad: c.pad, dataFormat: "NHWC", dilations: c.dilations} as NamedAttrMap;
      const expected = run(tfjs.conv, {x, filter}, attrs);
      expect(expected.length).toBeGreaterThan(0);
      expect(bits(run(fast[0], {x, filter}, attrs))).toEqual(bits(expected));
      for (const activation of ["relu", "linear", "prelu", "leakyrelu", "sigmoid", "elu", "relu6"]) {
        const fusedAttrs = {...attrs, activation, leakyreluAlpha: 0.3} as NamedAttrMap;
        const inputs = {x, filter, bias, ...(activation === "prelu" ? {preluActivationWeights: alpha} : {})};
        expect(bits(run(fast[1], inputs, fusedAttrs)), activation).toEqual(bits(run(tfjs.fused, inputs, fusedAttrs)));
      }
    } finally {
      tf.dispose([x, filter, bias, alpha]);
    }
  });

  it("is what tf.conv2d and a tfjs-layers model run once registered, and leaves channels-first to tfjs", () => {
    registerFastCpuConv();
    registerFastCpuConv();
    expect(tf.getKernel("Conv2D", "cpu")?.kernelFunc).not.toBe(tfjs.conv.kernelFunc);
    expect(tf.getKernel("FusedConv2D", "cpu")?.kernelFunc).not.toBe(tfjs.fused.kernelFunc);
    expect(tfjsCpuConvKernels()?.conv).toBe(tfjs.conv);
    const x = tf.tensor(values(2 * 6 * 6 * 3, 5), [2, 6, 6, 3]);
    const filter = tf.tensor(values(3 * 3 * 3 * 4, 6, 0), [3, 3, 3, 4]);
    try {
      const attrs = {strides: 1, pad: "same", dataFormat: "NHWC", dilations: 1} as NamedAttrMap;
      expect(bits(tf.conv2d(x as tf.Tensor4D, filter as tf.Tensor4D, 1, "same").dataSync() as Float32Array)).toEqual(
        bits(run(tfjs.conv, {x, filter}, attrs))
      );
      // NCHW: [batch, channels, height, width]; the fallback gives tfjs's result.
      const nchw = tf.tensor(values(1 * 3 * 5 * 5, 7), [1, 3, 5, 5]);
      const channelsFirst = {strides: 1, pad: "valid", dataFormat: "NCHW", dilations: 1} as NamedAttrMap;
      expect(bits(run(fast[0], {x: nchw, filter}, channelsFirst))).toEqual(
        bits(run(tfjs.conv, {x: nchw, filter}, channelsFirst))
      );
      nchw.dispose();
    } finally {
      tf.dispose([x, filter]);
    }
  });
});
