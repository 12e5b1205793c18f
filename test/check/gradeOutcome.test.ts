import {readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {gradeOutcome} from "../../src/check/gradeOutcome.js";
import {conv2dOneFilter, type CheckCase, type DocumentedFile} from "../../src/exercises/index.js";
import {documentConv2dOneFilter} from "../../src/ops/asWrittenInDocument.js";
import type {RunOutcome} from "../../src/run/protocol.js";
import {transpile} from "../../src/run/transpile.js";
import {conv2dOneFilter as referenceSolution} from "../../solutions/conv2d-one-filter.js";

const documented = JSON.parse(
  readFileSync(new URL("../../data/expected/conv2d-one-filter.json", import.meta.url), "utf8")
) as DocumentedFile;

let cases: CheckCase[];
let visibleStrided: CheckCase;
let hidden: CheckCase[];

beforeAll(async () => {
  const tf = await setupNodeTf();
  cases = await conv2dOneFilter.cases(tf, documented, {hidden: true, seed: 7});
  visibleStrided = cases.find((c) => !c.hidden && c.id === "tf-k3x3-same-s2x2")!;
  hidden = cases.filter((c) => c.hidden);
});

type Args = [number[][], number[][], ("same" | "valid")?, [number, number]?];
const solve = (check: CheckCase) => referenceSolution(...(structuredClone(check.args) as Args));
const asDocument = (check: CheckCase) => documentConv2dOneFilter(...(structuredClone(check.args) as Args));
const ran = (results: unknown): RunOutcome => ({kind: "ran", results}) as RunOutcome;
const allCorrect = () => cases.map((check) => ({id: check.id, output: solve(check)}));
const grade = (outcome: unknown, options?: {source?: string}) =>
  gradeOutcome(conv2dOneFilter, cases, outcome as RunOutcome, options);
const only = (check: CheckCase, output: unknown) =>
  grade(ran([{id: check.id, output}])).checks.find((c) => c.id === check.id)!;
/** Every number of a case's inputs, as they would be printed. */
const inputNumbers = (check: CheckCase) => (check.args.slice(0, 2) as number[][][]).flat(2).map(String);

describe("gradeOutcome(exercise, cases, outcome)", () => {
  describe("when the submission ran", () => {
    it("passes every check whose output matches and scores one point per check", () => {
      const report = grade(ran(allCorrect()));
      expect(report.status).toBe("graded");
      expect(report.checks.every((check) => check.passed)).toBe(true);
      expect([report.score, report.maxScore]).toEqual([cases.length, cases.length]);
    });

    it("fails only the checks whose output differs", () => {
      const results = allCorrect();
      results[0] = {id: results[0].id, output: [[0]]};
      const report = grade(ran(results));
      expect(report.score).toBe(cases.length - 1);
      expect(report.checks.filter((check) => !check.passed).map((check) => check.id)).toEqual([cases[0].id]);
    });

    it("shows a failed visible check's expected and returned values, the difference and the document's bug", () => {
      const check = only(visibleStrided, asDocument(visibleStrided));
      expect(check.passed).toBe(false);
      expect(check.expected).toEqual(visibleStrided.expected);
      expect(check.got?.shape).toEqual([5, 6]);
      expect(check.message.en).toBe("wrong shape: expected (3, 3), got (5, 6)");
      expect(check.hint?.en).toContain("ignores the stride");
      expect(check.hint?.ru).toContain("stride");
    });

    it("explains values that differ with the worst element", () => {
      const output = solve(visibleStrided);
      output[2][1] += 7;
      const check = only(visibleStrided, output);
      expect(check.message.en).toMatch(/^1 of 9 values differs; most at \[2, 1\]: expected .*\(difference 7\)$/);
    });

    it("fails a visible check whose function threw, with the error", () => {
      const threw = grade(ran([{id: cases[0].id, error: "TypeError: W[0] is undefined"}])).checks[0];
      expect(threw.passed).toBe(false);
      expect(threw.message.en).toBe("the function threw: TypeError: W[0] is undefined");
      expect(threw.error).toEqual({text: "TypeError: W[0] is undefined"});
    });

    const source = "export function conv2dOneFilter(X, W) {\n  return W[0].map(() => X[9][9]);\n}";
    const threwAt = (position: Record<string, unknown>, error = "TypeError: X[9] is undefined") =>
      grade(ran(cases.map((check) => ({id: check.id, error, ...position}))), {source}).checks;

    it("says where in the file a visible check's function threw, and keeps the place for the editor", () => {
      const threw = threwAt({line: 2, column: 30})[0];
      expect(threw.message.en).toBe("the function threw at line 2, column 30: TypeError: X[9] is undefined");
      expect(threw.message.ru).toBe(
        "функция выбросила исключение в строке 2, столбце 30: TypeError: X[9] is undefined"
      );
      expect(threw.error).toEqual({text: "TypeError: X[9] is undefined", position: {line: 2, column: 30}});
    });

    it.each([
      ["a line the file does not have", {line: 4, column: 1}, undefined],
      ["line 0", {line: 0}, undefined],
      ["a fractional line", {line: 1.5}, undefined],
      ["a line as text", {line: "2"}, undefined],
      ["a column past the line's end", {line: 3, column: 3}, {line: 3}],
      ["a negative column", {line: 2, column: -1}, {line: 2}]
    ])("reads a reported place as untrusted: %s", (_, reported, position) => {
      expect(threwAt(reported)[0].error?.position).toEqual(position);
    });

    it("escapes what the error says and never places a hidden check's error", () => {
      const checks = threwAt({line: 2, column: 30}, "Error: \u001b[2Jgone\u202e");
      const visible = checks.find((check) => !check.hidden)!;
      expect(visible.error?.text).toBe("Error: \\x1b[2Jgone\\u202e");
      for (const check of checks.filter((check) => check.hidden)) {
        expect(check.error).toBeUndefined();
        expect(check.message.en).not.toMatch(/\d/);
      }
    });

    it("places an error raised while the file loads", () => {
      const report = grade({kind: "import-error", message: "RangeError: no", line: 2, column: 10}, {source});
      expect(report.position).toEqual({line: 2, column: 10});
      expect(report.problem?.en).toBe(
        "conv2d-one-filter.ts could not be loaded (an error at line 2, column 10): RangeError: no"
      );
    });

    it("lists every value that differs, the worst marked, for a visible check only", () => {
      const output = solve(visibleStrided);
      output[0][0] += 1;
      output[1][1] += 3;
      output[2][2] += 2;
      const check = only(visibleStrided, output);
      expect(check.differences?.map(({index}) => index)).toEqual([0, 4, 8]);
      expect(check.differences?.find((cell) => cell.worst)?.index).toBe(4);
      const hiddenCheck = hidden[0];
      const wrong = solve(hiddenCheck).map((row) => row.map((x) => x + 1));
      expect(only(hiddenCheck, wrong).differences).toBeUndefined();
    });

    it("fails a visible check whose function returned nothing, and says so", () => {
      const check = only(cases[0], undefined);
      expect(check.passed).toBe(false);
      expect(check.message.en).toBe("the function returned undefined, not an array of numbers");
    });

    it("fails a check that has no result", () => {
      const report = grade(ran([]));
      expect(report.score).toBe(0);
      expect(report.checks[0].message.en).toBe("no result for this check");
    });
  });

  describe("hidden checks", () => {
    it.each([
      ["wrong values", (check: CheckCase) => solve(check).map((row) => row.map((x) => x + 1))],
      ["a wrong shape", (check: CheckCase) => asDocument(check).concat([[1]])],
      ["not an array", () => ({shape: [3, 3], values: [1, 2, 3]})],
      ["a ragged array", () => [[1, 2], [3]]]
    ])("never carry expected or returned values, hints or input values for %s", (_, wrong) => {
      for (const check of hidden) {
        const result = only(check, wrong(check));
        expect(result.passed).toBe(false);
        expect(result.expected).toBeUndefined();
        expect(result.got).toBeUndefined();
        expect(result.hint).toBeUndefined();
        expect(result.message.en).not.toMatch(/\d/);
        expect(result.message.ru).not.toMatch(/\d/);
        expect(result.title.en).toMatch(/^hidden check \d+$/);
      }
    });

    it("still say whether the shape was wrong", () => {
      const result = only(hidden[0], [new Array(10).fill(0.5)]);
      expect(result.message.en).toBe("hidden check failed: wrong shape");
      expect(result.message.ru).toContain("неверная форма");
    });
    it("do not repeat an error message, which may carry the inputs", () => {
      const check = hidden[0];
      const result = grade(ran([{id: check.id, error: `Error: ${JSON.stringify(check.args)}`}])).checks.find(
        (c) => c.id === check.id
      )!;
      for (const number of inputNumbers(check).filter((n) => n.length > 1))
        expect(result.message.en).not.toContain(number);
      expect(result.message.en).not.toContain(JSON.stringify(check.args[0]));
    });
  });

  describe("when the code did not compile", () => {
    const source = [
      "export function conv2dOneFilter(X: number[][]) {",
      "  const outHeight = ...;",
      "  return X;",
      "}"
    ].join("\n");

    it("names the file, line and column and suggests filling the gap when the line has `...`", () => {
      const report = grade({kind: "syntax-error", line: 2, column: 21, message: "Unexpected token"}, {source});
      expect(report.status).toBe("syntax-error");
      expect(report.problem?.en).toBe("syntax error in conv2d-one-filter.ts:2:21: Unexpected token");
      expect(report.hint?.en).toContain("Replace the `...`");
      expect(report.hint?.ru).toContain("«...»");
      expect(report.score).toBe(0);
      expect(report.checks.every((check) => !check.passed && check.message.en === report.problem?.en)).toBe(true);
    });

    it.each([
      ["on another line", 3],
      ["past the end of the file", 40]
    ])("gives no gap hint for an error %s", (_, line) => {
      const report = grade({kind: "syntax-error", line, column: 1, message: "Unexpected token"}, {source});
      expect(report.problem?.en).toContain(`conv2d-one-filter.ts:${line}:1`);
      expect(report.hint).toBeUndefined();
    });

    it("suggests filling the gap for the untouched starter code, in either language", () => {
      for (const lang of ["en", "ru"] as const) {
        const starter = conv2dOneFilter.starter[lang];
        const transpiled = transpile(starter);
        if (transpiled.ok) throw new Error("the starter code compiled");
        const report = grade({kind: "syntax-error", ...transpiled}, {source: starter});
        expect(report.hint?.en).toContain("`...`");
      }
    });
  });

  describe("when the file could not be used", () => {
    it("lists what the file exports when the function is missing", () => {
      const report = grade({
        kind: "missing-export",
        exportName: "conv2dOneFilter",
        exports: ["conv2d", "kernelFlipped"]
      });
      expect(report.status).toBe("missing-export");
      expect(report.problem?.en).toBe(
        "conv2d-one-filter.ts does not export a function conv2dOneFilter; it exports conv2d, kernelFlipped"
      );
      expect(report.score).toBe(0);
    });

    it("says the file exports nothing when the export list is not a list", () => {
      const report = grade({kind: "missing-export", exportName: "conv2dOneFilter", exports: "conv2d"});
      expect(report.problem?.en).toContain("it exports nothing");
    });

    it("reports an import error with the file name", () => {
      const report = grade({kind: "import-error", message: 'cannot import "fs"'});
      expect(report.status).toBe("import-error");
      expect(report.problem?.en).toBe('conv2d-one-filter.ts could not be loaded: cannot import "fs"');
    });

    it("reports a timeout with its limit", () => {
      const report = grade({kind: "timeout", seconds: 5});
      expect(report.status).toBe("timeout");
      expect(report.problem?.en).toContain("longer than 5 s");
      expect(report.checks.every((check) => !check.passed)).toBe(true);
    });

    it("reports a crash with its reason", () => {
      const report = grade({kind: "crashed", message: "the submission ran out of memory"});
      expect(report.status).toBe("crashed");
      expect(report.problem?.en).toBe("the check was interrupted: the submission ran out of memory");
    });

    it.each([
      ["null", null],
      ["undefined", undefined],
      ["an unknown kind", {kind: "passed", score: 100}],
      ["a string", "ran"]
    ])("treats %s from the sandbox as a crash", (_, outcome) => {
      const report = grade(outcome);
      expect(report.status).toBe("crashed");
      expect(report.problem?.en).toContain("no answer from the sandbox");
      expect(report.score).toBe(0);
    });
  });

  describe("with hostile outcomes", () => {
    it.each([
      ["a string", "all passed"],
      [
        "an object",
        {
          0: {
            id: "documented-same",
            output: [
              [94, 154, 106],
              [186, 285, 186],
              [106, 154, 94]
            ]
          },
          length: 1
        }
      ],
      ["null", null]
    ])("fails every check when `results` is %s, not an array", (_, results) => {
      const report = grade({kind: "ran", results});
      expect(report.status).toBe("graded");
      expect(report.score).toBe(0);
      expect(report.checks.every((check) => check.message.en === "no result for this check")).toBe(true);
    });

    it("counts only the first result of a check that appears twice", () => {
      const check = cases[0];
      const [right, wrong] = [
        {id: check.id, output: solve(check)},
        {id: check.id, output: [[0]]}
      ];
      expect(grade(ran([wrong, right])).checks[0].passed).toBe(false);
      expect(grade(ran([right, wrong])).checks[0].passed).toBe(true);
    });

    it("ignores results that claim to have passed and scores that claim to be full", () => {
      const report = grade({
        kind: "ran",
        score: 999,
        results: cases.map((check) => ({id: check.id, passed: true, output: [[0]]}))
      });
      expect(report.score).toBe(0);
      expect(report.maxScore).toBe(cases.length);
    });

    it("ignores results without a string id", () => {
      const report = grade(ran([{id: 0, output: solve(cases[0])}, {output: solve(cases[0])}, null, 42]));
      expect(report.score).toBe(0);
    });

    it("fails an output that is an object with getters, without calling them", () => {
      let calls = 0;
      const output = {
        get shape() {
          calls++;
          return visibleStrided.expected.shape;
        },
        get values() {
          calls++;
          return visibleStrided.expected.values;
        },
        get length() {
          calls++;
          return 3;
        }
      };
      const check = only(visibleStrided, output);
      expect(check.passed).toBe(false);
      expect(check.message.en).toBe("the function returned object, not an array of numbers");
      expect(calls).toBe(0);
    });

    it("fails a fake tensor-like object that holds the right shape and values", () => {
      const {shape, values} = cases[0].expected;
      const check = only(cases[0], {shape, values, dtype: "float32", arraySync: () => solve(cases[0])});
      expect(check.passed).toBe(false);
      expect(check.message.ru).toBe("функция вернула object, а нужен массив чисел");
    });

    it("fails a result that carries both an error and the right output", () => {
      const report = grade(ran([{id: cases[0].id, error: "nothing", output: solve(cases[0])}]));
      expect(report.checks[0].passed).toBe(false);
    });
    it("fails an array whose element is a throwing getter instead of throwing itself", () => {
      const output = [
        [94, 154, 106],
        [186, 285, 186],
        [106, 154, 94]
      ];
      Object.defineProperty(output, 1, {
        get() {
          throw new Error("hostile getter");
        }
      });
      expect(only(cases[0], output).passed).toBe(false);
    });
  });
});
