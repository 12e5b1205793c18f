import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {findExercise, maxPooling, type CheckCase, type TF} from "../../../src/exercises/index.js";
import * as initializers from "../../../src/initializers/index.js";
import {documentMaxPooling} from "../../../src/ops/asWrittenInDocument.js";
import {runSubmission} from "../../../src/run/runSubmission.js";
import {submissionModules} from "../../../src/run/submissionModules.js";
import {maxPooling as referenceSolution} from "../../../solutions/max-pooling.js";
import {callWith, fillGaps, passes, readDocumentedFile} from "../helpers.js";

const documented = readDocumentedFile("max-pooling");
let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

type Args = [number[][], [number, number], "same" | "valid", [number, number]];
const casesFor = (seed: number, hidden = true) => maxPooling.cases(tf, documented, {hidden, seed});
const visibleReference = async () => (await casesFor(1, false)).filter((check) => check.kind === "reference");
const asData = (m: number[][]) => ({shape: [m.length, m[0]?.length ?? 0], values: m.flat()});

/** Where document 004's max_pooling parts ways with TensorFlow, from the two bugs the lesson names. */
function documentIsWrong(check: CheckCase): boolean {
  const [X, [kY, kX], padding, [sY, sX]] = check.args as Args;
  const sides: Array<[number, number, number]> = [
    [X.length, kY, sY],
    [X[0].length, kX, sX]
  ];
  if (padding === "valid") return sides.some(([n, k, s]) => (n - k + 1) % s !== 0);
  return sides.some(([n, k, s]) => Math.floor(Math.max((Math.ceil(n / s) - 1) * s + k - n, 0) / 2) > 0);
}

