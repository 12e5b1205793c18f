import {beforeAll, describe, expect, it} from "vitest";
import {seededRandom} from "../../../src/core/random.js";
import {setupNodeTf} from "../../../src/backends/node.js";
import {hiddenCallCategories, hiddenCalls} from "../../../src/exercises/convolutional-block/spec.js";
import {convolutionalBlock, findExercise, type CheckCase, type TF} from "../../../src/exercises/index.js";
import {convolutionalBlock as referenceSolution} from "../../../solutions/convolutional-block.js";
import {fillGaps, passes, readDocumentedFile} from "../helpers.js";
import {
  blockMistakes,
  gradeFiles,
  graderSeed,
  gradeInProcess,
  reportOf,
  solutionSource,
  withEdit
} from "../residualHelpers.js";

const documented = readDocumentedFile("convolutional-block");
let tf: TF;
let visible: CheckCase[];
beforeAll(async () => {
  tf = await setupNodeTf();
  visible = await convolutionalBlock.cases(tf, documented, {hidden: false, seed: 1});
});

const reference = async () => referenceSolution as (...args: unknown[]) => unknown;
const output = (fn: (...args: unknown[]) => unknown, check: CheckCase) =>
  convolutionalBlock.invoke(fn, structuredClone(check.args), tf);
const conv = (filters: string, kernel: string, strides: string, padding: string) =>
  `tf.layers.conv2d({filters: ${filters}, kernelSize: ${kernel}, strides: ${strides}, padding: "${padding}", kernelInitializer: initializer({seed: 0})}).apply(X) as T`;
const batchNorm = "tf.layers.batchNormalization({axis: 3}).apply(X, {training}) as T";
const relu = `tf.layers.activation({activation: "relu"}).apply(X) as T`;

/** The starter's gaps, filled with the lines of a correct block. */
const fills = [
  "filters",
  "X",
  conv("F1", "1", "s", "valid"),
  batchNorm,
  relu,
  conv("F2", "f", "1", "same"),
  batchNorm,
  relu,
  conv("F3", "1", "1", "valid"),
  batchNorm,
  conv("F3", "1", "s", "valid").replace(".apply(X)", ".apply(XShortcut)"),
  batchNorm.replace(".apply(X,", ".apply(XShortcut,"),
  "tf.layers.add().apply([X, XShortcut] as tf.Tensor[]) as T",
  relu
];

/** Returns the document's A[0] in a (3, 2, 2, 6) tensor, whatever its input. */
const hardCoded = `import * as tf from "@tensorflow/tfjs";
const printed = ${JSON.stringify(documented.cases.find((entry) => entry.id === "first-example")!.expected)};
export function convolutionalBlock(X: tf.Tensor): tf.Tensor {
  return tf.tensor([printed, printed, printed]);
}
`;

