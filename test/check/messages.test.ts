import {describe, expect, it} from "vitest";
import type {Comparison} from "../../src/check/compare.js";
import {describeComparison, messages} from "../../src/check/messages.js";
import type {Localized} from "../../src/i18n/index.js";

const cyrillic = /[а-яё]/i;

const valuesComparison = (expected: number, got: number): Comparison => ({
  kind: "values",
  worst: {index: [1, 2], expected, got, absDiff: Math.abs(got - expected)},
  mismatches: 3,
  size: 9
});

describe("describeComparison(comparison)", () => {
  it("states both shapes as tuples", () => {
    expect(describeComparison({kind: "shape", expectedShape: [3, 3], gotShape: [5, 6]})).toEqual({
      ru: "неверная форма: ожидалась (3, 3), получена (5, 6)",
      en: "wrong shape: expected (3, 3), got (5, 6)"
    });
  });

  it("states how many values differ and the worst one with its index", () => {
    expect(describeComparison(valuesComparison(285, 94))).toEqual({
      ru: "не совпадают 3 из 9 значений; сильнее всего в [1, 2]: ожидалось 285, получено 94 (разница 191)",
      en: "3 of 9 values differ; most at [1, 2]: expected 285, got 94 (difference 191)"
    });
  });

  it.each([
    [1, 1, "не совпадает 1 из 1 значения", "1 of 1 value differs"],
    [1, 9, "не совпадает 1 из 9 значений", "1 of 9 values differs"],
    [2, 21, "не совпадают 2 из 21 значения", "2 of 21 values differ"],
    [21, 25, "не совпадает 21 из 25 значений", "21 of 25 values differ"],
    [11, 12, "не совпадают 11 из 12 значений", "11 of 12 values differ"]
  ])("agrees with %i of %i in both languages", (mismatches, size, ru, en) => {
    const text = describeComparison({
      ...(valuesComparison(2, 1) as Extract<Comparison, {kind: "values"}>),
      mismatches,
      size
    });
    expect(text.ru.startsWith(`${ru};`)).toBe(true);
    expect(text.en.startsWith(`${en};`)).toBe(true);
  });

  it.each([
    ["an integer as it is", 285, "285"],
    ["a fraction to 8 significant digits", 1 / 3, "0.33333333"],
    ["a float32 value without trailing zeros", 0.5, "0.5"],
    ["a sum with float noise rounded away", 0.1 + 0.2, "0.3"],
    ["a negative fraction", -2.75, "-2.75"],
    ["NaN", NaN, "NaN"],
    ["a large fraction", 1234567.5, "1234567.5"]
  ])("prints %s", (_, value, printed) => {
    expect(describeComparison(valuesComparison(value, 0)).en).toContain(`expected ${printed},`);
  });
  it("prints a fraction between 1e7 and 1e8 without dropping its integer zeros", () => {
    expect(describeComparison(valuesComparison(12345680.4, 0)).en).toContain("expected 12345680,");
  });

  it("calls equal tensors a match", () => {
    expect(describeComparison({kind: "equal", maxAbsDiff: 0}).en).toBe("matches");
  });
});

describe("messages", () => {
  it("names the file, line and column of a syntax error", () => {
    const text = messages.syntaxError("conv2d-one-filter.ts", 27, 21, "Unexpected token");
    expect(text.en).toBe("syntax error in conv2d-one-filter.ts:27:21: Unexpected token");
    expect(text.ru).toContain("conv2d-one-filter.ts:27:21");
    expect(text.ru).toMatch(/^синтаксическая ошибка в conv2d-one-filter\.ts:27:21: неожиданный символ/);
  });

  it("lists what a file exports when the expected function is missing", () => {
    expect(messages.missingExport("conv2d-one-filter.ts", "conv2dOneFilter", ["conv2d", "helper"]).en).toBe(
      "conv2d-one-filter.ts does not export a function conv2dOneFilter; it exports conv2d, helper"
    );
    expect(messages.missingExport("conv2d-one-filter.ts", "conv2dOneFilter", []).en).toContain("it exports nothing");
    expect(messages.missingExport("conv2d-one-filter.ts", "conv2dOneFilter", []).ru).toContain(
      "экспортировано: ничего"
    );
  });

  it("gives the time limit of a timeout in seconds", () => {
    expect(messages.timeout(5).en).toContain("longer than 5 s");
    expect(messages.timeout(5).ru).toContain("дольше 5 с");
  });

  const everyMessage: Array<[string, Localized]> = [
    ["passed", messages.passed],
    ["hiddenFailed", messages.hiddenFailed],
    ["threw", messages.threw("TypeError: x is undefined")],
    ["threw (at a line)", messages.threw("TypeError: x is undefined", {line: 3, column: 7})],
    ["importError (at a line)", messages.importError("a.ts", "RangeError: no", {line: 2})],
    ["noOutput", messages.noOutput],
    ["syntaxError", messages.syntaxError("a.ts", 1, 2, "Unexpected token")],
    ["fillTheGap", messages.fillTheGap],
    ["importError", messages.importError("a.ts", "cannot import")],
    ["missingExport", messages.missingExport("a.ts", "f", ["g"])],
    ["timeout", messages.timeout(30)],
    ["crashed", messages.crashed("exit code 1")],
    ["missingFile", messages.missingFile("a.ts")],
    ["describeComparison (shape)", describeComparison({kind: "shape", expectedShape: [1], gotShape: [2]})],
    ["describeComparison (values)", describeComparison(valuesComparison(1, 2))]
  ];

  it.each(everyMessage)("%s exists in Russian and in English", (_, text) => {
    expect(text.ru).toMatch(cyrillic);
    expect(text.en).not.toMatch(cyrillic);
    expect(text.en.length).toBeGreaterThan(0);
  });

  it("never says what a hidden check's inputs were", () => {
    expect(messages.hiddenFailed.en).not.toMatch(/\d/);
    expect(messages.hiddenFailed.ru).not.toMatch(/\d/);
  });
});
