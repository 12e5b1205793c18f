/**
 * Keras-compatible seeded weight initializers for TensorFlow.js.
 *
 * `glorotUniform(0)` here produces exactly the kernel that
 * `tf.keras.initializers.GlorotUniform(seed=0)` produces in TensorFlow 2.x
 * Keras, so course exercises ported from Keras notebooks can be checked
 * against the notebooks' printed outputs.
 *
 * Keras semantics reproduced (keras/initializers/initializers_v2.py):
 * - A seeded initializer draws `tf.random.stateless_uniform(shape,
 *   seed=[seed, 0], minval, maxval)`; see {@link statelessRandomUniform}.
 * - Being stateless, a seeded initializer returns the *same* values on every
 *   call, and two initializers with the same seed give the same values.
 * - Without a seed, a random seed in [1, 1e9] is drawn once per initializer
 *   object (like Keras 2.10+'s `backend.RandomGenerator(rng_type="stateless")`),
 *   so different objects differ but one object still repeats itself.
 *
 * Version note: this matches tf.keras up to 2.6 (`_RandomGenerator`,
 * stateless with `[seed, 0]`) and Keras 2.10-2.15 (`rng_type="stateless"`,
 * `[seed, 0]`). Keras 2.7-2.9 routed seeded initializers through the
 * *stateful* `tf.random.uniform(seed=...)` op instead (different numbers, and
 * a new value on each call); Keras 3 is not covered.
 *
 * Every initializer returned here is an instance of tfjs-layers' own
 * `Initializer` class, so it can be passed as `kernelInitializer` /
 * `biasInitializer` to any `tf.layers.*` factory.
 *
 * @module
 */

import * as tf from "@convlab/tfjs";

import {cachesEnabled} from "../core/caches.js";
import {statelessRandomUniform} from "./statelessUniform.js";
import {initialValuesUnobserved, unobservedValues} from "./unobservedValues.js";

export {
  PHILOX_M4X32_0,
  PHILOX_M4X32_1,
  PHILOX_W32_0,
  PHILOX_W32_1,
  PhiloxRandom,
  addToCounter,
  mulHiLo32,
  mulhi32,
  philox4x32,
  philoxStream,
  type Uint32x2,
  type Uint32x4
} from "./philox.js";
export {
  GENERATE_KEY_INITIAL_KEY,
  statelessKeyCounter,
  statelessRandomBits,
  statelessRandomUniform,
  uint32ToUnitFloat,
  type StatelessSeed
} from "./statelessUniform.js";

/** The tfjs-layers `Initializer` instance type (what `kernelInitializer` accepts). */
export type Initializer = ReturnType<typeof tf.initializers.zeros>;

/**
 * tfjs-layers' `Initializer` base class. tfjs 4.22 exports it only as a type,
 * yet layers accept a custom initializer only if it passes
 * `instanceof Initializer` (otherwise they try to deserialize it as a config
 * dict). Every built-in initializer extends it directly, so we take the class
 * from the prototype chain of `Zeros`.
 */
const InitializerBase = Object.getPrototypeOf(tf.initializers.zeros().constructor) as abstract new () => Initializer;

/** Package name under which our classes are registered for (de)serialization. */
const SERIALIZATION_PACKAGE = "ConvLab";

/**
 * Registers a class with tfjs serialization so models using it can be saved
 * and reloaded. tfjs keys its class registry by `className` alone, so our
 * class names carry a `Seeded` prefix: reusing "GlorotUniform" etc. would
 * silently replace tfjs' own built-ins for everyone.
 */
function register(cls: unknown): void {
  tf.serialization.registerClass(
    cls as tf.serialization.SerializableConstructor<tf.serialization.Serializable>,
    SERIALIZATION_PACKAGE
  );
}

/** Draws the seed used when none is given, like Keras' `random.randint(1, 1e9)`. */
function randomSeed(): number {
  return 1 + Math.floor(Math.random() * 1e9);
}

function checkSeed(seed: number | null | undefined): number | null {
  if (seed === undefined || seed === null) return null;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  return seed;
}

function checkFloat32(className: string, dtype: tf.DataType | undefined): void {
  if (dtype !== undefined && dtype !== "float32") {
    throw new TypeError(`${className} only supports float32, got dtype ${dtype}`);
  }
}

