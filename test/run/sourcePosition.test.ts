import {describe, expect, it} from "vitest";
import {originalPosition, stackPosition} from "../../src/run/sourcePosition.js";
import {transpile} from "../../src/run/transpile.js";

/** The 1-based line and column of the first `marker` in `text`. */
function positionOf(text: string, marker: string): {line: number; column: number} {
  const lines = text.slice(0, text.indexOf(marker)).split("\n");
  return {line: lines.length, column: lines[lines.length - 1].length + 1};
}

describe("originalPosition(mappings, line, column)", () => {
  it("maps a place in sucrase's output back to the TypeScript it came from, where columns moved", () => {
    const source = [
      'import {conv2d} from "@tensorflow/tfjs";',
      "",
      "export function f(x: number[], k: number): number {",
      "  const y: number = (x as number[]).length;",
      "  return conv2d(y as never, k as never) + MARKER;",
      "}"
    ].join("\n");
    const result = transpile(source);
    if (!result.ok) throw new Error(result.message);
    const generated = positionOf(result.code, "MARKER");
    expect(generated.column).not.toBe(positionOf(source, "MARKER").column);
    expect(originalPosition(result.mappings, generated.line, generated.column)).toEqual(positionOf(source, "MARKER"));
  });

  it("keeps the line alone without a column or a segment", () => {
    expect(originalPosition("AAAA;AACA", 2)).toEqual({line: 2});
    expect(originalPosition(";;", 2, 4)).toEqual({line: 2});
    expect(originalPosition("!!", 1, 1)).toEqual({line: 1});
  });
});

describe("stackPosition(stack, sourceName)", () => {
  it.each([
    [
      "V8",
      "TypeError: x\n    at tfjs (lib.js:1:99)\n    at f (convlab-submission/a.ts:8:18)\n    at g (convlab-submission/a.ts:20:1)"
    ],
    ["Firefox", "tfjs@lib.js:1:99\nf@convlab-submission/a.ts:8:18\n"]
  ])("reads the first frame in the submission's file (%s)", (_, stack) => {
    expect(stackPosition(stack, "convlab-submission/a.ts")).toEqual({line: 8, column: 18});
  });

  it("gives nothing when no frame is in the file", () => {
    expect(stackPosition("Error\n    at lib.js:1:2", "convlab-submission/a.ts")).toBeUndefined();
    expect(stackPosition("convlab-submission/a.ts:x", "convlab-submission/a.ts")).toBeUndefined();
  });

  it("reads only the start of a very long stack", () => {
    const stack = `${"x".repeat(100_000)} (convlab-submission/a.ts:3:4)`;
    expect(stackPosition(stack, "convlab-submission/a.ts")).toBeUndefined();
  });
});
