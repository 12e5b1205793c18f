import {outputGeometry, type Padding} from "../ops/tfReference.js";

export type WindowMode = "convolution" | "max-pooling";

export interface WindowTerm {
  /** Position in the padded input. */
  y: number;
  x: number;
  /** The input value there, or null for padding. */
  value: number | null;
  /** The kernel's weight (convolution only). */
  weight?: number;
}

export interface WindowStep {
  outY: number;
  outX: number;
  /** Top-left corner of the window in the padded input. */
  top: number;
  left: number;
  terms: WindowTerm[];
  result: number;
}

export interface WindowPlan {
  /** The input with its padding around it; null marks a padded position. */
  padded: Array<Array<number | null>>;
  padTop: number;
  padLeft: number;
  outHeight: number;
  outWidth: number;
  kernelHeight: number;
  kernelWidth: number;
  steps: WindowStep[];
}

export interface WindowOptions {
  mode: WindowMode;
  /** The kernel's weights (convolution) — its size is the window's. */
  kernel?: number[][];
  /** The window `[height, width]` (pooling). */
  windowSize?: [number, number];
  stride: [number, number];
  padding: Padding;
}

/**
 * Every position of a sliding window over one channel, as tf.conv2d and tf.maxPool place them:
 * the padded input, and for each output the window's terms and its result (the sum of products,
 * padding counting as 0, or the maximum, padding never winning).
 */
export function windowSteps(input: number[][], {mode, kernel, windowSize, stride, padding}: WindowOptions): WindowPlan {
  const [kernelHeight, kernelWidth] = mode === "convolution" ? [kernel!.length, kernel![0].length] : windowSize!;
  const rows = outputGeometry(input.length, kernelHeight, stride[0], padding);
  const cols = outputGeometry(input[0].length, kernelWidth, stride[1], padding);
  const height = Math.max(input.length + rows.padBefore, (rows.out - 1) * stride[0] + kernelHeight);
  const width = Math.max(input[0].length + cols.padBefore, (cols.out - 1) * stride[1] + kernelWidth);
  const padded = Array.from({length: height}, (_, y) =>
    Array.from({length: width}, (_, x) => input[y - rows.padBefore]?.[x - cols.padBefore] ?? null)
  );
  const steps: WindowStep[] = [];
  for (let outY = 0; outY < rows.out; ++outY) {
    for (let outX = 0; outX < cols.out; ++outX) {
      const top = outY * stride[0];
      const left = outX * stride[1];
      const terms: WindowTerm[] = [];
      for (let i = 0; i < kernelHeight; ++i) {
        for (let j = 0; j < kernelWidth; ++j) {
          const term: WindowTerm = {y: top + i, x: left + j, value: padded[top + i][left + j]};
          if (mode === "convolution") term.weight = kernel![i][j];
          terms.push(term);
        }
      }
      const result =
        mode === "convolution"
          ? terms.reduce((sum, term) => sum + (term.value ?? 0) * term.weight!, 0)
          : Math.max(...terms.map((term) => term.value ?? -Infinity));
      steps.push({outY, outX, top, left, terms, result});
    }
  }
  return {
    padded,
    padTop: rows.padBefore,
    padLeft: cols.padBefore,
    outHeight: rows.out,
    outWidth: cols.out,
    kernelHeight,
    kernelWidth,
    steps
  };
}

/** The step's arithmetic as text: `1·5 + 2·6 + … = 94`, or `max(1, 2, 4, 5) = 5`. */
export function stepFormula(step: WindowStep, mode: WindowMode): string {
  if (mode === "convolution") {
    return `${step.terms.map((term) => `${term.value ?? 0}·${term.weight}`).join(" + ")} = ${step.result}`;
  }
  return `max(${step.terms.map((term) => (term.value === null ? "−∞" : String(term.value))).join(", ")}) = ${step.result}`;
}
