import * as tf from "@tensorflow/tfjs";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {
  GlorotUniform,
  LecunUniform,
  RandomUniform,
  SeededInitializer,
  VarianceScaling,
  computeFans,
  constant,
  glorotUniform,
  heUniform,
  lecunUniform,
  ones,
  randomUniform,
  statelessRandomUniform,
  varianceScaling,
  zeros,
  type Initializer
} from "../../src/initializers/index.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

afterAll(() => {
  tf.disposeVariables();
});

/** Values produced by an initializer, as a plain array (disposes the tensor). */
function values(init: Initializer, shape: number[]): number[] {
  const t = init.apply(shape, "float32");
  const out = Array.from(t.dataSync());
  expect(t.shape).toEqual(shape);
  expect(t.dtype).toBe("float32");
  t.dispose();
  return out;
}

describe("computeFans (Keras _compute_fans)", () => {
  it("handles scalars, vectors, dense and convolution kernels", () => {
    expect(computeFans([])).toEqual([1, 1]);
    expect(computeFans([7])).toEqual([7, 7]);
    expect(computeFans([10, 20])).toEqual([10, 20]);
    // Conv2D kernel [kh, kw, in, out]: receptive field kh*kw.
    expect(computeFans([3, 3, 16, 32])).toEqual([144, 288]);
    expect(computeFans([1, 1, 3, 2])).toEqual([3, 2]);
    // Conv3D kernel.
    expect(computeFans([2, 3, 4, 5, 6])).toEqual([120, 144]);
  });
});

describe("glorotUniform", () => {
  it("computes limit = sqrt(6 / (fan_in + fan_out)) for conv and dense kernels", () => {
    const g = glorotUniform(0);
    expect(g.limit([3, 3, 16, 32])).toBeCloseTo(Math.sqrt(6 / (144 + 288)), 15);
    expect(g.limit([10, 20])).toBeCloseTo(Math.sqrt(6 / 30), 15);
    expect(g.limit([1, 1, 3, 2])).toBeCloseTo(Math.sqrt(6 / 5), 15);
    // Evaluated in Keras' order of operations, to the last bit.
    expect(g.limit([3, 3, 16, 32])).toBe(Math.sqrt(3 * (1 / Math.max(1, (144 + 288) / 2))));
  });

  it("draws tf.random.stateless_uniform(shape, seed=[seed, 0], -limit, limit)", () => {
    for (const shape of [[3, 3, 16, 32], [10, 20], [5], [1, 1, 3, 2], [2, 2, 2, 4]]) {
      const limit = glorotUniform(0).limit(shape);
      expect(values(glorotUniform(0), shape)).toEqual(Array.from(statelessRandomUniform(shape, [0, 0], -limit, limit)));
      expect(values(glorotUniform(12), shape)).toEqual(
        Array.from(statelessRandomUniform(shape, [12, 0], -limit, limit))
      );
    }
  });

  it("stays within [-limit, limit] and spreads over it", () => {
    const shape = [3, 3, 16, 32];
    const limit = Math.fround(glorotUniform(3).limit(shape));
    const v = values(glorotUniform(3), shape);
    expect(Math.max(...v)).toBeLessThanOrEqual(limit);
    expect(Math.min(...v)).toBeGreaterThanOrEqual(-limit);
    expect(Math.max(...v)).toBeGreaterThan(0.99 * limit);
    expect(Math.min(...v)).toBeLessThan(-0.99 * limit);
  });

  it("is stateless: one seeded object repeats itself, equal seeds agree, different seeds differ", () => {
    const g = glorotUniform(0);
    const first = values(g, [2, 2, 3, 4]);
    expect(values(g, [2, 2, 3, 4])).toEqual(first);
    expect(values(glorotUniform(0), [2, 2, 3, 4])).toEqual(first);
    expect(values(glorotUniform(1), [2, 2, 3, 4])).not.toEqual(first);
  });

  it("accepts the seed positionally or as Keras-style options", () => {
    expect(values(glorotUniform({seed: 5}), [4, 3])).toEqual(values(glorotUniform(5), [4, 3]));
    expect(glorotUniform({seed: 5}).seed).toBe(5);
  });

  it("without a seed, draws a random one once per object (Keras 2.10+ behaviour)", () => {
    const g = glorotUniform();
    expect(g.seed).toBeNull();
    expect(g.getConfig()).toEqual({seed: null});
    expect(Number.isInteger(g.effectiveSeed)).toBe(true);
    expect(g.effectiveSeed).toBeGreaterThanOrEqual(1);
    expect(g.effectiveSeed).toBeLessThanOrEqual(1e9);
    const first = values(g, [3, 4]);
    expect(values(g, [3, 4])).toEqual(first);
    const limit = g.limit([3, 4]);
    expect(first).toEqual(Array.from(statelessRandomUniform([3, 4], [g.effectiveSeed, 0], -limit, limit)));
    // Two unseeded objects collide only if they draw the same seed (p = 1e-9).
    expect(values(glorotUniform(), [3, 4])).not.toEqual(first);
    expect(values(glorotUniform(null), [3, 4])).not.toEqual(first);
  });

  it("rejects non-integer seeds and non-float32 dtypes", () => {
    expect(() => glorotUniform(0.5)).toThrow(RangeError);
    expect(() => glorotUniform(0).apply([2, 2], "int32")).toThrow(TypeError);
  });
});