describe("the max-pooling exercise", () => {
  it("is found by its id and asks for the export the contract names", () => {
    expect(findExercise("max-pooling")).toBe(maxPooling);
    expect(maxPooling.exportName).toBe("maxPooling");
    expect(maxPooling.source.document).toBe(documented.document);
  });

  describe("documented cases", () => {
    it("are the document's four calls, first and visible, with their arguments and printed outputs", async () => {
      const cases = await casesFor(1);
      expect(documented.cases).toHaveLength(4);
      const firstCases = cases.slice(0, 4);
      expect(firstCases.map((check) => check.id)).toEqual(documented.cases.map((entry) => `documented-${entry.id}`));
      firstCases.forEach((check, i) => {
        expect(check).toMatchObject({kind: "documented", hidden: false, args: documented.cases[i].args});
        expect(check.expected.values).toEqual((documented.cases[i].expected as number[][]).flat());
      });
    });
  });

  describe("the reference solution", () => {
    it.each([1, 2, 7, 2024, 987654321])("passes every case, hidden ones included, with seed %i", async (seed) => {
      const cases = await casesFor(seed);
      const failed = cases
        .filter((check) => !passes(check, callWith(referenceSolution, check)))
        .map((check) => check.id);
      expect(failed).toEqual([]);
      expect(cases.filter((check) => check.hidden)).toHaveLength(6);
    });
  });

  describe("the document's own max_pooling", () => {
    it("passes the four documented checks", async () => {
      const cases = (await casesFor(1, false)).filter((check) => check.kind === "documented");
      expect(cases.every((check) => passes(check, callWith(documentMaxPooling, check)))).toBe(true);
    });

    it("fails the visible checks where its window count or window start is wrong, and diagnose names which", async () => {
      const checks = await visibleReference();
      const failed = checks.filter((check) => !passes(check, callWith(documentMaxPooling, check)));
      expect(failed.map((check) => check.id)).toEqual(checks.filter(documentIsWrong).map((check) => check.id));
      const paddings = new Set(failed.map((check) => check.args[2]));
      expect(paddings).toEqual(new Set(["same", "valid"]));
      for (const check of failed) {
        const hint = maxPooling.diagnose!(check, asData(callWith(documentMaxPooling, check)));
        if (check.args[2] === "valid") {
          expect(hint?.en).toContain("⌊(n − k + 1) / s⌋");
          expect(hint?.ru).toContain("⌊(n − k + 1) / s⌋");
        } else {
          expect(hint?.en).toContain("does not shift the windows");
          expect(hint?.ru).toContain("не сдвигает окна");
        }
      }
    });
  });

  describe("diagnose(check, got)", () => {
    it("gives the number of rows when the shape is wrong", async () => {
      const check = (await visibleReference()).find((c) => c.id === "tf-k3x3-valid-s1x1")!;
      expect(check.expected.shape).toEqual([3, 4]);
      const hint = maxPooling.diagnose!(check, {shape: [1, 1], values: [0]});
      expect(hint?.en).toContain("should be 3×4");
    });

    it("says nothing when the shape is right and the answer is not the document's", async () => {
      const check = (await visibleReference()).find((c) => c.id === "tf-k2x2-same-s2x2")!;
      expect(
        maxPooling.diagnose!(check, {shape: check.expected.shape, values: check.expected.values.map((x) => x - 1)})
      ).toBeUndefined();
    });

    it("names the full expected shape when only the number of columns is wrong", async () => {
      const check = (await visibleReference()).find((c) => c.id === "tf-k2x3-same-s1x2")!;
      expect(check.expected.shape).toEqual([5, 3]);
      const hint = maxPooling.diagnose!(check, {shape: [5, 4], values: new Array(20).fill(0)});
      expect(hint?.en).toContain(`should be ${check.expected.shape.join("×")}`);
    });
  });

  describe("cases(tf, documented, {hidden, seed})", () => {
    it("covers windows 1, 2 and 3 with both paddings and strides 1 and 2 in the visible grid", async () => {
      const settings = new Set(
        (await visibleReference()).map((check) => {
          const [, kernel, padding, stride] = check.args as Args;
          return `${kernel.join("x")} ${padding} ${stride.join("x")}`;
        })
      );
      for (const k of [1, 2, 3])
        for (const padding of ["same", "valid"])
          for (const s of [1, 2]) expect(settings).toContain(`${k}x${k} ${padding} ${s}x${s}`);
    });

    it("gives every case its own id", async () => {
      const ids = (await casesFor(3)).map((check) => check.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("adds hidden checks only when asked, titled without their inputs", async () => {
      expect((await casesFor(3, false)).some((check) => check.hidden)).toBe(false);
      const hidden = (await casesFor(3)).filter((check) => check.hidden);
      expect(hidden).toHaveLength(6);
      for (const check of hidden) expect(check.title.en).toMatch(/^hidden check \d$/);
    });

    it("draws other hidden inputs for another seed", async () => {
      const hiddenArgs = async (seed: number) =>
        (await casesFor(seed)).filter((check) => check.hidden).map((check) => check.args);
      expect(await hiddenArgs(1)).not.toEqual(await hiddenArgs(2));
    });

    it("draws the same hidden inputs and outputs for the same seed", async () => {
      expect(await casesFor(777)).toEqual(await casesFor(777));
    });

    it("keeps the visible checks the same whatever the seed", async () => {
      const visible = async (seed: number) => (await casesFor(seed)).filter((check) => !check.hidden);
      expect(await visible(1)).toEqual(await visible(99));
    });
  });

  describe("starter code", () => {
    const fills = [
      `padding === "same" ? Math.ceil(height / strideY) : Math.ceil((height - kernelY + 1) / strideY)`,
      `padding === "same" ? Math.ceil(width / strideX) : Math.ceil((width - kernelX + 1) / strideX)`,
      `padding === "same" ? Math.floor(Math.max((outHeight - 1) * strideY + kernelY - height, 0) / 2) : 0`,
      `padding === "same" ? Math.floor(Math.max((outWidth - 1) * strideX + kernelX - width, 0) / 2) : 0`,
      `for (let u = Math.max(y * strideY - padTop, 0); u < Math.min(y * strideY - padTop + kernelY, height); ++u) {
        for (let v = Math.max(x * strideX - padLeft, 0); v < Math.min(x * strideX - padLeft + kernelX, width); ++v) max = Math.max(max, X[u][v]);
      }`
    ];

    it.each(["en", "ru"] as const)("(%s) passes every visible check once its gaps are filled", async (lang) => {
      const cases = await casesFor(1, false);
      const outcome = await runSubmission(
        {
          exerciseId: maxPooling.id,
          fileName: "max-pooling.ts",
          source: fillGaps(maxPooling.starter[lang], fills),
          cases: cases.map(({id, args}) => ({id, args}))
        },
        tf,
        submissionModules(tf, initializers)
      );
      expect(outcome.kind).toBe("ran");
      if (outcome.kind !== "ran") return;
      const outputs = new Map(outcome.results.map((result) => [result.id, result.output]));
      expect(cases.filter((check) => !passes(check, outputs.get(check.id))).map((check) => check.id)).toEqual([]);
    });
  });
});
