import {describe, expect, it} from "vitest";
import {decodeLine, encodeLine, LineReader, withinShape} from "../../src/run/sandboxWire.js";

describe("encodeLine(value) and decodeLine(line)", () => {
  it.each([
    [
      "nested arrays of numbers",
      [
        [1, 2.5],
        [-3, 0]
      ],
      [
        [1, 2.5],
        [-3, 0]
      ]
    ],
    ["NaN and the infinities", [NaN, Infinity, -Infinity, 1], [NaN, Infinity, -Infinity, 1]],
    [
      "typed arrays, as arrays",
      {values: new Float32Array([0.5, NaN]), ints: new Int32Array([7])},
      {values: [0.5, NaN], ints: [7]}
    ],
    ["strings, booleans and null", {a: "x", b: true, c: null}, {a: "x", b: true, c: null}]
  ])("carry %s across one line", (_, value, expected) => {
    const line = encodeLine(value);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(decodeLine(line)).toEqual(expected);
  });

  it("reads back only the three non-finite markers, anything else stays an object", () => {
    expect(decodeLine('[{"$number":"NaN"},{"$number":"12"},{"$number":"NaN","x":1}]')).toEqual([
      NaN,
      {$number: "12"},
      {$number: "NaN", x: 1}
    ]);
  });

  it("refuses what JSON cannot hold", () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(() => encodeLine(cycle)).toThrow();
    expect(() => encodeLine({big: 1n})).toThrow();
  });

  it("uses the stringify it is given, not the global one", () => {
    const original = JSON.stringify;
    JSON.stringify = () => "patched";
    try {
      expect(encodeLine([1], original)).toBe("[1]\n");
    } finally {
      JSON.stringify = original;
    }
  });
});

describe("LineReader(maxBytes)", () => {
  it("gives back whole lines, however the bytes are cut", () => {
    const reader = new LineReader(100);
    const text = 'first\n{"second": 2}\nthird\n';
    const lines: string[] = [];
    for (let i = 0; i < text.length; i += 3) lines.push(...reader.push(Buffer.from(text.slice(i, i + 3))));
    expect(lines).toEqual(["first", '{"second": 2}', "third"]);
  });

  it("keeps multi-byte characters whole across chunks", () => {
    const reader = new LineReader(100);
    const bytes = Buffer.from("ёжик\n");
    expect([...reader.push(bytes.subarray(0, 1)), ...reader.push(bytes.subarray(1))]).toEqual(["ёжик"]);
  });

  it.each([
    ["in one chunk", [`${"x".repeat(11)}\n`]],
    ["over several chunks, without a newline", ["x".repeat(6), "x".repeat(6)]]
  ])("stops for good at a line longer than maxBytes, %s", (_, chunks) => {
    const reader = new LineReader(10);
    for (const chunk of chunks) expect(reader.push(Buffer.from(chunk))).toEqual([]);
    expect(reader.overflowed).toBe(true);
    expect(reader.push(Buffer.from("ok\n"))).toEqual([]);
  });
});

describe("withinShape(text, {containers, depth})", () => {
  const limits = {containers: 10, depth: 3};
  it.each([
    ["a tensor's nested arrays", "[[1,2],[3,4]]", true],
    ["brackets inside strings, escaped quotes too", '["[[[[", "\\"{{{{{{{{{{{{"]', true],
    ["more arrays and objects than allowed", `[${"{},".repeat(10)}{}]`, false],
    ["deeper than allowed", "[[[[1]]]]", false],
    ["as deep as allowed, again and again", "[[[1]],[[2]],[[3]]]", true]
  ])("judges %s", (_, text, within) => {
    expect(withinShape(text, limits)).toBe(within);
  });
});

describe("LineReader's limit", () => {
  it("can be changed between lines: a new request, a new limit", () => {
    const reader = new LineReader(100);
    expect(reader.push(Buffer.from(`${"x".repeat(50)}\n`))).toHaveLength(1);
    reader.maxBytes = 20;
    expect(reader.push(Buffer.from(`${"x".repeat(50)}\n`))).toEqual([]);
    expect(reader.overflowed).toBe(true);
  });
});
