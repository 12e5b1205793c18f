import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/index.js";
import {crossEntropyLosses} from "../../src/run/crossEntropyLosses.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

describe("crossEntropyLosses(tf, options)", () => {
  it("gives ln 2 (sigmoid, per class) and ln 10 (softmax) at all-zero logits, less when the right class leads", () => {
    const {sigmoid, softmax} = crossEntropyLosses(tf, {
      logits: [new Array(10).fill(0), [0, 0, 0, 5, 0, 0, 0, 0, 0, 0]],
      right: 3
    });
    expect(sigmoid[0]).toBeCloseTo(Math.LN2, 5);
    expect(softmax[0]).toBeCloseTo(Math.LN10, 5);
    expect(softmax[1]).toBeCloseTo(Math.log(9 + Math.exp(5)) - 5, 5);
  });

  it("refuses logits and classes outside its limits", () => {
    expect(() => crossEntropyLosses(tf, {logits: [], right: 0})).toThrow(RangeError);
    expect(() => crossEntropyLosses(tf, {logits: [[0, 0], [0]], right: 0})).toThrow(/2 finite/);
    expect(() => crossEntropyLosses(tf, {logits: [[0, Infinity]], right: 0})).toThrow(RangeError);
    expect(() => crossEntropyLosses(tf, {logits: [[0, 0]], right: 2})).toThrow(/right class/);
  });
});
