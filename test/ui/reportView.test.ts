// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import type {CheckResult, ExerciseReport} from "../../src/check/gradeOutcome.js";
import {both} from "../../src/i18n/index.js";
import {reportView} from "../../src/ui/reportView.js";

const check = (id: string, passed: boolean): CheckResult => ({
  id,
  title: both(`проверка ${id}`, `check ${id}`),
  kind: "documented",
  hidden: false,
  passed,
  message: both("значения расходятся", "the values differ"),
  ...(passed ? {} : {expected: {shape: [1, 2], values: [1, 2]}, got: {shape: [1, 2], values: [1, 3]}})
});

const report: ExerciseReport = {
  exerciseId: "max-pooling",
  title: both("Max pooling", "Max pooling"),
  status: "graded",
  checks: [check("a", true), check("b", false)],
  score: 1,
  maxScore: 2
};

describe("reportView(report, {lang})", () => {
  it("writes the summary and a failed check's diff in the language asked for", () => {
    const view = reportView(report, {lang: "ru"});
    expect(view.querySelector(".convlab-summary")!.textContent).toBe("Пройдено 1 из 2 проверок.");
    expect(view.querySelector(".convlab-fail .convlab-message")!.textContent).toBe("значения расходятся");
    expect(view.querySelector(".convlab-diff")!.textContent).toContain("ожидалось (1×2)");
  });

  it("is in English when no language is given", () => {
    expect(reportView(report).querySelector(".convlab-summary")!.textContent).toBe("1 of 2 checks passed.");
  });
});
