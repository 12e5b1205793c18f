import {describe, expect, it} from "vitest";
import {cellDifferences, compareTensors, float32Tolerance, sameShape, type Tolerance} from "../../src/check/compare.js";
import type {TensorData} from "../../src/check/tensorData.js";

const tensor = (shape: number[], values: number[]): TensorData => ({shape, values});
const vector = (...values: number[]): TensorData => tensor([values.length], values);

describe("compareTensors(expected, got)", () => {
  it("calls identical tensors equal, with no difference", () => {
    expect(compareTensors(tensor([2, 2], [1, 2, 3, 4]), tensor([2, 2], [1, 2, 3, 4]))).toEqual({
      kind: "equal",
      maxAbsDiff: 0
    });
  });

  it.each([
    ["transposed", [2, 3], [3, 2]],
    ["flattened", [2, 3], [6]],
    ["an extra leading axis", [2, 3], [1, 2, 3]],
    ["a scalar for a one-element vector", [1], []]
  ])("reports the shapes, not the values, when the shape is %s", (_, expectedShape, gotShape) => {
    const values = [1, 2, 3, 4, 5, 6].slice(
      0,
      expectedShape.reduce((a, b) => a * b, 1)
    );
    expect(compareTensors(tensor(expectedShape, values), tensor(gotShape, values))).toEqual({
      kind: "shape",
      expectedShape,
      gotShape
    });
  });

  it("checks the shape before any value", () => {
    const comparison = compareTensors(tensor([2, 2], [1, 2, 3, 4]), tensor([4], [9, 9, 9, 9]));
    expect(comparison.kind).toBe("shape");
  });

  it("reports the worst element with its multi-index and counts every mismatch", () => {
    const comparison = compareTensors(tensor([2, 3], [1, 2, 3, 4, 5, 6]), tensor([2, 3], [1, 2, 3.5, 4, 50, 6]));
    expect(comparison).toEqual({
      kind: "values",
      worst: {index: [1, 1], expected: 5, got: 50, absDiff: 45},
      mismatches: 2,
      size: 6
    });
  });

  it("reports the element that exceeds its tolerance the most, not the largest absolute difference", () => {
    // [0]: |1105 − 1000| = 105, allowed 100 → 5 over; [1]: |50 − 1| = 49, allowed 0.1 → 48.9 over.
    const comparison = compareTensors(vector(1000, 1), vector(1105, 50), {rtol: 0.1, atol: 0});
    expect(comparison.kind === "values" && comparison.worst.index).toEqual([1]);
  });

  it.each([
    ["a number expected, NaN returned", 5, NaN],
    ["NaN expected, a number returned", NaN, 5],
    ["zero expected, NaN returned", 0, NaN],
    ["infinity returned for a number", 5, Infinity]
  ])("never matches %s", (_, expected, got) => {
    const comparison = compareTensors(vector(1, expected), vector(1, got), {rtol: 1, atol: 1e9});
    expect(comparison.kind).toBe("values");
    expect(comparison.kind === "values" && comparison.worst.index).toEqual([1]);
  });

  it("matches NaN with NaN and 0 with -0", () => {
    expect(compareTensors(vector(NaN, 0), vector(NaN, -0)).kind).toBe("equal");
  });
  it("matches an infinite expected value only with the same infinity", () => {
    expect(compareTensors(vector(Infinity), vector(5)).kind).toBe("values");
    expect(compareTensors(vector(Infinity), vector(-Infinity)).kind).toBe("values");
  });

  describe("tolerance |got − expected| ≤ atol + rtol·|expected|", () => {
    it.each<[string, Tolerance, number, number, boolean]>([
      ["exactly atol away", {rtol: 0, atol: 0.5}, 1, 1.5, true],
      ["just beyond atol", {rtol: 0, atol: 0.5}, 1, 1.5000001, false],
      ["exactly rtol·|expected| away", {rtol: 0.5, atol: 0}, 4, 6, true],
      ["just beyond rtol·|expected|", {rtol: 0.5, atol: 0}, 4, 6.0001, false],
      ["scaled by |expected| for a negative value", {rtol: 0.5, atol: 0}, -4, -2, true],
      ["scaled by the expected value, not the returned one", {rtol: 0.5, atol: 0}, 2, 4, false],
      ["atol and rtol added", {rtol: 0.25, atol: 1}, 4, 6, true],
      ["atol and rtol added, just beyond", {rtol: 0.25, atol: 1}, 4, 6.001, false]
    ])("%s", (_, tolerance, expected, got, equal) => {
      expect(compareTensors(vector(expected), vector(got), tolerance).kind).toBe(equal ? "equal" : "values");
    });

    it.each([
      ["accepts a float32 rounding of a documented value", 285, Math.fround(285.0001), true],
      ["accepts a float32 rounding of a small value", 0.1, Math.fround(0.1), true],
      ["rejects a difference in the fifth significant digit", 12345, 12346, false],
      ["rejects 1e-5 when zero is expected", 0, 1e-5, false]
    ])("by default (float32) %s", (_, expected, got, equal) => {
      expect(compareTensors(vector(expected), vector(got)).kind).toBe(equal ? "equal" : "values");
    });

    it("is the float32 tolerance when none is given", () => {
      expect(float32Tolerance).toEqual({rtol: 1e-5, atol: 1e-6});
    });
  });

  it("reports the largest difference of tensors that match within the tolerance", () => {
    const comparison = compareTensors(vector(1, 2, 3), vector(1, 2.25, 2.5), {rtol: 0, atol: 1});
    expect(comparison).toEqual({kind: "equal", maxAbsDiff: 0.5});
  });

  it("compares empty tensors of the same shape as equal", () => {
    expect(compareTensors(tensor([0], []), tensor([0], [])).kind).toBe("equal");
    expect(compareTensors(tensor([1, 0], []), tensor([0], [])).kind).toBe("shape");
  });
});