describe("other variance-scaling initializers", () => {
  it("heUniform: limit = sqrt(6 / fan_in); lecunUniform: sqrt(3 / fan_in)", () => {
    expect(heUniform(0).limit([3, 3, 16, 32])).toBeCloseTo(Math.sqrt(6 / 144), 15);
    expect(lecunUniform(0).limit([3, 3, 16, 32])).toBeCloseTo(Math.sqrt(3 / 144), 15);
    const limit = heUniform(0).limit([4, 5]);
    expect(values(heUniform({seed: 2}), [4, 5])).toEqual(
      Array.from(statelessRandomUniform([4, 5], [2, 0], -limit, limit))
    );
  });

  it("varianceScaling supports the three fan modes and only the uniform distribution", () => {
    expect(varianceScaling({scale: 2, mode: "fan_out", seed: 0}).limit([10, 20])).toBeCloseTo(Math.sqrt(6 / 20), 15);
    expect(varianceScaling({mode: "fan_avg", seed: 0}).limit([10, 20])).toBeCloseTo(Math.sqrt(3 / 15), 15);
    expect(varianceScaling({seed: 0}).limit([10, 20])).toBeCloseTo(Math.sqrt(3 / 10), 15);
    expect(() => varianceScaling({scale: 0})).toThrow(RangeError);
    expect(() => new VarianceScaling({distribution: "truncated_normal" as "uniform"})).toThrow(RangeError);
  });
});

describe("randomUniform", () => {
  it("defaults to Keras' [-0.05, 0.05)", () => {
    const r = randomUniform({seed: 0});
    expect(r.getConfig()).toEqual({minval: -0.05, maxval: 0.05, seed: 0});
    expect(values(r, [3, 4])).toEqual(Array.from(statelessRandomUniform([3, 4], [0, 0], -0.05, 0.05)));
    expect(values(randomUniform(undefined, undefined, 0), [3, 4])).toEqual(values(r, [3, 4]));
  });

  it("positional (minval, maxval, seed) equals the options form", () => {
    const a = randomUniform(-1, 2, 42);
    const b = randomUniform({minval: -1, maxval: 2, seed: 42});
    expect(values(a, [5, 5])).toEqual(values(b, [5, 5]));
    expect(values(a, [5, 5])).toEqual(Array.from(statelessRandomUniform([5, 5], [42, 0], -1, 2)));
    for (const v of values(a, [5, 5])) {
      expect(v).toBeGreaterThanOrEqual(-1);
      expect(v).toBeLessThan(2);
    }
  });

  it("is stateless and seed-sensitive", () => {
    const r = randomUniform({seed: 9});
    expect(values(r, [6])).toEqual(values(r, [6]));
    expect(values(randomUniform({seed: 10}), [6])).not.toEqual(values(r, [6]));
  });
});

