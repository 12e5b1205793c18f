import {unravelIndex, type TensorData} from "./tensorData.js";

/** How close two float32 results must be: |got − expected| ≤ atol + rtol·|expected|. */
export interface Tolerance {
  rtol: number;
  atol: number;
}

/** Float32 carries about 7 significant digits; the documents print 5–8. */
export const float32Tolerance: Tolerance = {rtol: 1e-5, atol: 1e-6};

export type Comparison =
  | {kind: "equal"; maxAbsDiff: number}
  | {kind: "shape"; expectedShape: number[]; gotShape: number[]}
  | {
      kind: "values";
      /** The worst element: where |got − expected| exceeds the tolerance by the most. */
      worst: {index: number[]; expected: number; got: number; absDiff: number};
      mismatches: number;
      size: number;
    };

/** Compares shapes first, then every value within the tolerance (NaN never matches a number). */
export function compareTensors(
  expected: TensorData,
  got: TensorData,
  tolerance: Tolerance = float32Tolerance
): Comparison {
  if (!sameShape(expected.shape, got.shape)) {
    return {kind: "shape", expectedShape: expected.shape, gotShape: got.shape};
  }
  let mismatches = 0;
  let worstExcess = -Infinity;
  let worstIndex = -1;
  let maxAbsDiff = 0;
  for (let i = 0; i < expected.values.length; ++i) {
    const e = expected.values[i];
    const g = got.values[i];
    const absDiff = Object.is(e, g) ? 0 : Math.abs(g - e);
    // Infinities and NaN match only themselves: a tolerance around an infinity would accept anything.
    const excess =
      !Number.isFinite(e) || !Number.isFinite(g)
        ? Object.is(e, g)
          ? 0
          : Infinity
        : absDiff - (tolerance.atol + tolerance.rtol * Math.abs(e));
    if (excess > 0) {
      ++mismatches;
      if (excess > worstExcess) {
        worstExcess = excess;
        worstIndex = i;
      }
    }
    if (!(absDiff <= maxAbsDiff)) maxAbsDiff = absDiff;
  }
  if (mismatches === 0) return {kind: "equal", maxAbsDiff};
  const e = expected.values[worstIndex];
  const g = got.values[worstIndex];
  return {
    kind: "values",
    worst: {index: unravelIndex(worstIndex, expected.shape), expected: e, got: g, absDiff: Math.abs(g - e)},
    mismatches,
    size: expected.values.length
  };
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
