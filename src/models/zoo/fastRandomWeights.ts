import * as tf from "@convlab/tfjs";
import {seededRandom} from "../../core/random.js";
import {computeFans} from "../../initializers/index.js";
import {withAddWeightHook} from "./layerWeightHook.js";

/** The fields of tfjs's `VarianceScaling` (and its subclasses glorotNormal, heNormal, leCunNormal) read here. */
interface VarianceScaling {
  scale: number;
  mode: "fanIn" | "fanOut" | "fanAvg";
  distribution: string;
  seed?: number;
}

const varianceScalings = new Set(["VarianceScaling", "GlorotNormal", "HeNormal", "LeCunNormal"]);

/** The initializer's settings when it draws from a truncated normal without a seed, else undefined. */
function unseededNormal(initializer: unknown): VarianceScaling | undefined {
  const named = initializer as {getClassName?: () => string} & Partial<VarianceScaling>;
  if (typeof named?.getClassName !== "function" || !varianceScalings.has(named.getClassName())) return undefined;
  if (named.distribution !== "normal" || named.seed != null) return undefined;
  return named as VarianceScaling;
}

/**
 * `n` draws of a normal distribution (mean 0, `stddev`) truncated at two standard deviations, as
 * `tf.truncatedNormal` draws them (a draw beyond is drawn again), from Marsaglia's polar method on
 * `random`, into a typed array in one loop.
 */
export function truncatedNormalValues(n: number, stddev: number, random: () => number): Float32Array {
  const values = new Float32Array(n);
  let i = 0;
  while (i < n) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const s = u * u + v * v;
    if (s >= 1 || s === 0) continue;
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    const z1 = u * factor;
    const z2 = v * factor;
    if (z1 >= -2 && z1 <= 2) values[i++] = z1 * stddev;
    if (i < n && z2 >= -2 && z2 <= 2) values[i++] = z2 * stddev;
  }
  return values;
}

/**
 * Runs `build` with the unseeded truncated-normal weights (tfjs's default `glorotNormal` of the
 * convolution and dense kernels) drawn by {@link truncatedNormalValues} rather than
 * `tf.truncatedNormal`, and returns what it returns. Same distribution (the initializer's own
 * standard deviation, `sqrt(scale / fans)`), another generator: tfjs draws each value through a
 * per-value generator object, which took ~80% of AlexNet's 3 s build (61 million weights; Node
 * profile). The layers keep their initializers: the model's config is unchanged. Seeded
 * initializers and every other kind are left to tfjs. Synchronous on purpose, like
 * withoutRandomWeights: nothing else can build a layer until it returns.
 */
export function withFastRandomWeights<T>(build: () => T, seed = Math.floor(Math.random() * 2 ** 32)): T {
  const random = seededRandom(seed);
  return withAddWeightHook(
    (addWeight) =>
      function (name, shape, dtype, initializer, ...rest) {
        const normal = unseededNormal(initializer);
        if (normal && (dtype == null || dtype === "float32")) {
          const [fanIn, fanOut] = computeFans(shape);
          const fans = normal.mode === "fanIn" ? fanIn : normal.mode === "fanOut" ? fanOut : (fanIn + fanOut) / 2;
          const stddev = Math.sqrt(normal.scale / Math.max(1, fans));
          const size = shape.reduce((product, dim) => product * dim, 1);
          initializer = {apply: () => tf.tensor(truncatedNormalValues(size, stddev, random), shape, "float32")};
        }
        return addWeight.call(this, name, shape, dtype, initializer, ...rest);
      },
    build
  );
}
