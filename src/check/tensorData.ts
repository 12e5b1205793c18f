import {both, type Localized} from "../i18n/index.js";

/** A tensor reduced to plain numbers: what crosses from untrusted code to the checker. */
export interface TensorData {
  shape: number[];
  values: number[];
}

export type Parsed<T> = {ok: true; value: T} | {ok: false; problem: Localized};

const maxElements = 50_000_000;
/** Deeper than any tensor in the course; also stops an array that contains itself. */
const maxDimensions = 8;

/**
 * Reads a nested array of numbers (such as `number[][]`) into shape and flat values.
 * Accepts plain arrays and typed arrays only; ragged arrays and non-numbers are rejected
 * with a message. NaN and infinities pass through: the comparison reports them.
 */
export function parseNested(value: unknown): Parsed<TensorData> {
  if (typeof value === "number") return {ok: true, value: {shape: [], values: [value]}};
  if (!isArrayLike(value)) return {ok: false, problem: notAnArray(value)};
  const shape: number[] = [];
  for (let level: unknown = value; isArrayLike(level); level = level[0]) {
    if (shape.length === maxDimensions)
      return {ok: false, problem: both(`больше ${maxDimensions} измерений`, `more than ${maxDimensions} dimensions`)};
    shape.push(level.length);
    if (level.length === 0) break;
  }
  const size = shape.reduce((a, b) => a * b, 1);
  if (size > maxElements)
    return {
      ok: false,
      problem: both(`слишком большой результат: ${size} чисел`, `the result is too large: ${size} numbers`)
    };
  const values: number[] = [];
  const problem = collect(value, shape, 0, [], values);
  return problem ? {ok: false, problem} : {ok: true, value: {shape, values}};
}

function collect(
  value: unknown,
  shape: number[],
  depth: number,
  index: number[],
  out: number[]
): Localized | undefined {
  if (depth === shape.length) {
    if (typeof value !== "number") {
      return both(
        `в позиции [${index.join(", ")}] стоит ${describe(value)}, а нужно число`,
        `at [${index.join(", ")}] there is ${describe(value)}, not a number`
      );
    }
    out.push(value);
    return undefined;
  }
  if (!isArrayLike(value) || value.length !== shape[depth]) {
    return both(
      `массив неровный: в позиции [${index.join(", ")}] ожидалась длина ${shape[depth]}, а там ${isArrayLike(value) ? `длина ${value.length}` : describe(value)}`,
      `the array is ragged: at [${index.join(", ")}] a length of ${shape[depth]} was expected, found ${isArrayLike(value) ? `length ${value.length}` : describe(value)}`
    );
  }
  for (let i = 0; i < value.length; ++i) {
    const problem = collect(value[i], shape, depth + 1, [...index, i], out);
    if (problem) return problem;
  }
  return undefined;
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function notAnArray(value: unknown): Localized {
  return both(
    `функция вернула ${describe(value)}, а нужен массив чисел`,
    `the function returned ${describe(value)}, not an array of numbers`
  );
}

/** A short, safe description of a value for messages (never calls the value's own methods). */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (typeof value === "object") return Array.isArray(value) ? `array(${value.length})` : "object";
  return typeof value === "number" || typeof value === "boolean" ? String(value) : typeof value;
}

/** Turns flat values back into nested arrays, for display. */
export function toNested({shape, values}: TensorData): unknown {
  if (shape.length === 0) return values[0];
  const build = (depth: number, offset: number): unknown[] => {
    const stride = shape.slice(depth + 1).reduce((a, b) => a * b, 1);
    return Array.from({length: shape[depth]}, (_, i) =>
      depth === shape.length - 1 ? values[offset + i] : build(depth + 1, offset + i * stride)
    );
  };
  return build(0, 0);
}

/** The multi-index of a flat position, for messages such as "at [1, 2]". */
export function unravelIndex(flat: number, shape: number[]): number[] {
  const index = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; --d) {
    index[d] = flat % shape[d];
    flat = Math.floor(flat / shape[d]);
  }
  return index;
}
