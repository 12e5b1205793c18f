import {describe, expect, it} from "vitest";
import {seededRandom} from "../../../src/core/random.js";
import {hiddenWindowCases, hiddenWindowCategories} from "../../../src/exercises/shared/windowGrid.js";

describe("hiddenWindowCases(random)", () => {
  it.each([1, 2, 3, 99, 2024])(
    "draws, with seed %i, one setting per named category, each trying what it says",
    (seed) => {
      const cases = hiddenWindowCases(seededRandom(seed));
      expect(cases).toHaveLength(hiddenWindowCategories.length);
      const byCategory = Object.fromEntries(hiddenWindowCategories.map((category, i) => [category, cases[i]]));
      const {kernel: evenKernel} = byCategory["even-kernel"];
      expect(evenKernel[0] % 2).toBe(0);
      expect(byCategory["stride-2"].stride).toEqual([2, 2]);
      const rectangular = byCategory.rectangular;
      expect(rectangular.X.length).not.toBe(rectangular.X[0].length);
      const [sh, sw] = byCategory["unequal-strides"].stride;
      expect(sh).not.toBe(sw);
      const large = byCategory["kernel-as-large-as-input"];
      expect(large.kernel).toEqual([large.X.length, large.X[0].length]);
      expect(byCategory["stride-3"].stride).toEqual([3, 3]);
      for (const {X, kernel} of cases) {
        expect(kernel[0]).toBeLessThanOrEqual(X.length);
        expect(kernel[1]).toBeLessThanOrEqual(X[0].length);
      }
    }
  );
});