describe("constant / zeros / ones", () => {
  it("fill with the value", () => {
    expect(values(constant(1), [2, 3])).toEqual([1, 1, 1, 1, 1, 1]);
    expect(values(constant({value: 2.5}), [2])).toEqual([2.5, 2.5]);
    expect(values(constant(), [2])).toEqual([0, 0]);
    expect(values(zeros(), [3])).toEqual([0, 0, 0]);
    expect(values(ones(), [3])).toEqual([1, 1, 1]);
  });
});

describe("use as tfjs layer initializers", () => {
  it("every initializer is an instance of tfjs-layers' Initializer base class", () => {
    const base = Object.getPrototypeOf(tf.initializers.zeros().constructor) as abstract new () => unknown;
    for (const init of [
      glorotUniform(0),
      heUniform(0),
      lecunUniform(0),
      randomUniform({seed: 0}),
      constant(1),
      zeros(),
      ones()
    ]) {
      expect(init).toBeInstanceOf(base);
    }
    expect(glorotUniform(0)).toBeInstanceOf(SeededInitializer);
  });

  it("conv2d kernelInitializer: the kernel is statelessRandomUniform scaled to ±limit", () => {
    const layer = tf.layers.conv2d({
      filters: 4,
      kernelSize: 3,
      padding: "same",
      kernelInitializer: glorotUniform(0),
      inputShape: [8, 8, 3]
    });
    layer.build([null, 8, 8, 3]);
    const [kernel, bias] = layer.getWeights();
    expect(kernel!.shape).toEqual([3, 3, 3, 4]);
    const limit = Math.sqrt(6 / (27 + 36));
    expect(Array.from(kernel!.dataSync())).toEqual(
      Array.from(statelessRandomUniform([3, 3, 3, 4], [0, 0], -limit, limit))
    );
    expect(Array.from(bias!.dataSync())).toEqual([0, 0, 0, 0]);
  });

  it("dense kernelInitializer / biasInitializer", () => {
    const layer = tf.layers.dense({
      units: 3,
      kernelInitializer: randomUniform(-1, 1, 7),
      biasInitializer: constant(0.5),
      inputShape: [4]
    });
    layer.build([null, 4]);
    const [kernel, bias] = layer.getWeights();
    expect(Array.from(kernel!.dataSync())).toEqual(Array.from(statelessRandomUniform([4, 3], [7, 0], -1, 1)));
    expect(Array.from(bias!.dataSync())).toEqual([0.5, 0.5, 0.5]);
  });

  it("survives a model JSON round trip with the same seed and weights", async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.conv2d({filters: 2, kernelSize: 2, kernelInitializer: glorotUniform(11), inputShape: [4, 4, 1]})
      ]
    });
    // toJSON(null, false) returns the Keras-format (snake_case) topology.
    const json = model.toJSON(null, false) as tf.serialization.ConfigDict;
    const layers = (json["config"] as tf.serialization.ConfigDict)["layers"] as tf.serialization.ConfigDict[];
    expect((layers[0]!["config"] as tf.serialization.ConfigDict)["kernel_initializer"]).toEqual({
      class_name: "SeededGlorotUniform",
      config: {seed: 11}
    });
    const restored = await tf.models.modelFromJSON(json);
    const a = model.layers[0]!.getWeights()[0]!;
    const b = restored.layers[0]!.getWeights()[0]!;
    expect(Array.from(b.dataSync())).toEqual(Array.from(a.dataSync()));
    model.dispose();
    restored.dispose();
  });

  it("does not replace tfjs' own GlorotUniform / RandomUniform registrations", () => {
    const map = tf.serialization.SerializationMap.getMap().classNameMap;
    expect(map["GlorotUniform"]?.[0]).not.toBe(GlorotUniform);
    expect(map["RandomUniform"]?.[0]).not.toBe(RandomUniform);
    expect(map["SeededGlorotUniform"]?.[0]).toBe(GlorotUniform);
  });
});