/**
 * `(fan_in, fan_out)` of a weight shape, as Keras' `_compute_fans`:
 * scalars give (1, 1); a vector of length n gives (n, n); a dense kernel
 * `[in, out]` gives (in, out); a convolution kernel `[...spatial, in, out]`
 * gives (in * receptive, out * receptive) with receptive = product of the
 * spatial dimensions.
 */
export function computeFans(shape: readonly number[]): [fanIn: number, fanOut: number] {
  if (shape.length === 0) return [1, 1];
  if (shape.length === 1) return [shape[0]!, shape[0]!];
  if (shape.length === 2) return [shape[0]!, shape[1]!];
  let receptiveField = 1;
  for (const dim of shape.slice(0, -2)) receptiveField *= dim;
  return [shape[shape.length - 2]! * receptiveField, shape[shape.length - 1]! * receptiveField];
}

/**
 * Base of the seeded initializers: holds the user's seed (or `null`) and the
 * seed actually used.
 */
export abstract class SeededInitializer extends InitializerBase {
  /** The seed given by the user, or `null` (serialized as such, like Keras). */
  readonly seed: number | null;
  /** The seed actually used: `seed`, or a random one drawn at construction. */
  readonly effectiveSeed: number;

  protected constructor(seed: number | null | undefined) {
    super();
    this.seed = checkSeed(seed);
    this.effectiveSeed = this.seed ?? randomSeed();
  }

  /** The stateless seed pair Keras passes to TensorFlow: `[seed, 0]`. */
  get statelessSeed(): [number, number] {
    return [this.effectiveSeed, 0];
  }

  /**
   * Uniform values in [minval, maxval) for `shape`, as a float32 tensor (zeros in a build whose
   * values are not observed, see unobservedValues.ts). With a seed given, the
   * values are drawn once per process and kept (see {@link keptWeights}); a random seed's are not.
   */
  protected uniform(shape: number[], minval: number, maxval: number): tf.Tensor {
    // A build whose values nobody reads (unobservedValues.ts): the call is the same, the values zeros.
    if (initialValuesUnobserved()) {
      return tf.tensor(unobservedValues(shape.reduce((product, dim) => product * dim, 1)), shape, "float32");
    }
    const values =
      this.seed !== null && cachesEnabled()
        ? keptWeights(shape, this.statelessSeed, minval, maxval)
        : statelessRandomUniform(shape, this.statelessSeed, minval, maxval);
    return tf.tensor(values, shape, "float32");
  }
}

/**
 * Seeded weights kept per process, by (seed, number of values, range): the range stands for the
 * initializer's kind and the weight's fans (it is all the values depend on besides the seed and
 * the count), and a weight of another shape with as many values shares them. Building a network a
 * second time then allocates nothing and draws nothing (on the cpu backend a tensor made from a
 * Float32Array uses that very array), and even the first build draws less: ResNet-50's 54 kernels
 * hold 23.5 million values, but only 23 of them differ in count or range (11.9 million values).
 *
 * So the tensors share storage, as `tf.clone` does: tfjs tensors are immutable, and nothing in the
 * course writes into a `dataSync()` array; code that did would change the kept values too, in its
 * own process only. Who shares a process: the grader's own process runs only trusted code (the
 * grader, the reference solutions); a sandbox process serves one submission and is thrown away, so
 * a submission can at most spoil its own weights, whose results it controls anyway; a browser page
 * is one student's. Nothing is kept on disk or shared between processes.
 */
const keptWeightArrays = new Map<string, Float32Array>();
let keptWeightValues = 0;
/** 32 Mi values (128 MB): ResNet-50 with the hidden checks' other channels and classes keeps 12 Mi. */
const maxKeptWeightValues = 32 * 1024 * 1024;

function keptWeights(shape: number[], seed: [number, number], minval: number, maxval: number): Float32Array {
  const size = shape.reduce((product, dim) => product * dim, 1);
  const name = `${seed[0]}:${seed[1]}:${size}:${Math.fround(minval)}:${Math.fround(maxval)}`;
  let values = keptWeightArrays.get(name);
  if (values) {
    keptWeightArrays.delete(name); // most recently used last
  } else {
    values = statelessRandomUniform(shape, seed, minval, maxval, {keep: true});
    if (values.length > maxKeptWeightValues) return values;
    keptWeightValues += values.length;
    for (const [oldest, old] of keptWeightArrays) {
      if (keptWeightValues <= maxKeptWeightValues) break;
      keptWeightArrays.delete(oldest);
      keptWeightValues -= old.length;
    }
  }
  keptWeightArrays.set(name, values);
  return values;
}

