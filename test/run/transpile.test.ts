import {describe, expect, it} from "vitest";
import {transpile} from "../../src/run/transpile.js";

/** The 1-based line and column of the first `marker` in `source`, counted independently of the transpiler. */
function positionOf(source: string, marker: string): {line: number; column: number} {
  const before = source.slice(0, source.indexOf(marker));
  const lines = before.split("\n");
  return {line: lines.length, column: lines[lines.length - 1].length + 1};
}

describe("transpile(source)", () => {
  it("strips types and turns ES imports and exports into CommonJS", () => {
    const result = transpile(`import * as tf from "@tensorflow/tfjs";
interface Options { padding: "same" | "valid" }
export function f(x: number[][], options?: Options): number { return (x as number[][]).length + tf.version_core.length; }`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).toMatch(/require\(['"]@tensorflow\/tfjs['"]\)/);
    expect(result.code).toContain("exports.f = f");
    expect(result.code).not.toMatch(/interface|: number|as number/);
  });

  it("keeps every statement on its source line, so runtime errors point at the student's line", () => {
    const source = [
      'import * as tf from "@tensorflow/tfjs";',
      "type Matrix = number[][];",
      "",
      "export function f(x: Matrix): Matrix {",
      '  throw new Error("marker");',
      "}"
    ].join("\n");
    const result = transpile(source);
    if (!result.ok) throw new Error(result.message);
    expect(result.code.split("\n").findIndex((line) => line.includes('"marker"'))).toBe(4);
  });

  it.each([
    ["a gap as an expression", "const x = ...;", "..."],
    ["a gap on the second line", "let a = 1;\nconst x = ...;", "..."],
    ["a gap alone on an indented line", "function f() {\n  let sum = 0;\n  ...\n  return sum;\n}", "..."],
    ["a missing expression", "let a = 1\n  let b = ;\n", ";"],
    ["a missing bracket", "const a = 1;\nconst row = [1, 2;\nexport {row};", ";\nexport"],
    ["Windows line endings", "let a = 1;\r\nlet b = 2;\r\nconst x = ...;\r\n", "..."],
    ["a tab before the gap", "function f() {\n\tconst y = ...;\n}", "..."]
  ])("reports %s at its 1-based line and column", (_, source, marker) => {
    const result = transpile(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect({line: result.line, column: result.column}).toEqual(positionOf(source, marker));
  });

  it("reports the position of the first gap of the untouched starter lines", () => {
    const source = [
      "export function f(X: number[][]): number[][] {",
      "  const outHeight = ...;",
      "  const outWidth = ...;",
      "  return X;",
      "}"
    ].join("\n");
    const result = transpile(source);
    expect(result).toMatchObject({ok: false, line: 2, column: 21});
  });

  it("gives the parser's message without the transformer's prefix or the position suffix", () => {
    const result = transpile("const x = ...;");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.length).toBeGreaterThan(0);
    expect(result.message).not.toMatch(/Error transforming|\(\d+:\d+\)$/);
  });
});
