import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {float32Tolerance, type Tolerance} from "../../src/check/compare.js";
import {roundedTolerance} from "../../src/exercises/shared/documented.js";
import {referenceTolerance} from "../../src/exercises/shared/referenceCases.js";

/**
 * The home pages say how close an exercise's output must be to pass: the tolerances the checks use,
 * read from the code, written on both pages as KaTeX.
 */

const home = (lang: string) => readFileSync(`lessons/${lang}/index.md`, "utf8");
const power = (x: number) => `10^{${Math.round(Math.log10(x))}}`;
/** `atol + rtol·|expected|` as the pages write it, e.g. `10^{-6} + 10^{-5} \cdot |expected|`. */
const bound = ({atol, rtol}: Tolerance) => `${power(atol)} + ${power(rtol)} \\cdot |expected|`;

const identityBlockDecimals = (
  JSON.parse(readFileSync("data/expected/identity-block.json", "utf8")) as {cases: Array<{decimals?: number}>}
).cases.flatMap((entry) => (entry.decimals === undefined ? [] : [entry.decimals]));

describe.each(["en", "ru"])("the %s home page", (lang) => {
  it("gives float32's tolerance and the reference solutions' as the checks compute them", () => {
    expect(home(lang)).toContain(`$|got - expected| \\le ${bound(float32Tolerance)}$`);
    expect(home(lang)).toContain(`$${bound(referenceTolerance)}$`);
    expect(home(lang)).not.toMatch(/to float32 precision|с точностью float32/);
  });

  it("says that the identity block's rounded print allows half a unit of its last decimal more", () => {
    expect(new Set(identityBlockDecimals)).toEqual(new Set([5]));
    const [decimals] = identityBlockDecimals;
    const extra = roundedTolerance(decimals).atol - float32Tolerance.atol;
    expect(extra).toBeCloseTo(5e-6, 12);
    expect(home(lang)).toContain(`$5 \\cdot ${power(extra / 5)}$`);
    expect(home(lang)).toContain({en: `to ${decimals} decimals`, ru: `до ${decimals} знаков после запятой`}[lang]);
  });
});
