/**
 * Philox-4x32-10, the counter-based random number generator behind
 * TensorFlow's stateless random ops.
 *
 * Algorithm: Salmon, Moraes, Dror & Shaw, "Parallel random numbers: as easy
 * as 1, 2, 3" (SC 2011), as implemented in the Random123 library and, with the
 * same constants and word order, in TensorFlow's
 * `tensorflow/core/lib/random/philox_random.h` (`PhiloxRandom`).
 *
 * JavaScript has no 64-bit integer multiply on plain numbers, so every uint32
 * is kept as a non-negative JS number (`>>> 0` after each bitwise op, because
 * JS bitwise operators return *signed* int32), the low word of a 32x32
 * product comes from `Math.imul`, and the high word from an exact 16-bit
 * split (see {@link mulhi32}).
 *
 * @module
 */

/** Multiplier applied to counter word 0 in every round (Random123 `PHILOX_M4x32_0`). */
export const PHILOX_M4X32_0 = 0xd2511f53;
/** Multiplier applied to counter word 2 in every round (Random123 `PHILOX_M4x32_1`). */
export const PHILOX_M4X32_1 = 0xcd9e8d57;
/** Weyl increment of key word 0 between rounds (golden ratio, Random123 `PHILOX_W32_0`). */
export const PHILOX_W32_0 = 0x9e3779b9;
/** Weyl increment of key word 1 between rounds (sqrt(3) - 1, Random123 `PHILOX_W32_1`). */
export const PHILOX_W32_1 = 0xbb67ae85;

/** Four uint32 words: a Philox counter or one Philox output block. Word 0 is the least significant. */
export type Uint32x4 = [number, number, number, number];
/** Two uint32 words: a Philox-4x32 key. */
export type Uint32x2 = [number, number];

/**
 * High 32 bits of the 64-bit product of two uint32 values.
 *
 * A double holds integers exactly only up to 2^53, so `a * b` (up to 2^64)
 * would be rounded. Splitting both factors into 16-bit halves keeps every
 * partial product below 2^32, where double arithmetic is exact.
 */
export function mulhi32(a: number, b: number): number {
  const aLo = a & 0xffff;
  const aHi = a >>> 16;
  const bLo = b & 0xffff;
  const bHi = b >>> 16;
  const loLo = aLo * bLo;
  const hiLo = aHi * bLo;
  const loHi = aLo * bHi;
  // Bits 16..47 of the product, before the carry into the high word. The sum
  // is at most (2^16-1) + (2^16-1) + (2^16-1)^2 = 2^32 - 1, so `>>> 16` on it
  // is safe (no wrap-around).
  const mid = (loLo >>> 16) + (hiLo & 0xffff) + loHi;
  return (aHi * bHi + (hiLo >>> 16) + (mid >>> 16)) >>> 0;
}

/**
 * Low and high 32-bit words of the 64-bit product `a * b` (TensorFlow's
 * `MultiplyHighLow`).
 */
export function mulHiLo32(a: number, b: number): {lo: number; hi: number} {
  return {lo: Math.imul(a, b) >>> 0, hi: mulhi32(a, b)};
}

function assertUint32(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new RangeError(`${name} must be a uint32 (integer in [0, 2^32)), got ${value}`);
  }
}

/**
 * Runs Philox-4x32-R on counter words c0..c3 with key k0, k1 and writes the
 * four output words into `out[offset..offset+3]`. This is the allocation-free
 * hot path shared by {@link philox4x32} and {@link philoxStream}.
 */
function philoxBlockInto(
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  k0: number,
  k1: number,
  rounds: number,
  out: Uint32Array,
  offset: number
): void {
  for (let r = 0; r < rounds; r++) {
    if (r > 0) {
      // Key schedule: the key is "raised" by the Weyl constants *between*
      // rounds, so round 0 uses the key as given (Random123 / TF RaiseKey).
      k0 = (k0 + PHILOX_W32_0) >>> 0;
      k1 = (k1 + PHILOX_W32_1) >>> 0;
    }
    // One round (TF ComputeSingleRound / Random123 _philox4x32round):
    //   lo0,hi0 = M0 * c0;  lo1,hi1 = M1 * c2
    //   c' = [hi1 ^ c1 ^ k0, lo1, hi0 ^ c3 ^ k1, lo0]
    const lo0 = Math.imul(PHILOX_M4X32_0, c0) >>> 0;
    const hi0 = mulhi32(PHILOX_M4X32_0, c0);
    const lo1 = Math.imul(PHILOX_M4X32_1, c2) >>> 0;
    const hi1 = mulhi32(PHILOX_M4X32_1, c2);
    c0 = (hi1 ^ c1 ^ k0) >>> 0;
    c1 = lo1;
    c2 = (hi0 ^ c3 ^ k1) >>> 0;
    c3 = lo0;
  }
  out[offset] = c0;
  out[offset + 1] = c1;
  out[offset + 2] = c2;
  out[offset + 3] = c3;
}

