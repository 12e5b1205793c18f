import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {conv2dOneFilter, findExercise, type CheckCase, type TF} from "../../../src/exercises/index.js";
import {documentConv2dOneFilter} from "../../../src/ops/asWrittenInDocument.js";
import * as initializers from "../../../src/initializers/index.js";
import {runSubmission} from "../../../src/run/runSubmission.js";
import {submissionModules} from "../../../src/run/submissionModules.js";
import {conv2dOneFilter as referenceSolution} from "../../../solutions/conv2d-one-filter.js";
import {callWith, fillGaps, passes, readDocumentedFile} from "../helpers.js";

const documented = readDocumentedFile("conv2d-one-filter");
let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

const casesFor = (seed: number, hidden = true) => conv2dOneFilter.cases(tf, documented, {hidden, seed});
const visibleReference = async () => (await casesFor(1, false)).filter((check) => check.kind === "reference");
const strideOf = (check: CheckCase) => (check.args[3] ?? [1, 1]) as [number, number];

describe("the conv2d-one-filter exercise", () => {
  it("is found by its id and asks for the export the contract names", () => {
    expect(findExercise("conv2d-one-filter")).toBe(conv2dOneFilter);
    expect(conv2dOneFilter.exportName).toBe("conv2dOneFilter");
    expect(conv2dOneFilter.source.document).toBe(documented.document);
  });

  describe("documented cases", () => {
    it("come first, visible, one per entry of data/expected/conv2d-one-filter.json, with its arguments and output", async () => {
      const cases = await casesFor(1);
      const firstCases = cases.slice(0, documented.cases.length);
      expect(firstCases.map((check) => check.id)).toEqual(documented.cases.map((entry) => `documented-${entry.id}`));
      firstCases.forEach((check, i) => {
        expect(check).toMatchObject({
          kind: "documented",
          hidden: false,
          args: documented.cases[i].args,
          title: documented.cases[i].title
        });
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

  describe("the document's own conv2d_one_filter", () => {
    it("fails exactly the strided visible checks, and diagnose names the ignored stride", async () => {
      const checks = await visibleReference();
      const failed = checks.filter((check) => !passes(check, callWith(documentConv2dOneFilter, check)));
      expect(failed.map((check) => check.id)).toEqual(
        checks.filter((check) => strideOf(check).some((s) => s !== 1)).map((check) => check.id)
      );
      expect(failed.length).toBeGreaterThan(0);
      for (const check of failed) {
        const output = callWith(documentConv2dOneFilter, check);
        const hint = conv2dOneFilter.diagnose!(check, {
          shape: [output.length, output[0].length],
          values: output.flat()
        });
        expect(hint?.en).toContain("ignores the stride");
        expect(hint?.ru).toContain("не учитывает stride");
      }
    });

    it("passes both documented checks", async () => {
      const cases = (await casesFor(1, false)).filter((check) => check.kind === "documented");
      expect(cases.every((check) => passes(check, callWith(documentConv2dOneFilter, check)))).toBe(true);
    });
  });

  describe("diagnose(check, got)", () => {
    it("gives the formula for the number of rows when the shape is wrong", async () => {
      const check = (await visibleReference()).find((c) => c.id === "tf-k3x3-valid-s2x2")!;
      expect(check.expected.shape).toEqual([2, 2]);
      const hint = conv2dOneFilter.diagnose!(check, {shape: [1, 1], values: [0]});
      expect(hint?.en).toContain("should be 2×2: ceil((5 − 3 + 1) / 2) × ceil((6 − 3 + 1) / 2)");
    });

    it("says nothing when the shape is right and the answer is not the document's", async () => {
      const check = (await visibleReference()).find((c) => c.id === "tf-k3x3-same-s2x2")!;
      expect(
        conv2dOneFilter.diagnose!(check, {shape: check.expected.shape, values: check.expected.values.map((x) => x + 1)})
      ).toBeUndefined();
    });

    it("names the full expected shape when only the number of columns is wrong", async () => {
      const check = (await visibleReference()).find((c) => c.id === "tf-k2x3-same-s1x2")!;
      expect(check.expected.shape).toEqual([5, 3]);
      const hint = conv2dOneFilter.diagnose!(check, {shape: [5, 4], values: new Array(20).fill(0)});
      expect(hint?.en).toContain(`should be ${check.expected.shape.join("×")}`);
    });
  });

  describe("cases(tf, documented, {hidden, seed})", () => {
    it("covers kernel sizes 1, 2 and 3 with both paddings and strides 1 and 2 in the visible grid", async () => {
      const settings = new Set(
        (await visibleReference()).map((check) => {
          const [, W, padding, stride] = check.args as [number[][], number[][], string, number[]];
          return `${W.length}x${W[0].length} ${padding} ${stride.join("x")}`;
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
      expect(hidden.map((check) => check.title.en)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `hidden check ${n}`));
      expect(hidden.map((check) => check.title.ru)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `скрытая проверка ${n}`));
    });

    it("draws other hidden inputs for another seed", async () => {
      const hiddenArgs = async (seed: number) =>
        (await casesFor(seed)).filter((check) => check.hidden).map((check) => check.args);
      expect(await hiddenArgs(1)).not.toEqual(await hiddenArgs(2));
    });

    it("draws the same hidden inputs and outputs for the same seed", async () => {
      expect(await casesFor(12345)).toEqual(await casesFor(12345));
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
      `for (let i = 0; i < kernelY; ++i) {
        for (let j = 0; j < kernelX; ++j) {
          const [u, v] = [y * strideY + i - padTop, x * strideX + j - padLeft];
          if (u >= 0 && u < height && v >= 0 && v < width) sum += X[u][v] * W[i][j];
        }
      }`
    ];

    it.each(["en", "ru"] as const)("(%s) passes every visible check once its gaps are filled", async (lang) => {
      const cases = await casesFor(1, false);
      const source = fillGaps(conv2dOneFilter.starter[lang], fills);
      const outcome = await runSubmission(
        {
          exerciseId: conv2dOneFilter.id,
          fileName: "conv2d-one-filter.ts",
          source,
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

  describe("invoke(fn, args, tf)", () => {
    it("reads a returned tensor as nested arrays and passes arrays through", async () => {
      expect(
        await conv2dOneFilter.invoke(
          () =>
            tf.tensor2d([
              [1, 2],
              [3, 4]
            ]),
          [],
          tf
        )
      ).toEqual([
        [1, 2],
        [3, 4]
      ]);
      expect(await conv2dOneFilter.invoke((X) => X, [[[5]]], tf)).toEqual([[5]]);
    });
  });
});
