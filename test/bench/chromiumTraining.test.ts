import {describe, expect, it} from "vitest";
import {againstGoal, readEnvironment, readKernels, readRates} from "../../bench/chromiumTraining.js";

// The pure helpers of `npm run bench training`'s Chromium column: what the page answers, checked
// before it is printed. (The bench itself is not a test: it measures speed.)

const environment = {
  crossOriginIsolated: true,
  backend: "wasm",
  simd: true,
  threads: 1,
  threadsSupported: true,
  hardwareConcurrency: 2,
  userAgent: "HeadlessChrome/156.0.0.0"
};

describe("readEnvironment(value)", () => {
  it("returns a complete description as it is", () => {
    expect(readEnvironment(environment)).toEqual(environment);
  });

  it("throws on a missing or mistyped field, and on a page that answered nothing", () => {
    expect(() => readEnvironment({...environment, threads: "1"})).toThrow(/did not describe its backend/);
    expect(() => readEnvironment({...environment, crossOriginIsolated: undefined})).toThrow(/did not describe/);
    expect(() => readEnvironment(undefined)).toThrow(/did not describe/);
  });
});

describe("readRates(value, job)", () => {
  const job = {model: "lenet" as const, batch: 128, modes: ["train" as const, "infer" as const]};

  it("returns one rate per mode asked, in the order asked, dropping extra fields", () => {
    const value = [
      {model: "lenet", batch: 128, mode: "infer", imagesPerSecond: 8000, extra: "<b>"},
      {model: "lenet", batch: 128, mode: "train", imagesPerSecond: 2000}
    ];
    expect(readRates(value, job)).toEqual([
      {model: "lenet", batch: 128, mode: "train", imagesPerSecond: 2000},
      {model: "lenet", batch: 128, mode: "infer", imagesPerSecond: 8000}
    ]);
  });

  it("throws when a mode is missing, or a rate is not a positive finite number", () => {
    const train = {model: "lenet", batch: 128, mode: "train", imagesPerSecond: 2000};
    expect(() => readRates([train], job)).toThrow(/no lenet batch 128 infer rate/);
    for (const imagesPerSecond of [0, -1, Infinity, NaN, "2000"])
      expect(() => readRates([train, {...train, mode: "infer", imagesPerSecond}], job)).toThrow(/infer rate/);
    expect(() => readRates([{...train, batch: 64}], {...job, modes: ["train"]})).toThrow(/train rate/);
    expect(() => readRates("oops", job)).toThrow();
  });
});

describe("readKernels(value)", () => {
  it("keeps well-formed entries, largest first", () => {
    expect(
      readKernels([
        {kernel: "Sum", ms: 3},
        {kernel: "Conv2DBackpropFilter", ms: 90},
        {kernel: 5, ms: 1},
        {kernel: "Relu", ms: "x"}
      ])
    ).toEqual([
      {kernel: "Conv2DBackpropFilter", ms: 90},
      {kernel: "Sum", ms: 3}
    ]);
  });

  it("throws when the page returned no list", () => {
    expect(() => readKernels({})).toThrow(/no profile/);
  });
});

describe("againstGoal(value, reference, goal)", () => {
  it("says met or missed, comparing the ratio as printed", () => {
    expect(againstGoal(55, 100, 0.5)).toBe("met: 0.55× ≥ 0.5×");
    expect(againstGoal(21, 100, 0.3)).toBe("missed: 0.21× < 0.3×");
    expect(againstGoal(0.4996, 1, 0.5)).toBe("met: 0.50× ≥ 0.5×");
    expect(againstGoal(0.494, 1, 0.5)).toBe("missed: 0.49× < 0.5×");
  });

  it("prints a dash when either side was not measured", () => {
    expect(againstGoal(undefined, 100, 0.5)).toBe("— (goal 0.5×)");
    expect(againstGoal(50, undefined, 0.5)).toBe("— (goal 0.5×)");
  });
});