describe("the convolutional-block exercise", () => {
  it("is found by its id and asks for the export the contract names", () => {
    expect(findExercise("convolutional-block")).toBe(convolutionalBlock);
    expect(convolutionalBlock.exportName).toBe("convolutionalBlock");
    expect(convolutionalBlock.source.document).toBe(documented.document);
  });

  describe("documented cases", () => {
    it.each(documented.cases.map((entry) => [entry.id]))(
      "%s: the reference solution reproduces the printed output to float32 precision",
      (id) => {
        const check = visible.find((c) => c.id === `documented-${id}`)!;
        expect(check.tolerance).toBeUndefined();
        expect(passes(check, output(referenceSolution as never, check))).toBe(true);
      }
    );
  });

  describe("starter", () => {
    it.each(["ru", "en"] as const)("filled in (%s), passes every documented check", async (lang) => {
      const report = await gradeInProcess(
        tf,
        convolutionalBlock,
        visible,
        fillGaps(convolutionalBlock.starter[lang], fills)
      );
      expect(report.checks.map((check) => check.message.en)).toEqual(visible.map(() => "correct"));
    });
  });

  describe("hidden cases", () => {
    it("come from the reference solution, with strides 1 to 3 and both training modes", async () => {
      const cases = await convolutionalBlock.cases(tf, documented, {hidden: true, seed: 4, reference});
      const hidden = cases.filter((check) => check.hidden);
      const calls = hidden.map((check) => check.args[0] as {s: number; training: boolean});
      expect(new Set(calls.map((call) => call.s))).toEqual(new Set([1, 2, 3]));
      expect(new Set(calls.map((call) => call.training))).toEqual(new Set([true, false]));
      for (const check of hidden) expect(passes(check, output(referenceSolution as never, check))).toBe(true);
    });

    it("each try one named thing: strides two and three, a batch of one, a rectangular input, another initializer, an even window", () => {
      const calls = hiddenCalls(seededRandom(12));
      expect(hiddenCallCategories).toEqual([
        "stride-2",
        "stride-3",
        "batch-of-one",
        "rectangular",
        "other-initializers",
        "even-window"
      ]);
      expect(calls.map((call) => call.s)).toEqual([2, 3, 2, 2, 1, 2]);
      expect(calls[2].X).toHaveLength(1);
      expect(calls[3].X[0].length).not.toBe(calls[3].X[0][0].length);
      expect(calls[4].initializer).toBe("randomUniform");
      expect(calls[5].f).toBe(2);
    });

    it("change with the seed and repeat with the same seed", () => {
      expect(hiddenCalls(seededRandom(8))).toEqual(hiddenCalls(seededRandom(8)));
      expect(hiddenCalls(seededRandom(8))).not.toEqual(hiddenCalls(seededRandom(9)));
    });
  });

  describe("the third convolution's stride", () => {
    it("with the text's stride s, the shape assertion still passes (Add broadcasts the 1×1 main path) and the printed numbers do not", async () => {
      const report = await gradeInProcess(
        tf,
        convolutionalBlock,
        visible,
        blockMistakes["convolutional-block"]["third-stride-s"](solutionSource("convolutional-block"))
      );
      const [shape, firstExample] = report.checks;
      expect(shape.passed).toBe(true);
      expect(firstExample.passed).toBe(false);
      expect(firstExample.hint?.en).toContain(
        "third convolution has stride (s, s), as the lecture notebook's text says"
      );
    });
  });

  describe("typical mistakes fail with a hint that names them", () => {
    it.each([
      ["no-final-relu", "the last ReLU is missing"],
      ["no-shortcut-batch-norm", "the shortcut's convolution is not followed by batch norm"],
      ["tfjs-initializer", "TensorFlow.js's own glorotUniform"]
    ] as const)("%s", async (mistake, hint) => {
      const source = blockMistakes["convolutional-block"][mistake](solutionSource("convolutional-block"));
      const check = (await gradeInProcess(tf, convolutionalBlock, visible, source)).checks.find(
        (c) => c.id === "documented-first-example"
      )!;
      expect(check.passed).toBe(false);
      expect(check.hint?.en).toContain(hint);
    });

    it.each([
      [
        "no stride anywhere",
        (s: string) =>
          withEdit(
            withEdit(s, 'conv(X, F1, 1, s, "valid")', 'conv(X, F1, 1, 1, "valid")'),
            'conv(XShortcut, F3, 1, s, "valid")',
            'conv(XShortcut, F3, 1, 1, "valid")'
          ),
        "take stride (s, s) = (2, 2)"
      ],
      [
        "F2 filters at the end",
        (s: string) =>
          withEdit(
            withEdit(s, 'conv(X, F3, 1, 1, "valid")', 'conv(X, F2, 1, 1, "valid")'),
            'conv(XShortcut, F3, 1, s, "valid")',
            'conv(XShortcut, F2, 1, s, "valid")'
          ),
        "F3 = 6 channels"
      ]
    ])("a wrong shape (%s) names the layer and the stride", async (_, edit, hint) => {
      const check = (await gradeInProcess(tf, convolutionalBlock, visible, edit(solutionSource("convolutional-block"))))
        .checks[0];
      expect(check.message.en).toContain("values differ");
      expect(check.hint?.en).toContain(hint);
    });

    it("an unknown wrong output gets the general advice: the seeded initializer and the strides", async () => {
      const source = withEdit(
        solutionSource("convolutional-block"),
        "kernelInitializer: initializer({seed: 0})",
        "kernelInitializer: initializer({seed: 1})"
      );
      const check = (await gradeInProcess(tf, convolutionalBlock, visible, source)).checks[1];
      expect(check.hint?.en).toContain("initializer({seed: 0})");
    });
  });

  describe("in the grader", () => {
    it("a correct block passes every check; the stride-s block and a hard-coded A[0] fail", async () => {
      const correct = reportOf(
        await gradeFiles({"convolutional-block.ts": solutionSource("convolutional-block")}, graderSeed),
        "convolutional-block"
      );
      expect(correct.score).toBe(correct.maxScore);
      const strideS = reportOf(
        await gradeFiles(
          {
            "convolutional-block.ts": blockMistakes["convolutional-block"]["third-stride-s"](
              solutionSource("convolutional-block")
            )
          },
          graderSeed
        ),
        "convolutional-block"
      );
      expect(strideS.checks.find((check) => check.id === "documented-first-example")?.hint?.en).toContain(
        "as the lecture notebook's text says"
      );
      expect(strideS.score).toBeLessThan(strideS.maxScore);
      const hardCodedReport = reportOf(
        await gradeFiles({"convolutional-block.ts": hardCoded}, graderSeed),
        "convolutional-block"
      );
      expect(hardCodedReport.checks.filter((check) => !check.hidden).every((check) => check.passed)).toBe(true);
      expect(hardCodedReport.checks.filter((check) => check.hidden).every((check) => !check.passed)).toBe(true);
    });
  });
});