/**
 * The Philox-4x32 bijection: encrypts one 128-bit counter under a 64-bit key.
 *
 * @param counter four uint32 words, word 0 least significant.
 * @param key two uint32 words.
 * @param rounds number of rounds; 10 is the standard (and TensorFlow's) choice.
 *   Other values exist only to check Random123's reduced-round test vectors.
 * @returns the four output words.
 */
export function philox4x32(counter: readonly number[], key: readonly number[], rounds = 10): Uint32x4 {
  if (counter.length !== 4) throw new RangeError(`counter must have 4 words, got ${counter.length}`);
  if (key.length !== 2) throw new RangeError(`key must have 2 words, got ${key.length}`);
  counter.forEach((w, i) => assertUint32(`counter[${i}]`, w));
  key.forEach((w, i) => assertUint32(`key[${i}]`, w));
  if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`rounds must be a positive integer, got ${rounds}`);
  const out = new Uint32Array(4);
  philoxBlockInto(counter[0]!, counter[1]!, counter[2]!, counter[3]!, key[0]!, key[1]!, rounds, out, 0);
  return [out[0]!, out[1]!, out[2]!, out[3]!];
}

/**
 * Adds `count` to a 128-bit counter (word 0 least significant), wrapping
 * modulo 2^128 — TensorFlow's `PhiloxRandom::Skip`/`SkipOne`.
 *
 * @param count a non-negative safe integer (TF allows up to 2^64 - 1; JS safe
 *   integers cover every tensor size we can allocate).
 */
export function addToCounter(counter: readonly number[], count: number): Uint32x4 {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative safe integer, got ${count}`);
  }
  const out: Uint32x4 = [counter[0]!, counter[1]!, counter[2]!, counter[3]!];
  let carry = count;
  for (let i = 0; i < 4 && carry > 0; i++) {
    const sum = out[i]! + (carry % 0x100000000);
    carry = Math.floor(carry / 0x100000000) + (sum > 0xffffffff ? 1 : 0);
    out[i] = sum >>> 0;
  }
  return out;
}

/**
 * Fills `out` with consecutive Philox-4x32-10 blocks: block `i` (words
 * `4i..4i+3`) is `philox4x32(counter + i, key)`. This is exactly the stream a
 * TensorFlow `PhiloxRandom` generator produces on successive calls, since
 * each call returns the block for the current counter and then increments the
 * counter by one.
 *
 * @param out destination; its length must be a multiple of 4.
 */
export function philoxStream(counter: readonly number[], key: readonly number[], out: Uint32Array): Uint32Array {
  if (out.length % 4 !== 0) throw new RangeError(`output length must be a multiple of 4, got ${out.length}`);
  if (counter.length !== 4 || key.length !== 2) throw new RangeError("counter must have 4 words and key 2 words");
  counter.forEach((w, i) => assertUint32(`counter[${i}]`, w));
  key.forEach((w, i) => assertUint32(`key[${i}]`, w));
  let c0 = counter[0]!;
  let c1 = counter[1]!;
  let c2 = counter[2]!;
  let c3 = counter[3]!;
  const k0 = key[0]!;
  const k1 = key[1]!;
  for (let offset = 0; offset < out.length; offset += 4) {
    philoxBlockInto(c0, c1, c2, c3, k0, k1, 10, out, offset);
    // 128-bit increment, word 0 first (TF PhiloxRandom::SkipOne).
    c0 = (c0 + 1) >>> 0;
    if (c0 === 0) {
      c1 = (c1 + 1) >>> 0;
      if (c1 === 0) {
        c2 = (c2 + 1) >>> 0;
        if (c2 === 0) c3 = (c3 + 1) >>> 0;
      }
    }
  }
  return out;
}

/**
 * A stateful Philox-4x32-10 generator with TensorFlow `PhiloxRandom`
 * semantics: {@link PhiloxRandom.next} returns the block for the current
 * counter and then advances the counter by one.
 */
export class PhiloxRandom {
  private counterWords: Uint32x4;
  private readonly keyWords: Uint32x2;

  /**
   * @param counter initial 128-bit counter, four uint32 words (word 0 least significant).
   * @param key 64-bit key as two uint32 words.
   */
  constructor(counter: readonly number[], key: readonly number[]) {
    if (counter.length !== 4 || key.length !== 2) throw new RangeError("counter must have 4 words and key 2 words");
    counter.forEach((w, i) => assertUint32(`counter[${i}]`, w));
    key.forEach((w, i) => assertUint32(`key[${i}]`, w));
    this.counterWords = [counter[0]!, counter[1]!, counter[2]!, counter[3]!];
    this.keyWords = [key[0]!, key[1]!];
  }

  /** The current counter (a copy). */
  get counter(): Uint32x4 {
    return [...this.counterWords];
  }

  /** The key (a copy). */
  get key(): Uint32x2 {
    return [...this.keyWords];
  }

  /** Returns the next four uint32 outputs and advances the counter by one. */
  next(): Uint32x4 {
    const block = philox4x32(this.counterWords, this.keyWords);
    this.counterWords = addToCounter(this.counterWords, 1);
    return block;
  }

  /** Skips `count` blocks (of 4 outputs each), like TF `PhiloxRandom::Skip`. */
  skip(count: number): void {
    this.counterWords = addToCounter(this.counterWords, count);
  }
}
