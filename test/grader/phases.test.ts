import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {toNested} from "../../src/check/tensorData.js";
import {maxPooling, type CheckCase} from "../../src/exercises/index.js";
import {readDocumented} from "../../src/grader/documentedFiles.js";
import {gradePhases, splitPhases} from "../../src/grader/phases.js";
import type {RunOutcome} from "../../src/run/protocol.js";

let cases: CheckCase[];
beforeAll(async () => {
  cases = await maxPooling.cases(await setupNodeTf(), await readDocumented("max-pooling"), {hidden: true, seed: 2});
});

const context = {fileName: "max-pooling.ts", source: ""};
/** Every check of `checks` answered with its expected output. */
const answered = (checks: CheckCase[]): RunOutcome => ({
  kind: "ran",
  results: checks.map((check) => ({id: check.id, output: toNested(check.expected)}))
});

describe("splitPhases(cases)", () => {
  it("puts the visible checks in the first phase and the hidden ones in the second, each in order", () => {
    const {visible, hidden} = splitPhases(cases);
    expect(visible.length).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThan(0);
    expect([...visible, ...hidden].map((check) => check.id).sort()).toEqual(cases.map((check) => check.id).sort());
    expect(visible.every((check) => !check.hidden) && hidden.every((check) => check.hidden)).toBe(true);
  });
});

describe("gradePhases(exercise, cases, visible, hidden, context)", () => {
  it("grades both phases' results together when both ran", () => {
    const {visible, hidden} = splitPhases(cases);
    const report = gradePhases(maxPooling, cases, answered(visible), answered(hidden), context);
    expect([report.status, report.score, report.maxScore]).toEqual(["graded", cases.length, cases.length]);
    expect(report.checks.map((check) => check.id)).toEqual(cases.map((check) => check.id));
  });

  it("lets a visible phase that could not load the file speak for every check", () => {
    const report = gradePhases(
      maxPooling,
      cases,
      {kind: "syntax-error", message: "Unexpected token", line: 3, column: 4},
      undefined,
      context
    );
    expect([report.status, report.score]).toEqual(["syntax-error", 0]);
    expect(report.checks).toHaveLength(cases.length);
  });

  it("keeps the visible results when the hidden phase times out, and fails only the hidden checks", () => {
    const {visible} = splitPhases(cases);
    const report = gradePhases(maxPooling, cases, answered(visible), {kind: "timeout", seconds: 30}, context);
    expect(report.status).toBe("timeout");
    expect(report.problem?.en).toMatch(/time is up/);
    expect(report.score).toBe(visible.length);
    for (const check of report.checks) expect([check.id, check.passed]).toEqual([check.id, !check.hidden]);
  });

  it("grades a single phase (no hidden checks asked for) on its own", () => {
    const {visible} = splitPhases(cases);
    const report = gradePhases(maxPooling, visible, answered(visible), undefined, context);
    expect([report.status, report.score]).toEqual(["graded", visible.length]);
  });

  const secret = "[[0.123456789,0.987654321]]";
  const everyText = (report: ReturnType<typeof gradePhases>) => JSON.stringify(report);

  it.each([
    [
      "a crash with a message",
      {kind: "crashed", message: `the sandbox failed: ${secret}`},
      "crashed",
      /^the hidden checks were interrupted/
    ],
    [
      "an import error",
      {kind: "import-error", message: `Error: ${secret}`},
      "crashed",
      /^the hidden checks were interrupted/
    ],
    [
      "a syntax error",
      {kind: "syntax-error", message: secret, line: 123456789, column: 987654321},
      "crashed",
      /^the hidden checks were interrupted/
    ],
    [
      "a missing export",
      {kind: "missing-export", exportName: "maxPooling", exports: [secret]},
      "crashed",
      /^the hidden checks were interrupted/
    ],
    [
      "a timeout with a forged number of seconds",
      {kind: "timeout", seconds: 123456789},
      "timeout",
      /^time is up on the hidden checks/
    ]
  ] as const)(
    "reports a hidden run that ended in %s by a fixed verdict only, never its text or numbers",
    (_, outcome, status, problem) => {
      const {visible} = splitPhases(cases);
      for (const first of [answered(visible), undefined]) {
        const report = gradePhases(
          maxPooling,
          first ? cases : splitPhases(cases).hidden,
          first,
          outcome as RunOutcome,
          context
        );
        expect(report.status).toBe(status);
        expect(report.problem?.en).toMatch(problem);
        expect(everyText(report)).not.toMatch(/123456789|987654321/);
      }
    }
  );

  it("does not let the hidden run answer a visible check, nor show its thrown messages", () => {
    const {visible, hidden} = splitPhases(cases);
    const hiddenRun: RunOutcome = {
      kind: "ran",
      results: [...visible, ...hidden].map((check) => ({id: check.id, error: `Error: ${secret}`}))
    };
    const report = gradePhases(maxPooling, cases, {kind: "ran", results: []}, hiddenRun, context);
    for (const check of report.checks)
      expect(check.message.en).toMatch(check.hidden ? /^the function threw on a hidden check/ : /^no result/);
    expect(everyText(report)).not.toContain("123456789");
  });

  it("says of a wrong hidden output only whether its shape or its values are wrong, not how many differ", () => {
    const {visible, hidden} = splitPhases(cases);
    const wrong: RunOutcome = {
      kind: "ran",
      results: hidden.map((check, i) => ({
        id: check.id,
        output: i % 2 ? [[1]] : toNested({...check.expected, values: check.expected.values.map((x) => x + 1)})
      }))
    };
    const report = gradePhases(maxPooling, cases, answered(visible), wrong, context);
    const messagesOf = report.checks.filter((check) => check.hidden).map((check) => check.message.en);
    expect(new Set(messagesOf)).toEqual(
      new Set(["hidden check failed: wrong values", "hidden check failed: wrong shape"])
    );
  });
});
