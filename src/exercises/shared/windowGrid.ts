import type {HiddenCategory} from "../../check/hiddenCategories.js";
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

/** What each hidden window setting tries, in the order {@link hiddenWindowCases} draws them. */
export const hiddenWindowCategories = [
  "even-kernel",
  "stride-2",
  "rectangular",
  "unequal-strides",
  "kernel-as-large-as-input",
  "stride-3"
] as const satisfies readonly HiddenCategory[];

/**
 * The grader's hidden settings, drawn from `random`, each trying one thing (its category, named in the
 * report when it fails): an even kernel, stride 2, a rectangular input and kernel, unequal strides, a
 * kernel as large as the input, stride 3; sizes 3–9, kernels up to 4, `same` and `valid` in turn.
 */
export function hiddenWindowCases(random: () => number, count = 6): WindowCase[] {
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const odd = (max: number) => [1, 3].filter((k) => k <= max)[pick(0, max >= 3 ? 1 : 0)];
  return Array.from({length: count}, (_, i) => {
    const padding: Padding = i % 2 ? "valid" : "same";
    const category = hiddenWindowCategories[i % hiddenWindowCategories.length];
    let height = pick(4, 9);
    let width = height;
    let kernel: [number, number];
    let stride: [number, number] = [1, 1];
    switch (category) {
      case "even-kernel": {
        const k = [2, 4][pick(0, 1)];
        kernel = [k, k];
        break;
      }
      case "stride-2":
        kernel = [odd(height), odd(height)];
        stride = [2, 2];
        break;
      case "rectangular":
        width = pick(3, 9);
        while (width === height) width = pick(3, 9);
        kernel = [odd(height), odd(width)];
        if (kernel[0] === kernel[1]) kernel = [kernel[0], kernel[0] === 1 ? 3 : 1];
        break;
      case "unequal-strides":
        kernel = [odd(height), odd(width)];
        stride = [pick(1, 3), 0];
        stride[1] = [1, 2, 3].filter((s) => s !== stride[0])[pick(0, 1)];
        break;
      case "kernel-as-large-as-input":
        [height, width] = [pick(3, 4), pick(3, 4)];
        kernel = [height, width];
        stride = [pick(1, 3), pick(1, 3)];
        break;
      case "stride-3":
        kernel = [pick(1, 4), pick(1, 4)];
        stride = [3, 3];
        break;
    }
    return {X: integerMatrix(random, height, width), kernel, padding, stride};
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
