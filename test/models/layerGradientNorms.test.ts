import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/index.js";
import {layerGradientNorms} from "../../src/models/index.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

const decades = (values: number[]) => Math.log10(values.at(-1)! / values[0]);

describe("layerGradientNorms(tf, options)", () => {
  it("gives one norm per layer, the same for the same seed, and leaves no tensor behind", async () => {
    const before = tf.memory().numTensors;
    const first = await layerGradientNorms(tf, {depth: 6, residual: false, activation: "tanh"});
    expect(first).toHaveLength(6);
    expect(await layerGradientNorms(tf, {depth: 6, residual: false, activation: "tanh"})).toEqual(first);
    expect(await layerGradientNorms(tf, {depth: 6, residual: false, activation: "tanh", seed: 1})).not.toEqual(first);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("shows the sigmoid's vanishing gradient: each layer nearer the input gets less, by orders of magnitude", async () => {
    const plain = await layerGradientNorms(tf, {depth: 12, residual: false, activation: "sigmoid"});
    for (let i = 1; i < plain.length; ++i) expect(plain[i - 1]).toBeLessThan(plain[i]);
    expect(decades(plain)).toBeGreaterThan(4);
  });

  it("keeps the gradient of one order in every layer with skip connections", async () => {
    const residual = await layerGradientNorms(tf, {depth: 12, residual: true, activation: "sigmoid"});
    expect(Math.abs(decades(residual))).toBeLessThan(1);
    expect(Math.min(...residual)).toBeGreaterThan(1e-3);
  });

  it("with ReLU and no batch norm, shrinks the plain network's gradient and grows the residual one's as depth grows", async () => {
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const norms = (depth: number, residual: boolean) => layerGradientNorms(tf, {depth, residual, activation: "relu"});
    expect(mean(await norms(12, false))).toBeLessThan(mean(await norms(6, false)) / 5);
    expect(mean(await norms(12, true))).toBeGreaterThan(mean(await norms(6, true)) * 2);
  });

  it.each([
    [{depth: 0}, "depth must be a positive integer"],
    [{depth: 2.5}, "depth must be a positive integer"],
    [{activation: "softmax"}, 'unknown activation "softmax"']
  ])("refuses %j", async (change, message) => {
    await expect(
      layerGradientNorms(tf, {depth: 3, residual: false, activation: "relu", ...(change as object)})
    ).rejects.toThrow(message);
  });
});
