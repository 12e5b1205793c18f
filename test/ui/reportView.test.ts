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

  const summary = (passed: number, total: number, lang: "ru" | "en") => {
    const checks = Array.from({length: total}, (_, i) => check(String(i), i < passed));
    return reportView({...report, checks, score: passed, maxScore: total}, {lang}).querySelector(".convlab-summary")!
      .textContent;
  };

  it.each([
    [1, 1, "Проверка пройдена. Отлично!", "The check passed. Well done!"],
    [2, 2, "Все проверки пройдены (2). Отлично!", "All 2 checks passed. Well done!"],
    [0, 1, "Пройдено 0 из 1 проверки.", "0 of 1 check passed."],
    [3, 21, "Пройдено 3 из 21 проверки.", "3 of 21 checks passed."],
    [1, 3, "Пройдено 1 из 3 проверок.", "1 of 3 checks passed."],
    [4, 11, "Пройдено 4 из 11 проверок.", "4 of 11 checks passed."]
  ])("counts %i of %i in each language's plural", (passed, total, ru, en) => {
    expect(summary(passed, total, "ru")).toBe(ru);
    expect(summary(passed, total, "en")).toBe(en);
  });

  const threw = (id: string, text: string, position?: {line: number; column?: number}): CheckResult => ({
    ...check(id, false),
    expected: undefined,
    got: undefined,
    message: both("функция выбросила исключение", "the function threw"),
    error: {text, ...(position ? {position} : {})}
  });

  it("shows an error once for all the checks that threw it, with its line, and a button that goes there", () => {
    const places: unknown[] = [];
    const checks = [
      threw("a", "TypeError: x is undefined", {line: 6, column: 12}),
      threw("b", "TypeError: x is undefined", {line: 6, column: 12}),
      threw("c", "TypeError: x is undefined", {line: 6, column: 12}),
      threw("d", "RangeError: too big")
    ];
    const view = reportView({...report, checks, score: 0, maxScore: 4}, {goTo: (place) => places.push(place)});
    const errors = [...view.querySelectorAll(".convlab-error")];
    expect(errors.map((error) => error.querySelector("p")!.textContent)).toEqual([
      "The function threw at line 6, column 12, in 3 checks: Go to line 6",
      "The function threw, in 1 check:"
    ]);
    expect(errors.map((error) => error.querySelector(".convlab-error-text")!.textContent)).toEqual([
      "TypeError: x is undefined",
      "RangeError: too big"
    ]);
    expect(view.textContent!.split("TypeError: x is undefined")).toHaveLength(2);
    expect([...view.querySelectorAll(".convlab-message")].map((message) => message.textContent)).toEqual(
      Array(4).fill("threw the error shown above")
    );
    view.querySelector<HTMLButtonElement>(".convlab-go-to-line")!.click();
    expect(places).toEqual([{line: 6, column: 12}]);
  });

  it("says it in Russian with the right case after «в»", () => {
    const checks = [threw("a", "Error: x", {line: 2}), threw("b", "Error: x", {line: 2})];
    const view = reportView({...report, checks, score: 0, maxScore: 2}, {lang: "ru"});
    expect(view.querySelector(".convlab-error p")!.textContent).toBe(
      "Функция выбросила исключение в строке 2 — в 2 проверках:"
    );
  });

  it("marks every value that differs, the worst most strongly", () => {
    const failed: CheckResult = {
      ...check("m", false),
      expected: {shape: [2, 2], values: [1, 2, 3, 4]},
      got: {shape: [2, 2], values: [1.5, 2, 13, 5]}
    };
    const view = reportView({...report, checks: [failed], score: 0, maxScore: 1});
    const [expected, got] = [...view.querySelectorAll("table.convlab-matrix")];
    for (const table of [expected, got]) {
      const cells = [...table.querySelectorAll("td")];
      expect(cells.map((cell) => cell.classList.contains("convlab-mark"))).toEqual([true, false, true, true]);
      expect(cells.map((cell) => cell.classList.contains("convlab-mark-worst"))).toEqual([false, false, true, false]);
      expect(cells[2].classList.contains("convlab-mark-3")).toBe(true);
      expect(cells[0].classList.contains("convlab-mark-1")).toBe(true);
    }
    expect(view.querySelector(".convlab-diff-legend")!.textContent).toContain("worst is outlined");
  });

  it("places a problem of the whole file, such as a syntax error, in the editor too", () => {
    const places: unknown[] = [];
    const failed: ExerciseReport = {
      ...report,
      status: "syntax-error",
      problem: both("синтаксическая ошибка", "syntax error in max-pooling.ts:3:5: Unexpected token"),
      position: {line: 3, column: 5},
      checks: [],
      score: 0
    };
    const view = reportView(failed, {goTo: (place) => places.push(place)});
    expect(view.querySelector(".convlab-problem")!.getAttribute("data-line")).toBe("3");
    view.querySelector<HTMLButtonElement>(".convlab-go-to-line")!.click();
    expect(places).toEqual([{line: 3, column: 5}]);
  });
});
