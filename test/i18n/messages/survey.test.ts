import {describe, expect, it} from "vitest";
import {surveyMessages} from "../../../src/i18n/index.js";

describe("surveyMessages", () => {
  it.each([
    [1, "1 блок", "1 block"],
    [3, "3 блока", "3 blocks"],
    [5, "5 блоков", "5 blocks"],
    [11, "11 блоков", "11 blocks"],
    [21, "21 блок", "21 blocks"],
    [24, "24 блока", "24 blocks"]
  ])("counts %i blocks as %s and %s", (n, ru, en) => {
    expect(surveyMessages.blockCount(n)).toEqual({ru, en});
  });

  it("gives times in milliseconds with the unit of each language", () => {
    expect(surveyMessages.milliseconds(1234.4)).toEqual({ru: "1\u00a0234 мс", en: "1,234 ms"});
  });
});
