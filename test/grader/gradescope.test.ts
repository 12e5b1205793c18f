import {readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {gradeOutcome} from "../../src/check/gradeOutcome.js";
import {
  conv2dOneFilter,
  exercises,
  maxPooling,
  type CheckCase,
  type DocumentedFile,
  type Exercise
} from "../../src/exercises/index.js";
import {gradescopeResults} from "../../src/grader/gradescope.js";
import type {SubmissionReport} from "../../src/grader/gradeSubmission.js";
import type {RunOutcome} from "../../src/run/protocol.js";
import {expectGradescopeResults} from "./resultsSchema.js";

const exerciseIds = exercises.map((exercise) => exercise.id);
const readDocumented = (id: string) =>
  JSON.parse(readFileSync(new URL(`../../data/expected/${id}.json`, import.meta.url), "utf8")) as DocumentedFile;

let convCases: CheckCase[];
let poolCases: CheckCase[];
beforeAll(async () => {
  const tf = await setupNodeTf();
  convCases = await conv2dOneFilter.cases(tf, readDocumented("conv2d-one-filter"), {hidden: true, seed: 4});
  poolCases = await maxPooling.cases(tf, readDocumented("max-pooling"), {hidden: true, seed: 4});
});

/** A report as the grader builds it: each exercise graded from a sandbox outcome. */
function submission(...graded: Array<[Exercise, CheckCase[], RunOutcome, string?]>): SubmissionReport {
  const reports = graded.map(([exercise, cases, outcome, source]) => gradeOutcome(exercise, cases, outcome, {source}));
  return {
    folder: "/submissions/student",
    seed: 4,
    exercises: reports,
    ignoredFiles: [],
    score: reports.reduce((sum, report) => sum + report.score, 0),
    maxScore: reports.reduce((sum, report) => sum + report.maxScore, 0)
  };
}

/** Every visible check right except the first strided convolution, every hidden one wrong. */
const mixedOutcome = (cases: CheckCase[], wrongId: string): RunOutcome => ({
  kind: "ran",
  results: cases.map((check) => ({
    id: check.id,
    output:
      check.hidden || check.id === wrongId
        ? [[0.5]]
        : Array.from({length: check.expected.shape[0]}, (_, i) =>
            check.expected.values.slice(i * check.expected.shape[1], (i + 1) * check.expected.shape[1])
          )
  }))
});

describe("gradescopeResults(report, lang)", () => {
  it("lists one test per check, named after its exercise, with Gradescope's fields", () => {
    const report = submission(
      [conv2dOneFilter, convCases, mixedOutcome(convCases, "tf-k3x3-same-s2x2")],
      [maxPooling, poolCases, {kind: "timeout", seconds: 30}]
    );
    const tests = expectGradescopeResults(gradescopeResults(report, "en"), exerciseIds);
    expect(tests).toHaveLength(convCases.length + poolCases.length);
    expect(
      tests
        .filter((test) => test.name.startsWith("max-pooling: "))
        .every((test) => test.status === "failed" && test.output.includes("time is up"))
    ).toBe(true);
  });

  it("scores the report's points and prints them out of the maximum", () => {
    const report = submission([conv2dOneFilter, convCases, mixedOutcome(convCases, "tf-k3x3-same-s2x2")]);
    const results = gradescopeResults(report, "en");
    const visibleCount = convCases.filter((check) => !check.hidden).length;
    expect(results.score).toBe(visibleCount - 1);
    // Every hidden check failed here, so every category of the exercise's hidden checks is named.
    expect(results.output).toBe(
      `${visibleCount - 1}/${convCases.length}\nconv2d-one-filter: hidden checks failed in: even kernel sizes, stride two, rectangular inputs, unequal strides along height and width, a kernel as large as the input, stride three`
    );
  });

  it("names no failed category for an exercise that could not run: its problem says why", () => {
    const report = submission(
      [conv2dOneFilter, convCases, mixedOutcome(convCases, "tf-k3x3-same-s2x2")],
      [maxPooling, poolCases, {kind: "timeout", seconds: 30}]
    );
    const output = gradescopeResults(report, "en").output;
    expect(output).toContain("\nconv2d-one-filter: hidden checks failed in: ");
    expect(output).not.toContain("max-pooling");
  });

  it("says what each failed hidden check tries, and which categories failed, with no digit and no input", () => {
    const report = submission([conv2dOneFilter, convCases, mixedOutcome(convCases, "")]);
    const hidden = gradescopeResults(report, "ru").tests.filter((test) => test.name.includes("скрытая проверка"));
    expect(hidden.map((test) => test.output.split("\n").at(-1))).toEqual([
      "что проверяет: чётные размеры ядра",
      "что проверяет: шаг два",
      "что проверяет: прямоугольные входы",
      "что проверяет: разные шаги по высоте и ширине",
      "что проверяет: ядро размером со вход",
      "что проверяет: шаг три"
    ]);
    for (const test of hidden) expect(test.output).not.toMatch(/\d/);
  });

  it("adds a failed check's hint to its output, on a line of its own", () => {
    const report = submission([conv2dOneFilter, convCases, mixedOutcome(convCases, "tf-k3x3-same-s2x2")]);
    const test = gradescopeResults(report, "en").tests.find((t) => t.name.includes("kernel 3×3, same, stride 2×2"))!;
    expect(test.output.split("\n")).toEqual([
      "wrong shape: expected (3, 3), got (1, 1)",
      expect.stringContaining("should be 3×3: ceil(5 / 2) × ceil(6 / 2)")
    ]);
  });

  it("names hidden checks without their inputs and fails them without values", () => {
    const report = submission([maxPooling, poolCases, mixedOutcome(poolCases, "")]);
    const hidden = gradescopeResults(report, "en").tests.filter((test) =>
      test.name.startsWith("max-pooling: hidden check")
    );
    expect(hidden).toHaveLength(6);
    for (const test of hidden) {
      expect(test.name).toMatch(/^max-pooling: hidden check \d$/);
      expect(test.output).not.toMatch(/\d/);
    }
  });

  it("speaks Russian with lang ru", () => {
    const report = submission([
      maxPooling,
      poolCases,
      {kind: "missing-export", exportName: "maxPooling", exports: ["maxPool"]}
    ]);
    const tests = gradescopeResults(report, "ru").tests;
    expect(tests[0].output).toBe("max-pooling.ts не экспортирует функцию maxPooling; экспортировано: maxPool");
    expect(tests.at(-1)!.name).toBe("max-pooling: скрытая проверка 6");
  });
  it("tells a student who left a `...` gap to fill it", () => {
    const source = conv2dOneFilter.starter.en;
    const line = source.split("\n").findIndex((text) => text.includes("...")) + 1;
    const report = submission([
      conv2dOneFilter,
      convCases,
      {kind: "syntax-error", line, column: 21, message: "Unexpected token"},
      source
    ]);
    expect(report.exercises[0].hint?.en).toContain("`...`");
    expect(gradescopeResults(report, "en").tests[0].output).toContain("Replace the `...`");
  });
});
