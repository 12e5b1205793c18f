import {beforeAll, describe, expect, it} from "vitest";
import {seededRandom} from "../../../src/core/random.js";
import {setupNodeTf} from "../../../src/backends/node.js";
import {hiddenCalls} from "../../../src/exercises/identity-block/spec.js";
import {findExercise, identityBlock, type CheckCase, type TF} from "../../../src/exercises/index.js";
import {identityBlock as referenceSolution} from "../../../solutions/identity-block.js";
import {messages} from "../../../src/check/messages.js";
import {initializerCallForm} from "../../../src/exercises/shared/blockCall.js";
import {fillGaps, passes, readDocumentedFile} from "../helpers.js";
import {wrongModel} from "../../fixtures/wrong-models/index.js";
import {blockMistakes, gradeFiles, graderSeed, gradeInProcess, reportOf, solutionSource} from "../residualHelpers.js";

const documented = readDocumentedFile("identity-block");
let tf: TF;
let visible: CheckCase[];
beforeAll(async () => {
  tf = await setupNodeTf();
  visible = await identityBlock.cases(tf, documented, {hidden: false, seed: 1});
});

const reference = async () => referenceSolution as (...args: unknown[]) => unknown;
const output = (fn: (...args: unknown[]) => unknown, check: CheckCase) =>
  identityBlock.invoke(fn, structuredClone(check.args), tf);

/** The starter's gaps, filled with the lines of a correct block. */
const fills = [
  "filters",
  "X",
  `tf.layers.activation({activation: "relu"}).apply(X) as T`,
  `tf.layers.conv2d({filters: F2, kernelSize: f, strides: 1, padding: "same", kernelInitializer: initializer({seed: 0})}).apply(X) as T`,
  "tf.layers.batchNormalization({axis: 3}).apply(X, {training}) as T",
  `tf.layers.activation({activation: "relu"}).apply(X) as T`,
  `tf.layers.conv2d({filters: F3, kernelSize: 1, strides: 1, padding: "valid", kernelInitializer: initializer({seed: 0})}).apply(X) as T`,
  "tf.layers.batchNormalization({axis: 3}).apply(X, {training}) as T",
  "tf.layers.add().apply([X, XShortcut] as tf.Tensor[]) as T",
  `tf.layers.activation({activation: "relu"}).apply(X) as T`
];

/** A block that returns the document's printed tables whatever its input: it passes what is printed, nothing else. */
const hardCoded = (() => {
  const [falseTable, trueTable] = documented.cases
    .filter((entry) => entry.id !== "training-false-element")
    .map((entry) => entry.expected) as number[][][][];
  return `import * as tf from "@tensorflow/tfjs";
const printed = {false: ${JSON.stringify(falseTable)}, true: ${JSON.stringify(trueTable)}};
export function identityBlock(X: tf.Tensor, f: number, filters: number[], training = true): tf.Tensor {
  const table = printed[String(training) as "true" | "false"];
  return tf.tensor(table.map(([first, last]) => [first, first, last, last].map((row) => row.map((value) => [value]))));
}
`;
})();

