import {describe, expect, it} from "vitest";
import {describe as describeValue, parseNested, toNested, unravelIndex} from "../../src/check/tensorData.js";

const cyrillic = /[а-яё]/i;

describe("parseNested(value)", () => {
  it.each([
    [
      "a matrix",
      [
        [1, 2, 3],
        [4, 5, 6]
      ],
      [2, 3],
      [1, 2, 3, 4, 5, 6]
    ],
    ["a vector", [7, 8], [2], [7, 8]],
    ["a scalar", 3.5, [], [3.5]],
    [
      "a 3-d array",
      [
        [[1], [2]],
        [[3], [4]]
      ],
      [2, 2, 1],
      [1, 2, 3, 4]
    ],
    ["a typed array", new Float32Array([1.5, 2.5]), [2], [1.5, 2.5]],
    ["rows that are typed arrays", [new Int32Array([1, 2]), [3, 4]], [2, 2], [1, 2, 3, 4]],
    ["an empty array", [], [0], []],
    ["one empty row", [[]], [1, 0], []]
  ])("reads %s into its shape and flat values", (_, value, shape, values) => {
    expect(parseNested(value)).toEqual({ok: true, value: {shape, values}});
  });

  it("lets NaN and infinities through, for the comparison to report", () => {
    expect(parseNested([NaN, Infinity, -Infinity])).toEqual({
      ok: true,
      value: {shape: [3], values: [NaN, Infinity, -Infinity]}
    });
  });

  it.each([
    ["a short row", [[1, 2], [3]], "[1]", 2, "length 1"],
    ["a number where a row should be", [[1], 2], "[1]", 1, "2"],
    [
      "a deeper ragged row",
      [
        [
          [1, 2],
          [3, 4]
        ],
        [[5, 6], [7]]
      ],
      "[1, 1]",
      2,
      "length 1"
    ],
    ["an empty first row and a full second one", [[], [1]], "[1]", 0, "length 1"]
  ])("rejects a ragged array (%s) and says where, in both languages", (_, value, where, wanted, found) => {
    const parsed = parseNested(value);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.en).toContain("ragged");
    expect(parsed.problem.en).toContain(`at ${where}`);
    expect(parsed.problem.en).toContain(`a length of ${wanted} was expected`);
    expect(parsed.problem.en).toContain(`found ${found}`);
    expect(parsed.problem.ru).toMatch(cyrillic);
    expect(parsed.problem.ru).toContain(`позиции ${where}`);
  });

  it.each([
    ["a string", [[1, "2"]], "[0, 1]", '"2"'],
    [
      "null",
      [
        [1, 2],
        [null, 4]
      ],
      "[1, 0]",
      "null"
    ],
    // eslint-disable-next-line no-sparse-arrays -- an array with a hole is the case under test
    ["a hole", [1, , 3], "[1]", "undefined"],
    ["a boolean", [true], "[0]", "true"],
    ["a bigint", [1n], "[0]", "bigint"],
    ["an array below the rows' depth", [1, [2]], "[1]", "array(1)"],
    ["an object", [{valueOf: () => 1}], "[0]", "object"]
  ])("rejects %s among the numbers and says where, in both languages", (_, value, where, what) => {
    const parsed = parseNested(value);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.en).toBe(`at ${where} there is ${what}, not a number`);
    expect(parsed.problem.ru).toBe(`в позиции ${where} стоит ${what}, а нужно число`);
  });

  it.each([
    ["undefined (a function without return)", undefined, "undefined"],
    ["a string", "[[94, 154]]", '"[[94, 154]]"'],
    ["a tensor-like object", {shape: [3, 3], values: [1, 2, 3, 4, 5, 6, 7, 8, 9]}, "object"],
    ["an array-like object", {length: 1, 0: 5}, "object"],
    ["a function", () => [[1]], "function"]
  ])("rejects %s: it is not an array of numbers", (_, value, what) => {
    const parsed = parseNested(value);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.en).toBe(`the function returned ${what}, not an array of numbers`);
    expect(parsed.problem.ru).toBe(`функция вернула ${what}, а нужен массив чисел`);
  });

  it("rejects a result too large to be an answer, without reading it", () => {
    const rows = new Array(10_000).fill(new Float64Array(10_000));
    const parsed = parseNested(rows);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.en).toContain("too large");
  });

  it("rejects an array that contains itself instead of walking it forever", () => {
    const a: unknown[] = [];
    a.push(a);
    const parsed = parseNested(a);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.en).toContain("dimensions");
  });
});

describe("describe(value)", () => {
  it("never calls the value's own methods", () => {
    const hostile = {
      toString() {
        throw new Error("called");
      },
      get length() {
        throw new Error("called");
      }
    };
    expect(describeValue(hostile)).toBe("object");
  });

  it("shortens long strings to 40 characters", () => {
    expect(describeValue("x".repeat(100))).toBe(JSON.stringify("x".repeat(40) + "…"));
  });
});

describe("toNested(data)", () => {
  it.each([
    [
      {shape: [2, 3], values: [1, 2, 3, 4, 5, 6]},
      [
        [1, 2, 3],
        [4, 5, 6]
      ]
    ],
    [{shape: [3], values: [1, 2, 3]}, [1, 2, 3]],
    [{shape: [], values: [7]}, 7],
    [{shape: [2, 1, 2], values: [1, 2, 3, 4]}, [[[1, 2]], [[3, 4]]]]
  ])("turns %j back into nested arrays", (data, nested) => {
    expect(toNested(data)).toEqual(nested);
  });
});

describe("unravelIndex(flat, shape)", () => {
  it.each([
    [0, [2, 3], [0, 0]],
    [4, [2, 3], [1, 1]],
    [5, [2, 3], [1, 2]],
    [7, [2, 2, 2], [1, 1, 1]],
    [0, [], []]
  ])("position %i of %j is %j", (flat, shape, index) => {
    expect(unravelIndex(flat, shape)).toEqual(index);
  });
});
