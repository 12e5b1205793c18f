import {describe, expect, it} from "vitest";
import {
  formatClock,
  formatCount,
  formatLarge,
  formatList,
  formatMegabytes,
  formatNumber,
  formatPercent,
  localizedNumber
} from "../../src/i18n/index.js";

/** Intl separates Russian thousands with a no-break space; the cases are written with a plain one. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatNumber(value, lang, options)", () => {
  it.each([
    [0.5, "ru", {}, "0,5"],
    [0.5, "en", {}, "0.5"],
    [1234.5, "ru", {}, "1 234,5"],
    [1234.5, "en", {}, "1,234.5"],
    [-1.25, "ru", {}, "-1,25"],
    [0.41234, "ru", {fixed: 4}, "0,4123"],
    [0.41234, "en", {fixed: 4}, "0.4123"],
    [2, "ru", {fixed: 2}, "2,00"],
    [3.14159, "en", {maximumFractionDigits: 2}, "3.14"]
  ] as const)("%d in %s with %j is %s", (value, lang, options, expected) => {
    expect(plain(formatNumber(value, lang, options))).toBe(expected);
  });

  it("writes Russian decimals with a comma and never a point", () => {
    for (const value of [0.1, 1.5, 1e-3, 12345.678]) expect(formatNumber(value, "ru")).not.toContain(".");
  });

  it("separates a list's numbers with a semicolon where the comma is the decimal mark", () => {
    expect(formatList([4, 25], "ru", {fixed: 1})).toBe("4,0; 25,0");
    expect(formatList([4, 25], "en", {fixed: 1})).toBe("4.0, 25.0");
  });

  it("gives both languages at once for messages", () => {
    expect(localizedNumber(0.25, {fixed: 2})).toEqual({ru: "0,25", en: "0.25"});
  });
});

describe("formatPercent(fraction, lang)", () => {
  it("has one decimal, a comma and a space before % in Russian", () => {
    expect(formatPercent(0.8756, "en")).toBe("87.6%");
    expect(plain(formatPercent(0.8756, "ru"))).toBe("87,6 %");
  });
});

describe("counts and sizes", () => {
  it.each([
    [61_100_840, "en", "61,100,840"],
    [61_100_840, "ru", "61 100 840"]
  ] as const)("formatCount(%i, %s) is %s", (value, lang, expected) => {
    expect(plain(formatCount(value, lang))).toBe(expected);
  });

  it.each([
    [4_089_184_256, "en", "4.09 G"],
    [4_089_184_256, "ru", "4,09 млрд"],
    [714_188_480, "en", "714.19 M"],
    [714_188_480, "ru", "714,19 млн"],
    [6_000, "en", "6,000"]
  ] as const)("formatLarge(%i, %s) is %s", (value, lang, expected) => {
    expect(plain(formatLarge(value, lang))).toBe(expected);
  });

  it("gives megabytes in decimal units", () => {
    expect(formatMegabytes(553_430_176, "en")).toBe("553.4 MB");
    expect(formatMegabytes(553_430_176, "ru")).toBe("553,4 МБ");
  });
});

describe("formatClock(seconds)", () => {
  it.each([
    [0, "0:00"],
    [9.6, "0:10"],
    [75, "1:15"],
    [3600 + 62, "1:01:02"],
    [-3, "0:00"]
  ])("clock(%d) is %s", (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });
});
