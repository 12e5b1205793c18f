import {describe, expect, it} from "vitest";
import {countOf, pluralForm, type PluralForms} from "../../src/i18n/index.js";

const blocks: PluralForms = {ru: ["блок", "блока", "блоков"], en: ["block", "blocks"]};

describe("pluralForm(count, forms, lang)", () => {
  it.each([
    [0, "блоков", "blocks"],
    [1, "блок", "block"],
    [2, "блока", "blocks"],
    [4, "блока", "blocks"],
    [5, "блоков", "blocks"],
    [11, "блоков", "blocks"],
    [12, "блоков", "blocks"],
    [14, "блоков", "blocks"],
    [21, "блок", "blocks"],
    [22, "блока", "blocks"],
    [25, "блоков", "blocks"],
    [101, "блок", "blocks"],
    [111, "блоков", "blocks"],
    [112, "блоков", "blocks"],
    [122, "блока", "blocks"],
    [-21, "блок", "blocks"]
  ])("%i takes %s in Russian and %s in English", (count, ru, en) => {
    expect(pluralForm(count, blocks, "ru")).toBe(ru);
    expect(pluralForm(count, blocks, "en")).toBe(en);
  });
});

describe("countOf(count, forms)", () => {
  it("puts the number, in each language's format, before its noun", () => {
    expect(countOf(21, blocks)).toEqual({ru: "21 блок", en: "21 blocks"});
    expect(countOf(1, {ru: ["эпоха", "эпохи", "эпох"], en: ["epoch", "epochs"]})).toEqual({
      ru: "1 эпоха",
      en: "1 epoch"
    });
    expect(countOf(12_345, blocks)).toEqual({ru: "12\u00a0345 блоков", en: "12,345 blocks"});
  });
});