describe("sameShape(a, b)", () => {
  it.each([
    [[2, 3], [2, 3], true],
    [[2, 3], [3, 2], false],
    [[2, 3], [2, 3, 1], false],
    [[], [], true]
  ])("%j and %j → %s", (a, b, same) => {
    expect(sameShape(a, b)).toBe(same);
  });
});

describe("cellDifferences(expected, got, tolerance, limit)", () => {
  it("lists every value out of tolerance, weighted against the worst, which it marks", () => {
    const differences = cellDifferences(tensor([2, 3], [1, 2, 3, 4, 5, 6]), tensor([2, 3], [1, 3, 3, 8, 5, 6.5]));
    expect(differences.map(({index}) => index)).toEqual([1, 3, 5]);
    expect(differences.filter((cell) => cell.worst).map(({index}) => index)).toEqual([3]);
    const weight = (index: number) => differences.find((cell) => cell.index === index)!.weight;
    expect(weight(3)).toBe(1);
    expect(weight(1)).toBeCloseTo(0.25, 4);
    expect(weight(5)).toBeCloseTo(0.125, 4);
  });

  it("agrees with compareTensors on the count and the worst", () => {
    const expected = tensor([3, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const got = tensor([3, 3], [1, 2.5, 3, 4, 5, 9, 7, NaN, 9]);
    const comparison = compareTensors(expected, got);
    const differences = cellDifferences(expected, got);
    if (comparison.kind !== "values") throw new Error(comparison.kind);
    expect(differences).toHaveLength(comparison.mismatches);
    const worst = differences.find((cell) => cell.worst)!;
    expect(worst.index).toBe(comparison.worst.index[0] * 3 + comparison.worst.index[1]);
    expect(differences.every((cell) => cell.weight > 0 && cell.weight <= 1)).toBe(true);
  });

  it("is empty for equal values and for another shape", () => {
    expect(cellDifferences(vector(1, 2), vector(1, 2 + 1e-7))).toEqual([]);
    expect(cellDifferences(vector(1, 2), tensor([1, 2], [5, 5]))).toEqual([]);
  });

  it("keeps at most `limit` cells, the worst always among them", () => {
    const expected = tensor(
      [100],
      Array.from({length: 100}, () => 0)
    );
    const got = tensor(
      [100],
      Array.from({length: 100}, (_, i) => (i === 90 ? 50 : 1))
    );
    const differences = cellDifferences(expected, got, float32Tolerance, 10);
    expect(differences).toHaveLength(10);
    expect(differences.find((cell) => cell.worst)?.index).toBe(90);
  });
});
