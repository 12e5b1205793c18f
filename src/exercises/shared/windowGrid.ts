import {seededRandom} from "../../core/random.js";
import {both, type Localized} from "../../i18n/index.js";
import {outputGeometry, type Padding} from "../../ops/tfReference.js";

/** One sliding-window setting (convolution or pooling) with its input. */
export interface WindowCase {
  X: number[][];
  kernel: [number, number];
  padding: Padding;
  stride: [number, number];
}

/**
 * The visible grid: kernel sizes 1–3 (even ones too), both paddings, strides 1 and 2, and two
 * rectangular settings, on a 5×6 input. The inputs are the same on every run and machine.
 */
export function visibleWindowCases(): WindowCase[] {
  const random = seededRandom(20190731);
  const cases: WindowCase[] = [];
  const settings: Array<[[number, number], Padding, [number, number]]> = [];
  for (const k of [1, 2, 3])
    for (const padding of ["same", "valid"] as const) for (const s of [1, 2]) settings.push([[k, k], padding, [s, s]]);
  settings.push([[2, 3], "same", [1, 2]], [[3, 2], "valid", [2, 1]]);
  for (const [kernel, padding, stride] of settings)
    cases.push({X: integerMatrix(random, 5, 6), kernel, padding, stride});
  return cases;
}

/** The grader's hidden settings: sizes 3–9, kernels up to 4, strides up to 3, drawn from `random`. */
export function hiddenWindowCases(random: () => number, count = 6): WindowCase[] {
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  return Array.from({length: count}, (_, i) => {
    const [height, width] = [pick(3, 9), pick(3, 9)];
    return {
      X: integerMatrix(random, height, width),
      kernel: [pick(1, Math.min(4, height)), pick(1, Math.min(4, width))],
      padding: i % 2 ? "valid" : "same",
      stride: [pick(1, 3), pick(1, 3)]
    };
  });
}

/** `5×6`, `2×3`: sizes as a reader writes them. */
export function sizeOf(rows: number, cols: number): string {
  return `${rows}×${cols}`;
}

/** Advice for a wrong output shape: the size TensorFlow gives along each side, with the formula that gives it. */
export function windowShapeHint(
  size: [number, number],
  kernel: [number, number],
  stride: [number, number],
  padding: Padding
): Localized {
  const sides = [0, 1].map((axis) => {
    const {out} = outputGeometry(size[axis], kernel[axis], stride[axis], padding);
    const formula =
      padding === "same"
        ? `ceil(${size[axis]} / ${stride[axis]})`
        : `ceil((${size[axis]} − ${kernel[axis]} + 1) / ${stride[axis]})`;
    return {out, formula};
  });
  const shape = sizeOf(sides[0].out, sides[1].out);
  const formulas = `${sides[0].formula} × ${sides[1].formula}`;
  return both(
    `Для ${padding} выход должен быть ${shape}: ${formulas}.`,
    `With ${padding} padding the output should be ${shape}: ${formulas}.`
  );
}

/** A `rows × cols` matrix of small integers in [-range, range]: sums stay exact in float32. */
export function integerMatrix(random: () => number, rows: number, cols: number, range = 9): number[][] {
  return Array.from({length: rows}, () =>
    Array.from({length: cols}, () => Math.floor(random() * (2 * range + 1)) - range)
  );
}