/** Constructor options of {@link RandomUniform}, mirroring Keras' `RandomUniform`. */
export interface RandomUniformOptions {
  /** Inclusive lower bound; default -0.05. */
  minval?: number | undefined;
  /** Exclusive upper bound; default 0.05. */
  maxval?: number | undefined;
  /** Integer seed; omit (or `null`) for a random one. */
  seed?: number | null | undefined;
}

/**
 * Uniform values in [minval, maxval): Keras `RandomUniform`
 * (float32 only).
 */
export class RandomUniform extends SeededInitializer {
  /** @nocollapse */
  static className = "SeededRandomUniform";
  readonly minval: number;
  readonly maxval: number;

  constructor(options: RandomUniformOptions = {}) {
    super(options.seed);
    this.minval = options.minval ?? -0.05;
    this.maxval = options.maxval ?? 0.05;
  }

  override apply(shape: number[], dtype?: tf.DataType): tf.Tensor {
    checkFloat32("RandomUniform", dtype);
    return this.uniform(shape, this.minval, this.maxval);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {minval: this.minval, maxval: this.maxval, seed: this.seed};
  }
}
register(RandomUniform);

/** How {@link VarianceScaling} counts units. */
export type FanMode = "fan_in" | "fan_out" | "fan_avg";

/** Constructor options of {@link VarianceScaling}. */
export interface VarianceScalingOptions {
  /** Positive scale factor; default 1. */
  scale?: number | undefined;
  /** Which fan divides the scale; default "fan_in" (as Keras). */
  mode?: FanMode | undefined;
  /**
   * Only "uniform" is implemented: the normal variants need TF's stateless
   * normal / truncated normal samplers, which this module does not reproduce.
   */
  distribution?: "uniform" | undefined;
  /** Integer seed; omit (or `null`) for a random one. */
  seed?: number | null | undefined;
}

/**
 * Keras `VarianceScaling` with `distribution="uniform"`: uniform in
 * [-limit, limit) with `limit = sqrt(3 * scale / n)`, n = fan_in, fan_out or
 * their mean (at least 1).
 */
export class VarianceScaling extends SeededInitializer {
  /** @nocollapse */
  static className = "SeededVarianceScaling";
  readonly scale: number;
  readonly mode: FanMode;
  readonly distribution = "uniform" as const;

  constructor(options: VarianceScalingOptions = {}) {
    super(options.seed);
    const scale = options.scale ?? 1;
    if (!(scale > 0)) throw new RangeError(`scale must be positive, got ${scale}`);
    const mode = options.mode ?? "fan_in";
    if (mode !== "fan_in" && mode !== "fan_out" && mode !== "fan_avg") {
      throw new RangeError(`mode must be fan_in, fan_out or fan_avg, got ${String(mode)}`);
    }
    const distribution = options.distribution ?? "uniform";
    if (distribution !== "uniform") {
      throw new RangeError(`only the uniform distribution is supported, got ${String(distribution)}`);
    }
    this.scale = scale;
    this.mode = mode;
  }

  /**
   * The bound `limit` for a weight shape, computed in the same order as
   * Keras (`scale /= max(1., n)`, then `sqrt(3. * scale)`) so the double —
   * and hence its float32 rounding — is identical. (`sqrt(6 / (fi + fo))`
   * is mathematically equal but can differ in the last bit.)
   */
  limit(shape: readonly number[]): number {
    const [fanIn, fanOut] = computeFans(shape);
    let scale = this.scale;
    if (this.mode === "fan_in") scale /= Math.max(1, fanIn);
    else if (this.mode === "fan_out") scale /= Math.max(1, fanOut);
    else scale /= Math.max(1, (fanIn + fanOut) / 2);
    return Math.sqrt(3 * scale);
  }

  override apply(shape: number[], dtype?: tf.DataType): tf.Tensor {
    checkFloat32(this.getClassName(), dtype);
    const limit = this.limit(shape);
    return this.uniform(shape, -limit, limit);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {scale: this.scale, mode: this.mode, distribution: this.distribution, seed: this.seed};
  }
}
register(VarianceScaling);

/** Options of the seed-only initializers ({@link GlorotUniform} etc.). */
export interface SeedOptions {
  /** Integer seed; omit (or `null`) for a random one. */
  seed?: number | null | undefined;
}

/**
 * Glorot (Xavier) uniform: uniform in [-limit, limit) with
 * `limit = sqrt(6 / (fan_in + fan_out))` — Keras `GlorotUniform`, i.e.
 * `VarianceScaling(scale=1, mode="fan_avg", distribution="uniform")`.
 */
