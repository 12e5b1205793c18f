import {describe, expect, it} from "vitest";

import {
  PhiloxRandom,
  addToCounter,
  mulHiLo32,
  mulhi32,
  philox4x32,
  philoxStream
} from "../../src/initializers/philox.js";

// Known-answer vectors from the Random123 distribution, file tests/kat_vectors
// (DEShawResearch/random123, last changed in commit d8a0c25e, 2021-01-16),
// rows "philox4x32 R": counter[4] key[2] -> expected[4], all hex uint32.
// The third row uses the hex digits of pi as counter and key.
const KAT: Array<{rounds: number; counter: number[]; key: number[]; expected: number[]}> = [
  {
    rounds: 7,
    counter: [0x00000000, 0x00000000, 0x00000000, 0x00000000],
    key: [0x00000000, 0x00000000],
    expected: [0x5f6fb709, 0x0d893f64, 0x4f121f81, 0x4f730a48]
  },
  {
    rounds: 7,
    counter: [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff],
    key: [0xffffffff, 0xffffffff],
    expected: [0x5207ddc2, 0x45165e59, 0x4d8ee751, 0x8c52f662]
  },
  {
    rounds: 7,
    counter: [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344],
    key: [0xa4093822, 0x299f31d0],
    expected: [0x4dfccaba, 0x190a87f0, 0xc47362ba, 0xb6b5242a]
  },
  {
    rounds: 10,
    counter: [0x00000000, 0x00000000, 0x00000000, 0x00000000],
    key: [0x00000000, 0x00000000],
    expected: [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]
  },
  {
    rounds: 10,
    counter: [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff],
    key: [0xffffffff, 0xffffffff],
    expected: [0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd]
  },
  {
    rounds: 10,
    counter: [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344],
    key: [0xa4093822, 0x299f31d0],
    expected: [0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1]
  }
];

/** Deterministic uint32 source for property checks (xorshift32). */
function* uint32s(seed: number): Generator<number> {
  let x = seed >>> 0 || 1;
  for (;;) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    yield x;
  }
}

describe("philox4x32 (Random123 known-answer tests)", () => {
  for (const {rounds, counter, key, expected} of KAT) {
    const hex = (ws: number[]) => ws.map((w) => w.toString(16).padStart(8, "0")).join(" ");
    it(`philox4x32 ${rounds} ${hex(counter)} ${hex(key)} -> ${hex(expected)}`, () => {
      expect(philox4x32(counter, key, rounds)).toEqual(expected);
    });
  }

  it("uses 10 rounds by default", () => {
    expect(philox4x32([0, 0, 0, 0], [0, 0])).toEqual([0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]);
  });

  it("returns uint32 words (never negative)", () => {
    for (const w of philox4x32([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff], [0xffffffff, 0xffffffff])) {
      expect(w).toBeGreaterThanOrEqual(0);
      expect(w).toBeLessThanOrEqual(0xffffffff);
    }
  });

  it("rejects malformed counters and keys", () => {
    expect(() => philox4x32([0, 0, 0], [0, 0])).toThrow(RangeError);
    expect(() => philox4x32([0, 0, 0, 0], [0])).toThrow(RangeError);
    expect(() => philox4x32([-1, 0, 0, 0], [0, 0])).toThrow(RangeError);
    expect(() => philox4x32([2 ** 32, 0, 0, 0], [0, 0])).toThrow(RangeError);
    expect(() => philox4x32([0.5, 0, 0, 0], [0, 0])).toThrow(RangeError);
  });
});

describe("mulhi32 / mulHiLo32", () => {
  const exact = (a: number, b: number) => {
    const p = BigInt(a) * BigInt(b);
    return {lo: Number(p & 0xffffffffn), hi: Number(p >> 32n)};
  };

  it("matches exact 64-bit products on edge cases", () => {
    const edges = [0, 1, 2, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, 0xd2511f53, 0xcd9e8d57];
    for (const a of edges) {
      for (const b of edges) {
        expect(mulHiLo32(a, b)).toEqual(exact(a, b));
      }
    }
  });

  it("matches exact 64-bit products on many pseudo-random pairs", () => {
    const gen = uint32s(12345);
    for (let i = 0; i < 5000; i++) {
      const a = gen.next().value as number;
      const b = gen.next().value as number;
      expect(mulhi32(a, b)).toBe(exact(a, b).hi);
    }
  });
});

describe("addToCounter", () => {
  it("adds with carry across words, word 0 least significant", () => {
    expect(addToCounter([0, 0, 0, 0], 1)).toEqual([1, 0, 0, 0]);
    expect(addToCounter([0xffffffff, 0, 0, 0], 1)).toEqual([0, 1, 0, 0]);
    expect(addToCounter([0xffffffff, 0xffffffff, 0, 7], 1)).toEqual([0, 0, 1, 7]);
    expect(addToCounter([0xffffffff, 0xffffffff, 0xffffffff, 0], 1)).toEqual([0, 0, 0, 1]);
    expect(addToCounter([5, 0, 0, 0], 2 ** 40 + 3)).toEqual([8, 2 ** 8, 0, 0]);
  });

  it("wraps modulo 2^128", () => {
    expect(addToCounter([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff], 1)).toEqual([0, 0, 0, 0]);
  });

  it("does not modify its argument", () => {
    const c = [1, 2, 3, 4];
    addToCounter(c, 10);
    expect(c).toEqual([1, 2, 3, 4]);
  });

  it("rejects negative or fractional counts", () => {
    expect(() => addToCounter([0, 0, 0, 0], -1)).toThrow(RangeError);
    expect(() => addToCounter([0, 0, 0, 0], 1.5)).toThrow(RangeError);
  });
});

describe("philoxStream", () => {
  it("block i is philox4x32(counter + i, key)", () => {
    const counter = [0xfffffffd, 0xffffffff, 0x12345678, 0x9abcdef0]; // crosses a carry into word 2
    const key = [0xa4093822, 0x299f31d0];
    const out = philoxStream(counter, key, new Uint32Array(4 * 6));
    for (let i = 0; i < 6; i++) {
      expect(Array.from(out.subarray(4 * i, 4 * i + 4))).toEqual(philox4x32(addToCounter(counter, i), key));
    }
  });

  it("requires a whole number of blocks", () => {
    expect(() => philoxStream([0, 0, 0, 0], [0, 0], new Uint32Array(6))).toThrow(RangeError);
  });
});

describe("PhiloxRandom (TF PhiloxRandom semantics)", () => {
  it("returns the block for the current counter, then advances it by one", () => {
    const rng = new PhiloxRandom([0, 0, 0, 0], [0, 0]);
    expect(rng.next()).toEqual([0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]);
    expect(rng.counter).toEqual([1, 0, 0, 0]);
    expect(rng.next()).toEqual(philox4x32([1, 0, 0, 0], [0, 0]));
  });

  it("skip(n) is equivalent to n calls of next()", () => {
    const a = new PhiloxRandom([0xfffffffe, 0xffffffff, 3, 4], [5, 6]);
    const b = new PhiloxRandom([0xfffffffe, 0xffffffff, 3, 4], [5, 6]);
    for (let i = 0; i < 5; i++) a.next();
    b.skip(5);
    expect(b.counter).toEqual(a.counter);
    expect(b.next()).toEqual(a.next());
    expect(b.key).toEqual([5, 6]);
  });
});
