import {describe, expect, it} from "vitest";
import {
  formatClock,
  formatCount,
  formatLarge,
  formatList,
  formatMegabytes,
  formatNumber,
  formatPercent,
  localizedNumber,
  type NumberFormatOptions
} from "../../src/i18n/index.js";

/** Russian thousands are separated by a no-break space; the cases are written with a plain one. */
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

  it("writes what Intl.NumberFormat writes for en-US and ru-RU, rounding as it does", () => {
    const optionSets: NumberFormatOptions[] = [
      {},
      {fixed: 0},
      {fixed: 1},
      {fixed: 4},
      {fixed: 6},
      {maximumFractionDigits: 0},
      {maximumFractionDigits: 1},
      {maximumFractionDigits: 3},
      {maximumFractionDigits: 2, minimumFractionDigits: 0},
      {minimumFractionDigits: 1},
      {fixed: 4, useGrouping: false},
      {style: "percent"},
      {style: "percent", fixed: 1}
    ];
    // Ties in the shortest form (1.005, 2.675, 0.0005), carries (9.9995, 999.9995), the extremes of
    // the notation (1e21, 1.2e-7), then numbers of every size from a fixed pseudo-random sequence.
    const values = [0, -0, 1, -1, 0.5, -0.5, 1.005, 2.675, 0.125, -0.125, 0.0005, 0.00049999, 9.9995, 99.95];
    values.push(999.9995, 1234, 61_100_840, 1e21, 1.5e22, 1.2e-7, NaN, Infinity, -Infinity, 123456789.987654);
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; ++i) {
      const digits = next();
      values.push((next() < 0.5 ? -1 : 1) * digits * 10 ** Math.floor(next() * 30 - 12));
      values.push(Math.round(digits * 1e6) / 10 ** Math.floor(next() * 7)); // few decimals: ties
    }
    const locales = {en: "en-US", ru: "ru-RU"} as const;
    const mismatches: string[] = [];
    for (const lang of ["en", "ru"] as const) {
      for (const {fixed, ...options} of optionSets) {
        const digits = fixed === undefined ? {} : {minimumFractionDigits: fixed, maximumFractionDigits: fixed};
        const intl = new Intl.NumberFormat(locales[lang], {...options, ...digits});
        for (const value of values) {
          const ours = formatNumber(value, lang, {fixed, ...options});
          if (ours !== intl.format(value)) mismatches.push(`${value} ${lang} ${JSON.stringify(options)}: ${ours}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(values.length).toBeGreaterThan(4000);
  });

  it("refuses fraction digits that Intl.NumberFormat refuses", () => {
    expect(() => formatNumber(1, "en", {minimumFractionDigits: 3, maximumFractionDigits: 2})).toThrow(RangeError);
    expect(() => formatNumber(1, "en", {fixed: -1})).toThrow(RangeError);
    expect(() => formatNumber(1, "en", {fixed: 1.5})).toThrow(RangeError);
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
