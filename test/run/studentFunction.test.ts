import {describe, expect, it} from "vitest";
import {studentFunction} from "../../src/run/studentFunction.js";

describe("studentFunction(source, exportName, modules)", () => {
  it("gives the function a student's TypeScript exports, with the modules a submission may import", () => {
    const double = studentFunction<(x: number) => number>(
      'import * as tf from "@tensorflow/tfjs";\nexport function double(x: number): number { return tf.scalar(x).mul(2).dataSync()[0]; }',
      "double"
    );
    expect(double(21)).toBe(42);
  });

  it("lets the caller replace what the code imports", () => {
    const name = studentFunction<() => string>(
      'import * as tf from "@tensorflow/tfjs";\nexport const name = () => tf.version;',
      "name",
      {"@tensorflow/tfjs": {version: "recorded"}}
    );
    expect(name()).toBe("recorded");
  });

  it.each([
    ["a syntax error, with its place", "export function f( {", SyntaxError, /\(1:\d+\)/],
    ["a missing export", "export function g() {}", TypeError, /does not export a function f/]
  ])("refuses %s", (_, source, kind, message) => {
    expect(() => studentFunction(source, "f")).toThrow(kind);
    expect(() => studentFunction(source, "f")).toThrow(message);
  });
});
