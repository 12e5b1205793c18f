/**
 * TensorFlow's stateless uniform random numbers (`tf.random.stateless_uniform`
 * for float32), reproduced bit for bit on top of {@link philoxStream}.
 *
 * The pipeline, with the TensorFlow source each step comes from:
 *
 * 1. Seed scrambling — `GenerateKey` in
 *    `tensorflow/core/kernels/stateless_random_ops.cc` (also used by the V2
 *    ops through `StatelessRandomGetKeyCounter` in
 *    `stateless_random_ops_v2.cc`): one Philox call on the seed turns the two
 *    user seeds into a key and a starting counter.
 * 2. Sampling — `FillPhiloxRandom` / `FillPhiloxRandomTask` in
 *    `tensorflow/core/kernels/random_op_cpu.h` with
 *    `UniformDistribution<PhiloxRandom, float>`
 *    (`tensorflow/core/lib/random/random_distributions.h`): output group `i`
 *    holds elements `4i..4i+3` and is drawn from the generator skipped ahead by
 *    `i` blocks, i.e. from Philox block `counter + i`. However the work is
 *    sharded over threads, the result equals consuming the Philox stream in
 *    order; a trailing partial group uses the first words of its block.
 * 3. Bits to float — `Uint32ToFloat`
 *    (`tensorflow/core/lib/random/random_distributions_utils.h`).
 * 4. Range — `rnd * (maxval - minval) + minval`, with `minval`/`maxval`
 *    first converted to float32 tensors and each op rounding to float32
 *    (`stateless_random_uniform` in `tensorflow/python/ops/stateless_random_ops.py`).
 *
 * @module
 */

import {cachesEnabled} from "../core/caches.js";
import {addToCounter, philox4x32, philoxStream, type Uint32x2, type Uint32x4} from "./philox.js";

/**
 * A stateless seed: two integers, like the `seed` argument of
 * `tf.random.stateless_uniform`. TensorFlow reads them as int32 or int64 and
 * converts each to uint64, so negative seeds wrap (two's complement).
 * Numbers must be safe integers; use `bigint` for the full int64 range.
 */
export type StatelessSeed = readonly [number | bigint, number | bigint];

/** The key ("seed scrambler" start) TensorFlow's `GenerateKey` begins with. */
export const GENERATE_KEY_INITIAL_KEY: Uint32x2 = [0x3ec8f720, 0x02461e29];

const TWO_POW_32 = 0x100000000;