export class GlorotUniform extends VarianceScaling {
  /** @nocollapse */
  static override className = "SeededGlorotUniform";
  constructor(options: SeedOptions = {}) {
    super({scale: 1, mode: "fan_avg", seed: options.seed});
  }
  override getConfig(): tf.serialization.ConfigDict {
    return {seed: this.seed};
  }
}
register(GlorotUniform);

/** He uniform: `limit = sqrt(6 / fan_in)` — Keras `HeUniform`. */
export class HeUniform extends VarianceScaling {
  /** @nocollapse */
  static override className = "SeededHeUniform";
  constructor(options: SeedOptions = {}) {
    super({scale: 2, mode: "fan_in", seed: options.seed});
  }
  override getConfig(): tf.serialization.ConfigDict {
    return {seed: this.seed};
  }
}
register(HeUniform);

/** LeCun uniform: `limit = sqrt(3 / fan_in)` — Keras `LecunUniform`. */
export class LecunUniform extends VarianceScaling {
  /** @nocollapse */
  static override className = "SeededLecunUniform";
  constructor(options: SeedOptions = {}) {
    super({scale: 1, mode: "fan_in", seed: options.seed});
  }
  override getConfig(): tf.serialization.ConfigDict {
    return {seed: this.seed};
  }
}
register(LecunUniform);

/** A seed argument: the seed itself, or Keras-style keyword options `{seed}`. */
export type SeedArg = number | null | SeedOptions;

function seedOf(arg: SeedArg | undefined): number | null | undefined {
  return typeof arg === "object" && arg !== null ? arg.seed : arg;
}

/**
 * Keras `glorot_uniform` / `GlorotUniform(seed=None)`.
 *
 * Call it either with the seed or with keyword-style options:
 * `glorotUniform(0)` ≡ `glorotUniform({ seed: 0 })`. Omitting the seed draws
 * a random one (see the module docs).
 */
export function glorotUniform(seed?: SeedArg): GlorotUniform {
  return new GlorotUniform({seed: seedOf(seed)});
}

/** Keras `he_uniform` / `HeUniform(seed=None)`; same calling forms as {@link glorotUniform}. */
export function heUniform(seed?: SeedArg): HeUniform {
  return new HeUniform({seed: seedOf(seed)});
}

/** Keras `lecun_uniform` / `LecunUniform(seed=None)`; same calling forms as {@link glorotUniform}. */
export function lecunUniform(seed?: SeedArg): LecunUniform {
  return new LecunUniform({seed: seedOf(seed)});
}

/** Keras `VarianceScaling(scale=1., mode="fan_in", distribution="uniform", seed=None)`. */
export function varianceScaling(options: VarianceScalingOptions = {}): VarianceScaling {
  return new VarianceScaling(options);
}

/**
 * Keras `random_uniform` / `RandomUniform(minval=-0.05, maxval=0.05, seed=None)`.
 *
 * Two calling forms, like Python's positional and keyword arguments:
 * `randomUniform(-1, 1, 42)` ≡ `randomUniform({ minval: -1, maxval: 1, seed: 42 })`;
 * `randomUniform({ seed: 0 })` keeps the default range.
 */
export function randomUniform(options?: RandomUniformOptions): RandomUniform;
export function randomUniform(minval?: number, maxval?: number, seed?: number | null): RandomUniform;
export function randomUniform(
  minvalOrOptions?: number | RandomUniformOptions,
  maxval?: number,
  seed?: number | null
): RandomUniform {
  if (typeof minvalOrOptions === "object" && minvalOrOptions !== null) {
    return new RandomUniform(minvalOrOptions);
  }
  return new RandomUniform({minval: minvalOrOptions, maxval, seed});
}

/**
 * Keras `constant(value=0)`: every element equals `value`. Accepts the value
 * or `{ value }`. (Returns tfjs' own `Constant`, which computes the same thing.)
 */
export function constant(value: number | {value?: number | undefined} = 0): Initializer {
  const v = typeof value === "object" ? (value.value ?? 0) : value;
  return tf.initializers.constant({value: v});
}

/** Keras `zeros()`. (tfjs' own `Zeros`.) */
export function zeros(): Initializer {
  return tf.initializers.zeros();
}

/** Keras `ones()`. (tfjs' own `Ones`.) */
export function ones(): Initializer {
  return tf.initializers.ones();
}