describe("the identity-block exercise", () => {
  it("is found by its id and asks for the export the contract names", () => {
    expect(findExercise("identity-block")).toBe(identityBlock);
    expect(identityBlock.exportName).toBe("identityBlock");
    expect(identityBlock.source.document).toBe(documented.document);
  });

  describe("documented cases", () => {
    it("allow half a unit in the last place the document rounded to, and float32's precision elsewhere", () => {
      const [rounded, element] = visible;
      expect(rounded.tolerance?.rtol).toBe(1e-5);
      expect(rounded.tolerance?.atol).toBeCloseTo(6e-6, 12);
      expect(element.tolerance).toBeUndefined();
    });

    it.each(documented.cases.map((entry) => [entry.id]))(
      "%s: the reference solution reproduces the printed output",
      (id) => {
        const check = visible.find((c) => c.id === `documented-${id}`)!;
        expect(passes(check, output(referenceSolution as never, check))).toBe(true);
      }
    );

    it("are what the browser checks: no hidden case without the grader", () => {
      expect(visible.map((check) => check.hidden)).toEqual(documented.cases.map(() => false));
    });
  });

  describe("starter", () => {
    it("left as it is, fails with the gap named", async () => {
      const report = await gradeInProcess(tf, identityBlock, visible, identityBlock.starter.en);
      expect(report.status).toBe("syntax-error");
      expect(report.hint?.en).toContain("Replace the `...`");
    });

    it.each(["ru", "en"] as const)("filled in (%s), passes every documented check", async (lang) => {
      const report = await gradeInProcess(tf, identityBlock, visible, fillGaps(identityBlock.starter[lang], fills));
      expect(report.checks.map((check) => check.message.en)).toEqual(visible.map(() => "correct"));
    });
  });

  describe("hidden cases", () => {
    it("come from the reference solution, for other inputs, window sizes, filters and initializers", async () => {
      const cases = await identityBlock.cases(tf, documented, {hidden: true, seed: 3, reference});
      const hidden = cases.filter((check) => check.hidden);
      expect(hidden).toHaveLength(6);
      const calls = hidden.map(
        (check) => check.args[0] as {f: number; filters: number[]; training: boolean; initializer?: unknown}
      );
      expect(new Set(calls.map((call) => call.f)).size).toBeGreaterThan(1);
      expect(new Set(calls.map((call) => call.training))).toEqual(new Set([true, false]));
      expect(calls.some((call) => call.initializer === undefined)).toBe(true); // the function's own default
      for (const check of hidden) expect(passes(check, output(referenceSolution as never, check))).toBe(true);
    });

    it("each try one named thing: a batch of one, training=False, another initializer, a rectangular input, training=True, an even window", async () => {
      const hidden = (await identityBlock.cases(tf, documented, {hidden: true, seed: 9, reference})).filter(
        (check) => check.hidden
      );
      expect(hidden.map((check) => check.category)).toEqual([
        "batch-of-one",
        "training-false",
        "other-initializers",
        "rectangular",
        "training-true",
        "even-window"
      ]);
      const calls = hidden.map(
        (check) => check.args[0] as {X: number[][][][]; f: number; training: boolean; initializer?: unknown}
      );
      expect(calls[0].X).toHaveLength(1);
      expect(calls[1].training).toBe(false);
      expect(calls[2].initializer).toBe("glorotUniform");
      expect(calls[3].X[0].length).not.toBe(calls[3].X[0][0].length);
      expect(calls[4].training).toBe(true);
      expect(calls[5].f).toBe(2);
    });

    it("change with the seed and repeat with the same seed", () => {
      expect(hiddenCalls(seededRandom(5))).toEqual(hiddenCalls(seededRandom(5)));
      expect(hiddenCalls(seededRandom(5))).not.toEqual(hiddenCalls(seededRandom(6)));
    });

    it("cannot be built without the reference solution", async () => {
      await expect(identityBlock.cases(tf, documented, {hidden: true, seed: 1})).rejects.toThrow(
        "solutions/identity-block.ts"
      );
    });
  });

  describe("typical mistakes fail with a hint that names them", () => {
    it.each([
      ["no-final-relu", "documented-training-false", "the last ReLU is missing"],
      ["no-final-relu", "documented-training-true", "the last ReLU is missing"],
      ["batch-norm-axis-1", "documented-training-true", "Batch norm normalises the wrong axis"],
      ["batch-norm-axis-2", "documented-training-true", "Batch norm normalises the wrong axis"],
      ["training-ignored", "documented-training-true", "pass the flag on"]
    ] as const)("%s fails %s", async (mistake, caseId, hint) => {
      const source = blockMistakes["identity-block"][mistake](solutionSource("identity-block"));
      const check = (await gradeInProcess(tf, identityBlock, visible, source)).checks.find((c) => c.id === caseId)!;
      expect(check.passed).toBe(false);
      expect(check.hint?.en).toContain(hint);
      expect(check.hint?.ru).toBeTruthy();
    });

    it("a batch norm on the wrong axis still passes training = false: a fresh layer's statistics are the same on every axis", async () => {
      const report = await gradeInProcess(
        tf,
        identityBlock,
        visible,
        blockMistakes["identity-block"]["batch-norm-axis-1"](solutionSource("identity-block"))
      );
      expect(report.checks.filter((check) => check.passed).map((check) => check.id)).toEqual([
        "documented-training-false",
        "documented-training-false-element"
      ]);
    });

    it("a middle convolution with padding valid is named by its padding", async () => {
      const source = solutionSource("identity-block")
        .replace('conv(X, F2, f, "same")', 'conv(X, F2, f, "valid")')
        .replace("tf.layers.add().apply([X, XShortcut] as tf.Tensor[]) as T", "X");
      const check = (await gradeInProcess(tf, identityBlock, visible, source)).checks[0];
      expect(check.message.en).toContain("wrong shape");
      expect(check.hint?.en).toContain('the second convolution has padding "same"');
    });
  });

  describe("the initializer factory called in another form than the contract's", () => {
    it("initializer(0) is named on every check that passes a factory, in both languages (test/fixtures/wrong-models/)", async () => {
      const source = wrongModel("identity-block-initializer-0");
      const cases = await identityBlock.cases(tf, documented, {hidden: true, seed: 3, reference});
      const report = await gradeInProcess(tf, identityBlock, cases, source);
      const documentedCheck = report.checks.find((check) => check.id === "documented-training-true")!;
      expect(documentedCheck.passed).toBe(false);
      expect(documentedCheck.message.en).toContain("the initializer was called as initializer(0), with a number");
      expect(documentedCheck.message.en).toContain("initializer({seed: 0})");
      expect(documentedCheck.message.ru).toContain("initializer вызван как initializer(0) — с числом");
      // Hidden checks that pass a factory say so too, without saying how it was called (a form the code could choose).
      const named = report.checks.filter((check) => check.hidden && check.message.en.startsWith("the initializer"));
      expect(named.length).toBeGreaterThan(0);
      for (const check of named) expect(check.message).toEqual(messages.initializerCall("number", true));
    });

    it.each([
      [[0], "number"],
      [[], "no-argument"],
      [["0"], "string"],
      [[{seed: 0}, 1], "several-arguments"],
      [[{}], "other"],
      [[{seed: "0"}], "other"],
      [[{seed: 0}], undefined],
      [[{seed: 7}], undefined]
    ] as const)("initializer(%j) is %s", (args, form) => {
      expect(initializerCallForm(args)).toBe(form);
    });
  });

  describe("in the grader", () => {
    it("a correct block passes every check, the hidden ones included", async () => {
      const report = reportOf(
        await gradeFiles({"identity-block.ts": solutionSource("identity-block")}, graderSeed),
        "identity-block"
      );
      expect(report.checks.filter((check) => check.hidden).length).toBeGreaterThan(0);
      expect(report.score).toBe(report.maxScore);
    });

    it("the document's printed output, hard-coded, passes the documented checks and fails every hidden one", async () => {
      const report = reportOf(await gradeFiles({"identity-block.ts": hardCoded}, graderSeed), "identity-block");
      expect(report.checks.filter((check) => !check.hidden).every((check) => check.passed)).toBe(true);
      expect(report.checks.filter((check) => check.hidden).every((check) => !check.passed)).toBe(true);
    });

    it("a block without the final ReLU fails, with its hint", async () => {
      const report = reportOf(
        await gradeFiles(
          {"identity-block.ts": blockMistakes["identity-block"]["no-final-relu"](solutionSource("identity-block"))},
          graderSeed
        ),
        "identity-block"
      );
      const failed = report.checks.filter((check) => !check.passed);
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.find((check) => !check.hidden)?.hint?.en).toContain("the last ReLU is missing");
    });
  });
});
