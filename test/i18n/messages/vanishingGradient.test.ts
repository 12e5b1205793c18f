import {describe, expect, it} from "vitest";
import {vanishingGradientMessages} from "../../../src/i18n/index.js";

describe("vanishingGradientMessages.ratio(label, first, last, depth)", () => {
  it("writes the norms with each language's decimal mark and the ratio as a power of ten", () => {
    const text = vanishingGradientMessages.ratio("plain", 3.24e-9, 0.0123, 30);
    expect(text.en).toBe(
      "plain: layer 1's gradient is 3.2·10^-9, layer 30's 1.2·10^-2; 10^7 times smaller at layer 1."
    );
    expect(text.ru).toBe(
      "plain: градиент слоя 1 — 3,2·10^-9, слоя 30 — 1,2·10^-2; у первого слоя он в 10^7 раз меньше."
    );
  });

  it("says larger when the gradient grows towards the input", () => {
    expect(vanishingGradientMessages.ratio("x", 2.5, 1, 4).en).toBe(
      "x: layer 1's gradient is 2.5·10^0, layer 4's 1.0·10^0; 2.5 times larger at layer 1."
    );
    expect(vanishingGradientMessages.ratio("x", 2.5, 1, 4).ru).toContain("в 2,5 раз больше");
  });
});