/** Splits a seed into its [low, high] uint32 words as `static_cast<uint64>` would. */
function seedToUint32Pair(seed: number | bigint, index: number): [number, number] {
  if (typeof seed === "bigint") {
    if (seed < -(1n << 63n) || seed >= 1n << 64n) {
      throw new RangeError(`seed[${index}] must fit in 64 bits, got ${seed}`);
    }
    const u = BigInt.asUintN(64, seed);
    return [Number(u & 0xffffffffn), Number(u >> 32n)];
  }
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed[${index}] must be a safe integer (use a bigint beyond 2^53), got ${seed}`);
  }
  // Two's complement split that also works for negative seeds:
  // low word = seed mod 2^32, high word = floor(seed / 2^32) mod 2^32.
  const lo = ((seed % TWO_POW_32) + TWO_POW_32) % TWO_POW_32;
  const hi = Math.floor(seed / TWO_POW_32) >>> 0;
  return [lo, hi];
}

/**
 * Derives the Philox key and starting counter from a stateless seed, as
 * TensorFlow's `GenerateKey` does: run Philox once with key
 * `[0x3ec8f720, 0x02461e29]` on the counter
 * `[seed0 lo, seed0 hi, seed1 lo, seed1 hi]`; the output's words 0-1 become
 * the key and words 2-3 the upper half of the counter, whose lower half is 0.
 * (The scrambling means users need not worry which seed word is "strong".)
 */
export function statelessKeyCounter(seed: StatelessSeed): {key: Uint32x2; counter: Uint32x4} {
  if (seed.length !== 2) throw new RangeError(`seed must have 2 elements, got ${seed.length}`);
  const [s0lo, s0hi] = seedToUint32Pair(seed[0], 0);
  const [s1lo, s1hi] = seedToUint32Pair(seed[1], 1);
  const mix = philox4x32([s0lo, s0hi, s1lo, s1hi], GENERATE_KEY_INITIAL_KEY);
  return {key: [mix[0], mix[1]], counter: [0, 0, mix[2], mix[3]]};
}

/**
 * The raw uint32 stream behind every stateless op with this seed: element `j`
 * is word `j % 4` of Philox block `counter + floor(j / 4)`. This is also what
 * `tf.random.stateless_uniform(shape, seed, minval=None, maxval=None,
 * dtype=tf.uint32)` returns (reinterpret as int32 for `dtype=tf.int32`).
 *
 * @param count number of uint32 values to produce.
 */
export function statelessRandomBits(count: number, seed: StatelessSeed): Uint32Array {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
  const {key, counter} = statelessKeyCounter(seed);
  const blocks = Math.ceil(count / 4);
  const words = philoxStream(counter, key, new Uint32Array(blocks * 4));
  return count === words.length ? words : words.slice(0, count);
}

/**
 * Maps a uint32 to a float32 in [0, 1), as TensorFlow's `Uint32ToFloat`: put
 * the low 23 bits in the mantissa of a float with exponent 0 (a value in
 * [1, 2)) and subtract 1. Both steps are exact in float32, so the result is
 * simply `(x & 0x7fffff) * 2^-23`, which is what we compute.
 */
export function uint32ToUnitFloat(x: number): number {
  return (x & 0x7fffff) * 1.1920928955078125e-7; // 2^-23
}

/** Number of elements of a tensor shape, validating the dimensions. */
function shapeSize(shape: readonly number[]): number {
  let size = 1;
  for (const [i, dim] of shape.entries()) {
    if (!Number.isSafeInteger(dim) || dim < 0) {
      throw new RangeError(`shape[${i}] must be a non-negative integer, got ${dim}`);
    }
    size *= dim;
  }
  return size;
}

/**
 * One seed's stream as unit floats, `u[j] = uint32ToUnitFloat(bits[j])`, drawn once and kept: every
 * float32 uniform tensor with this seed, whatever its shape and range, is a prefix of this stream,
 * scaled (`u * (maxval - minval) + minval`). A ResNet-50 draws 23.5 million weights, all with seed 0,
 * yet its largest kernel has 2.4 million: kept, the whole model costs one Philox pass over 2.4
 * million values instead of 23.5, and a second model none at all.
 *
 * Kept per process, in this module's closure, never handed out (callers get a scaled copy).
 * Who can write it: whoever runs in the same process. In the grader's own process that is trusted
 * code only (the grader and the reference solutions); a sandbox process serves one submission and
 * is then thrown away, so a submission that managed to corrupt its copy (by replacing `Math.fround`
 * or `Float32Array` before the first draw, say) changes only its own results, which it controls
 * anyway. No cache is shared between processes, so none is shared between students.
 */
interface UnitStream {
  key: Uint32x2;
  counter: Uint32x4;
  /** Unit floats 0 … length-1 of the stream; the rest of the array is room to grow. */
  units: Float32Array;
  length: number;
}

const unitStreams = new Map<string, UnitStream>();
/** Seeds kept (least recently used dropped first): a course uses one or two. */
const keptStreams = 4;
/** The longest stream kept, 8 Mi values (32 MB), 3.5 times ResNet-50's largest kernel; longer draws are not kept. */
const maxKeptValues = 8 * 1024 * 1024;

/** The first `count` unit floats of `seed`'s stream (the returned array may be longer), or `undefined` when too long to keep. */
function keptUnitStream(seed: StatelessSeed, count: number): Float32Array | undefined {
  if (count > maxKeptValues) return undefined;
  const [s0lo, s0hi] = seedToUint32Pair(seed[0], 0);
  const [s1lo, s1hi] = seedToUint32Pair(seed[1], 1);
  const name = `${s0lo}:${s0hi}:${s1lo}:${s1hi}`;
  let stream = unitStreams.get(name);
  if (stream) unitStreams.delete(name);
  else stream = {...statelessKeyCounter(seed), units: new Float32Array(0), length: 0};
  unitStreams.set(name, stream); // most recently used last
  if (unitStreams.size > keptStreams) unitStreams.delete(unitStreams.keys().next().value!);
  if (count > stream.length) {
    // Whole Philox blocks only, so that the stream grows block by block from where it stopped.
    const length = Math.ceil(count / 4) * 4;
    if (length > stream.units.length) {
      const units = new Float32Array(Math.min(maxKeptValues, Math.max(length, 2 * stream.units.length)));
      units.set(stream.units.subarray(0, stream.length));
      stream.units = units;
    }
    const bits = philoxStream(
      addToCounter(stream.counter, stream.length / 4),
      stream.key,
      new Uint32Array(length - stream.length)
    );
    for (let i = 0; i < bits.length; i++) stream.units[stream.length + i] = uint32ToUnitFloat(bits[i]!);
    stream.length = length;
  }
  return stream.units;
}

/** Forgets every kept stream (for tests and benchmarks). */
export function clearKeptStreams(): void {
  unitStreams.clear();
}

/**
 * Reproduces `tf.random.stateless_uniform(shape, seed, minval, maxval,
 * dtype=tf.float32)` exactly (TensorFlow 2.x on CPU/GPU, Philox algorithm):
 * the same seed gives the same numbers, in row-major order, as TensorFlow.
 *
 * @param shape tensor shape; the result holds `prod(shape)` values in row-major order.
 * @param seed two integers, as in TensorFlow.
 * @param minval inclusive lower bound (rounded to float32 first, like TF).
 * @param maxval exclusive upper bound (rounded to float32 first, like TF).
 *   As in TF, float32 rounding of `u * (maxval - minval) + minval` can in rare
 *   cases produce exactly `maxval`.
 * @param options `keep`: draw from this seed's kept stream (see {@link keptUnitStream}), drawing
 *   only what it lacks: for seeds that are used again (a seeded initializer), not for random ones.
 *   The values are the same either way.
 * @returns the values as float32.
 */
export function statelessRandomUniform(
  shape: readonly number[],
  seed: StatelessSeed,
  minval = 0,
  maxval = 1,
  {keep = false}: {keep?: boolean} = {}
): Float32Array {
  const size = shapeSize(shape);
  // TF converts minval/maxval to float32 tensors, then computes
  // `rnd * (maxval - minval) + minval` as separate float32 ops.
  const lo = Math.fround(minval);
  const range = Math.fround(Math.fround(maxval) - lo);
  const out = new Float32Array(size);
  const units = keep && cachesEnabled() ? keptUnitStream(seed, size) : undefined;
  if (units) {
    // The unit floats are exact in float32, so this is the same arithmetic as below.
    for (let i = 0; i < size; i++) out[i] = Math.fround(units[i]! * range) + lo;
    return out;
  }
  const bits = statelessRandomBits(size, seed);
  for (let i = 0; i < size; i++) {
    // Float32Array assignment rounds the final sum to float32.
    out[i] = Math.fround(uint32ToUnitFloat(bits[i]!) * range) + lo;
  }
  return out;
}
