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
    const excess = excessOf(e, g, tolerance);
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

/** One value that differs: its flat index, and how much it differs next to the worst one. */
export interface CellDifference {
  index: number;
  /** In (0, 1]: how far it is out of tolerance, next to the worst; the worst is 1. */
  weight: number;
  /** The one {@link compareTensors} names as the worst. */
  worst?: true;
}

/** At most this many differences are listed: more than any shown matrix has cells. */
export const maxCellDifferences = 4096;

/**
 * Every value of `got` out of tolerance, for a report that marks them all, the worst most strongly;
 * empty when the shapes differ. Computed on the trusted side from parsed data, at most `limit` of them
 * (the worst always among them).
 */
export function cellDifferences(
  expected: TensorData,
  got: TensorData,
  tolerance: Tolerance = float32Tolerance,
  limit = maxCellDifferences
): CellDifference[] {
  if (!sameShape(expected.shape, got.shape)) return [];
  const excesses: Array<{index: number; excess: number}> = [];
  let worst: {index: number; excess: number} | undefined;
  for (let i = 0; i < expected.values.length; ++i) {
    const excess = excessOf(expected.values[i], got.values[i], tolerance);
    if (!(excess > 0)) continue;
    const cell = {index: i, excess};
    if (!worst || excess > worst.excess) worst = cell;
    if (excesses.length < limit) excesses.push(cell);
  }
  if (!worst) return [];
  if (!excesses.includes(worst)) excesses[excesses.length - 1] = worst;
  const top = worst.excess;
  return excesses.map((cell) => ({
    index: cell.index,
    weight:
      cell === worst ? 1 : top === Infinity ? (cell.excess === Infinity ? 1 : 1e-3) : Math.max(cell.excess / top, 1e-3),
    ...(cell === worst ? {worst: true as const} : {})
  }));
}

/** How far a value is out of tolerance (≤ 0 within it); infinities and NaN match only themselves. */
function excessOf(e: number, g: number, tolerance: Tolerance): number {
  if (!Number.isFinite(e) || !Number.isFinite(g)) return Object.is(e, g) ? 0 : Infinity;
  return Math.abs(g - e) - (tolerance.atol + tolerance.rtol * Math.abs(e));
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