describe("seeded weights kept per process", () => {
  /** The backing arrays of two draws (the cpu backend hands out the very array a tensor was made from). */
  function arraysOf(first: Initializer, second: Initializer, shapes: [number[], number[]]) {
    const [a, b] = [first.apply(shapes[0], "float32"), second.apply(shapes[1], "float32")];
    try {
      return [a.dataSync(), b.dataSync()];
    } finally {
      a.dispose();
      b.dispose();
    }
  }

  it("a second draw of the same seed, kind and shape shares the first's values, exactly as drawn", () => {
    const [a, b] = arraysOf(glorotUniform({seed: 3}), glorotUniform(3), [
      [3, 3, 8, 16],
      [3, 3, 8, 16]
    ]);
    expect(b).toBe(a);
    const limit = Math.sqrt(6 / (72 + 144));
    expect(Array.from(b)).toEqual(Array.from(statelessRandomUniform([3, 3, 8, 16], [3, 0], -limit, limit)));
  });

  it("another kind, seed or range gets values of its own; another shape of as many values with the same range shares", () => {
    const shape = [3, 3, 8, 16];
    const [glorot, he] = arraysOf(glorotUniform(5), heUniform(5), [shape, shape]);
    expect(he).not.toBe(glorot);
    expect(Array.from(he)).toEqual(values(new VarianceScaling({scale: 2, mode: "fan_in", seed: 5}), shape));
    const [seed5, seed6] = arraysOf(randomUniform({seed: 5}), randomUniform({seed: 6}), [shape, shape]);
    expect(seed6).not.toBe(seed5);
    const [wide, narrow] = arraysOf(randomUniform(-1, 1, 5), randomUniform(-0.5, 0.5, 5), [shape, shape]);
    expect(narrow).not.toBe(wide);
    expect(Array.from(narrow).map((x) => 2 * x)).toEqual(Array.from(wide));
    const [square, flat] = arraysOf(randomUniform({seed: 5}), randomUniform({seed: 5}), [shape, [1, 1, 72, 16]]);
    expect(flat).toBe(square);
  });

  it("keeps the values through the disposal of every model built with them", () => {
    const build = () =>
      tf.sequential({
        layers: [tf.layers.dense({inputShape: [6], units: 4, kernelInitializer: lecunUniform(11)})]
      });
    const first = build();
    const expected = Array.from(first.getWeights()[0].dataSync());
    first.dispose();
    const second = build();
    expect(Array.from(second.getWeights()[0].dataSync())).toEqual(expected);
    expect(expected).toEqual(values(new LecunUniform({seed: 11}), [6, 4]));
    second.dispose();
  });

  it("keeps nothing without a seed, nor with CONVLAB_NO_CACHE=1 (the same values, drawn anew)", () => {
    const shape = [5, 7];
    const [a, b] = arraysOf(glorotUniform(), glorotUniform(), [shape, shape]);
    expect(b).not.toBe(a);
    const before = process.env.CONVLAB_NO_CACHE;
    process.env.CONVLAB_NO_CACHE = "1";
    try {
      const [c, d] = arraysOf(glorotUniform(9), glorotUniform(9), [shape, shape]);
      expect(d).not.toBe(c);
      expect(Array.from(d)).toEqual(Array.from(c));
    } finally {
      if (before === undefined) delete process.env.CONVLAB_NO_CACHE;
      else process.env.CONVLAB_NO_CACHE = before;
    }
    const [e, f] = arraysOf(glorotUniform(9), glorotUniform(9), [shape, shape]);
    expect(f).toBe(e);
  });
});
